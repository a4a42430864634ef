/**
 * What the desk plans to write, on a throwaway copy of the project (never the real data/): a word
 * added to a language file changes how the checker reads a figure; a new claimant's label that an
 * edition lacks is listed as a missing text, and the editor's text fills it; the report's before
 * and after come from the same data the checks read.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'jsonc-parser';
import { copyProject, ROOT } from '../helpers/project.ts';
import { snapshot } from '../../scripts/lib/desk/project.ts';
import { addLanguage, addWord, saveArticle } from '../../scripts/lib/desk/plan.ts';
import { wordKinds } from '../../src/lib/data/word-kinds.ts';
import type { LedgerError } from '../../src/lib/data/types.ts';
import { publishChanges } from '../../scripts/lib/desk/publish.ts';
import { deskReport } from '../../scripts/lib/desk/panel.ts';
import { readLanguages } from '../../src/lib/data/read-files.ts';
import { resolveLanguage } from '../../src/lib/data/language.ts';
import { parseFigure } from '../../src/lib/data/figure.ts';
import type { Draft } from '../../src/desk/draft.ts';

const FIXTURES = join(ROOT, 'tests/fixtures/sources');
let project: ReturnType<typeof copyProject>;
let source = '';

beforeAll(() => {
  project = copyProject();
  mkdirSync(join(project.dir, 'tests/unit'), { recursive: true });
  copyFileSync(join(ROOT, 'tests/unit/seeds.sha256'), join(project.dir, 'tests/unit/seeds.sha256'));
  const snap = snapshot(project.dir);
  const saved = saveArticle(snap, {
    text: readFileSync(join(FIXTURES, 'fixture_id.txt'), 'utf8'),
    language: 'id',
    outlet: 'Fixture Broadcaster',
    outlet_note: 'A made-up outlet for tests.',
    edition: 'Indonesian service',
    byline: '',
    headline: 'FIXTURE',
    date: '2025-08-23',
    date_text: '',
    translation: false,
    reposting: '',
  });
  const r = snap.files.writeAll(saved.changes);
  expect(r.ok).toBe(true);
  source = saved.source;
});
afterAll(() => project?.cleanup());

describe('a word added to a language file', () => {
  it('goes in the field of its kind, and the checker then reads the figure', () => {
    const snap = snapshot(project.dir);
    const rules = (files: Record<string, string | undefined>) => {
      const lang = resolveLanguage('id', readLanguages({ files, seeds: {} }, []));
      if ('problem' in lang) throw new Error(lang.problem);
      return lang.rules;
    };
    expect(parseFigure('13.500 serdadu', rules(snap.input.files)).problem).toBeDefined();
    const change = addWord(snap, 'id', ['units'], 'serdadu', null);
    expect(change.path).toBe('data/languages/id.json');
    expect((parse(change.text) as { units: string[] }).units.at(-1)).toBe('serdadu');
    const after = parseFigure('13.500 serdadu', rules({ ...snap.input.files, [change.path]: change.text }));
    expect(after.figure).toMatchObject({ low: 13500, high: 13500, qualifier: null });
    expect(() => addWord(snap, '../x', ['units'], 'a', null)).toThrow(/not a file name/);
    expect(() => addWord(snap, 'id', ['scales'], 'ribuan', null)).toThrow(/no list/);
  });
});

describe('a new language', () => {
  it('is an empty words file with every kind in place, which the checker reads without a problem', () => {
    const snap = snapshot(project.dir);
    const change = addLanguage(snap, 'pt-BR', true);
    expect(change).toMatchObject({ path: 'data/languages/pt.json', read: 'missing' });
    const errors: LedgerError[] = [];
    const words = readLanguages({ files: { ...snap.input.files, [change.path]: change.text }, seeds: {} }, errors);
    expect(errors).toEqual([]);
    const pt = words.get('pt')!;
    expect(wordKinds(pt).map((k) => k.path.join('.'))).toEqual(
      wordKinds(words.get('id')!).map((k) => k.path.join('.')),
    );
    expect(wordKinds(pt).every((k) => k.examples.length === 0)).toBe(true);
    expect(() => addLanguage(snap, 'id', true)).toThrow(/exists already/);
    expect(() => addLanguage(snap, 'not a tag', true)).toThrow(/not a BCP 47/);
  });
});

describe('a new claimant', () => {
  const draft = (label: Record<string, string>, texts: Draft['texts'] = []): Draft => ({
    source,
    claims: [
      {
        quantity: 'troops_deployed',
        figure: 'lebih dari 13.500',
        quote: 'Seorang pejabat rekaan mengatakan lebih dari 13.500 tentara telah dikirim ke Rusia',
        claimant: 'a made-up official',
        claimant_key: 'made-up-official',
        as_of: '',
        gloss: {},
      },
    ],
    claimants: [{ key: 'made-up-official', label, kind: 'officials' }],
    reviewed: ['sent'],
    texts,
  });

  it("whose label an edition lacks is listed, and the editor's text fills it", () => {
    const snap = snapshot(project.dir);
    const report = deskReport(snap, draft({ en: 'A made-up official' }));
    const label = { file: 'data/claimants.json', entry: 'made-up-official', field: 'label', lang: 'ko' };
    expect(report.missing).toContainEqual(label);
    const fix = { ...label, value: '가상의 당국자' };
    const changes = publishChanges(snap, draft({ en: 'A made-up official' }, [fix]));
    const claimants = changes.find((c) => c.path === 'data/claimants.json')!;
    expect((parse(claimants.text) as { key: string; label: unknown }[]).at(-1)).toEqual({
      key: 'made-up-official',
      label: { en: 'A made-up official', ko: '가상의 당국자' },
      kind: 'officials',
    });
    // Reviewed in every edition's copy.
    for (const file of ['data/story.aml', 'data/story.ko.aml'])
      expect(changes.find((c) => c.path === file)?.text).toMatch(/id: sent\n(?:.*\n)*?reviewed: .*, [\w-]+-troops\n/);
  });

  it("makes the troops chart's report: before without the new source, after with it", () => {
    const report = deskReport(snapshot(project.dir), draft({ en: 'A made-up official', ko: '가상의 당국자' }));
    expect(report.errors).toEqual([]);
    // The Korean edition lacks the source's edition and the quote's translation: listed, each with its field.
    expect(report.missing).toEqual(
      expect.arrayContaining([
        { file: 'data/sources.json', entry: source, field: 'edition', lang: 'ko' },
        { file: 'data/claims.json', entry: `${source}-troops`, field: 'gloss', lang: 'en' },
        { file: 'data/claims.json', entry: `${source}-troops`, field: 'gloss', lang: 'ko' },
      ]),
    );
    const troops = report.charts.find((c) => c.quantity === 'troops_deployed')!;
    expect(troops.after!.outlets).toBe(troops.before!.outlets + 1);
    expect(troops.after!.estimates).toBe(troops.before!.estimates + 1);
    expect(report.stale.map((s) => s.step)).toEqual(['intro', 'sent']);
    expect(report.stale.find((s) => s.step === 'sent')!.texts.map((t) => t.lang)).toEqual(['en', 'ko']);
  });
});
