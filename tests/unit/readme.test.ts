/** The README documents the exact CSP header the story is served and tested with, and the published columns. */
import { describe, expect, it } from 'vitest';
import { CSP } from '../../scripts/csp.ts';
import { CSV_COLUMNS } from '../../src/lib/data/publish.ts';
import { CONTENT_TYPES } from '../../scripts/content-types.ts';
import { readProjectFile } from '../helpers/project.ts';

describe('README', () => {
  it('shows the exact Content-Security-Policy header', () => {
    expect(readProjectFile('README.md')).toContain(`Content-Security-Policy: ${CSP}\n`);
  });

  it('shows the two commands', () => {
    const readme = readProjectFile('README.md');
    expect(readme).toContain('npm install && npm run dev');
    expect(readme).toMatch(/^npm test\s/m);
  });

  it('lists every column of claims.csv, in order', () => {
    const readme = readProjectFile('README.md').replace(/\s+/g, ' ');
    expect(readme).toContain(`columns in this order: \`${CSV_COLUMNS.join(', ')}\``);
  });

  it('lists every content type the preview server sends, for a production host to copy', () => {
    const readme = readProjectFile('README.md');
    for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
      expect(readme).toMatch(new RegExp(`^\\| \`\\*\\${ext}\`.*\\| \`${type}\` +\\|$`, 'm'));
    }
  });
});
