/**
 * The one place dates are read: ISO days (`YYYY-MM-DD`, as data/ stores them) parsed to midnight
 * UTC. They are printed by the edition's translator (src/lib/i18n/translator.ts: Intl.DateTimeFormat
 * in UTC, so that the server and every browser print the same day whatever their time zone).
 */
import { utcParse } from 'd3-time-format';

const isoDay = utcParse('%Y-%m-%d');

/**
 * Midnight UTC at the start of an ISO day; an error naming the string when it is not one.
 * @example parseDay('2025-08-21') // 2025-08-21T00:00:00.000Z
 */
export function parseDay(iso: string): Date {
  const date = isoDay(iso);
  if (!date) throw new Error(`not an ISO date (YYYY-MM-DD): "${iso}"`);
  return date;
}
