/**
 * A message in parts around some of its placeholders, so that a component can put an element (a
 * link, a quote in its source's language) wherever the edition's sentence puts the placeholder:
 * "Repeats the figure in {passage} of this text." The other placeholders are filled as `t` fills them.
 */
import type { I18n, MessageKey, Vars } from './translator.ts';

/** Words of the message, or the name of a placeholder an element fills. */
export type Part = { text: string; slot?: undefined } | { slot: string; text?: undefined };

// Private-use characters around a slot's name while the translator fills the rest: no message or data holds them.
const mark = (name: string) => `\uE000${name}\uE001`;
const MARKED = /\uE000([a-z_]+)\uE001/;

/** The message `key` with `vars` filled, split at each placeholder named in `slots`. */
export function messageParts(i18n: I18n, key: MessageKey, slots: readonly string[], vars: Vars = {}): Part[] {
  const text = i18n.t(key, { ...vars, ...Object.fromEntries(slots.map((s) => [s, mark(s)])) });
  // split() with a capturing group: the slots' names are at the odd indices.
  return text
    .split(MARKED)
    .map((piece, i): Part => (i % 2 ? { slot: piece } : { text: piece }))
    .filter((p) => p.slot !== undefined || p.text !== '');
}
