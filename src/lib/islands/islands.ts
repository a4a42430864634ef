/**
 * Hydrates the islands of a prerendered page (page.ts, Island.svelte), each when it is wanted:
 * `load` at once, `visible` when it comes within a screen of the viewport. Each island's component
 * is its own chunk, fetched only then; its props come from the page's one JSON script, parsed once
 * when the first island needs them. The rest of the page stays the HTML the server wrote.
 */
import { hydrate, type Component } from 'svelte';
import { ISLAND_PROPS_ID, type IslandWhen } from './page.ts';
import { reviver, type Data, type Packed } from './pack.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island's own props
export type IslandLoader = () => Promise<{ default: Component<any> }>;

/** How far outside the viewport a `visible` island starts hydrating. */
export const VISIBLE_MARGIN = '100% 0px';

/** The page's packed props, parsed once; each island revives only its own (pack.ts reviver). */
let page: { islands: Data[]; revive: (v: Data) => unknown } | undefined;
function propsOf(index: number): Record<string, unknown> {
  if (!page) {
    const script = document.getElementById(ISLAND_PROPS_ID);
    if (!script?.textContent) throw new Error(`the page has no #${ISLAND_PROPS_ID} script`);
    const packed = JSON.parse(script.textContent) as Packed;
    if (!Array.isArray(packed.value)) throw new Error(`#${ISLAND_PROPS_ID} holds no list of island props`);
    page = { islands: packed.value, revive: reviver(packed) };
  }
  const p = page.islands[index];
  if (p === undefined) throw new Error(`the page's island props have no entry ${index}`);
  return page.revive(p) as Record<string, unknown>;
}

async function start(el: HTMLElement, load: IslandLoader): Promise<void> {
  const { default: component } = await load();
  hydrate(component, { target: el, props: propsOf(Number(el.dataset.islandIndex)) });
  el.dataset.hydrated = 'true';
}

/**
 * Hydrates every island of the page by its name in `registry`. Resolves when the `load` islands
 * have hydrated; `visible` ones follow as the reader gets near them. An island with no loader is
 * an error: the page and the registry disagree.
 */
export async function startIslands(registry: Record<string, IslandLoader>, root: ParentNode = document): Promise<void> {
  const islands = [...root.querySelectorAll<HTMLElement>('[data-island]')];
  const eager: Promise<void>[] = [];
  /** What each watched box belongs to: the island, its loader and every box watched for it. */
  const waiting = new Map<Element, { el: HTMLElement; load: IslandLoader; boxes: Element[] }>();
  let observer: IntersectionObserver | undefined;
  for (const el of islands) {
    const name = el.dataset.island ?? '';
    const load = registry[name];
    if (!load) throw new Error(`no island is registered as "${name}"`);
    if ((el.dataset.when as IslandWhen) === 'load') {
      eager.push(start(el, load));
      continue;
    }
    observer ??= new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const island = waiting.get(entry.target);
          if (!entry.isIntersecting || !island) continue;
          for (const box of island.boxes) {
            waiting.delete(box);
            observer?.unobserve(box);
          }
          void start(island.el, island.load);
        }
      },
      { rootMargin: VISIBLE_MARGIN },
    );
    // The island's element has no box of its own (display: contents): watch what it holds, or
    // its parent when that is nothing with a box. In a disclosure (a chart folded on a phone),
    // watch the disclosure: folded, what it holds has no box, and the island should be ready
    // before the reader opens it.
    const fold = el.closest('details');
    const boxes = fold ? [fold] : [...el.children];
    if (boxes.length === 0 && el.parentElement) boxes.push(el.parentElement);
    const island = { el, load, boxes };
    for (const box of boxes) {
      waiting.set(box, island);
      observer.observe(box);
    }
  }
  await Promise.all(eager);
}
