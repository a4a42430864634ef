/**
 * Which mark of one spread chart has its quote open, and where. Hovering or focusing a mark opens
 * its quote; a click, a tap, Enter or Space pins it open until the same again, Escape, the mark
 * losing focus, or a press anywhere outside the mark. Moving the pointer off an unpinned mark closes it.
 */
import { tipPosition, type TipPosition } from './tipPosition.ts';

export class ActiveMark {
  /** The open mark's claim id, or null. */
  id = $state<string | null>(null);
  /** Whether the quote stays open when the pointer leaves the mark. */
  pinned = $state(false);
  /** Where the quote sits inside the frame. */
  position = $state<TipPosition>({ left: 0, top: 0, width: 0, above: false });
  #frame: () => HTMLElement | undefined;
  #element: Element | null = null;

  /** @param frame the chart's positioned frame, once mounted */
  constructor(frame: () => HTMLElement | undefined) {
    this.#frame = frame;
  }

  /** Opens the quote of mark `id`, drawn by `element`; a different mark's opens unpinned. */
  show(id: string, element: Element): void {
    const frame = this.#frame();
    if (!frame) return;
    const viewport = element.ownerDocument.defaultView?.innerHeight ?? 0;
    this.position = tipPosition(element.getBoundingClientRect(), frame.getBoundingClientRect(), viewport);
    if (id !== this.id) this.pinned = false;
    this.id = id;
    this.#element = element;
  }

  hide(): void {
    this.id = null;
    this.pinned = false;
    this.#element = null;
  }

  /** A click, tap, Enter or Space: pins the quote open, or closes it when it already is. */
  toggle(id: string, element: Element): void {
    if (this.id === id && this.pinned) this.hide();
    else {
      this.show(id, element);
      this.pinned = this.id === id;
    }
  }

  /** The pointer left the mark: an unpinned quote closes, unless the mark holds the focus. */
  leave(id: string, element: Element): void {
    if (this.id === id && !this.pinned && element.ownerDocument.activeElement !== element) this.hide();
  }

  /** The mark lost the focus. */
  blur(id: string): void {
    if (this.id === id) this.hide();
  }

  /** A press anywhere on the page (a tap on a phone): one outside the open mark closes its quote. */
  press(target: EventTarget | null): void {
    if (this.id !== null && !this.#element?.contains(target as Node | null)) this.hide();
  }
}
