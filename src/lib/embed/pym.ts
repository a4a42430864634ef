/**
 * The child side of NPR's pym.js protocol (v1), so hosts using pym.js or @nprapps/sidechain work
 * unchanged: messages are strings "pym" xPYMx id xPYMx type xPYMx message, posted between the
 * host page and this iframe. Messages from the host are checked for source, origin and shape;
 * anything else is ignored without an error.
 */

const DELIMITER = 'xPYMx';

export function makeMessage(id: string, type: string, message: string): string {
  return ['pym', id, type, message].join(DELIMITER);
}

/** The type and text of a well-formed message for `id`, or null. */
export function parseMessage(id: string, data: unknown): { type: string; message: string } | null {
  if (typeof data !== 'string' || data.length > 10_000) return null;
  const prefix = `pym${DELIMITER}${id}${DELIMITER}`;
  if (!id || !data.startsWith(prefix)) return null;
  const rest = data.slice(prefix.length);
  const at = rest.indexOf(DELIMITER);
  if (at <= 0) return null;
  const type = rest.slice(0, at);
  if (!/^[a-z][a-z-]*$/.test(type)) return null;
  return { type, message: rest.slice(at + DELIMITER.length) };
}

/** What pym's parent sends with trackscroll: the host viewport and the iframe's box in it. */
export interface HostViewport {
  width: number;
  height: number;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * The largest viewport side a host may report, in CSS pixels: ten times the longest side of the
 * largest screens sold (8K, 7,680 px). The story's steps are sized from the host's viewport; a
 * forged or broken report of 1e9 would make the page millions of pixels tall and crash the
 * renderer, and the host page with it.
 */
export const MAX_VIEWPORT = 76_800;

/** The host's viewport from a trackscroll payload, or null for anything malformed or out of range. */
export function parseViewport(message: string): HostViewport | null {
  const parts = message.trim().split(/\s+/);
  if (parts.length !== 6) return null;
  const n = parts.map(Number);
  if (n.some((x) => !Number.isFinite(x))) return null;
  const [width, height, top, left, bottom, right] = n;
  if (width <= 0 || height <= 0 || width > MAX_VIEWPORT || height > MAX_VIEWPORT || bottom < top) return null;
  return { width, height, top, left, bottom, right };
}

/**
 * Whether a message may come from the host: it must come from our parent window, and when the
 * host told us its URL (pym passes parentUrl), from that URL's origin.
 */
export function isFromHost(
  event: Pick<MessageEvent, 'source' | 'origin'>,
  parent: unknown,
  parentUrl: string | null,
): boolean {
  if (event.source !== parent) return false;
  if (!parentUrl) return true;
  try {
    return new URL(parentUrl).origin === event.origin;
  } catch {
    return false;
  }
}

/** What a frame scheduler returns and takes back (requestAnimationFrame's handle). */
type Schedule = (run: () => void) => number;

/**
 * Delivers only the latest of a burst of values, once, in the next frame. A host with trackscroll
 * posts its viewport on every scroll event, often several per frame, and each delivery costs a
 * layout pass; the reader only ever sees the last one.
 */
export function latestPerFrame<T>(
  deliver: (value: T) => void,
  schedule: Schedule = (run) => requestAnimationFrame(run),
  unschedule: (handle: number) => void = (handle) => cancelAnimationFrame(handle),
): { push(value: T): void; cancel(): void } {
  let pending: { value: T } | null = null;
  let handle: number | null = null;
  const flush = () => {
    handle = null;
    const latest = pending;
    pending = null;
    if (latest) deliver(latest.value);
  };
  return {
    push(value) {
      pending = { value };
      handle ??= schedule(flush);
    },
    cancel() {
      if (handle !== null) unschedule(handle);
      handle = null;
      pending = null;
    },
  };
}

type Handler = (message: string) => void;

/** What pym.js's parent puts in the child's URL: the child's id, and the host page's URL. */
export interface PymParams {
  childId: string;
  parentUrl: string | null;
}

/** A pym child in this window: reports its height, hears the host's width and scroll position. */
export class PymChild {
  readonly id: string;
  readonly parentUrl: string | null;
  private readonly handlers = new Map<string, Handler[]>();
  private readonly listener = (event: MessageEvent) => this.receive(event);
  private lastHeight = -1;

  constructor(
    private readonly win: Window,
    params: PymParams,
  ) {
    this.id = params.childId;
    this.parentUrl = params.parentUrl;
    win.addEventListener('message', this.listener);
  }

  /** Whether the page runs inside a pym host (it was given a childId and has a parent). */
  get embedded(): boolean {
    return this.id !== '' && this.win.parent !== this.win;
  }

  on(type: string, handler: Handler): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), handler]);
  }

  send(type: string, message = ''): void {
    if (!this.embedded) return;
    // pym's own child posts with targetOrigin "*"; the host checks the message's shape.
    this.win.parent.postMessage(makeMessage(this.id, type, message), '*');
  }

  /** Sends the document's height when it changed (or always, when forced). */
  sendHeight(force = false): void {
    const height = Math.ceil(this.win.document.documentElement.getBoundingClientRect().height);
    if (!force && height === this.lastHeight) return;
    this.lastHeight = height;
    this.send('height', String(height));
  }

  private receive(event: MessageEvent): void {
    if (!isFromHost(event, this.win.parent, this.parentUrl)) return;
    const parsed = parseMessage(this.id, event.data);
    if (!parsed) return;
    for (const handler of this.handlers.get(parsed.type) ?? []) handler(parsed.message);
  }

  destroy(): void {
    this.win.removeEventListener('message', this.listener);
  }
}
