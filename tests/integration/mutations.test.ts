/**
 * Mutation suite over every data file: hundreds of one-thing-wrong variants of the real data,
 * generated from the files themselves, each run through the validation the build runs
 * (buildLedger, then parseStory, as scripts/lib/load.ts's loadContent does). Every mutation must
 * be rejected with an error naming the right file and the right entry (for the story, the
 * `data/story.aml:LINE` form and the step). Prints how many were tried and caught, per file.
 *
 * Besides wrong values, it tries hostile input: ids that are paths or URLs, bad UTF-8, byte-order
 * marks, bidi controls, duplicate keys, Infinity, empty files, seeds nobody cites, and languages
 * with no rules.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { buildLedger, DATA_FILES, formatErrors, type LedgerInput } from '../../src/lib/data/validate.ts';
import { parseStory, STORY_FILE } from '../../src/lib/story/copy.ts';
import { staleSteps } from '../../src/lib/story/freshness.ts';
import { LANGUAGES_DIR } from '../../src/lib/data/language-file.ts';
import { MAX_QUOTE } from '../../src/lib/data/text.ts';
import { readLedgerInput } from '../../scripts/lib/load.ts';
import { readProjectFile } from '../helpers/project.ts';
import type { LedgerError } from '../../src/lib/data/types.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Entry = { [key: string]: Json };

interface Mutation {
  /** The file the mutation changes, and the file its error must name (story: without the line). */
  file: string;
  /** What was done, for the report. */
  what: string;
  /** The changed files (data paths → text or bytes); everything else is the real data. */
  files?: Record<string, string | Uint8Array | undefined>;
  /** Changed seeds (file name → text or bytes, undefined to remove one); null: no seeds/ folder. */
  seeds?: Record<string, string | Uint8Array | undefined> | null;
  story?: string;
  /** The error must name this file (with ":LINE" for the story) … */
  expectFile: string;
  /** … and this entry: exactly, or as the prefix of a nested entry ("id evidence[0]"). */
  expectEntry: string;
}

const BASE: LedgerInput = readLedgerInput();
const STORY = readProjectFile(STORY_FILE);

/** Runs the build's validation on the real data with the mutation applied. */
function validate(m: Mutation): LedgerError[] {
  // Bytes stand for a file that is not valid UTF-8: the loader keeps those apart, as bytes.
  const undecodable: Record<string, Uint8Array> = {};
  const text = (key: string, v: string | Uint8Array) => {
    if (typeof v === 'string') return v;
    undecodable[key] = v;
    return new TextDecoder().decode(v);
  };
  const files = Object.fromEntries(
    Object.entries({ ...BASE.files, ...m.files }).map(([f, v]) => [f, v === undefined ? v : text(f, v)]),
  );
  const seeds = Object.fromEntries(
    Object.entries({ ...BASE.seeds, ...m.seeds }).flatMap(([n, v]) =>
      v === undefined ? [] : [[n, text(`seeds/${n}`, v)]],
    ),
  );
  const input: LedgerInput =
    m.seeds === null ? { files, seeds: {}, noSeedsFolder: true } : { files, seeds, undecodable };
  const { ledger, errors } = buildLedger(input);
  if (!ledger) return errors;
  const story = m.story ?? STORY;
  const parsed = parseStory(story, ledger);
  return parsed.story ? staleSteps(parsed.story, ledger, story) : parsed.errors;
}

function caught(m: Mutation, errors: LedgerError[]): boolean {
  return errors.some(
    (e) => e.file === m.expectFile && (e.entry === m.expectEntry || e.entry.startsWith(`${m.expectEntry} `)),
  );
}

// ---------------------------------------------------------------------------------------------
// JSON data files

/** Fields a schema lets an entry leave out; every other field is required. */
const OPTIONAL: Record<string, string[]> = {
  [DATA_FILES.claims]: ['as_of', 'restates', 'confirmed_by', 'gloss'],
  [DATA_FILES.sources]: ['edition', 'reposting', 'reposts'],
  [DATA_FILES.countries]: ['parts', 'role'],
};
const ID_FIELD: Record<string, string> = { [DATA_FILES.claimants]: 'key' };

