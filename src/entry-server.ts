/**
 * Server entry: renders each edition's story page and embed pages to HTML at build time (and in
 * dev). An edition is named by its language tag; the default (English) is the first.
 */
import { render } from 'svelte/server';
import { editions } from 'virtual:content';
import App from './App.svelte';
import EmbedApp from './lib/embed/EmbedApp.svelte';
import { EMBED_PROPS_ID, embedGraphic, embedGraphics, type EmbedGraphic } from './lib/embed/graphics.ts';
import { embedShown, embedVocabulary, type EmbedData } from './lib/embed/slice.ts';
import { jsonScript, pack } from './lib/islands/pack.ts';
import type { PageFile } from './lib/islands/page.ts';
import type { EditionInfo } from './lib/i18n/edition.ts';
import type { ServedContent } from './lib/content.ts';
import { fromWords } from './lib/i18n/context.ts';
// The story page's stylesheet is the CSS this build gathers (scripts/build.ts): the page's own too.
import './app.css';
import 'virtual:palette.css';

/** Every edition, the default first. */
export function editionList(): EditionInfo[] {
  return editions.map((e) => e.edition);
}

/** One edition's content; an error naming the language when there is no such edition. */
export function contentOf(lang: string): ServedContent {
  const found = editions.find((e) => e.edition.lang === lang);
  if (!found) throw new Error(`no edition "${lang}" (data/messages/${lang}.json)`);
  return found;
}

/** The story page of an edition, and the files it needs beside it (its islands' props, src/lib/islands/page.ts). */
export function renderPage(lang = editions[0].edition.lang): { head: string; body: string; files: PageFile[] } {
  const { edition, ledger, story, scenes } = contentOf(lang);
  const files: PageFile[] = [];
  const { head, body } = render(App, { props: { ledger, story, scenes, files, edition, editions: editionList() } });
  return { head, body, files };
}

/**
 * An embed page of an edition: its graphic, and the data it hydrates with (src/embed.ts reads it):
 * only what the graphic shows (slice.ts).
 */
export function renderEmbed(id: string, lang = editions[0].edition.lang): { head: string; body: string } {
  const content = contentOf(lang);
  const { edition, ledger, story } = content;
  const editions = editionList().map((e) => ({ lang: e.lang, path: e.path }));
  const graphic = embedGraphic(ledger, id, fromWords(edition));
  const data: EmbedData = {
    graphic,
    headline: story.headline,
    dek: story.dek,
    shown: embedShown(content, graphic),
    vocabulary: embedVocabulary(
      content,
      graphic,
      editions.map((e) => e.lang),
    ),
    edition,
    editions,
  };
  const { headline, dek, shown } = data;
  const page = render(EmbedApp, { props: { graphic, headline, dek, shown, edition } });
  return { head: page.head, body: page.body + jsonScript(EMBED_PROPS_ID, pack(data)) };
}

export function graphics(lang = editions[0].edition.lang): EmbedGraphic[] {
  const { ledger, edition } = contentOf(lang);
  return embedGraphics(ledger, fromWords(edition));
}

export { staticImages } from './lib/embed/static.ts';
