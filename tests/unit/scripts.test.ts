/**
 * The real commands, run on a throwaway copy of the project: a one-character change to a quote
 * must stop both `check:data` and `build`, naming the claim; an id that climbs out of dist/ must
 * not make the build write there.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, readProjectFile, runScript } from '../helpers/project.ts';

describe('check:data and build on altered data', () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject();
    const claims = readProjectFile('data/claims.json').replace(
      'Of that initial deployment, about 4,000 soldiers',
      'Of that initial deployment, about 4,000 soldier',
    );
    project.write('data/claims.json', claims);
  });
  afterAll(() => project.cleanup());

  it('check:data exits 1 and names the file and the claim', () => {
    const { status, output } = runScript(project.dir, 'scripts/check-data.ts');
    expect(status).toBe(1);
    expect(output).toContain(
      'data/claims.json [cnn-casualties]: quote does not occur in seeds/001_3f75a6bb1a18efc2.txt',
    );
    expect(output).toContain('check:data: 1 problem(s) in data/.');
  });

  it('build exits 1, names the claim, and writes no page', () => {
    const { status, output } = runScript(project.dir, 'scripts/build.ts');
    expect(status).toBe(1);
    expect(output).toContain('data/claims.json [cnn-casualties]: quote does not occur');
    expect(existsSync(join(project.dir, 'dist/index.html'))).toBe(false);
  });

  it('a story that cites an unknown claim fails with its line number', () => {
    project.write('data/claims.json', readProjectFile('data/claims.json'));
    project.write('data/story.aml', readProjectFile('data/story.aml').replace('[[times-killed]]', '[[times-dead]]'));
    const { status, output } = runScript(project.dir, 'scripts/check-data.ts');
    expect(status).toBe(1);
    expect(output).toMatch(/data\/story\.aml:\d+ \[killed\]: cites unknown claim "times-dead"/);
  });
});

describe('build with an id that is a path', () => {
  let project: ReturnType<typeof copyProject>;
  beforeAll(() => {
    project = copyProject();
    // A view names two files: embed/map-<id>.html and static/map-<id>.svg; this id climbs out.
    const views = JSON.parse(readProjectFile('data/views.json')) as { id: string }[];
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
