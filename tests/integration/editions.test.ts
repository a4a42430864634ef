/**
 * A third language is data (docs/ledger.md, "Adding a language"): a copy of the fixture project gets a
 * German edition from files alone — data/messages/de.json, data/story.de.aml and the "de" words of
 * every reader-facing text in data/ — and the real build makes dist/de/ with its story, embeds and
 * pictures in German, every quote still verbatim in its own language. Without the words, the
 * checks name each text that lacks them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, runNpm, runScript } from '../helpers/project.ts';
import { fixture, fixtureFile, FIXTURE_ROOT } from '../fixtures/ledger.ts';
import { readProjectFile } from '../helpers/project.ts';

const { ledger, story } = fixture();

/** The fields of each data file a reader sees, as docs/ledger.md "Adding a language" lists them. */
const TEXTS: Record<string, string[]> = {
  'data/sources.json': ['outlet_note', 'date_text', 'reposting', 'edition'],
  'data/magnitudes.json': ['name'],
  'data/quantities.json': ['label', 'unit', 'definition'],
  'data/claimants.json': ['label'],
  'data/views.json': ['label'],
  'data/flows.json': ['label', 'items'],
  'data/events.json': ['label', 'title'],
  'data/places.json': ['names'],
  'data/countries.json': ['names'],
  'data/claims.json': [],
};

/** The German words of a text: the English, marked, so that the test can find them on the page. */
const german = (en: string) => `DE·${en}`;

function withGerman(value: unknown): unknown {
  const byLanguage =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { en: value };
  const en = byLanguage.en;
  return { ...byLanguage, de: Array.isArray(en) ? en.map((x: string) => german(x)) : german(en as string) };
}

/** A data file with "de" added to every reader-facing text (and to each country part's). */
function germanData(file: string): string {
  const entries = JSON.parse(fixtureFile(file)) as Record<string, unknown>[];
  for (const e of entries) {
    for (const field of TEXTS[file]) if (field in e && e[field] !== '') e[field] = withGerman(e[field]);
    // A quote in another language than the edition's is shown with the edition's translation.
    if (file === 'data/claims.json') e.gloss = { ...(e.gloss as object | undefined), de: german(String(e.quote)) };
    for (const part of (e.parts as Record<string, unknown>[] | undefined) ?? []) {
      part.names = withGerman(part.names);
      part.status = withGerman(part.status);
    }
  }
  return JSON.stringify(entries, null, 2) + '\n';
}

/** data/messages/de.json: every English message, marked, its placeholders kept. */
function germanMessages(): string {
  const en = JSON.parse(readProjectFile('data/messages/en.json')) as Record<string, unknown>;
  const de: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(en)) {
    if (key === '$comment') continue;
    de[key] =
      typeof value === 'string'
        ? german(value)
        : Object.fromEntries(Object.entries(value as Record<string, string>).map(([f, t]) => [f, german(t)]));
  }
  Object.assign(de, {
    'edition.name': 'Deutsch',
    'edition.intl': 'de-DE',
    'edition.og_locale': 'de_DE',
    'edition.reading': 'standard',
  });
  return JSON.stringify(de, null, 2) + '\n';
}

/** data/story.de.aml: the fixture's steps, in German, citing the same claims. */
function germanStory(): string {
  const cite = (ids: string[]) => ids.map((id) => `[[${id}]]`).join(', ');
  const steps = story.steps.map((s) =>
    [
      `id: ${s.id}`,
      `view: ${s.view}`,
      `flows: ${s.flows.join(', ') || 'none'}`,
      `chart: ${s.chart}`,
      ...(s.reviewed.length ? [`reviewed: ${s.reviewed.join(', ')}`] : []),
      `text: Die Schätzungen in diesem Schritt: ${cite(s.cites)}.`,
      ':end',
    ].join('\n'),
  );
  const introCites = story.intro.flat().flatMap((p) => (p.kind === 'claim' ? [p.id] : []));
  return [
    'headline: DE·Eine erfundene Geschichte für Tests',
    'dek: DE·Jede Zahl stammt aus dem Verzeichnis.',
    `claimants: ${story.claimants.join(', ')}`,
    '[+intro]',
    `Die Berichte widersprechen einander${introCites.length ? `: ${cite(introCites)}` : ''}.`,
    '[]',
    '[steps]',
    steps.join('\n\n'),
    '[]',
    '[+method]',
    'Jede Zahl wird aus dem Verzeichnis gelesen.',
    '[]',
    '',
  ].join('\n');
}

