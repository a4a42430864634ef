/**
 * What the tour's long frames were spent on: the performance timeline's long-animation-frame
 * entries (LoAF, Chromium), each with the scripts that ran in it, their source file and what
 * invoked them. A script is put down to a cause by the chunk it came from (the build names each
 * island's chunk `island-<name>-…`, MapLibre's `map-engine-…`, islands.ts's hydration
 * `islands-…`) or, for shared chunks, by what invoked it (a scroll or wheel listener, an
 * IntersectionObserver). A frame's blocking time (the entry's `blockingDuration`) is shared among
 * its scripts by their durations; what the frame spent outside scripts is style, layout and paint.
 */
import { median } from './stats.ts';

/** One script of a long animation frame, as PerformanceScriptTiming gives it. */
export interface FrameScript {
  sourceURL: string;
  invoker: string;
  invokerType: string;
  duration: number;
  /** Time this script spent forcing style and layout (reading geometry after a change). */
  forcedStyleAndLayoutDuration: number;
}

/** One long animation frame, as PerformanceLongAnimationFrameTiming gives it. */
export interface LongFrame {
  startTime: number;
  duration: number;
  blockingDuration: number;
  scripts: FrameScript[];
}

export const CAUSES = [
  'island hydration',
  'map updates (MapLibre)',
  'map island (SVG map, label placement)',
  'chart layout',
  'scroll handling',
  'other islands',
  'style, layout and paint',
  'other scripts',
] as const;
export type Cause = (typeof CAUSES)[number];

/** What a script ran for, by its file and its invoker (see the file's comment). */
export function causeOf(s: Pick<FrameScript, 'sourceURL' | 'invoker' | 'invokerType'>): Cause {
  const file = s.sourceURL.split('/').pop() ?? '';
  if (/^(map-engine|maplibre)/.test(file)) return 'map updates (MapLibre)';
  if (/^islands-/.test(file)) return 'island hydration';
  if (/^island-map-/.test(file)) return 'map island (SVG map, label placement)';
  if (/^island-(chart|timeline)-/.test(file)) return 'chart layout';
  if (/^island-scroller-/.test(file)) return 'scroll handling';
  if (/^island-/.test(file)) return 'other islands';
  if (/scroll|wheel|IntersectionObserver/i.test(s.invoker)) return 'scroll handling';
  return 'other scripts';
}

export type Attribution = Record<Cause, { ms: number; frames: number }>;

/** The frames' blocking time by cause, in ms, and how many frames each cause had a share of. */
export function attribute(frames: LongFrame[]): Attribution {
  const out = Object.fromEntries(CAUSES.map((c) => [c, { ms: 0, frames: 0 }])) as Attribution;
  for (const f of frames) {
    if (!(f.blockingDuration > 0)) continue;
    const inScripts = f.scripts.reduce((n, s) => n + s.duration, 0);
    const shares = new Map<Cause, number>();
    for (const s of f.scripts) shares.set(causeOf(s), (shares.get(causeOf(s)) ?? 0) + s.duration);
    const rest = Math.max(0, f.duration - inScripts);
    if (rest > 0) shares.set('style, layout and paint', (shares.get('style, layout and paint') ?? 0) + rest);
    const total = [...shares.values()].reduce((a, b) => a + b, 0);
    for (const [cause, d] of shares) {
      if (!(d > 0) || !(total > 0)) continue;
      out[cause].ms += (f.blockingDuration * d) / total;
      out[cause].frames += 1;
    }
  }
  return out;
}

/** The median over runs of each cause's blocking time, for the report. */
export function medianAttribution(runs: Attribution[]): Record<Cause, number> {
  return Object.fromEntries(CAUSES.map((c) => [c, median(runs.map((r) => r[c]?.ms ?? 0))])) as Record<Cause, number>;
}
