/**
 * Who mentions a timeline event: the sources, each once and named so that unnamed outlets differ,
 * with their quotes, and the list of them, "a, b and c", in parts that can each be a link.
 */
import { outletName } from '../i18n/ledger-words.ts';
import type { Ledger, Source, TimelineEvent } from '../data/types.ts';
import type { I18n } from '../i18n/translator.ts';

/** The sources that mention an event, each once, in ledger order, with their quotes. */
export interface EventMention {
  source: Source;
  /** "CNN"; for an unnamed outlet, with its byline or headline so several unnamed ones differ. */
  name: string;
  quotes: string[];
}

export function eventMentions(ledger: Ledger, event: TimelineEvent, i18n: I18n): EventMention[] {
  return ledger.sources.flatMap((source) => {
    const quotes = event.mentions.filter((m) => m.source === source.id).map((m) => m.quote);
    return quotes.length ? [{ source, name: sourceName(source, i18n), quotes }] : [];
  });
}

/**
 * "CNN, The Times and Unnamed outlet (Mohammad Saquib)" in parts (the edition's list, `listParts`),
 * each name with the mention it names, so that the list can link each source.
 */
export function mentionList(
  mentions: readonly EventMention[],
  i18n: I18n,
): { value: string; mention: EventMention | null }[] {
  let next = 0;
  return i18n.listParts(mentions.map((m) => m.name)).map(({ type, value }) => ({
    value,
    mention: type === 'element' ? mentions[next++] : null,
  }));
}

/**
 * "CNN"; an unnamed outlet with what tells it apart: "Unnamed outlet (Mohammad Saquib)",
 * "Unnamed outlet (a translation)", "Unnamed outlet (undated)".
 */
export function sourceName(source: Source, i18n: I18n): string {
  const outlet = outletName(source, i18n);
  if (source.outlet !== 'unnamed') return outlet;
  if (source.byline) return i18n.t('timeline.unnamed_byline', { outlet, byline: source.byline });
  if (source.translation) return i18n.t('timeline.unnamed_translation', { outlet });
  if (!source.date) return i18n.t('timeline.unnamed_undated', { outlet });
  if (source.headline) {
    const words = source.headline.split(/\s+/);
    const headline = words.slice(0, 5).join(' ');
    return i18n.t(words.length > 5 ? 'timeline.unnamed_headline_cut' : 'timeline.unnamed_headline', {
      outlet,
      headline,
    });
  }
  return i18n.t('timeline.unnamed_plain', { outlet });
}
