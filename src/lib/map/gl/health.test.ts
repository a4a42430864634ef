import { describe, expect, it } from 'vitest';
import { errorOutcome } from './health.ts';

describe('errorOutcome', () => {
  it('the basemap failing is the basemap, before and after the first draw', () => {
    expect(errorOutcome('countries', 'countries', false)).toBe('basemap');
    expect(errorOutcome('countries', 'countries', true)).toBe('basemap');
  });

  it('any other error before the first draw falls back to the SVG map', () => {
    // A worker that did not load is reported with no source; a refused layer, with its source.
    expect(errorOutcome(undefined, 'countries', false)).toBe('fallback');
    expect(errorOutcome('flows', 'countries', false)).toBe('fallback');
  });

  it('after the first draw, other errors are logged and the map keeps what it drew', () => {
    expect(errorOutcome(undefined, 'countries', true)).toBe('log');
    expect(errorOutcome('places', 'countries', true)).toBe('log');
  });
});