/** Fields that point at another entry (or a seed), and what an unknown target looks like. */
const REFERENCES: Record<string, string[]> = {
  [DATA_FILES.sources]: ['file'],
  [DATA_FILES.claims]: ['source', 'quantity', 'claimant_key', 'restates'],
  [DATA_FILES.flows]: ['from', 'to', 'quantity'],
};
/** Lists of { source, quote } evidence inside an entry. */
const EVIDENCE: Record<string, string> = { [DATA_FILES.flows]: 'evidence', [DATA_FILES.events]: 'mentions' };

const clone = <T>(v: T): T => structuredClone(v);

/** A value of another JSON type than `v`. */
function otherType(v: Json): Json {
  if (typeof v === 'string') return 42;
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return v ? 'yes' : 'no';
  if (Array.isArray(v)) return 'a list';
  // An object (a text by language, a nested entry): a number is no kind of text either.
  return 42;
}

/** The text with its middle non-space character replaced: one character off. */
function corrupt(text: string): string {
  const chars = Array.from(text);
  let i = Math.floor(chars.length / 2);
  while (/\s/.test(chars[i]) && i < chars.length - 1) i++;
  chars[i] = chars[i] === 'x' ? 'y' : 'x';
  return chars.join('');
}

function jsonMutations(file: string): Mutation[] {
  const text = String(BASE.files[file]);
  const rows = JSON.parse(text) as Entry[];
  const idField = ID_FIELD[file] ?? 'id';
  const out: Mutation[] = [];
  const push = (what: string, entry: string, change: (rows: Entry[]) => Entry[] | string | undefined) => {
    const changed = change(clone(rows));
    const body = typeof changed === 'string' || changed === undefined ? changed : JSON.stringify(changed, null, 2);
    out.push({ file, what, files: { [file]: body }, expectFile: file, expectEntry: entry });
  };
  const idOf = (i: number) => String(rows[i][idField]);

  // The file as a whole.
  push('truncated JSON', '(file)', () => text.slice(0, Math.floor(text.length / 2)));
  push('an object, not a list', '(file)', () => '{}');
  push('file missing', '(file)', () => undefined);
  push('an entry that is not an object', `entry #${rows.length + 1}`, (r) => [...r, 'entry' as unknown as Entry]);
  push('an empty list', '(file)', () => '[]\n');
  push('a byte-order mark', '(file)', () => `\ufeff${text}`);
  push('a key given twice', '(file)', () =>
    text.replace(/\{\n(\s*)"/, (m, pad: string) => `{\n${pad}"${idField}": "twice",${m.slice(1)}`),
  );
  push('a bidi override in a string', '(file)', () => text.replace(/": "([^"\\])/, '": "\u202e$1'));
  out.push({
    file,
    what: 'a byte that is not UTF-8',
    files: { [file]: Uint8Array.from([...new TextEncoder().encode(text.slice(0, 40)), 0xff, 0x20]) },
    expectFile: file,
    expectEntry: '(file)',
  });

  // Every field is dropped and retyped at least once, and every entry loses and retypes one.
  const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const required = fields.filter((f) => !(OPTIONAL[file] ?? []).includes(f));
  for (let k = 0; k < Math.max(rows.length, required.length); k++) {
    const i = k % rows.length;
    const field = required[k % required.length];
    const entry = field === idField ? `entry #${i + 1}` : idOf(i);
    push(`entry ${idOf(i)}: drop "${field}"`, entry, (r) => {
      delete r[i][field];
      return r;
    });
  }
  for (let k = 0; k < Math.max(rows.length, fields.length); k++) {
    const i = (k * 7) % rows.length;
    const field = fields.find((f, n) => n >= k % fields.length && f in rows[i]) ?? idField;
    const entry = field === idField ? `entry #${i + 1}` : idOf(i);
    push(`entry ${idOf(i)}: "${field}" of another type`, entry, (r) => {
      r[i][field] = otherType(r[i][field]);
      return r;
    });
  }

  rows.forEach((row, i) => {
    const id = idOf(i);
    // Ids name files and URLs (embed/map-<id>.html, static/step-<id>.svg): only slugs pass.
    for (const hostile of [`../../${id}`, `${id}#x`, `${id}?x=1`, id.toUpperCase(), `${id}/x`, ` ${id}`]) {
      if (hostile === id) continue;
      push(`entry ${id}: id ${JSON.stringify(hostile)}`, hostile, (r) => {
        r[i][idField] = hostile;
        return r;
      });
    }
    push(`entry ${id}: duplicated`, id, (r) => [...r.slice(0, i + 1), clone(row), ...r.slice(i + 1)]);
    push(`entry ${id}: unknown field`, id, (r) => {
      r[i].mutant_field = 'x';
      return r;
    });
    for (const field of REFERENCES[file] ?? []) {
      if (!(field in row)) continue;
      push(`entry ${id}: unknown ${field}`, id, (r) => {
        r[i][field] = field === 'file' ? 'no_such_seed.txt' : `no-such-${field}`;
        return r;
      });
    }
    if (file === DATA_FILES.claims) {
      push(`entry ${id}: quote one character off`, id, (r) => {
        r[i].quote = corrupt(String(r[i].quote));
        return r;
      });
      push(`entry ${id}: low off by one`, id, (r) => {
        r[i].low = Number(r[i].low) + 1;
        return r;
      });
      push(`entry ${id}: unknown qualifier`, id, (r) => {
        r[i].qualifier = 'approximately';
        return r;
      });
      push(`entry ${id}: low above high`, id, (r) => {
        r[i].low = Number(r[i].high) + 1;
        return r;
      });
      push(`entry ${id}: low is Infinity`, id, () =>
        JSON.stringify(rows.map((c, n) => (n === i ? { ...c, low: 424242.4242 } : c))).replace('424242.4242', '1e999'),
      );
      push(`entry ${id}: quote over ${MAX_QUOTE} characters`, id, (r) => {
        r[i].quote = `${String(r[i].quote)} ${'x'.repeat(MAX_QUOTE)}`;
        return r;
      });
      push(`entry ${id}: figure not in its quote`, id, (r) => {
        r[i].figure = '987,654';
        return r;
      });
      const confirmed = row.confirmed_by as Entry | undefined;
      if (confirmed) {
        push(`entry ${id}: confirmation quote one character off`, `${id} confirmed_by`, (r) => {
          (r[i].confirmed_by as Entry).quote = corrupt(String(confirmed.quote));
          return r;
        });
        push(`entry ${id}: confirmation by an unknown claimant`, `${id} confirmed_by`, (r) => {
          (r[i].confirmed_by as Entry).claimant_key = 'no-such-claimant';
          return r;
        });
      }
    }
    const list = EVIDENCE[file];
    if (list) {
      (row[list] as Entry[]).forEach((ev, k) => {
        const where = `${id} ${list}[${k}]`;
        push(`${where}: quote one character off`, where, (r) => {
          (r[i][list] as Entry[])[k].quote = corrupt(String(ev.quote));
          return r;
        });
        push(`${where}: unknown source`, where, (r) => {
          (r[i][list] as Entry[])[k].source = 'no-such-source';
          return r;
        });
      });
      push(`entry ${id}: unknown field in ${list}[0]`, `${id} ${list}[0]`, (r) => {
        (r[i][list] as Entry[])[0].mutant_field = 'x';
        return r;
      });
      push(`entry ${id}: no ${list}`, id, (r) => {
        r[i][list] = [];
        return r;
      });
    }
    // Values of the right type that still make no sense.
    const bad: Record<string, [string, (e: Entry) => void][]> = {
      [DATA_FILES.sources]: [
        ['date not ISO', (e) => (e.date = '22/08/2025')],
        ['language is a name, not a tag', (e) => (e.language = 'English')],
        ['language is not BCP 47', (e) => (e.language = 'en_US')],
        ['language with no rules file', (e) => (e.language = 'pt-BR')],
        ['seed file is a path', (e) => (e.file = `../${String(e.file)}`)],
      ],
      [DATA_FILES.places]: [
        ['off the globe', (e) => (e.lat = 95)],
        ['unknown role', (e) => (e.role = 'capital')],
      ],
      [DATA_FILES.flows]: [
        ['flows to itself', (e) => (e.to = e.from)],
        ['unknown kind', (e) => (e.kind = 'ships')],
        ['unknown status', (e) => (e.status = 'rumoured')],
      ],
      [DATA_FILES.events]: [
        ['start not ISO', (e) => (e.start = 'August 2024')],
        ['ends before it starts', (e) => (e.end = '1999-01-01')],
      ],
      [DATA_FILES.countries]: [
        ['iso_n3 not three digits', (e) => (e.iso_n3 = 'UKR')],
        ['unknown role', (e) => (e.role = 'main')],
        ['no English name', (e) => (e.names = { ko: '이름' })],
        ['a name that is empty', (e) => (e.names = { en: ' ' })],
        [
          'a part of its own shape',
          (e) => (e.parts = [{ from: e.id, contains: 'x', names: { en: 'X' }, status: 's' }]),
        ],
      ],
      [DATA_FILES.views]: [
        ['bounds inverted', (e) => (e.bounds = [...(e.bounds as Json[])].reverse())],
        ['bounds not a pair', (e) => (e.bounds = [(e.bounds as Json[])[0]])],
      ],
    };
    for (const [what, apply] of bad[file] ?? []) {
      push(`entry ${id}: ${what}`, id, (r) => {
        apply(r[i]);
        return r;
      });
    }
  });

  if (file === DATA_FILES.sources) {
    // A source no claim comes from: its claims go, and claims restating them.
    const claims = JSON.parse(String(BASE.files[DATA_FILES.claims])) as Entry[];
    for (const row of rows) {
      const left = claims.filter((c) => c.source !== row.id);
      out.push({
        file,
        what: `entry ${String(row.id)}: no claim comes from it`,
        files: { [DATA_FILES.claims]: JSON.stringify(left) },
        expectFile: file,
        expectEntry: String(row.id),
      });
    }
  }
  if (file === DATA_FILES.quantities) {
    // A quantity no claim counts is an error on the quantity.
    const claims = JSON.parse(String(BASE.files[DATA_FILES.claims])) as Entry[];
    for (const row of rows) {
      const kept = claims.filter((c) => c.quantity !== row.id);
      const restated = new Set(kept.map((c) => c.id));
      // Claims that restate a removed claim go too, so only the quantity is at fault.
      const left = kept.filter((c) => !c.restates || restated.has(c.restates));
      out.push({
        file,
        what: `entry ${String(row.id)}: no claim counts it`,
        files: { [DATA_FILES.claims]: JSON.stringify(left) },
        expectFile: file,
        expectEntry: String(row.id),
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The story copy

function storyMutations(): Mutation[] {
  const lines = STORY.split('\n');
  const out: Mutation[] = [];
  /** Replaces (or, with insert, adds after) 1-based line `at`; the error must name `line`. */
  const push = (what: string, entry: string, at: number, text: string, insert = false) => {
    const copy = [...lines];
    copy.splice(insert ? at : at - 1, insert ? 0 : 1, text);
    const line = insert ? at + 1 : at;
    out.push({
      file: STORY_FILE,
      what,
      story: copy.join('\n'),
      expectFile: `${STORY_FILE}:${line}`,
      expectEntry: entry,
    });
  };
  const lineAfter = (prefix: string, from: number) => {
    for (let i = from - 1; i < lines.length; i++) if (lines[i].startsWith(prefix)) return i + 1;
    throw new Error(`no line starting "${prefix}" after line ${from}`);
  };

  push('unknown top-level key', 'mutant_key', 1, 'mutant_key: x', true);
  push('empty headline', 'headline', lineAfter('headline:', 1), 'headline:');
  for (const block of ['intro', 'method']) {
    const at = lineAfter(`[+${block}]`, 1) + 1;
    push(`${block} cites an unknown claim`, block, at, `${lines[at - 1]} [[no-such-claim]]`);
  }

  const stepsAt = lineAfter('[steps]', 1);
  const stepLines = lines.flatMap((l, i) => (i + 1 > stepsAt && l.startsWith('id: ') ? [i + 1] : []));
  stepLines.forEach((at, k) => {
    const id = lines[at - 1].slice('id: '.length).trim();
    push(`step ${id}: unknown key`, id, at, 'mutant_key: x', true);
    push(`step ${id}: unknown view`, id, lineAfter('view:', at), 'view: no-such-view');
    push(`step ${id}: unknown flow`, id, lineAfter('flows:', at), 'flows: troops, no-such-flow');
    push(`step ${id}: unknown chart`, id, lineAfter('chart:', at), 'chart: no-such-chart');
    const textAt = lineAfter('text:', at);
    const cite = /\[\[[^\]]*\]\]/.exec(lines[textAt - 1]);
    push(
      `step ${id}: cites an unknown claim`,
      id,
      textAt,
      cite ? lines[textAt - 1].replace(cite[0], '[[no-such-claim]]') : `${lines[textAt - 1]} [[no-such-claim]]`,
    );
    push(`step ${id}: id is a path`, `../../${id}`, at, `id: ../../${id}`);
    push(`step ${id}: id with a URL fragment`, `${id}#x`, at, `id: ${id}#x`);
    push(`step ${id}: reviews an unknown claim`, id, at, 'reviewed: no-such-claim', true);
    if (k > 0) {
      const previous = lines[stepLines[k - 1] - 1].slice('id: '.length).trim();
      push(`step ${id}: the id of the step before`, previous, at, `id: ${previous}`);
    }
  });
  // Copy freshness: the dek and intro forget a claimant they were written against.
  const claimantsAt = lineAfter('claimants:', 1);
  const keys = lines[claimantsAt - 1]
    .slice('claimants:'.length)
    .split(',')
    .map((x) => x.trim());
  push(`claimants: forgets ${keys[0]}`, 'intro', claimantsAt, `claimants: ${keys.slice(1).join(', ')}`);
  push(
    'claimants: names an unknown claimant',
    'claimants',
    claimantsAt,
    `claimants: no-such-claimant, ${keys.join(', ')}`,
  );
  // Copy freshness: a step that has reviewed a claim forgets it, so its copy predates that claim.
  lines.forEach((line, i) => {
    if (!line.startsWith('reviewed:')) return;
    const step = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.startsWith('id: '))!
      .slice('id: '.length)
      .trim();
    const stepAt = lines.lastIndexOf(`id: ${step}`, i) + 1;
    const ids = line
      .slice('reviewed:'.length)
      .split(',')
      .map((x) => x.trim());
    const copy = [...lines];
    copy[i] = `reviewed: ${ids.slice(1).join(', ')}`;
    out.push({
      file: STORY_FILE,
      what: `step ${step}: forgets it reviewed ${ids[0]}`,
      story: copy.join('\n'),
      expectFile: `${STORY_FILE}:${stepAt}`,
      expectEntry: step,
    });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// The seeds and the language files

const SEEDS = 'seeds/';

function seedMutations(): Mutation[] {
  const names = Object.keys(BASE.seeds);
  const out: Mutation[] = [
    { file: SEEDS, what: 'no seeds/ folder', seeds: null, expectFile: 'seeds/', expectEntry: '(folder)' },
    {
      file: SEEDS,
      what: 'a seed no source names',
      seeds: { 'stray.txt': 'A text nobody entered in data/sources.json.' },
      expectFile: 'seeds/stray.txt',
      expectEntry: '(file)',
    },
  ];
  for (const name of names) {
    const text = BASE.seeds[name];
    const bytes = new TextEncoder().encode(text);
    const bad = Uint8Array.from([...bytes.slice(0, 100), 0xc3, 0x28, ...bytes.slice(100)]);
    out.push({
      file: SEEDS,
      what: `${name}: bad UTF-8`,
      seeds: { [name]: bad },
      expectFile: `seeds/${name}`,
      expectEntry: '(file)',
    });
    out.push({
      file: SEEDS,
      what: `${name}: a bidi override`,
      seeds: { [name]: `${text.slice(0, 50)}\u202e${text.slice(50)}` },
      expectFile: `seeds/${name}`,
      expectEntry: '(file)',
    });
  }
  return out;
}

function languageMutations(): Mutation[] {
  const out: Mutation[] = [];
  for (const file of Object.keys(BASE.files).filter((f) => f.startsWith(`${LANGUAGES_DIR}/`))) {
    const tag = file.slice(LANGUAGES_DIR.length + 1, -'.json'.length);
    const lang = JSON.parse(String(BASE.files[file])) as Entry;
    const push = (what: string, entry: string, body: string) =>
      out.push({
        file: LANGUAGES_DIR,
        what: `${tag}: ${what}`,
        files: { [file]: body },
        expectFile: file,
        expectEntry: entry,
      });
    push('named for another language', tag, JSON.stringify({ ...lang, language: 'xx' }));
    push('unknown field', tag, JSON.stringify({ ...lang, mutant_field: 1 }));
    push('scales not numbers', tag, JSON.stringify({ ...lang, scales: { x: 'many' } }));
    push('a list, not an object', '(file)', '[]');
    push('malformed', '(file)', String(BASE.files[file]).slice(0, 20));
    for (const field of Object.keys(lang)) {
      const rest = { ...lang };
      delete rest[field];
      push(`drop "${field}"`, tag, JSON.stringify(rest));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const files = [...Object.values(DATA_FILES), LANGUAGES_DIR, SEEDS, STORY_FILE];
const suites: Record<string, Mutation[]> = Object.fromEntries(
  files.map((f) => [
    f,
    f === STORY_FILE
      ? storyMutations()
      : f === SEEDS
        ? seedMutations()
        : f === LANGUAGES_DIR
          ? languageMutations()
          : jsonMutations(f),
  ]),
);
const tally: Record<string, { tried: number; caught: number }> = {};

describe('mutation suite: every altered data file is rejected, naming the file and the entry', () => {
  it('the real data passes (the baseline of every mutation)', () => {
    expect(validate({ file: '', what: 'none', expectFile: '', expectEntry: '' })).toEqual([]);
  });

  it.each(files)('%s', (file) => {
    const missed: string[] = [];
    for (const m of suites[file]) {
      const unchanged =
        m.story === undefined &&
        m.seeds === undefined &&
        Object.entries(m.files ?? {}).every(([f, t]) => t === BASE.files[f]);
      if (unchanged || m.story === STORY) {
        missed.push(`${m.what}: the mutation changed nothing`);
        continue;
      }
      const errors = validate(m);
      if (caught(m, errors)) continue;
      missed.push(
        `${m.what}: expected ${m.expectFile} [${m.expectEntry}], got ${errors.length ? `\n    ${formatErrors(errors).replace(/\n/g, '\n    ')}` : 'no error'}`,
      );
    }
    tally[file] = { tried: suites[file].length, caught: suites[file].length - missed.length };
    expect(missed).toEqual([]);
  });

  it('caught every mutation tried', () => {
    const tried = Object.values(tally).reduce((n, t) => n + t.tried, 0);
    const got = Object.values(tally).reduce((n, t) => n + t.caught, 0);
    expect(Object.keys(tally).sort()).toEqual([...files].sort());
    expect(got).toBe(tried);
  });

  afterAll(() => {
    const width = Math.max(...files.map((f) => f.length));
    const rows = files.map(
      (f) => `  ${f.padEnd(width)}  ${String(tally[f]?.caught ?? 0).padStart(5)} / ${tally[f]?.tried ?? 0}`,
    );
    const tried = Object.values(tally).reduce((n, t) => n + t.tried, 0);
    const got = Object.values(tally).reduce((n, t) => n + t.caught, 0);
    console.log(
      `mutations caught / tried, per file:\n${rows.join('\n')}\n  ${'total'.padEnd(width)}  ${String(got).padStart(5)} / ${tried}`,
    );
  });
});
