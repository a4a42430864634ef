/**
 * The islands of a server-rendered page. The page's root component (App, server-side only) opens
 * an `IslandPage` with Svelte's server `render` and puts it in context; each `<Island>` renders its
 * component on its own (so its markup is exactly what `hydrate` expects), and the page writes
 * every island's props once, in one `<script type="application/json">` (islands.ts reads it).
 * Without an IslandPage in context (an embed page, hydrated whole), `<Island>` is just its
 * component.
 */
import { getContext, setContext, type Component } from 'svelte';
import { jsonScript, pack } from './pack.ts';

/** When an island hydrates: at once, or when it comes near the viewport. */
export type IslandWhen = 'load' | 'visible';

/** The id of the script element holding the page's island props. */
export const ISLAND_PROPS_ID = 'island-props';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, any props
type AnyComponent = Component<any>;
type Render = (component: AnyComponent, options: { props: Record<string, unknown> }) => { body: string };

export class IslandPage {
  readonly #render: Render;
  readonly #props: Record<string, unknown>[] = [];

  constructor(render: Render) {
    this.#render = render;
  }

  /** Renders one island's component on its own; returns its index and its markup. */
  add(component: AnyComponent, props: Record<string, unknown>): { index: number; html: string } {
    this.#props.push(props);
    return { index: this.#props.length - 1, html: this.#render(component, { props }).body };
  }

  /** The `<script>` with every island's props, shared objects written once (pack.ts). */
  script(): string {
    return jsonScript(ISLAND_PROPS_ID, pack(this.#props));
  }
}

const KEY = Symbol('islands');

export function provideIslands(page: IslandPage): IslandPage {
  return setContext(KEY, page);
}

export function useIslands(): IslandPage | undefined {
  return getContext<IslandPage | undefined>(KEY);
}
