/**
 * The desk's HTTP API, as middleware for the desk's Vite server. Every request must carry the
 * token made for this run (the page gets it in its HTML), and every write must come from the
 * desk's own origin: a page on another origin the editor has open is refused with 403, and so is
 * a request that names another host (DNS rebinding). A file changed on disk since the page read
 * it is answered 409 with its name; nothing is written.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { parse } from 'jsonc-parser';
import { DATA_FILES } from '../../../src/lib/data/validate.ts';
import type { ArticleFields, Draft, Hashes } from '../../../src/desk/draft.ts';
import { MISSING, type Change } from './files.ts';
import { addLanguage, addWord, DeskError, formatted, saveArticle } from './plan.ts';
import { snapshot, type Snapshot } from './project.ts';
import { publishChanges } from './publish.ts';
import { INTRO } from './story.ts';
import { deskReport } from './panel.ts';
import { LedgerInvalid } from '../load.ts';

export interface DeskOptions {
  root: string;
  /** http://127.0.0.1:PORT, the only origin whose writes are taken. */
  origin: string;
  token: string;
  /** Where the story's dev server shows the page (npm run dev). */
  devUrl: string;
}

type Entry = Record<string, unknown>;

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  const v = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as unknown;
  if (typeof v !== 'object' || v === null) throw new DeskError('the request body must be a JSON object');
  return v as Record<string, unknown>;
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** What the page needs to work: the files' hashes, language files, outlets, quantities, claimants, editions. */
function state(snap: Snapshot, opts: DeskOptions) {
  const rows = (path: string) => (parse(snap.texts[path] || '[]') as Entry[]) ?? [];
  // The language files and the magnitude table their magnitude words are read by.
  const languages = Object.fromEntries(
    Object.entries(snap.input.files).filter(
      ([p, t]) => (p.startsWith('data/languages/') || p === DATA_FILES.magnitudes) && t !== undefined,
    ),
  );
  return {
    hashes: snap.hashes,
    languages,
    sources: rows(DATA_FILES.sources),
    quantities: rows(DATA_FILES.quantities),
    claimants: rows(DATA_FILES.claimants),
    editions: snap.editions.map((e) => e.lang),
    devUrl: opts.devUrl,
  };
}

/** Writes `changes` if every file is as the page read it (`hashes`); formats JSON first. */
async function write(snap: Snapshot, changes: Change[], hashes: Hashes, root: string) {
  const checked = await Promise.all(
    changes.map(async (c) => ({ ...c, text: await formatted(root, c.path, c.text), read: hashes[c.path] ?? MISSING })),
  );
  return snap.files.writeAll(checked);
}

function checkData(root: string): Promise<{ status: number; output: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'scripts/check-data.ts')], { cwd: root });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (status) => done({ status: status ?? -1, output: output.trim() }));
  });
}

export function deskApi(opts: DeskOptions) {
  return async (req: IncomingMessage, res: ServerResponse, next: () => void): Promise<void> => {
    const url = new URL(req.url ?? '/', opts.origin);
    if (!url.pathname.startsWith('/api/')) return next();
    const host = new URL(opts.origin).host;
    const writes = req.method !== 'GET';
    if (req.headers.host !== host) return send(res, 403, { error: `requests must be addressed to ${host}` });
    if (writes && req.headers.origin !== opts.origin)
      return send(res, 403, { error: 'writes come only from the desk page' });
    if (!same(String(req.headers['x-desk-token'] ?? ''), opts.token)) return send(res, 403, { error: 'no desk token' });
    try {
      const snap = snapshot(opts.root);
      if (req.method === 'GET' && url.pathname === '/api/state') return send(res, 200, state(snap, opts));
      if (!writes) return send(res, 404, { error: 'no such API' });
      const b = await body(req);
      const hashes = (b.hashes ?? {}) as Hashes;
      const conflict = (changed: string[]) =>
        send(res, 409, { error: `changed on disk since the desk read it: ${changed.join(', ')}`, changed });
      if (url.pathname === '/api/article') {
        const { source, changes } = saveArticle(snap, b.fields as ArticleFields);
        const r = await write(snap, changes, hashes, opts.root);
        return r.ok ? send(res, 200, { source, state: state(snapshot(opts.root), opts) }) : conflict(r.changed);
      }
      if (url.pathname === '/api/word') {
        const change = addWord(
          snap,
          String(b.language),
          b.path as string[],
          String(b.word),
          (b.value as number | null) ?? null,
        );
        const r = await write(snap, [change], hashes, opts.root);
        return r.ok ? send(res, 200, { state: state(snapshot(opts.root), opts) }) : conflict(r.changed);
      }
      if (url.pathname === '/api/language') {
        const change = addLanguage(snap, String(b.tag), Boolean(b.wordBoundaries));
        const r = await write(snap, [change], hashes, opts.root);
        return r.ok ? send(res, 200, { state: state(snapshot(opts.root), opts) }) : conflict(r.changed);
      }
      if (url.pathname === '/api/preview') return send(res, 200, deskReport(snap, b.draft as Draft));
      if (url.pathname === '/api/publish') {
        const draft = b.draft as Draft;
        const report = deskReport(snap, draft);
        const r = await write(snap, publishChanges(snap, draft), hashes, opts.root);
        if (!r.ok) return conflict(r.changed);
        const check = await checkData(opts.root);
        // The first step touched: the dek and intro are at the top of the page.
        const step = report.stale.find((s) => s.step !== INTRO)?.step;
        return send(res, 200, {
          check,
          link: `${opts.devUrl}${step ? `#step-${step}` : ''}`,
          state: state(snapshot(opts.root), opts),
        });
      }
      return send(res, 404, { error: 'no such API' });
    } catch (e) {
      if (e instanceof DeskError || e instanceof LedgerInvalid || e instanceof SyntaxError)
        return send(res, 400, { error: e instanceof LedgerInvalid ? e.report : e.message });
      return send(res, 500, { error: e instanceof Error ? e.message : String(e) });
    }
  };
}
