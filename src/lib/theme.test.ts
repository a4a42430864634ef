import { describe, expect, it } from 'vitest';
import { isDarkTheme, setTheme, theme } from './theme.svelte.ts';

describe('isDarkTheme', () => {
  it('forces a theme, or follows the reader under auto', () => {
    expect(isDarkTheme('dark', false)).toBe(true);
    expect(isDarkTheme('light', true)).toBe(false);
    expect(isDarkTheme('auto', true)).toBe(true);
    expect(isDarkTheme('auto', false)).toBe(false);
  });
});

describe('setTheme', () => {
  it('sets the state and mirrors it on the root element, never reading it back', () => {
    const root = { dataset: { theme: 'light' } as DOMStringMap } as HTMLElement;
    setTheme('dark', root);
    expect(theme.choice).toBe('dark');
    expect(theme.dark).toBe(true);
    expect(root.dataset.theme).toBe('dark');
    setTheme('auto', root);
    expect(theme.choice).toBe('auto');
    // The server's prefers-color-scheme is its fallback: light.
    expect(theme.dark).toBe(false);
    expect(root.dataset).toEqual({});
  });
});
