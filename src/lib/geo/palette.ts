/**
 * Map colours for the light and dark themes. Flow and label colours meet WCAG AA (3:1 for
 * graphics, 4.5:1 for label text against its halo) on the land and sea colours of their theme.
 */
import type { FlowKind } from '../data/types.ts';

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
/** One value per theme. */
export type Themed<T> = Record<Theme, T>;

export interface Palette {
  sea: string;
  land: string;
  /** North Korea and Russia, the two states the story is about. */
  focus: string;
  border: string;
  label: string;
  halo: string;
  contextLabel: string;
  /** Country names: quieter than every place's. */
  countryLabel: string;
  /** The hatch over a part drawn as another country's (Crimea). */
  hatch: string;
  /** The locator inset's frame around the current view. */
  locatorFrame: string;
  /** The colour of each kind of flow. */
  flow: Record<FlowKind, string>;
  /** The band between the lowest and highest estimate. */
  bandOpacity: number;
}

export const PALETTES: Themed<Palette> = {
  light: {
    sea: '#dce6ee',
    land: '#f5f2eb',
    focus: '#ebe1d3',
    border: '#a8a29a',
    label: '#1a1a1a',
    halo: '#ffffff',
    contextLabel: '#4b4b52',
    countryLabel: '#6e6862',
    hatch: '#9a8b7b',
    locatorFrame: '#1a1a1a',
    flow: { troops: '#b42318', munitions: '#8a4b08', returns: '#1d4ed8' },
    bandOpacity: 0.35,
  },
  dark: {
    sea: '#0e1822',
    land: '#23272e',
    focus: '#332c28',
    border: '#596170',
    label: '#f1f1f1',
    halo: '#0b0d10',
    contextLabel: '#b8bcc4',
    countryLabel: '#959aa3',
    hatch: '#7d7468',
    locatorFrame: '#f1f1f1',
    flow: { troops: '#ff7b72', munitions: '#f0b44c', returns: '#8fb8ff' },
    bandOpacity: 0.4,
  },
};

/** A value of each theme's palette. */
export function themed<T>(pick: (p: Palette) => T): Themed<T> {
  return { light: pick(PALETTES.light), dark: pick(PALETTES.dark) };
}

/** ISO 3166 numeric codes of the countries drawn in the focus colour. */
export const FOCUS_COUNTRIES = ['408', '643'];

/** Page colours (text, rules, links, highlighted figures), AA in both themes. */
export const PAGE_COLOURS: Themed<Record<string, string>> = {
  light: {
    bg: '#fdfcf9',
    fg: '#1a1a1a',
    muted: '#52525b',
    rule: '#d4d4d8',
    accent: '#b42318',
    link: '#1d4ed8',
    'mark-bg': '#fde68a',
    'mark-fg': '#1a1a1a',
  },
  dark: {
    bg: '#121417',
    fg: '#ececec',
    muted: '#a9adb5',
    rule: '#3a3f47',
    accent: '#f87171',
    link: '#93c5fd',
    'mark-bg': '#854d0e',
    'mark-fg': '#fefce8',
  },
};

/** The custom properties of a themed element: see `paletteCss`. */
export interface Tones {
  tone?: Themed<string>;
  halo?: Themed<string>;
  alpha?: Themed<number>;
}

/**
 * The inline style of an element of class `themed` drawing in these colours: each value of each
 * theme as a custom property (`--tone-light`, `--tone-dark`, …), from which the stylesheet picks
 * the theme in force as `--tone`, `--halo` and `--alpha`. Server-rendered SVG follows the reader's
 * theme this way with no script; its presentation attributes carry the light values for files.
 */
export function toneStyle(t: Tones): string {
  return THEMES.flatMap((theme) =>
    (['tone', 'halo', 'alpha'] as const).filter((k) => t[k]).map((k) => `--${k}-${theme}:${t[k]![theme]}`),
  ).join(';');
}

/**
 * The palettes as CSS custom properties (--bg, --map-sea, …), light by default, dark under
 * prefers-color-scheme unless ?theme= forces one (data-theme), and the theme's pick of each
 * themed element's tones (`toneStyle`). Served as a generated stylesheet (virtual:palette.css), so
 * server-rendered SVG and legends are right before any script, and every colour has one source.
 */
export function paletteCss(): string {
  const vars = (theme: Theme) => {
    const p = PALETTES[theme];
    const page = Object.entries(PAGE_COLOURS[theme]).map(([k, v]) => `--${k}:${v}`);
    return [
      ...page,
      `--map-sea:${p.sea}`,
      `--map-land:${p.land}`,
      `--map-focus:${p.focus}`,
      `--map-border:${p.border}`,
      `--map-label:${p.label}`,
      `--map-halo:${p.halo}`,
      `--map-context-label:${p.contextLabel}`,
      `--map-country-label:${p.countryLabel}`,
      `--map-hatch:${p.hatch}`,
      `--map-locator-frame:${p.locatorFrame}`,
    ].join(';');
  };
  const tones = (theme: Theme) =>
    `.themed{${['tone', 'halo', 'alpha'].map((k) => `--${k}:var(--${k}-${theme})`).join(';')}}`;
  return (
    `:root{${vars('light')}}${tones('light')}` +
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${vars('dark')}}` +
    `:root:not([data-theme='light']) ${tones('dark')}}` +
    `:root[data-theme='dark']{${vars('dark')}}:root[data-theme='dark'] ${tones('dark')}`
  );
}
