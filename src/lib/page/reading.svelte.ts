/**
 * Where the reader is in the story page, shared by its islands: the scroller island writes the
 * active step; the map island follows it. The entry sets the URL's pin, and `engaged` turns true
 * at the reader's first scroll, wheel, swipe or key press (engagement.ts): the live map waits for
 * it (src/lib/map/demand.ts), so a reader who never moves never downloads it.
 */
import type { Pin } from '../scene/types.ts';

class Reading {
  /** The active step's index. */
  index = $state(0);
  /** The view ?view= (and &flows=) pin the map to; null to follow the steps. */
  pin = $state.raw<Pin | null>(null);
  /** The reader has scrolled, swiped or pressed a key on this page. */
  engaged = $state(false);
}

/** The one reading of this page. */
export const reading = new Reading();
