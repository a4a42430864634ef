/**
 * The desk (npm run desk), driven in real Chromium on a throwaway copy of the project, never on
 * the real data/: the Indonesian fixture report goes in through the desk alone and yields the
 * same data files as the README's manual steps (tests/fixtures/sources/entries.json, as
 * new-sources.test.ts applies them), and check:data passes; an ambiguous figure cannot be added;
 * a write from another origin is refused and a file changed on disk is reported, both leaving the
 * files as they were; axe finds nothing at each stage.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer, request } from 'node:http';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { check as prettierCheck, resolveConfig } from 'prettier';
import { copyProject, ROOT, runScript } from '../helpers/project.ts';
import { axeViolations, launch } from './harness.ts';

type Entry = Record<string, unknown>;
const FIXTURES = join(ROOT, 'tests/fixtures/sources');
const fx = JSON.parse(readFileSync(join(FIXTURES, 'entries.json'), 'utf8')) as {
  claimants: Entry[];
  sources: Entry[];
  claims: Entry[];
  ambiguous: { source: Entry; claim: Entry };
};
const source = fx.sources.find((s) => s.id === 'fixture-id')!;
const claims = fx.claims.filter((c) => c.source === 'fixture-id');
const claimant = fx.claimants[0];
const seedText = readFileSync(join(FIXTURES, String(source.file)), 'utf8');

/** What the desk names things: the seed and source from outlet, edition and date; claims from the quantity. */
const DESK_SOURCE = 'fixture-broadcaster-indonesian-service-2025-08-23';
const deskClaimId = (c: Entry) => `${DESK_SOURCE}-${String(c.quantity).split('_')[0]}`;

/** A copy of the project with the seeds' checksum list, which the desk writes too, and prettier's settings. */
function copyWithSums(): ReturnType<typeof copyProject> {
  const copy = copyProject();
  copyFileSync(join(ROOT, '.prettierrc.json'), join(copy.dir, '.prettierrc.json'));
  mkdirSync(join(copy.dir, 'tests/unit'), { recursive: true });
  copyFileSync(join(ROOT, 'tests/unit/seeds.sha256'), join(copy.dir, 'tests/unit/seeds.sha256'));
  return copy;
}

/** Starts `npm run desk` in `dir` on a free port; resolves with its URL once it prints it. */
function startDesk(dir: string): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(join(ROOT, 'node_modules/.bin/tsx'), [join(dir, 'scripts/desk.ts'), '--port', '0'], { cwd: dir });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      const m = /desk: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
      if (m) done({ url: m[1], child });
    });
    child.stderr.on('data', (d) => (out += d));
    child.on('exit', () => fail(new Error(`the desk stopped: ${out}`)));
  });
}

/** Every file under data/ and seeds/ and the checksum list, by path. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const top of ['data', 'seeds']) {
    for (const name of readdirSync(join(dir, top), { recursive: true, encoding: 'utf8' })) {
      const path = join(top, name);
      if (existsSync(join(dir, path)) && !name.endsWith('/') && /\.\w+$/.test(name))
        out[path] = readFileSync(join(dir, path), 'utf8');
    }
  }
  out['tests/unit/seeds.sha256'] = readFileSync(join(dir, 'tests/unit/seeds.sha256'), 'utf8');
  return out;
}

/** Whether `text` is as prettier writes `path` by the project's settings. */
const check = async (text: string, { filepath }: { filepath: string }) =>
  prettierCheck(text, { ...(await resolveConfig(filepath)), filepath });

/** Selects [start, end) of the article by keyboard alone: to the start, then Shift+ArrowRight. */
async function selectByKeyboard(page: Page, text: string, passage: string): Promise<void> {
  const start = text.indexOf(passage);
  expect(start, passage).toBeGreaterThanOrEqual(0);
  await page.getByRole('region', { name: 'Article' }).getByRole('textbox').focus();
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < start; i++) await page.keyboard.press('ArrowRight');
  for (let i = 0; i < passage.length; i++) await page.keyboard.press('Shift+ArrowRight');
}

/** A text of data/ in English: a string, or the "en" of an object by language. */
const english = (v: unknown) =>
  typeof v === 'object' && v !== null ? String((v as Record<string, string>).en) : String(v ?? '');

