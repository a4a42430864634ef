declare module 'virtual:content' {
  import type { ServedContent } from './lib/content.ts';
  /**
   * Every edition of the story, the default (English) first: its words, its validated claim
   * ledger (labels in its language), its copy (data/story.aml, data/story.<lang>.aml) and its
   * scenes (see scripts/vite-plugin-content.ts).
   */
  export const editions: ServedContent[];
}

declare module 'virtual:palette.css';

/** The story's public URL from STORY_URL at build time, or '' (see vite.config.ts). */
declare const __STORY_URL__: string;
