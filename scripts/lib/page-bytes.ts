/**
 * What a built page costs a reader who opens it, before anything it loads on demand: its HTML
 * (with the JSON written into it), the scripts, module preloads and stylesheets its HTML links
 * (none inside <noscript>), and every script those scripts import statically. Dynamic imports
 * (the story's islands, MapLibre) are not followed: they load when wanted. Each file is counted
 * once, gzip -9, as the preview server sends it. `npm run size` prints it for every embed page
 * beside the story page's (scripts/sizes.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageBytes {
  /** The page, from dist/ ("embed/map-overview.html"). */
  page: string;
  /** gzip -9 of the HTML, its JSON included. */
  html: number;
  /** gzip -9 of the JSON in the page's <script type="application/json"> elements, on their own. */
  json: number;
  js: number;
  css: number;
  total: number;
}

const gzip = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}=["']([^"']*)["']`).exec(tag)?.[1];

/** Paths (from dist/) of the scripts and stylesheets a page's HTML links, outside <noscript>. */
export function linkedFiles(page: string, html: string): string[] {
  const live = html.replace(/<noscript>[\s\S]*?<\/noscript>/g, '');
  const base = new URL(attr(/<base\b[^>]*>/.exec(live)?.[0] ?? '', 'href') ?? '', new URL(page, 'file:///'));
  const files: string[] = [];
  for (const [tag] of live.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    const href = tag.startsWith('<script')
      ? attr(tag, 'src')
      : /stylesheet|modulepreload/.test(rel ?? '') && attr(tag, 'href');
    if (href) files.push(new URL(href, base).pathname.slice(1));
  }
  return files;
}

/** The scripts a built script imports statically (`import … from "./x.js"`, `import "./x.js"`), as paths from dist/. */
export function staticImports(file: string, js: string): string[] {
  return [...js.matchAll(/\b(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)].map(([, spec]) =>
    new URL(spec, new URL(file, 'file:///')).pathname.slice(1),
  );
}

/** The bytes of one built page: `page` is its path in `dist`. */
export function pageBytes(dist: string, page: string): PageBytes {
  const html = readFileSync(join(dist, page), 'utf8');
  const seen = new Set<string>();
  const queue = linkedFiles(page, html);
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(file, readFileSync(join(dist, file), 'utf8')));
  }
  const sum = (ext: string) =>
    [...seen].filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzip(readFileSync(join(dist, f))), 0);
  const json = [...html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)].reduce(
    (n, [, text]) => n + gzip(text),
    0,
  );
  const bytes = { html: gzip(html), json, js: sum('.js'), css: sum('.css') };
  return { page, ...bytes, total: bytes.html + bytes.js + bytes.css };
}