async function fillArticle(page: Page, s: Entry, text: string): Promise<void> {
  const box = (name: string) => page.getByRole('textbox', { name, exact: true });
  await box('Article text').fill(text);
  await page.getByRole('combobox', { name: 'Language' }).selectOption(String(s.language));
  await box('Outlet').fill(String(s.outlet));
  await box('Outlet note').fill(english(s.outlet_note));
  await box('Edition').fill(english(s.edition));
  await box('Byline').fill(String(s.byline));
  await box('Headline').fill(String(s.headline));
  await box('Date').fill(String(s.date));
  await box('Date as the text prints it').fill(english(s.date_text));
  await page.getByRole('button', { name: 'Save the article' }).click();
  // The saved text is shown; on a refusal, the message says why.
  await expect
    .poll(async () =>
      (await page.getByRole('region', { name: 'Article' }).count()) ? 'saved' : page.getByRole('alert').textContent(),
    )
    .toBe('saved');
}

describe('the desk', { timeout: 400_000 }, () => {
  let project: ReturnType<typeof copyProject>;
  let desk: { url: string; child: ChildProcess };
  let browser: Browser;

  beforeAll(async () => {
    project = copyWithSums();
    desk = await startDesk(project.dir);
    browser = await launch();
  });
  afterAll(async () => {
    desk?.child.kill();
    await browser?.close();
    project?.cleanup();
  });

  it("adds the Indonesian report through the desk alone: the manual steps' files, and check:data passes", async () => {
    const page = await browser.newPage();
    await page.goto(desk.url);
    await fillArticle(page, source, seedText);
    expect(await axeViolations(page)).toEqual([]);

    for (const [i, c] of claims.entries()) {
      await selectByKeyboard(page, seedText, String(c.figure));
      await page.getByRole('button', { name: 'Add a figure' }).press('Enter');
      const reading = page.getByRole('status', { name: 'Reading' });
      await expect.poll(() => reading.textContent()).toContain(`low ${String(c.low)}, high ${String(c.high)}`);
      expect(await reading.textContent()).toContain(`qualifier "${String(c.qualifier)}"`);
      // The quote defaults to the sentence; the manual steps quote a part of it: narrow it by selection.
      await selectByKeyboard(page, seedText, String(c.quote));
      await page.getByRole('button', { name: 'Use the selection as the quote' }).click();
      expect(await page.getByRole('textbox', { name: 'Quote' }).inputValue()).toBe(c.quote);
      await page.getByRole('combobox', { name: 'Quantity' }).selectOption(String(c.quantity));
      await page.getByRole('textbox', { name: 'Claimant as written' }).fill(String(c.claimant));
      if (i === 0) {
        await page.getByRole('combobox', { name: 'Claimant', exact: true }).selectOption('(new)');
        await page.getByRole('textbox', { name: 'Claimant key' }).fill(String(claimant.key));
        for (const [lang, label] of Object.entries(claimant.label as Record<string, string>))
          await page.getByRole('textbox', { name: `Label (${lang})` }).fill(label);
        await page.getByRole('combobox', { name: 'Kind' }).selectOption(String(claimant.kind));
      } else {
        await page.getByRole('combobox', { name: 'Claimant', exact: true }).selectOption(String(claimant.key));
      }
      const gloss = typeof c.gloss === 'string' ? { en: c.gloss } : ((c.gloss ?? {}) as Record<string, string>);
      for (const [lang, text] of Object.entries(gloss))
        await page.getByRole('textbox', { name: `Translation (${lang})` }).fill(text);
      if (i === 0) expect(await axeViolations(page)).toEqual([]);
      await page.getByRole('button', { name: 'Add this claim' }).press('Enter');
      if (i === 0) {
        // A reload of the page keeps the work: the saved article and the claim added.
        await page.reload();
        await expect.poll(() => page.getByRole('region', { name: 'Article' }).count()).toBe(1);
        expect(
          await page
            .getByRole('listitem')
            .filter({ hasText: String(c.figure) })
            .count(),
        ).toBe(1);
      }
    }

    // Before you publish: the source's texts the Korean edition lacks, each in its field.
    for (const field of ['outlet_note', 'edition', 'date_text']) {
      const name = `data/sources.json [${DESK_SOURCE}] ${field} (ko)`;
      await page.getByRole('textbox', { name }).fill((source[field] as Record<string, string>).ko);
    }
    // The dek and intro (a new claimant) and the steps whose copy predates the new claims.
    for (const step of ['intro', 'sent', 'casualties']) {
      const box = page.getByRole('checkbox', { name: `Reviewed: ${step}` });
      await expect
        .poll(async () =>
          (await box.count()) ? 'shown' : page.getByRole('region', { name: 'Before you publish' }).textContent(),
        )
        .toBe('shown');
      await box.check();
    }
    expect(await axeViolations(page)).toEqual([]);
    const panel = (await page.getByRole('region', { name: 'Before you publish' }).textContent()) ?? '';
    const before = files(project.dir);
    writeFileSync(join(project.dir, 'published-claims.json'), before['data/claims.json']);

    await page.getByRole('button', { name: 'Publish' }).click();
    const status = page.getByRole('status', { name: 'Check' });
    await expect.poll(() => status.textContent(), { timeout: 120_000 }).toMatch(/check:data (passes|fails)/);
    expect(await status.textContent()).toContain('check:data passes');
    expect(await axeViolations(page)).toEqual([]);
    expect(runScript(project.dir, 'scripts/check-data.ts').status).toBe(0);
    // The link to the page opens the first step touched.
    expect(await page.getByRole('link', { name: /first step touched/ }).getAttribute('href')).toMatch(/#step-sent$/);

    // The README's manual steps, applied to another copy, give the same files.
    const manual = copyWithSums();
    try {
      const rename = (c: Entry) => ({ ...c, id: deskClaimId(c), source: DESK_SOURCE });
      const file = `${DESK_SOURCE}.txt`;
      copyFileSync(join(FIXTURES, String(source.file)), join(manual.dir, 'seeds', file));
      const sum = spawnSync('sha256sum', [file], { cwd: join(manual.dir, 'seeds'), encoding: 'utf8' }).stdout;
      writeFileSync(
        join(manual.dir, 'tests/unit/seeds.sha256'),
        readFileSync(join(ROOT, 'tests/unit/seeds.sha256'), 'utf8') + sum,
      );
      const append = (path: string, entries: Entry[]) =>
        manual.write(
          path,
          JSON.stringify([...(JSON.parse(readFileSync(join(manual.dir, path), 'utf8')) as Entry[]), ...entries]),
        );
      append('data/sources.json', [{ ...source, id: DESK_SOURCE, file }]);
      append('data/claimants.json', [claimant]);
      append('data/claims.json', claims.map(rename));
      for (const story of ['data/story.aml', 'data/story.ko.aml']) {
        const ids = (q: string) =>
          claims
            .filter((c) => c.quantity === q)
            .map(deskClaimId)
            .join(', ');
        manual.write(
          story,
          readFileSync(join(manual.dir, story), 'utf8')
            .replace(/^(claimants: .*)$/m, `$1, ${String(claimant.key)}`)
            .replace(/(id: sent\n(?:.*\n)*?reviewed: .*)/, `$1, ${ids('troops_deployed')}`)
            .replace(/(id: casualties\n(?:.*\n)*?reviewed: .*)/, `$1, ${ids('killed_or_wounded')}`),
        );
      }
      const ours = files(project.dir);
      const theirs = files(manual.dir);
      expect(Object.keys(ours).sort()).toEqual(Object.keys(theirs).sort());
      for (const path of Object.keys(theirs)) {
        if (path.endsWith('.json')) expect(JSON.parse(ours[path]), path).toEqual(JSON.parse(theirs[path]));
        else expect(ours[path], path).toBe(theirs[path]);
        // Written as prettier writes it.
        if (path.endsWith('.json') && ours[path] !== before[path])
          expect(await check(ours[path], { filepath: join(ROOT, path) }), path).toBe(true);
      }
    } finally {
      manual.cleanup();
    }

    // npm run diff against the claims as they were prints the panel's before and after.
    const diff = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/diff.ts', 'published-claims.json'], {
      cwd: project.dir,
      encoding: 'utf8',
    });
    const lines = diff.stdout.split('\n').filter((l) => /^\s+(before|after):/.test(l));
    expect(lines.length).toBeGreaterThanOrEqual(4);
    const shown = panel.replace(/\s+/g, ' ');
    for (const line of lines) expect(shown).toContain(line.replace(/^\s+(before|after):\s+/, '').split(';')[0]);
    const summaries = diff.stdout.split('\n').filter((l) => /^\s+".*"$/.test(l));
    expect(summaries.length).toBe(lines.length);
    for (const line of summaries) expect(shown).toContain(line.trim().slice(1, -1));
    await page.close();
  });

  it('asks which kind an unknown word is, with examples, and adds it to the language file', async () => {
    const page = await browser.newPage();
    await page.goto(desk.url);
    const text = 'FIXTURE: teks karangan untuk pengujian.\nPejabat rekaan menyebut 13.500 serdadu.';
    await fillArticle(page, { ...source, headline: 'FIXTURE unknown word' }, text);
    await selectByKeyboard(page, text, '13.500 serdadu');
    await page.getByRole('button', { name: 'Add a figure' }).press('Enter');
    const reading = page.getByRole('status', { name: 'Reading' });
    await expect.poll(() => reading.textContent()).toMatch(/^Refused: .*serdadu/);
    // The word the checker names is picked; each kind is offered with words of its kind from the file.
    expect(await page.getByRole('combobox', { name: 'Word' }).inputValue()).toBe('serdadu');
    const units = page.getByRole('radio', { name: /^units, like "[^"]+"/ });
    expect(await page.getByRole('radio', { name: /meaning "about"/ }).count()).toBe(2);
    expect(await axeViolations(page)).toEqual([]);
    await units.check();
    await page.getByRole('button', { name: 'Add the word to data/languages/id.json' }).press('Enter');
    await expect.poll(() => reading.textContent()).toContain('low 13500, high 13500, qualifier "exact"');
    const file = readFileSync(join(project.dir, 'data/languages/id.json'), 'utf8');
    expect((JSON.parse(file) as { units: string[] }).units).toContain('serdadu');
    expect(await check(file, { filepath: join(ROOT, 'data/languages/id.json') })).toBe(true);
    await page.close();
  });

  it('cannot add an ambiguous figure: the reading says why, and the server refuses it too', async () => {
    const page = await browser.newPage();
    await page.goto(desk.url);
    const en = fx.ambiguous;
    const text = readFileSync(join(FIXTURES, String(en.source.file)), 'utf8');
    await fillArticle(page, en.source, text);
    await selectByKeyboard(page, text, String(en.claim.figure));
    await page.getByRole('button', { name: 'Add a figure' }).click();
    const reading = page.getByRole('status', { name: 'Reading' });
    await expect.poll(() => reading.textContent()).toMatch(/^Refused: .*reads two ways/);
    await page.getByRole('combobox', { name: 'Quantity' }).selectOption(String(en.claim.quantity));
    await page.getByRole('textbox', { name: 'Claimant as written' }).fill(String(en.claim.claimant));
    await page.getByRole('combobox', { name: 'Claimant', exact: true }).selectOption({ index: 1 });
    expect(await page.getByRole('button', { name: 'Add this claim' }).isDisabled()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // A draft sent by hand, past the page, is read by the server and refused; nothing is written.
    const before = files(project.dir);
    const answer = await page.evaluate(
      async (claim) => {
        const token = document.querySelector<HTMLMetaElement>('meta[name="desk-token"]')!.content;
        const headers = { 'Content-Type': 'application/json', 'X-Desk-Token': token };
        const state = (await (await fetch('/api/state', { headers })).json()) as {
          hashes: Record<string, string>;
          sources: { id: string }[];
        };
        const draft = { source: state.sources.at(-1)!.id, claims: [claim], claimants: [], reviewed: [], texts: [] };
        const res = await fetch('/api/publish', {
          method: 'POST',
          headers,
          body: JSON.stringify({ draft, hashes: state.hashes }),
        });
        return { status: res.status, body: (await res.json()) as { error: string } };
      },
      { ...en.claim, gloss: {}, as_of: '' },
    );
    expect(answer.status).toBe(400);
    expect(answer.body.error).toMatch(/is refused: .*reads two ways/);
    expect(files(project.dir)).toEqual(before);
    await page.close();
  });

  it('refuses a write from another origin with 403, and leaves every file as it was', async () => {
    const before = files(project.dir);
    const token = /content="([0-9a-f]+)"/.exec(await (await fetch(desk.url)).text())![1];
    const body = JSON.stringify({ fields: { ...fx.sources[0], text: 'x' }, hashes: {} });
    // A page on another origin the editor has open, which even knows the token.
    const other = createServer((_, res) => res.end('<!doctype html><title>elsewhere</title>'));
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const address = other.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    try {
      const page = await browser.newPage();
      const statuses: number[] = [];
      page.on('response', (r) => {
        if (r.url().startsWith(desk.url)) statuses.push(r.status());
      });
      await page.goto(`http://127.0.0.1:${address.port}/`);
      const results = await page.evaluate(
        async ({ url, token, body }) => {
          const out: string[] = [];
          // A simple request (no preflight): sent, with the page's Origin.
          await fetch(`${url}api/article`, { method: 'POST', mode: 'no-cors', body }).then(
            () => out.push('sent'),
            () => out.push('failed'),
          );
          // With the token's header: the preflight is refused, so the request is never sent.
          await fetch(`${url}api/article`, { method: 'POST', headers: { 'X-Desk-Token': token }, body }).then(
            (r) => out.push(String(r.status)),
            () => out.push('failed'),
          );
          return out;
        },
        { url: desk.url, token, body },
      );
      expect(results).toEqual(['sent', 'failed']);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 403)).toBe(true);
      await page.close();
    } finally {
      other.close();
    }
    // Outside a browser, a forged Origin, or the desk's own without the token.
    const post = (headers: Record<string, string>) =>
      new Promise<number>((done) => {
        const req = request(`${desk.url}api/article`, { method: 'POST', headers }, (res) => done(res.statusCode ?? 0));
        req.end(body);
      });
    const own = desk.url.replace(/\/$/, '');
    expect(await post({ Origin: 'http://evil.example', 'X-Desk-Token': token })).toBe(403);
    expect(await post({ Origin: own })).toBe(403);
    expect(await post({ Origin: own, 'X-Desk-Token': token, Host: 'evil.example' })).toBe(403);
    expect(files(project.dir)).toEqual(before);
  });

  it('reports a file changed on disk during an edit by name, overwrites nothing and keeps the work', async () => {
    const page = await browser.newPage();
    await page.goto(desk.url);
    const italian = fx.sources.find((s) => s.id === 'fixture-it')!;
    const text = readFileSync(join(FIXTURES, String(italian.file)), 'utf8');
    await page.getByRole('textbox', { name: 'Article text', exact: true }).fill(text);
    await page.getByRole('combobox', { name: 'Language' }).selectOption('it');
    await page.getByRole('textbox', { name: 'Outlet', exact: true }).fill(String(italian.outlet));
    await page.getByRole('textbox', { name: 'Outlet note', exact: true }).fill(english(italian.outlet_note));
    await page.getByRole('textbox', { name: 'Edition', exact: true }).fill(english(italian.edition));
    // Meanwhile, someone else edits data/sources.json (git, an editor, a second desk).
    const path = join(project.dir, 'data/sources.json');
    const theirs = readFileSync(path, 'utf8').replace('"byline": ""', '"byline": "Edited elsewhere"');
    expect(theirs).toContain('Edited elsewhere');
    writeFileSync(path, theirs);
    const before = files(project.dir);
    await page.getByRole('button', { name: 'Save the article' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('data/sources.json changed on disk');
    expect(files(project.dir)).toEqual(before);
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    expect(await page.getByRole('textbox', { name: 'Article text', exact: true }).inputValue()).toBe(text);
    expect(await page.getByRole('textbox', { name: 'Outlet', exact: true }).inputValue()).toBe(italian.outlet);

    // Read again, the same work is saved on top of their change, which stays.
    // As the editor does: once the desk says it has read them (a save sent before that would carry
    // the old hashes, and be refused again).
    await page.getByRole('button', { name: 'Read the files again' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Read the files again. Your work is kept.');
    await page.getByRole('button', { name: 'Save the article' }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Article' }).count()).toBe(1);
    const sources = readFileSync(path, 'utf8');
    expect(sources).toContain('"byline": "Edited elsewhere"');
    expect(sources).toContain('"outlet_note": "A made-up outlet for tests."');
    await page.close();
  });

  it('is not part of the build: dist/ holds no desk page and no desk API', () => {
    const dist = join(ROOT, 'dist');
    if (!existsSync(dist)) return expect.fail('run npm run build first');
    const built = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => /\.(html|js)$/.test(f));
    expect(built.length).toBeGreaterThan(0);
    for (const f of built) expect(readFileSync(join(dist, f), 'utf8'), f).not.toMatch(/desk-token|\/api\/publish/);
  });
});
