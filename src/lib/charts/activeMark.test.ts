/**
 * The open quote's states, driven as the browser drives them (tests/browser/quote-tip.test.ts
 * does it in Chromium). The elements are stand-ins with just what the class reads of the DOM.
 */
import { describe, expect, it } from 'vitest';
import { ActiveMark } from './activeMark.svelte.ts';

const page = { defaultView: { innerHeight: 800 }, activeElement: null as unknown };
function element(left = 100): Element {
  const el = {
    ownerDocument: page,
    getBoundingClientRect: () => ({ left, top: 200, bottom: 222, width: 18 }),
    contains: (other: unknown) => other === el,
  };
  return el as unknown as Element;
}
const frame = { getBoundingClientRect: () => ({ left: 0, top: 100, bottom: 500, width: 600 }) } as HTMLElement;

describe('ActiveMark', () => {
  it('opens on hover and closes when the pointer leaves, unless the mark holds the focus', () => {
    const tip = new ActiveMark(() => frame);
    const a = element();
    tip.show('a', a);
    expect([tip.id, tip.pinned, tip.position.top]).toEqual(['a', false, 130]);
    page.activeElement = a;
    tip.leave('a', a);
    expect(tip.id).toBe('a');
    page.activeElement = null;
    tip.leave('a', a);
    expect(tip.id).toBe(null);
  });

  it('pins on a tap or click, closes on a second, and closes on a press outside the mark', () => {
    const tip = new ActiveMark(() => frame);
    const a = element();
    tip.show('a', a); // a tap's emulated mouseenter and focus come first
    tip.toggle('a', a);
    expect([tip.id, tip.pinned]).toEqual(['a', true]);
    tip.leave('a', a);
    expect(tip.id).toBe('a');
    tip.toggle('a', a);
    expect([tip.id, tip.pinned]).toEqual([null, false]);

    tip.toggle('a', a);
    tip.press(a);
    expect(tip.id).toBe('a');
    tip.press(element(400));
    expect([tip.id, tip.pinned]).toEqual([null, false]);
  });

  it('opens another mark’s quote unpinned when the pointer moves onto it', () => {
    const tip = new ActiveMark(() => frame);
    const [a, b] = [element(100), element(300)];
    tip.toggle('a', a);
    tip.show('b', b);
    expect([tip.id, tip.pinned]).toEqual(['b', false]);
    expect(tip.position.left).toBe(300 + 9 - 352 / 2);
  });

  it('closes when its mark loses the focus, and on hide (Escape)', () => {
    const tip = new ActiveMark(() => frame);
    const a = element();
    tip.toggle('a', a);
    tip.blur('b');
    expect(tip.id).toBe('a');
    tip.blur('a');
    expect(tip.id).toBe(null);
    tip.toggle('a', a);
    tip.hide();
    expect([tip.id, tip.pinned]).toEqual([null, false]);
  });

  it('opens nothing before the chart is mounted', () => {
    const tip = new ActiveMark(() => undefined);
    tip.toggle('a', element());
    expect([tip.id, tip.pinned]).toEqual([null, false]);
  });
});
