/**
 * The media queries the page's scripts follow, read in one place. Each is a `MediaQuery` from
 * svelte/reactivity: reading `.current` in markup, `$derived` or `$effect` re-runs when the
 * reader rotates the phone, resizes the window or changes a system setting. On the server they
 * hold their fallback (false), which is also what the prerendered page shows until it runs.
 *
 * The layout itself switches in CSS (`@media (min-width: 960px)` in the story layouts), so it is
 * right before any script runs; `wide` is for what CSS cannot do, such as opening a `<details>`.
 */
import { MediaQuery } from 'svelte/reactivity';

/** The side-column breakpoint; the story layouts' CSS uses the same width. */
export const WIDE_QUERY = '(min-width: 960px)';

/** A screen wide enough for the steps to run in a column beside the map. */
export const wide = new MediaQuery(WIDE_QUERY, false);

/** The reader asked for less motion: jump instead of scrolling smoothly or flying the camera. */
export const reducedMotion = new MediaQuery('(prefers-reduced-motion: reduce)', false);

/** The reader's system is set to dark (what `?theme=auto` follows). */
export const prefersDark = new MediaQuery('(prefers-color-scheme: dark)', false);
