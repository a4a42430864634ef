/**
 * `npm run diff` on a copy of the fixture project: a fixture change's charts and map band, before
 * and after, and nothing when nothing the page shows has changed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, ROOT } from '../helpers/project.ts';
import { FIXTURE_ROOT } from '../fixtures/ledger.ts';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((f) => f()));

describe('npm run diff', () => {
  it("prints a fixture change's charts and map band, before and after", () => {
    const project = copyProject(FIXTURE_ROOT);
    cleanups.push(project.cleanup);
    const claims = JSON.parse(readFileSync(join(project.dir, 'data/claims.json'), 'utf8')) as { id: string }[];
    // As last published: without the harbour ministry's range, which the data now has.
    project.write('before.json', JSON.stringify(claims.filter((c) => c.id !== 'courier-sent-ministry')));
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/diff.ts', 'before.json'], {
      cwd: project.dir,
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('chart '))).toEqual(['chart volunteers_sent (Volunteers sent)']);
    expect(lines).toContain('  before: over 1,900 to about 2,300 soldiers; 2 estimate(s), 3 outlet(s)');
    expect(lines).toContain('  after:  over 1,900 to 2,600–2,800 soldiers; 3 estimate(s), 3 outlet(s)');
    expect(lines).toContain(
      'map band convoy (Volunteers to the Fenmark front): 1,900–2,300 soldiers → 1,900–2,800 soldiers',
    );
  });

  it('says so when nothing the page shows has changed', () => {
    const project = copyProject(FIXTURE_ROOT);
    cleanups.push(project.cleanup);
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), ['scripts/diff.ts', 'data/claims.json'], {
      cwd: project.dir,
      encoding: 'utf8',
    });
    expect(r.stdout.trim()).toBe('no change to what the page says');
  });
});
