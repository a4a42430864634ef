import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { content } from './scripts/vite-plugin-content.ts';
import { CSP } from './scripts/csp.ts';
import { utf8Text } from './scripts/content-types.ts';

export default defineConfig({
  plugins: [svelte(), content(), utf8Text()],
  base: './',
  // Where the story will be published (STORY_URL=https://…/story/ npm run build), for the
  // absolute URLs social cards need; empty keeps them relative.
  define: { __STORY_URL__: JSON.stringify(process.env.STORY_URL?.replace(/\/?$/, '/') ?? '') },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // maplibre-gl alone is ~1 MB minified; it is its own chunk, loaded only after the text paints.
    chunkSizeWarningLimit: 1100,
    // The story page, and the template every embed page is prerendered from (scripts/build.ts).
    rolldownOptions: { input: { main: 'index.html', embed: 'embed.html' } },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1', headers: { 'Content-Security-Policy': CSP } },
});
