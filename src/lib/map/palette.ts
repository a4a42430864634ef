/**
 * Map colours for the light and dark themes. Flow and label colours meet WCAG AA (3:1 for
 * graphics, 4.5:1 for label text against its halo) on the land and sea colours of their theme.
 */
export interface Palette {
  sea: string;
  land: string;
  /** North Korea and Russia, the two states the story is about. */
  focus: string;
  border: string;
  label: string;
  halo: string;
  contextLabel: string;
  troops: string;
  munitions: string;
  returns: string;
  /** The band between the lowest and highest estimate. */
  bandOpacity: number;
}

export const PALETTES: Record<'light' | 'dark', Palette> = {
  light: {
    sea: '#dce6ee',
    land: '#f5f2eb',
    focus: '#ebe1d3',
    border: '#a8a29a',
    label: '#1a1a1a',
    halo: '#ffffff',
    contextLabel: '#4b4b52',
    troops: '#b42318',
    munitions: '#8a4b08',
    returns: '#1d4ed8',
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
    troops: '#ff7b72',
    munitions: '#f0b44c',
    returns: '#8fb8ff',
    bandOpacity: 0.4,
  },
};

/** The theme in force: forced by data-theme on <html> (embeds' ?theme=), else the reader's setting. */
export function isDark(root: HTMLElement, prefersDark: boolean): boolean {
  const forced = root.dataset.theme;
  return forced === 'dark' || (forced !== 'light' && prefersDark);
}

/** ISO 3166 numeric codes of the countries drawn in the focus colour. */
export const FOCUS_COUNTRIES = ['408', '643'];

/** Page colours (text, rules, links, highlighted figures), AA in both themes. */
export const PAGE_COLOURS: Record<'light' | 'dark', Record<string, string>> = {
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

/**
 * The palettes as CSS custom properties (--bg, --map-sea, --flow-troops, …), light by default,
 * dark under prefers-color-scheme unless ?theme= forces one (data-theme), plus the flow colour
 * classes. Served as a generated stylesheet (virtual:palette.css), so server-rendered SVG and
 * legends are right before any script, and every colour has one source.
 */
export function paletteCss(): string {
  const vars = (theme: 'light' | 'dark') => {
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
      `--map-band-opacity:${p.bandOpacity}`,
      `--flow-troops:${p.troops}`,
      `--flow-munitions:${p.munitions}`,
      `--flow-returns:${p.returns}`,
    ].join(';');
  };
  // Flow colour classes shared by the SVG map and the legends.
  const flows = (['troops', 'munitions', 'returns'] as const)
    .map((k) => `.flow-${k}{stroke:var(--flow-${k})}`)
    .join('');
  return (
    `:root{${vars('light')}}` +
    `@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${vars('dark')}}}` +
    `:root[data-theme='dark']{${vars('dark')}}` +
    flows
  );
}
