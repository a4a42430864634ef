import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { content } from './scripts/vite-plugin-content.ts';
import { utf8Text } from './scripts/content-types.ts';
import { CHUNK_NAMES } from './src/lib/islands/table.ts';

/**
 * Chunks are named for what they are to a reader, never after whichever module a bundler put
 * first in them: the map engine (MapLibre and the parts that drive it, loaded when the reader
 * reaches the map), one chunk per island of the story page (src/main.ts), Svelte's runtime, and
 * code the islands share.
 */

/** A dynamic entry's chunk is named by the island table; a module it lacks is an error, never "shared". */
function chunkName(chunk: { facadeModuleId: string | null; moduleIds: string[]; isDynamicEntry: boolean }): string {
  const facade = chunk.facadeModuleId?.replace(/^.*?\/(src\/)/, '$1') ?? '';
  if (chunk.isDynamicEntry && facade.startsWith('src/')) {
    if (!CHUNK_NAMES[facade])
      throw new Error(`${facade} is loaded on demand but has no chunk name in src/lib/islands/table.ts`);
    return CHUNK_NAMES[facade];
  }
  if (chunk.moduleIds.some((id) => id.includes('/node_modules/svelte/src/internal/client/'))) return 'svelte';
  return 'shared';
}

/** A chunk's stylesheet is named after the chunk (GlMap.css); other assets keep their own names. */
function assetName(names: readonly string[]): string {
  const css = names.find((n) => n.endsWith('.css'));
  if (!css) return '[name]';
  const chunk = Object.entries(CHUNK_NAMES).find(([file]) => file.endsWith(`/${css.replace(/\.css$/, '.svelte')}`));
  return chunk?.[1] ?? 'style';
}

/** The story page's watch over its map (src/watch.ts), an entry of its own. */
const WATCH = 'src/watch.ts';

/**
 * Puts the watch's script first on the story page, before the entry: a module script of its own,
 * sharing no chunk with the rest, so it runs when they fail, and runs before them (module scripts
 * run in document order), in time to hear the entry fail. The build names it from its bundle;
 * dev serves the source.
 */
function watchScript(): Plugin {
  return {
    name: 'story-watch',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!html.includes('/src/main.ts') && !/assets\/main-[\w-]+\.js/.test(html)) return html;
        const chunk = ctx.bundle
          ? Object.values(ctx.bundle).find((c) => c.type === 'chunk' && c.isEntry && c.name === 'watch')
          : undefined;
        if (ctx.bundle && !chunk) throw new Error(`the build has no chunk for ${WATCH}`);
        const src = chunk ? `./${chunk.fileName}` : `/${WATCH}`;
        return [{ tag: 'script', attrs: { type: 'module', src }, injectTo: 'head-prepend' }];
      },
    },
  };
}

export default defineConfig({
  plugins: [svelte(), content(), utf8Text(), watchScript()],
  base: './',
  // Where the story will be published (STORY_URL=https://…/story/ npm run build), for the
  // absolute URLs social cards need; empty keeps them relative.
  define: { __STORY_URL__: JSON.stringify(process.env.STORY_URL?.replace(/\/?$/, '/') ?? '') },
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    // maplibre-gl alone is ~1 MB minified; it is its own chunk (map-engine), loaded only when the reader reaches the map.
    chunkSizeWarningLimit: 1100,
    rolldownOptions: {
      // The story page, the template every embed page is prerendered from (scripts/build.ts), and
      // the story page's watch over its map.
      input: { main: 'index.html', embed: 'embed.html', watch: WATCH },
      output: {
        chunkFileNames: (chunk) => `assets/${chunkName(chunk)}-[hash].js`,
        // A chunk's stylesheet by its chunk's name (map-engine-….css); shared ones are "style".
        assetFileNames: (asset) => `assets/${assetName(asset.names)}-[hash][extname]`,
      },
    },
  },
  server: { host: '127.0.0.1' },
});
