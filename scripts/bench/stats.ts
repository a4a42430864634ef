/**
 * The bench's arithmetic: summaries of repeated runs, budget checks and the printed table.
 * Pure functions, so they are unit-tested (stats.test.ts) and the bench script stays glue.
 */

/** A metric measured over several runs. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  runs: number[];
}

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** The q-quantile (0 … 1) by nearest rank. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/** Median, min and max of the finite values (a run that could not measure gives NaN, skipped). */
export function summarise(values: number[]): Summary {
  const ok = values.filter((v) => Number.isFinite(v));
  return {
    median: median(ok),
    min: ok.length ? Math.min(...ok) : NaN,
    max: ok.length ? Math.max(...ok) : NaN,
    runs: values,
  };
}

/**
 * Total blocking time of a list of long tasks: the part of each beyond 50 ms, as Lighthouse
 * counts it, for tasks starting in [from, to).
 */
export function blockingTime(tasks: { startTime: number; duration: number }[], from = 0, to = Infinity): number {
  return tasks
    .filter((t) => t.startTime >= from && t.startTime < to)
    .reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}

/**
 * a ÷ b, the story's figure against the bare map's (or ×10's against ×1's). 0 ÷ 0 is 1 (both
 * did nothing); anything else over 0, or a value that was not measured, gives NaN ("not measured"),
 * never a ratio that reads as good.
 */
export function ratio(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b)) return NaN;
  if (b === 0) return a === 0 ? 1 : NaN;
  return a / b;
}

/**
 * Ratios of runs taken in pairs: the i-th run of one page against the i-th of the other, which
 * ran right after it, so a machine busy for a while slows both sides of a pair. A side measured
 * once (bytes) is paired with every run of the other.
 */
export function pairedRatios(a: number[], b: number[]): number[] {
  if (!a.length || !b.length) return [];
  const n = Math.max(a.length, b.length);
  if (a.length !== b.length && a.length !== 1 && b.length !== 1)
    throw new Error(`cannot pair ${a.length} runs with ${b.length}`);
  return Array.from({ length: n }, (_, i) => ratio(a[a.length === 1 ? 0 : i], b[b.length === 1 ? 0 : i]));
}

/** A budget: the metric must stay at or under max, or at or over min. */
export interface Budget {
  max?: number;
  min?: number;
}

export type Verdict = 'within' | 'over' | 'no budget' | 'not measured';

export function verdict(value: number, budget: Budget | undefined): Verdict {
  if (!budget || (budget.max === undefined && budget.min === undefined)) return 'no budget';
  if (!Number.isFinite(value)) return 'not measured';
  if (budget.max !== undefined && value > budget.max) return 'over';
  if (budget.min !== undefined && value < budget.min) return 'over';
  return 'within';
}

/** "ratio" is a unitless figure (CLS); "times" a ratio of two measurements, printed ×0.15. */
export type Unit = 'ms' | 'B' | 'MB' | 'score' | 'ratio' | 'times' | 'count' | 's';

export function format(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return `${Math.round(value)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'B':
      return value >= 1024 * 1024 ? `${(value / 1024 / 1024).toFixed(2)} MB` : `${(value / 1024).toFixed(1)} KB`;
    case 'MB':
      return `${value.toFixed(1)} MB`;
    case 'score':
      return value.toFixed(2);
    case 'ratio':
      return value.toFixed(3);
    case 'times':
      return `×${value !== 0 && Math.abs(value) < 0.1 ? value.toPrecision(2) : value.toFixed(2)}`;
    case 'count':
      return String(Math.round(value));
  }
}

export function formatBudget(budget: Budget | undefined, unit: Unit): string {
  if (!budget) return '';
  if (budget.max !== undefined) return `≤ ${format(budget.max, unit)}`;
  if (budget.min !== undefined) return `≥ ${format(budget.min, unit)}`;
  return '';
}

/** Plain-text table: the first row is the header; columns padded, numbers right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) =>
    r
      .map((cell, c) => (c === 0 || c === r.length - 1 ? cell.padEnd(widths[c]) : cell.padStart(widths[c])))
      .join('  ')
      .trimEnd();
  return [line(rows[0]), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
