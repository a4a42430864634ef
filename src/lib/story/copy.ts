/**
 * The story copy (data/story.aml, ArchieML) turned into typed blocks once, at build time.
 *
 * Inline markup: `[[claim-id]]` stands for that claim's figure, rendered verbatim from its quote,
 * highlighted and linked to the claim. Copy never types a figure itself.
 */
import archieml from 'archieml';
import type { Ledger, LedgerError } from '../data/types.ts';

export const STORY_FILE = 'data/story.aml';

export type Inline = { kind: 'text'; text: string } | { kind: 'claim'; id: string };

/** A paragraph of copy: text runs and cited figures. */
export type Paragraph = Inline[];

export interface Story {
  headline: string;
  dek: string;
  intro: Paragraph[];
  method: Paragraph[];
}

const CLAIM_MARK = /\[\[([^\]]*)\]\]/g;

export function parseInline(text: string): Paragraph {
  const out: Paragraph = [];
  let last = 0;
  for (const m of text.matchAll(CLAIM_MARK)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    out.push({ kind: 'claim', id: m[1].trim() });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** 1-based line of the first line in `raw` containing `needle`, or 0. */
export function lineOf(raw: string, needle: string): number {
  const i = raw.split('\n').findIndex((l) => l.includes(needle));
  return i + 1;
}

const KNOWN_KEYS = ['headline', 'dek', 'intro', 'method'] as const;

export interface StoryResult {
  story: Story | null;
  errors: LedgerError[];
}

/** Parses and checks the copy: known keys only, every cited claim exists. Errors name the line. */
export function parseStory(raw: string, ledger: Ledger): StoryResult {
  const errors: LedgerError[] = [];
  const fail = (needle: string, entry: string, message: string) => {
    const line = lineOf(raw, needle);
    errors.push({ file: line ? `${STORY_FILE}:${line}` : STORY_FILE, entry, message });
  };
  const doc = archieml.load(raw);
  for (const key of Object.keys(doc)) {
    if (!(KNOWN_KEYS as readonly string[]).includes(key)) {
      fail(key, key, `unknown key "${key}"; expected one of ${KNOWN_KEYS.join(', ')}`);
    }
  }
  const text = (key: string): string => {
    const v = doc[key];
    if (typeof v !== 'string' || v.trim() === '') {
      fail(`${key}:`, key, `"${key}" is missing or empty`);
      return '';
    }
    return v.trim();
  };
  const claimIds = new Set(ledger.claims.map((c) => c.id));
  const paragraphs = (key: string): Paragraph[] => {
    const v = doc[key];
    if (!Array.isArray(v)) {
      fail(`[+${key}]`, key, `"${key}" must be a freeform list ([+${key}] … [])`);
      return [];
    }
    return v.flatMap((block: unknown) => {
      const b = block as { type?: unknown; value?: unknown };
      if (b.type !== 'text' || typeof b.value !== 'string') {
        fail(`[+${key}]`, key, `"${key}" holds a block of type "${String(b.type)}"; only paragraphs are allowed`);
        return [];
      }
      const para = parseInline(b.value);
      for (const part of para) {
        if (part.kind === 'claim' && !claimIds.has(part.id)) {
          fail(`[[${part.id}]]`, part.id, `cites unknown claim "${part.id}"`);
        }
      }
      return [para];
    });
  };
  const story: Story = {
    headline: text('headline'),
    dek: text('dek'),
    intro: paragraphs('intro'),
    method: paragraphs('method'),
  };
  return errors.length ? { story: null, errors } : { story, errors };
}
