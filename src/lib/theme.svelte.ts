/**
 * The page's theme as state, set once by each entry from `?theme=` and followed live from the
 * reader's `prefers-color-scheme`. Components read `theme.dark`; nothing reads the theme back
 * from the DOM. `setTheme` also mirrors the choice on `<html data-theme>`, which the stylesheets
 * key on so that prerendered SVG and text are in the right colours before any script runs.
 */
import { prefersDark } from './media.svelte.ts';

/** What `?theme=` asks for: a forced theme, or `auto` to follow the reader's setting. */
export type ThemeChoice = 'light' | 'dark' | 'auto';

/** Whether a choice comes out dark, given the reader's setting. */
export function isDarkTheme(choice: ThemeChoice, readerPrefersDark: boolean): boolean {
  return choice === 'dark' || (choice === 'auto' && readerPrefersDark);
}

class Theme {
  /** The page's choice; `auto` until an entry sets it (and always, when server rendering). */
  choice = $state<ThemeChoice>('auto');

  /** Whether the page is dark now. Reactive: follows the choice and the reader's setting. */
  get dark(): boolean {
    return isDarkTheme(this.choice, prefersDark.current);
  }
}

/** The one theme of this page. */
export const theme = new Theme();

/** Sets the page's theme and mirrors it on the root element: data-theme forces one; auto removes it. */
export function setTheme(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  theme.choice = choice;
  if (choice === 'auto') delete root.dataset.theme;
  else root.dataset.theme = choice;
}
