/**
 * The sizes the static map pictures are drawn at (static.ts): one for wide screens and print, and
 * one a phone shows at its own size, the live map's frame at 390 px, so that its names are set at
 * the size they were placed at rather than shrunk to half of it. `MapPicture` picks between them.
 */
export const STATIC_SIZE = { width: 800, height: 560 };
export const PHONE_SIZE = { width: 390, height: 320 };
export const CARD_SIZE = { width: 1200, height: 630 };
/** The phone picture's file beside the wide one: "static/step-sent.svg" → "static/step-sent-phone.svg". */
export const phoneFile = (file: string) => file.replace(/\.svg$/, '-phone.svg');
/** Screens this narrow or narrower get the phone picture (its own width, with a little to spare). */
export const PHONE_MEDIA = '(max-width: 30rem)';
