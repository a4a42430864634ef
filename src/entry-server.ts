/** Server entry: renders the page to HTML at build time (and in dev) with Svelte's server renderer. */
import { render } from 'svelte/server';
import { ledger, story } from 'virtual:content';
import App from './App.svelte';

export function renderPage(): { head: string; body: string } {
  return render(App, { props: { ledger, story } });
}
