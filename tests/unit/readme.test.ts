/**
 * The README and the reference it leads to (docs/): the two commands, the exact CSP header the
 * story is served and tested with, the published columns, the content types; and every docs file
 * is linked from the README, so no fact moved out of it is out of reach.
 */
import { describe, expect, it } from 'vitest';
import { CSP } from '../../scripts/csp.ts';
import { CSV_COLUMNS } from '../../src/lib/data/publish.ts';
import { CONTENT_TYPES } from '../../scripts/content-types.ts';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readProjectFile, ROOT } from '../helpers/project.ts';

describe('README', () => {
  it('is short enough to read in ten minutes, and links every file of docs/', () => {
    const readme = readProjectFile('README.md');
    expect(readme.split('\n').length).toBeLessThanOrEqual(250);
    for (const doc of readdirSync(join(ROOT, 'docs')).filter((f) => f.endsWith('.md')))
      expect(readme, doc).toContain(`(docs/${doc})`);
  });

  it('shows the exact Content-Security-Policy header', () => {
    expect(readProjectFile('docs/embedding.md')).toContain(`Content-Security-Policy: ${CSP}\n`);
  });

  it('shows the two commands', () => {
    const readme = readProjectFile('README.md');
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toMatch(/^npm test\s/m);
  });

  it('lists every column of claims.csv, in order', () => {
    const readme = readProjectFile('docs/ledger.md').replace(/\s+/g, ' ');
    expect(readme).toContain(`columns in this order: \`${CSV_COLUMNS.join(', ')}\``);
  });

  it('lists every content type the preview server sends, for a production host to copy', () => {
    const readme = readProjectFile('docs/embedding.md');
    for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
      expect(readme).toMatch(new RegExp(`^\\| \`\\*\\${ext}\`.*\\| \`${type}\` +\\|$`, 'm'));
    }
  });
});
