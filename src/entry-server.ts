/** Server entry: renders the story page and every embed page to HTML at build time (and in dev). */
import { render } from 'svelte/server';
import { ledger, story, scenes } from 'virtual:content';
import App from './App.svelte';
import EmbedApp from './lib/embed/EmbedApp.svelte';
import { embedGraphics, type EmbedGraphic } from './lib/embed/graphics.ts';

export function renderPage(): { head: string; body: string } {
  return render(App, { props: { ledger, story, scenes } });
}

export function renderEmbed(graphic: string): { head: string; body: string } {
  return render(EmbedApp, { props: { ledger, story, scenes, graphic } });
}

export function graphics(): EmbedGraphic[] {
  return embedGraphics(ledger);
}

export { staticImages } from './lib/embed/static.ts';
export { ledger, story, scenes };
