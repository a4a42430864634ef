import { describe, expect, it } from 'vitest';
import { propertyChanges } from './diff.ts';

describe('propertyChanges', () => {
  it('sets changed and new keys, and unsets the keys that disappeared', () => {
    expect(
      propertyChanges(
        { 'line-width': 2, 'line-dasharray': [4, 3], 'line-color': '#b42318' },
        { 'line-width': 3, 'line-color': '#b42318', 'line-opacity': 0 },
      ),
    ).toEqual({
      set: [
        ['line-width', 3],
        ['line-opacity', 0],
      ],
      unset: ['line-dasharray'],
    });
  });

  it('sees an expression rebuilt with the same content as no change', () => {
    const get = () => ({ 'text-color': ['get', 'colour-light'] });
    expect(propertyChanges(get(), get())).toEqual({ set: [], unset: [] });
  });
});
