/** Server entry: renders the story page and every embed page to HTML at build time (and in dev). */
import { render } from 'svelte/server';
import { ledger, story, scenes } from 'virtual:content';
import App from './App.svelte';
import EmbedApp from './lib/embed/EmbedApp.svelte';
import { EMBED_PROPS_ID, embedGraphics, type EmbedData, type EmbedGraphic } from './lib/embed/graphics.ts';
import { jsonScript, pack } from './lib/islands/pack.ts';
import type { PageFile } from './lib/islands/page.ts';
// The story page's stylesheet is the CSS this build gathers (scripts/build.ts): the page's own too.
import './app.css';
import 'virtual:palette.css';

/** The story page, and the files it needs beside it (its islands' props, src/lib/islands/page.ts). */
export function renderPage(): { head: string; body: string; files: PageFile[] } {
  const files: PageFile[] = [];
  const { head, body } = render(App, { props: { ledger, story, scenes, files } });
  return { head, body, files };
}

/** An embed page: its graphic, and the data it hydrates with (src/embed.ts reads it). */
export function renderEmbed(graphic: string): { head: string; body: string } {
  const data: EmbedData = { ledger, story, scenes };
  const page = render(EmbedApp, { props: { ...data, graphic } });
  return { head: page.head, body: page.body + jsonScript(EMBED_PROPS_ID, pack(data)) };
}

export function graphics(): EmbedGraphic[] {
  return embedGraphics(ledger);
}

export { staticImages } from './lib/embed/static.ts';
export { ledger, story, scenes };
