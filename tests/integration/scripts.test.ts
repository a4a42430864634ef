/**
 * The real commands, run on a throwaway copy of the project holding the fixture's data and seeds
 * (tests/fixtures/ledger): they pass it as it is; a one-character change to a quote must stop both
 * `check:data` and `build`, naming the claim; an id that climbs out of dist/ must not make the
 * build write there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, runScript } from '../helpers/project.ts';
import { fixtureFile, FIXTURE_ROOT } from '../fixtures/ledger.ts';

describe('check:data on the fixture', () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject(FIXTURE_ROOT);
  });
  afterAll(() => project.cleanup());

  it('exits 0 and counts what it checked', () => {
    const { status, output } = runScript(project.dir, 'scripts/check-data.ts');
    expect(status, output).toBe(0);
    // The fixture's counts; the sentence around them is check-data.ts's to word.
    expect(output).toMatch(
      /^check:data: 9 claims from 3 sources\b.*, 3 events, 3 flows: every quote found in its seed/m,
    );
  });
});

describe('check:data and build on altered data', () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject(FIXTURE_ROOT);
    const claims = fixtureFile('data/claims.json').replace('front, it is reported.', 'front, it is reportd.');
    project.write('data/claims.json', claims);
  });
  afterAll(() => project.cleanup());

  it('check:data exits 1 and names the file and the claim', () => {
    const { status, output } = runScript(project.dir, 'scripts/check-data.ts');
    expect(status).toBe(1);
    expect(output).toContain('data/claims.json [unnamed-sent]: quote does not occur in seeds/fx3_unnamed.txt');
    expect(output).toContain('check:data: 1 problem(s) in data/ and seeds/.');
  });

  it('build exits 1, names the claim, and writes no page', () => {
    const { status, output } = runScript(project.dir, 'scripts/build.ts');
    expect(status).toBe(1);
    expect(output).toContain('data/claims.json [unnamed-sent]: quote does not occur');
    expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(false);
  });

  it('a story that cites an unknown claim fails with its line number', () => {
    project.write('data/claims.json', fixtureFile('data/claims.json'));
    project.write('data/story.aml', fixtureFile('data/story.aml').replace('[[gazette-lost]]', '[[gazette-dead]]'));
    const { status, output } = runScript(project.dir, 'scripts/check-data.ts');
    expect(status).toBe(1);
    expect(output).toContain('data/story.aml:25 [lost]: cites unknown claim "gazette-dead"');
  });
});

describe('build with an id that is a path', () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject(FIXTURE_ROOT);
    // A view names two files: embed/map-<id>.html and static/map-<id>.svg; this id climbs out.
    const views = JSON.parse(fixtureFile('data/views.json')) as { id: string }[];
    views.push({ ...views[0], id: 'x/../../../escaped' });
    project.write('data/views.json', JSON.stringify(views, null, 2));
  });
  afterAll(() => project.cleanup());

  it('fails and writes nothing outside dist/', () => {
    const before = readdirSync(project.dir).sort();
    const { status, output } = runScript(project.dir, 'scripts/build.ts');
    expect(status).toBe(1);
    // Refused by the data checks (ids are slugs) or, failing those, by the build's own guard.
    expect(output).toMatch(/escaped/);
    // Nothing new beside the sources but dist/ (absent when the data checks stopped the build first).
    expect(
      readdirSync(project.dir)
        .filter((name) => name !== 'dist')
        .sort(),
    ).toEqual(before.filter((n) => n !== 'dist'));
    expect(existsSync(join(project.dir, 'escaped.html'))).toBe(false);
  });
});
