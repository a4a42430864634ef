/**
 * The one place dates are read and written: ISO days (`YYYY-MM-DD`, as data/ stores them) parsed
 * to midnight UTC, and the two ways the page shows a date. d3-time-format, in UTC, so that the
 * server and every browser print the same words whatever their time zone or ICU version (`Intl`
 * in en-GB abbreviates September as "Sept").
 */
import { utcFormat, utcParse } from 'd3-time-format';

const isoDay = utcParse('%Y-%m-%d');
const dayFormat = utcFormat('%-d %B %Y');
const monthFormat = utcFormat('%b %Y');

/**
 * Midnight UTC at the start of an ISO day; an error naming the string when it is not one.
 * @example parseDay('2025-08-21') // 2025-08-21T00:00:00.000Z
 */
export function parseDay(iso: string): Date {
  const date = isoDay(iso);
  if (!date) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  return date;
}

/** @example formatDay(parseDay('2025-08-22')) // "22 August 2025" */
export function formatDay(date: Date): string {
  return dayFormat(date);
}

/** @example formatMonth(parseDay('2024-06-01')) // "Jun 2024" */
export function formatMonth(date: Date): string {
  return monthFormat(date);
}
