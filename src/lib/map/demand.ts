/**
 * When the live map loads. The SVG map of the same scene is the map at load; MapLibre, its worker
 * and its fonts (about 430 KB gzip) come only when the map is about to matter:
 *
 * - on the story page (`reader`), once the map is within a screen of the viewport *and* the reader
 *   has scrolled, swiped or pressed a key (src/lib/page/reading.svelte.ts): a reader who never
 *   moves never downloads it;
 * - in an embed (`visible`), once its map is within a screen of the host's viewport (the reader
 *   scrolls the host page, not the embed);
 * - never by itself when the connection asks to save data (Save-Data, or a 2G effective type):
 *   the SVG map stays, with a button that loads the live map.
 */

/** What a map waits for: the reader moving on the story page, or only coming into view (an embed). */
export type Demand = 'reader' | 'visible';

/** The Network Information API's part we read (Chromium only; elsewhere there is none). */
export interface ConnectionInfo {
  saveData?: boolean;
  effectiveType?: string;
}

/** The effective connection types too slow to spend ~430 KB on a map the text does not need. */
const SLOW = new Set(['slow-2g', '2g']);

/** Whether the reader's connection asks us to save data. */
export function savingData(connection: ConnectionInfo | undefined): boolean {
  return !!connection && (connection.saveData === true || SLOW.has(connection.effectiveType ?? ''));
}

export interface DemandState {
  demand: Demand;
  /** The map is within a screen of the viewport. */
  near: boolean;
  /** The reader has scrolled, swiped or pressed a key. */
  engaged: boolean;
  /** The connection asks to save data. */
  saving: boolean;
  /** The reader pressed "Load the full map". */
  asked: boolean;
}

/** Whether the live map should load now. */
export function liveMapWanted(s: DemandState): boolean {
  if (s.asked) return true;
  if (s.saving || !s.near) return false;
  return s.demand === 'visible' || s.engaged;
}
