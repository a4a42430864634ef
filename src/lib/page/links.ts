/**
 * Where in-page links point. Every page of every edition resolves relative URLs from the story's
 * root (<base href> on the pages below it), so a link names its edition's folder: on the English
 * story page "#in-source-x" scrolls the page, on the Korean one "ko/#in-source-x" does; inside an
 * embed the same link must open the story page itself ("ko/index.html#…"), in the top window,
 * not inside the iframe. The edition's own files (its map pictures, its embeds) are in its folder.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('story-links');

export interface StoryLinks {
  /** Prefix for in-story anchors: "" on the story page, "index.html" in embeds (each in its edition's folder). */
  page: string;
  /** Target for those links: undefined on the story page, "_top" in embeds. */
  target: '_top' | undefined;
  /** The edition's folder from the story's root: "" for the default edition, "ko/". */
  edition: string;
}

/** The links of an edition's story page. */
export function pageLinks(edition: string): StoryLinks {
  return { page: edition, target: undefined, edition };
}

/** The links of an edition's embed pages: to its story page, in the top window. */
export function embedLinks(edition: string): StoryLinks {
  return { page: `${edition}index.html`, target: '_top', edition };
}

export function provideStoryLinks(links: StoryLinks): void {
  setContext(KEY, links);
}

/** The context to hand `render` or `hydrate` for a component rendered on its own (an island). */
export function storyLinksContext(links: StoryLinks): Map<unknown, unknown> {
  return new Map([[KEY, links]]);
}

/** A file of the edition's own ("static/step-sent.svg" → "ko/static/step-sent.svg"). */
export function editionFile(links: StoryLinks, path: string): string {
  return `${links.edition}${path}`;
}

/** The link settings in force: the story page's or an embed's, whichever provided them. */
export function useStoryLinks(): StoryLinks {
  const links = getContext<StoryLinks | undefined>(KEY);
  if (!links)
    throw new Error(
      'no story links in context: render the component under App or EmbedApp, or pass storyLinksContext()',
    );
  return links;
}

/** "#anchor" on the story page, "index.html#anchor" in an embed. */
export function storyHref(links: StoryLinks, anchor: string): string {
  return `${links.page}#${anchor}`;
}
