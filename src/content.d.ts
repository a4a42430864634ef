declare module 'virtual:content' {
  import type { Ledger } from './lib/data/types.ts';
  import type { Story } from './lib/story/copy.ts';
  /** The validated claim ledger (see scripts/vite-plugin-content.ts). */
  export const ledger: Ledger;
  /** The story copy from data/story.aml, checked against the ledger. */
  export const story: Story;
}

declare module 'virtual:palette.css';

/** The story's public URL from STORY_URL at build time, or '' (see vite.config.ts). */
declare const __STORY_URL__: string;
