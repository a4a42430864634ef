/** The README documents the exact CSP header the story is served and tested with. */
import { describe, expect, it } from 'vitest';
import { CSP } from '../../scripts/csp.ts';
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
});
