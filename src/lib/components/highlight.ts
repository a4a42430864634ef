/**
 * Splits a seed text into paragraphs and marks the quoted passages in it, for the source reader.
 * Pure: the text and the spans come in as arguments. Offsets are Unicode code points, end
 * exclusive, as in the ledger (see data/types.ts `Span`).
 */
import type { Ledger, Span } from '../data/types.ts';
import { locateQuote } from '../data/locate.ts';

/** A passage to mark: a span of the seed, the id its `<mark>` carries and the words it must hold. */
export interface MarkSpan extends Span {
  id: string;
  /** The quote the ledger checked at this span (src/lib/data/locate.ts). */
  quote: string;
}

/** A run of text inside one paragraph, marked by at most one passage. */
export interface Segment {
  text: string;
  /** The id of the passage marking this run, or null for unmarked text. */
  markId: string | null;
}

/** One paragraph of the seed: its text as consecutive segments. */
export type Paragraph = Segment[];

/**
 * What separates paragraphs: a line break and any blank (whitespace-only) lines after it. The
 * seeds use both single line breaks and blank lines between paragraphs; either starts a new one.
 */
export const PARAGRAPH_BREAK = /(?:\r\n|\r|\n)(?:[ \t]*(?:\r\n|\r|\n))*/g;

/**
 * The text's paragraphs with every span marked. Overlapping spans nest: where two overlap, the
 * `focus` span wins, then the one starting earlier (then the longer, then the one listed first);
 * the other keeps only the characters nobody else claimed. A span crossing a paragraph break is
 * marked in both paragraphs. No character is dropped or repeated: the segments' texts, joined,
 * are the original text with the paragraph breaks taken out. Empty paragraphs are left out.
 *
 * @throws when a span lies outside the text or ends before it starts.
 */
export function highlightParagraphs(text: string, spans: MarkSpan[], focus?: string): Paragraph[] {
  const chars = Array.from(text);
  for (const s of spans) {
    if (
      !Number.isInteger(s.start) ||
      !Number.isInteger(s.end) ||
      s.start < 0 ||
      s.end < s.start ||
      s.end > chars.length
    )
      throw new Error(`span ${s.id} [${s.start}, ${s.end}) lies outside the text (${chars.length} code points)`);
  }

  // Which span owns each character: paint in order of precedence, never over earlier paint.
  const order = spans
    .map((s, i) => ({ s, i }))
    .sort(
      (a, b) =>
        Number(b.s.id === focus) - Number(a.s.id === focus) || a.s.start - b.s.start || b.s.end - a.s.end || a.i - b.i,
    );
  const owner: (string | null)[] = new Array(chars.length).fill(null);
  for (const { s } of order) {
    for (let i = s.start; i < s.end; i++) owner[i] ??= s.id;
  }

  const paragraphs: Paragraph[] = [];
  for (const [from, to] of paragraphRanges(text, chars.length)) {
    const segments: Segment[] = [];
    for (let i = from; i < to;) {
      let j = i + 1;
      while (j < to && owner[j] === owner[i]) j++;
      segments.push({ text: chars.slice(i, j).join(''), markId: owner[i] });
      i = j;
    }
    if (segments.length) paragraphs.push(segments);
  }
  return paragraphs;
}

/** [start, end) code-point ranges of the text between paragraph breaks. */
function paragraphRanges(text: string, length: number): [number, number][] {
  // PARAGRAPH_BREAK matches UTF-16 indices; count code points up to each break as we go.
  const ranges: [number, number][] = [];
  let unit = 0;
  let cp = 0;
  const advance = (toUnit: number) => {
    cp += Array.from(text.slice(unit, toUnit)).length;
    unit = toUnit;
  };
  let from = 0;
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    advance(m.index);
    ranges.push([from, cp]);
    advance(m.index + m[0].length);
    from = cp;
  }
  ranges.push([from, length]);
  return ranges;
}

/**
 * Every passage of one source the ledger quotes: its claims (and their confirmations), the flows'
 * evidence and the timeline's mentions. Ids: the claim id; `confirm-<claim>`; `flow-<flow>-<n>`;
 * `event-<event>-<n>`, n counting that entry's quotes from this source.
 */
export function passagesOf(ledger: Ledger, source: string): MarkSpan[] {
  const spans: MarkSpan[] = [];
  for (const c of ledger.claims) {
    if (c.source !== source) continue;
    spans.push({ ...c.span, id: c.id, quote: c.quote });
    if (c.confirmed_by) spans.push({ ...c.confirmed_by.span, id: `confirm-${c.id}`, quote: c.confirmed_by.quote });
  }
  for (const f of ledger.flows) {
    f.evidence
      .filter((e) => e.source === source)
      .forEach((e, n) => spans.push({ ...e.span, id: `flow-${f.id}-${n + 1}`, quote: e.quote }));
  }
  for (const ev of ledger.events) {
    ev.mentions
      .filter((e) => e.source === source)
      .forEach((e, n) => spans.push({ ...e.span, id: `event-${ev.id}-${n + 1}`, quote: e.quote }));
  }
  return spans;
}

/** Text compared as the build compares a quote with its seed: every run of whitespace alike, ends ignored. */
const squash = (s: string) => s.replace(/\s+/gu, ' ').trim();

/**
 * The passages to mark in a text the reader fetched, each checked against its quote, or null when
 * one cannot be: the text is not the one the build checked (a host's error page, a cut-off body),
 * so it must not be shown as the article. The text is read as the build reads a seed (a leading
 * byte-order mark dropped, data/text.ts) and a slice holds its quote when the two are equal up to
 * whitespace (locate.ts). A passage that is not at its offsets (a host that rewrote the line ends
 * as CRLF moves every offset after the first line) is looked for again by the build's own rule,
 * its first occurrence.
 */
export function checkedPassages(text: string, spans: MarkSpan[]): { text: string; spans: MarkSpan[] } | null {
  const read = text.startsWith('\ufeff') ? text.slice(1) : text;
  const chars = Array.from(read);
  const holds = (span: Span, quote: string) => squash(chars.slice(span.start, span.end).join('')) === squash(quote);
  const checked: MarkSpan[] = [];
  for (const s of spans) {
    if (holds(s, s.quote)) {
      checked.push(s);
      continue;
    }
    const found = locateQuote(read, s.quote).span;
    if (!found || !holds(found, s.quote)) return null;
    checked.push({ ...s, ...found });
  }
  return { text: read, spans: checked };
}

/**
 * The plain-text link to a quoted passage, `seeds/<file>#:~:text=…`: a relative URL, so it works
 * wherever the page is served, and a text fragment, so browsers that support them (and no script)
 * scroll to the passage and highlight it. Long quotes are matched by their first and last words.
 * (The syntax is that of the WICG "Scroll to Text Fragment" specification.)
 */
export function seedHref(file: string, quote: string): string {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  // "-", "," and "&" are the fragment's own syntax, so they must be escaped inside the text.
  const enc = (w: string[]) => encodeURIComponent(w.join(' ')).replaceAll('-', '%2D');
  const base = `seeds/${encodeURIComponent(file)}`;
  if (words.length === 0) return base;
  const text = words.length <= 8 ? enc(words) : `${enc(words.slice(0, 4))},${enc(words.slice(-4))}`;
  return `${base}#:~:text=${text}`;
}