describe('a third language, from files alone', () => {
  let project: ReturnType<typeof copyProject>;
  let build: { status: number; output: string };
  const read = (path: string) => readFileSync(join(project.dir, 'dist', path), 'utf8');
  beforeAll(() => {
    project = copyProject(FIXTURE_ROOT);
    project.write('data/messages/de.json', germanMessages());
    project.write('data/story.de.aml', germanStory());
    for (const file of Object.keys(TEXTS)) project.write(file, germanData(file));
    build = runNpm(project.dir, 'build');
  }, 400_000);
  afterAll(() => project.cleanup());

  it('builds dist/de/ beside the default edition', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const page = read('de/index.html');
    expect(page).toMatch(/<html lang="de" dir="ltr">/);
    expect(page).toContain('<base href="../" />');
    expect(page).toContain('DE·Eine erfundene Geschichte für Tests');
    expect(read('index.html')).toMatch(/<html lang="en" dir="ltr">/);
  });

  it('links the editions both ways, and switches between them', () => {
    const en = read('index.html');
    const de = read('de/index.html');
    expect(en).toMatch(/<link rel="alternate" hreflang="de" href="[^"]*de\/"/);
    expect(de).toMatch(/<link rel="alternate" hreflang="en" href="[^"]*"/);
    expect(en).toMatch(
      /<a [^>]*hreflang="de"[^>]*lang="de"[^>]*>Deutsch<\/a>|<a [^>]*lang="de"[^>]*hreflang="de"[^>]*>Deutsch<\/a>/,
    );
    expect(de).toContain('og:locale" content="de_DE"');
  });

  it('keeps every quote verbatim, marked with its own language, and the labels in German', () => {
    const page = read('de/index.html');
    for (const claim of ledger.claims) {
      const source = ledger.sources.find((s) => s.id === claim.source)!;
      expect(page, claim.id).toContain(claim.figure);
      expect(page).toContain(`lang="${source.language}"`);
    }
    for (const q of ledger.quantities.filter((x) => x.spread)) expect(page).toContain(german(q.label));
    // The interface speaks the edition's words.
    expect(page).toContain('DE·');
  });

  it('has every embed and map picture in German', () => {
    const graphics = ['story', ...ledger.views.map((v) => `map-${v.id}`)];
    for (const id of graphics) expect(existsSync(join(project.dir, 'dist/de/embed', `${id}.html`)), id).toBe(true);
    const embed = read('de/embed/story.html');
    expect(embed).toMatch(/<html lang="de" dir="ltr">/);
    expect(embed).toContain('<base href="../../" />');
    const picture = read(`de/static/step-${story.steps[0].id}.svg`);
    const shown = ledger.places.filter((p) => p.role === 'story');
    expect(shown.some((p) => picture.includes(german(p.names.en)))).toBe(true);
  });
});

describe('a language with its messages but not its words', () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject(FIXTURE_ROOT);
    project.write('data/messages/de.json', germanMessages());
    project.write('data/story.de.aml', germanStory());
  });
  afterAll(() => project.cleanup());

  it('check:data names each text that lacks the edition, by file and entry', () => {
    const { status, output } = runScript(project.dir, 'scripts/check-data.ts');
    expect(status).toBe(1);
    const q = ledger.quantities[0];
    expect(output).toContain(
      `data/quantities.json [${q.id}]: field "label" is in English only; the "de" edition needs it too`,
    );
    expect(output).toContain(`data/places.json [${ledger.places[0].id}]: field "names" has no "de"`);
  });

  it('a messages file that lacks a message, or a placeholder, is named by key', () => {
    const de = JSON.parse(germanMessages()) as Record<string, unknown>;
    delete de['edition.name'];
    de['edition.switch'] = 'Auf Deutsch';
    project.write('data/messages/de.json', JSON.stringify(de));
    const { status, output } = runScript(project.dir, 'scripts/check-data.ts');
    expect(status).toBe(1);
    expect(output).toContain('data/messages/de.json [edition.name]: missing: data/messages/en.json has it');
    expect(output).toContain('data/messages/de.json [edition.switch]: lacks {language}');
  });
});
