/**
 * Where a place's label sits against its point, decided once for both renderers: SvgMap draws
 * its text there, style.ts gives MapLibre the same anchor and offset, and the camera's fit
 * (projection.ts) keeps every label's box inside the map. A marked place's label sits above and
 * to the right of its dot, or to its left where the right would run off the map (a place near the
 * map's right edge: its name turns inward, and the view keeps its size); a region's name is
 * centred on its point.
 */
import type { Labelled } from './shapes.ts';

/**
 * Which side of its dot a marked place's label is on: above and to the right (the default), to
 * the left, under the dot on either side, or centred over or under it (placement.ts moves a label
 * there to clear another, or a flow's arrowhead).
 */
export type LabelSide = 'right' | 'left' | 'right-below' | 'left-below' | 'above' | 'below';

/** The sides in the order placement.ts tries them, the framing's side first. */
export const SIDES: Record<'right' | 'left', LabelSide[]> = {
  right: ['right', 'left', 'right-below', 'left-below', 'above', 'below'],
  left: ['left', 'right', 'left-below', 'right-below', 'above', 'below'],
};

/**
 * A marked place's label: its near end `x` ems beside the dot (right, or left when turned inward),
 * its baseline `y` ems below it (negative: above), or `below` ems under it on a lower side; centred
 * over the dot, its baseline `over` ems below it, or under it, `under` ems. A name without a dot (a
 * region, a country) is centred on its point, its baseline `centre` ems below it, as MapLibre
 * centres the text's box there.
 */
export const LABEL_OFFSET = { x: 0.55, y: -0.4, below: 1.1, over: -0.9, under: 1.5, centre: 0.3 } as const;

/**
 * Glyph metrics used to estimate a label's box without measuring it (the static pictures are
 * drawn on the server): an average advance per character (wider for capitals and bold, so the
 * estimate errs large with any sans-serif fallback; a full em for Hangul and Han, which are set
 * square), and the ascent and descent around the baseline, all in ems.
 */
const ADVANCE = { lower: 0.6, upper: 0.74, square: 1, bold: 1.08 };
/** Scripts whose characters are a full em wide (the Korean edition's names). */
const SQUARE = /[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const ASCENT = 1;
const DESCENT = 0.3;

/** A box around a place's point, in CSS pixels: how far the label reaches to each side (up is negative). */
export interface LabelBox {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The estimated width of a label's text in CSS pixels. */
export function labelWidth(p: Pick<Labelled, 'text' | 'font'>): number {
  const { size, bold, letterSpacing } = p.font;
  const ems = [...p.text].reduce((w, ch) => {
    if (ch === ' ') return w + 0.3;
    if (SQUARE.test(ch)) return w + ADVANCE.square;
    return w + (ch === ch.toUpperCase() && ch !== ch.toLowerCase() ? ADVANCE.upper : ADVANCE.lower);
  }, 0);
  return (ems * (bold ? ADVANCE.bold : 1) + letterSpacing * p.text.length) * size;
}

/** Where the label's text is drawn, relative to the place's point, and how it is anchored there. */
export function labelAnchor(
  p: Pick<Labelled, 'dot' | 'font'>,
  side: LabelSide = 'right',
): { x: number; y: number; anchor: 'start' | 'middle' | 'end' } {
  if (!p.dot) return { x: 0, y: LABEL_OFFSET.centre * p.font.size, anchor: 'middle' };
  if (side === 'above' || side === 'below')
    return { x: 0, y: (side === 'above' ? LABEL_OFFSET.over : LABEL_OFFSET.under) * p.font.size, anchor: 'middle' };
  const x = LABEL_OFFSET.x * p.font.size;
  const left = side === 'left' || side === 'left-below';
  const below = side === 'right-below' || side === 'left-below';
  return {
    x: left ? -x : x,
    y: (below ? LABEL_OFFSET.below : LABEL_OFFSET.y) * p.font.size,
    anchor: left ? 'end' : 'start',
  };
}

/**
 * The label's box (halo included) around the place's point, estimated: beside the dot, the box
 * holds the dot too; centred over or under it, only the text (placement.ts keeps the dot clear).
 */
export function labelBox(p: Pick<Labelled, 'text' | 'font' | 'dot' | 'halo'>, side: LabelSide = 'right'): LabelBox {
  const w = labelWidth(p);
  const a = labelAnchor(p, side);
  const h = p.halo.width;
  const r = p.dot?.radius ?? 0;
  const [left, right] =
    a.anchor === 'middle'
      ? [-w / 2, w / 2]
      : a.anchor === 'start'
        ? [Math.min(a.x, -r), a.x + w]
        : [a.x - w, Math.max(a.x, r)];
  if (p.dot && a.anchor === 'middle')
    return {
      left: left - h,
      right: right + h,
      top: a.y - ASCENT * p.font.size - h,
      bottom: a.y + DESCENT * p.font.size + h,
    };
  return {
    left: left - h,
    right: right + h,
    top: Math.min(a.y - ASCENT * p.font.size, p.dot ? -p.dot.radius : Infinity) - h,
    bottom: Math.max(a.y + DESCENT * p.font.size, p.dot?.radius ?? -Infinity) + h,
  };
}

/**
 * `text` broken into lines no wider than `width` CSS pixels at `size` px, at spaces, by the same
 * estimate as the labels (a static picture's note has no browser to lay it out).
 */
export function wrapText(text: string, size: number, width: number): string[] {
  const font = { size, bold: false, letterSpacing: 0 };
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && labelWidth({ text: `${last} ${word}`, font }) <= width)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}
