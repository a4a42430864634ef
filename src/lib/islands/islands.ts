/**
 * Hydrates the islands of a prerendered page (page.ts, Island.svelte), each when it is wanted:
 * `load` at once, `visible` when it comes within a screen of the viewport. Each island's component
 * is its own chunk, fetched only then; its props come from the page's one JSON script, parsed once
 * when the first island needs them, and every island hydrates with the edition's words, which the
 * page writes once (EDITION_ID). The rest of the page stays the HTML the server wrote.
 */
import { hydrate, type Component } from 'svelte';
import { ISLAND_PROPS_ID, type IslandWhen } from './page.ts';
import { reviver, type Data, type Packed } from './pack.ts';
import { EDITION_ID } from '../i18n/context.ts';
import type { EditionInfo } from '../i18n/edition.ts';
import { islandContext } from '../page/context.ts';
import { idle } from '../idle.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each island's own props
export type IslandLoader = () => Promise<{ default: Component<any> }>;

/** How far outside the viewport a `visible` island starts hydrating. */
export const VISIBLE_MARGIN = '100% 0px';
/** The longest a `visible` island waits for an idle moment once it is near. */
const HYDRATE_WAIT = 500;

/** A pack of island props: the list by index, and the reviver of its shared objects (pack.ts). */
interface Props {
  islands: Data[];
  revive: (v: Data) => unknown;
}

function props(packed: Packed, where: string): Props {
  if (!Array.isArray(packed.value)) throw new Error(`${where} holds no list of island props`);
  return { islands: packed.value, revive: reviver(packed) };
}

let inline: Props | undefined;
/** The files holding the other islands' props, by island name, as the page's script names them. */
let files: Record<string, string> = {};
const fetched = new Map<string, Promise<Props>>();
/**
 * How many islands of each name have yet to hydrate. Once none has, the parsed file of that name's
 * props is let go: the hydrated islands hold what they revived from it, and nothing needs the rest.
 */
const unhydrated = new Map<string, number>();

function settled(name: string): void {
  const left = (unhydrated.get(name) ?? 0) - 1;
  unhydrated.set(name, left);
  if (left <= 0 && files[name]) fetched.delete(files[name]);
}

/** The props of the `load` islands, in the page; the others', in their name's file, each fetched once. */
async function propsOf(index: number, name: string): Promise<Record<string, unknown>> {
  if (!inline) {
    const script = document.getElementById(ISLAND_PROPS_ID);
    if (!script?.textContent) throw new Error(`the page has no #${ISLAND_PROPS_ID} script`);
    inline = props(JSON.parse(script.textContent) as Packed, `#${ISLAND_PROPS_ID}`);
    files = JSON.parse(script.dataset.files ?? '{}') as Record<string, string>;
  }
  let source = inline;
  if (inline.islands[index] === null || inline.islands[index] === undefined) {
    const file = files[name];
    if (!file) throw new Error(`#${ISLAND_PROPS_ID} names no file of the props of the "${name}" islands (data-files)`);
    if (!fetched.has(file))
      fetched.set(
        file,
        (async () => {
          const res = await fetch(new URL(file, document.baseURI));
          if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
          return props((await res.json()) as Packed, file);
        })(),
      );
    source = await fetched.get(file)!;
  }
  const p = source.islands[index];
  if (p === null || p === undefined) throw new Error(`the page's island props have no entry ${index}`);
  return source.revive(p) as Record<string, unknown>;
}

let context: Map<unknown, unknown> | undefined;

/** The context every island hydrates with, as the server rendered it (page.ts): the edition's words, read once. */
function editionContext(): Map<unknown, unknown> {
  if (context) return context;
  const script = document.getElementById(EDITION_ID);
  if (!script?.textContent) throw new Error(`the page has no #${EDITION_ID} script`);
  return (context = islandContext(JSON.parse(script.textContent) as EditionInfo));
}

async function hydrateIsland(el: HTMLElement, load: IslandLoader, ahead: boolean): Promise<void> {
  const [{ default: component }, props] = await Promise.all([
    load(),
    propsOf(Number(el.dataset.islandIndex), el.dataset.island ?? ''),
  ]);
  // An island hydrated ahead of the reader waits for a moment the page is idle: it is a screen
  // away, and hydrating is one piece of work that would otherwise land between two scroll frames.
  if (ahead) await idle(HYDRATE_WAIT);
  hydrate(component, { target: el, props, context: editionContext() });
  el.dataset.hydrated = 'true';
}

/**
 * Hydrates one island. Whatever fails (its chunk, its props, its component), the page's text stays,
 * the island says so on its element (data-island-error, which the page's watch over the map reads,
 * src/watch.ts) and the console says which island did not run; the other islands go on.
 */
async function start(el: HTMLElement, load: IslandLoader, ahead = false): Promise<void> {
  try {
    await hydrateIsland(el, load, ahead);
  } catch (e) {
    el.dataset.islandError = e instanceof Error ? e.message : String(e);
    console.error(`island ${el.dataset.island}:`, e);
  } finally {
    if (ahead) settled(el.dataset.island ?? '');
  }
}

/**
 * Hydrates every island of the page by its name in `registry`. Resolves when the `load` islands
 * have hydrated (or said on their element that they could not); `visible` ones follow as the reader gets near them. An island with no loader is
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
          void start(island.el, island.load, true);
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
    unhydrated.set(name, (unhydrated.get(name) ?? 0) + 1);
    for (const box of boxes) {
      waiting.set(box, island);
      observer.observe(box);
    }
  }
  await Promise.all(eager);
}
