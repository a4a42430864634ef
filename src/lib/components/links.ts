/**
 * Where in-page links point. On the story page, "#in-source-x" scrolls the page; inside an embed
 * (whose relative URLs resolve from the story's folder, <base href="../">) the same link must
 * open the story page itself, in the top window, not inside the iframe.
 */
import { getContext, setContext } from 'svelte';

const KEY = Symbol('story-links');

export interface StoryLinks {
  /** Prefix for in-story anchors: "" on the story page, "index.html" in embeds. */
  page: string;
  /** Target for those links: undefined on the story page, "_top" in embeds. */
  target: '_top' | undefined;
}

const ON_PAGE: StoryLinks = { page: '', target: undefined };

export function provideStoryLinks(links: StoryLinks): void {
  setContext(KEY, links);
}

/** The link settings in force (the story page's, unless an embed provided its own). */
export function useStoryLinks(): StoryLinks {
  return getContext<StoryLinks | undefined>(KEY) ?? ON_PAGE;
}

/** "#anchor" on the story page, "index.html#anchor" in an embed. */
export function storyHref(links: StoryLinks, anchor: string): string {
  return `${links.page}#${anchor}`;
}
