import { describe, expect, it } from 'vitest';
import { sameName } from './claimant.ts';

describe('sameName', () => {
  it('is the label whatever its case, and nothing more or less', () => {
    expect(sameName('the observer mission', 'The observer mission')).toBe(true);
    expect(sameName('not attributed ("it is reported")', 'Not attributed')).toBe(false);
    expect(sameName('The observer', 'The observer mission')).toBe(false);
  });
});
