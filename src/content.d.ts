declare module 'virtual:content' {
  import type { Ledger } from './lib/data/types.ts';
  import type { Story } from './lib/story/copy.ts';
  import type { Scenes } from './lib/scene/types.ts';
  /** The validated claim ledger (see scripts/vite-plugin-content.ts). */
  export const ledger: Ledger;
  /** The story copy from data/story.aml, checked against the ledger. */
  export const story: Story;
  /** What the map draws for each step, each named view and the social card (src/lib/scene/resolve.ts). */
  export const scenes: Scenes;
}

declare module 'virtual:palette.css';

/** The story's public URL from STORY_URL at build time, or '' (see vite.config.ts). */
declare const __STORY_URL__: string;
