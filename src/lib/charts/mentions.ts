/**
 * Who mentions a timeline event: the sources, each once and named so that unnamed outlets differ,
 * with their quotes, and the list of them, "a, b and c", in parts that can each be a link.
 */
import { listParts, outletName } from '../data/query.ts';
import type { Ledger, Source, TimelineEvent } from '../data/types.ts';

/** The sources that mention an event, each once, in ledger order, with their quotes. */
export interface EventMention {
  source: Source;
  /** "CNN"; for an unnamed outlet, with its byline or headline so several unnamed ones differ. */
  name: string;
  quotes: string[];
}

export function eventMentions(ledger: Ledger, event: TimelineEvent): EventMention[] {
  return ledger.sources.flatMap((source) => {
    const quotes = event.mentions.filter((m) => m.source === source.id).map((m) => m.quote);
    return quotes.length ? [{ source, name: sourceName(source), quotes }] : [];
  });
}

/**
 * "CNN, The Times and Unnamed outlet (Mohammad Saquib)" in parts (`listParts`), each name with the
 * mention it names, so that the list can link each source.
 */
export function mentionList(mentions: readonly EventMention[]): { value: string; mention: EventMention | null }[] {
  let next = 0;
  return listParts(mentions.map((m) => m.name)).map(({ type, value }) => ({
    value,
    mention: type === 'element' ? mentions[next++] : null,
  }));
}

/**
 * "CNN"; an unnamed outlet with what tells it apart: "Unnamed outlet (Mohammad Saquib)",
 * "Unnamed outlet (a translation)", "Unnamed outlet (undated)".
 */
export function sourceName(source: Source): string {
  const name = outletName(source);
  if (source.outlet !== 'unnamed') return name;
  if (source.byline) return `${name} (${source.byline})`;
  if (source.translation) return `${name} (a translation)`;
  if (!source.date) return `${name} (undated)`;
  if (source.headline) {
    const words = source.headline.split(/\s+/);
    return `${name} (“${words.slice(0, 5).join(' ')}${words.length > 5 ? ' …' : ''}”)`;
  }
  return `${name} (no byline or headline)`;
}
