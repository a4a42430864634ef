/**
 * The desk's parts that need no browser, on throwaway folders: the writes (a file changed on disk
 * is refused by name; a failed write leaves every file as it was; paths stay inside data/ and
 * seeds/), the `reviewed:` and `claimants:` lines, and the word kinds read from a language file.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/project.ts';
import { ProjectFiles, hashOf, MISSING } from '../../scripts/lib/desk/files.ts';
import { withClaimants, withReviewed } from '../../scripts/lib/desk/story.ts';
import { readLanguages } from '../../src/lib/data/read-files.ts';
import { wordKinds } from '../../src/lib/data/word-kinds.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-'));
  mkdirSync(join(dir, 'data'));
  mkdirSync(join(dir, 'seeds'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('the desk writes', () => {
  it('every file or none, and refuses a file changed since it was read, by name', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'data/a.json'), 'A');
    writeFileSync(join(dir, 'data/b.json'), 'B');
    const files = new ProjectFiles(dir);
    const a = files.read('data/a.json');
    const b = files.read('data/b.json');
    writeFileSync(join(dir, 'data/b.json'), 'B changed by someone else');
    const r = files.writeAll([
      { path: 'data/a.json', text: 'A2', read: a.hash },
      { path: 'data/b.json', text: 'B2', read: b.hash },
      { path: 'seeds/new.txt', text: 'new', read: MISSING },
    ]);
    expect(r).toEqual({ ok: false, changed: ['data/b.json'] });
    expect(readFileSync(join(dir, 'data/a.json'), 'utf8')).toBe('A');
    expect(readFileSync(join(dir, 'data/b.json'), 'utf8')).toBe('B changed by someone else');
    expect(files.read('seeds/new.txt').hash).toBe(MISSING);

    const ok = files.writeAll([{ path: 'data/a.json', text: 'A2', read: a.hash }]);
    expect(ok).toEqual({ ok: true, hashes: { 'data/a.json': hashOf('A2') } });
  });

  it('puts back the files already renamed when a later one fails', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'seeds/s.txt'), 'S');
    writeFileSync(join(dir, 'data/d.json'), 'D');
    /** A disk whose second rename fails (full, or the file locked). */
    class FailingFiles extends ProjectFiles {
      renames = 0;
      protected override rename(from: string, to: string): void {
        if (++this.renames === 2) throw new Error('disk full');
        super.rename(from, to);
      }
    }
    const files = new FailingFiles(dir);
    const s = files.read('seeds/s.txt');
    const d = files.read('data/d.json');
    const n = files.read('seeds/n.txt');
    expect(() =>
      files.writeAll([
        { path: 'seeds/s.txt', text: 'S2', read: s.hash },
        { path: 'data/d.json', text: 'D2', read: d.hash },
        { path: 'seeds/n.txt', text: 'N', read: n.hash },
      ]),
    ).toThrow('disk full');
    expect(files.renames).toBe(2);
    expect(readFileSync(join(dir, 'seeds/s.txt'), 'utf8')).toBe('S');
    expect(readFileSync(join(dir, 'data/d.json'), 'utf8')).toBe('D');
    expect(readdirSync(join(dir, 'seeds')).sort()).toEqual(['s.txt']);
    expect(readdirSync(join(dir, 'data')).sort()).toEqual(['d.json']);
  });

  it('only inside data/ and seeds/, and the checksum list', () => {
    const files = new ProjectFiles(scratch());
    for (const path of ['package.json', '../x', 'data/../src/x.ts', 'seeds/.hidden', '/etc/passwd'])
      expect(() => files.resolve(path), path).toThrow();
    expect(() => files.resolve('tests/unit/seeds.sha256')).not.toThrow();
  });
});

describe('reviewed: lines', () => {
  it("adds ids to a step's line, or a line where it has none", () => {
    const raw = 'id: a\nview: v\nreviewed: x\ntext: T\n:end\n\nid: b\nview: v\ntext: U\n:end\n';
    expect(withReviewed(raw, 'a', ['y', 'z'])).toBe(raw.replace('reviewed: x', 'reviewed: x, y, z'));
    expect(withReviewed(raw, 'b', ['y'])).toBe(raw.replace('view: v\ntext: U', 'view: v\nreviewed: y\ntext: U'));
  });

  it("adds claimant keys to the dek and intro's claimants: line", () => {
    const raw = 'headline: H\nclaimants: a, b\n\n[+intro]\nI\n[]\n';
    expect(withClaimants(raw, ['c'])).toBe(raw.replace('claimants: a, b', 'claimants: a, b, c'));
    expect(withClaimants(raw, [])).toBe(raw);
  });
});

describe('word kinds', () => {
  it("are every word field the language file's reader returns, with examples from the file", () => {
    const files = { 'data/languages/en.json': readFileSync(join(ROOT, 'data/languages/en.json'), 'utf8') };
    const words = readLanguages({ files, seeds: {} }, []).get('en')!;
    const kinds = wordKinds(words);
    const paths = kinds.map((k) => k.path.join('.'));
    for (const h of words.hedges) expect(paths).toContain(`hedges.${h.qualifier}.before`);
    expect(paths).toEqual(expect.arrayContaining(['numbers', 'scales', 'magnitudes', 'units']));
    expect(kinds.find((k) => k.path[0] === 'scales')).toMatchObject({ shape: 'values' });
    expect(kinds.find((k) => k.path[0] === 'units')?.examples.length).toBeGreaterThan(0);
  });
});
