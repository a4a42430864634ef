declare module 'd3-time-format' {
  /**
   * The two calls the code makes (d3-time-format v4, installed with d3-scale, which depends on it).
   * @types/d3-time-format is not installed; this covers only what src/lib/dates.ts uses.
   * https://d3js.org/d3-time-format
   */
  /** A parser in UTC for `specifier`; it returns null for a string that does not match. */
  export function utcParse(specifier: string): (date: string) => Date | null;
  /** A formatter in UTC for `specifier`, in d3's default locale (en-US). */
  export function utcFormat(specifier: string): (date: Date) => string;
}
