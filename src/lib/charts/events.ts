/** The order the timeline, its list and its embed show events in. */
import type { TimelineEvent } from '../data/types.ts';

/** Events by start date, then end date, ledger order breaking ties. */
export function sortEvents(events: readonly TimelineEvent[]): TimelineEvent[] {
  return events
    .map((event, i) => ({ event, i }))
    .sort((a, b) => a.event.start.localeCompare(b.event.start) || a.event.end.localeCompare(b.event.end) || a.i - b.i)
    .map(({ event }) => event);
}
