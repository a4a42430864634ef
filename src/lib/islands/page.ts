/**
 * The islands of a server-rendered page. The page's root component (App, server-side only) opens
 * an `IslandPage` with Svelte's server `render` and the context every island gets (the edition's
 * words), and puts it in context; each `<Island>` renders its component on its own (so its markup
 * is exactly what `hydrate` expects, given the same context in the browser), and the page writes
 * every island's props once, in one `<script type="application/json">` (islands.ts reads it).
 * Without an IslandPage in context (an embed page, hydrated whole), `<Island>` is just its
 * component.
 */
import { getContext, setContext, type Component } from 'svelte';
import { pack, scriptJson } from './pack.ts';

/** When an island hydrates: at once, or when it comes near the viewport. */
export type IslandWhen = 'load' | 'visible';

/** The id of the script element holding the props of the page's `load` islands. */
export const ISLAND_PROPS_ID = 'island-props';

/** A file the page needs written beside it (the build writes it into dist/, dev serves it). */
export interface PageFile {
  path: string;
  text: string;
}

/** FNV-1a, 32 bits, in hex: a name that changes when the file does (no cryptography needed). */
function fnv(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, any props
type AnyComponent = Component<any>;
type Render = (
  component: AnyComponent,
  options: { props: Record<string, unknown>; context: Map<unknown, unknown> },
) => { body: string };

export class IslandPage {
  readonly #render: Render;
  readonly #context: Map<unknown, unknown>;
  readonly #props: { name: string; props: Record<string, unknown>; when: IslandWhen }[] = [];

  /** `context`: what every island is rendered with, on its own (`i18nContext`, the edition's words). */
  constructor(render: Render, context: Map<unknown, unknown>) {
    this.#render = render;
    this.#context = context;
  }

  /** Renders one island's component on its own; returns its index and its markup. */
  add(
    name: string,
    component: AnyComponent,
    props: Record<string, unknown>,
    when: IslandWhen,
  ): { index: number; html: string } {
    this.#props.push({ name, props, when });
    return { index: this.#props.length - 1, html: this.#render(component, { props, context: this.#context }).body };
  }

  /** The props of the islands `pick` keeps, by index (null for the others), shared objects written once. */
  #packed(pick: (p: { name: string; when: IslandWhen }) => boolean): string {
    return JSON.stringify(pack(this.#props.map((p) => (pick(p) ? p.props : null))));
  }

  /**
   * What the page carries of its islands' props. The `load` islands' are in the page (a small
   * script); the others' are in files beside it, one per island name (the map's, the charts', the
   * timeline's…), each fetched when the first island of its name hydrates: the HTML a reader waits
   * for holds the text, and the first view fetches only the data of the islands it shows.
   */
  markup(): { html: string; files: PageFile[] } {
    const names = [...new Set(this.#props.filter((p) => p.when !== 'load').map((p) => p.name))];
    const files = names.map((name) => {
      const text = this.#packed((p) => p.when !== 'load' && p.name === name) + '\n';
      return { name, path: `assets/islands-${fnv(text)}.json`, text };
    });
    // The script names the files (data-files: island name → a path of the page's folder, of hex digits).
    const index = JSON.stringify(Object.fromEntries(files.map((f) => [f.name, f.path])));
    const html = `<script type="application/json" id="${ISLAND_PROPS_ID}" data-files='${index}'>${scriptJson(
      JSON.parse(this.#packed((p) => p.when === 'load')),
    )}</script>`;
    return { html, files: files.map(({ path, text }) => ({ path, text })) };
  }
}

const KEY = Symbol('islands');

export function provideIslands(page: IslandPage): IslandPage {
  return setContext(KEY, page);
}

export function useIslands(): IslandPage | undefined {
  return getContext<IslandPage | undefined>(KEY);
}
