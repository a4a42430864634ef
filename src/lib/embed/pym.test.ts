import { describe, expect, it } from 'vitest';
import { isFromHost, latestPerFrame, makeMessage, MAX_VIEWPORT, parseMessage, parseViewport } from './pym.ts';

describe('makeMessage / parseMessage', () => {
  it('round-trips the pym v1 format', () => {
    const m = makeMessage('nk-map', 'height', '640');
    expect(m).toBe('pymxPYMxnk-mapxPYMxheightxPYMx640');
    expect(parseMessage('nk-map', m)).toEqual({ type: 'height', message: '640' });
  });

  it('keeps delimiters inside the message', () => {
    expect(parseMessage('a', 'pymxPYMxaxPYMxwidthxPYMx1xPYMx2')).toEqual({ type: 'width', message: '1xPYMx2' });
  });

  it.each([
    ['another child', 'pymxPYMxotherxPYMxwidthxPYMx600'],
    ['not a string', { type: 'width' }],
    ['no type', 'pymxPYMxaxPYMx'],
    ['a bad type', 'pymxPYMxaxPYMx<script>xPYMx1'],
    ['garbage', 'hello'],
    ['too long', 'pymxPYMxaxPYMxwidthxPYMx' + 'x'.repeat(20_000)],
  ])('ignores %s', (_what, data) => {
    expect(parseMessage('a', data)).toBeNull();
  });
});

describe('parseViewport', () => {
  it('reads pym trackscroll payloads', () => {
    expect(parseViewport('1280 900 -350.5 20 2650 1000')).toEqual({
      width: 1280,
      height: 900,
      top: -350.5,
      left: 20,
      bottom: 2650,
      right: 1000,
    });
  });

  it.each(['', '1 2 3', '1280 900 a 20 2650 1000', '0 900 0 0 10 10', '1280 900 50 0 10 10'])('rejects %j', (m) => {
    expect(parseViewport(m)).toBeNull();
  });

  it.each([
    ['a negative height', '1280 -900 0 0 10 10'],
    ['a negative width', '-1280 900 0 0 10 10'],
    ['an infinite height', '1280 Infinity 0 0 10 10'],
    ['a height of 1e9', '1280 1e9 0 0 10 10'],
    ['a width of 1e9', '1e9 900 0 0 10 10'],
    ['a height just over ten times an 8K screen', `1280 ${MAX_VIEWPORT + 1} 0 0 10 10`],
  ])('ignores %s', (_, m) => {
    expect(parseViewport(m)).toBeNull();
  });

  it('takes the largest sane viewport', () => {
    expect(parseViewport(`${MAX_VIEWPORT} ${MAX_VIEWPORT} 0 0 10 10`)?.height).toBe(MAX_VIEWPORT);
  });
});

describe('isFromHost', () => {
  const parent = {};
  it('needs the parent window as source', () => {
    expect(isFromHost({ source: {} as never, origin: 'http://127.0.0.1:7000' }, parent, null)).toBe(false);
    expect(isFromHost({ source: parent as never, origin: 'http://127.0.0.1:7000' }, parent, null)).toBe(true);
  });

  it('checks the origin against parentUrl when the host gave one', () => {
    const ev = (origin: string) => ({ source: parent as never, origin });
    expect(isFromHost(ev('http://127.0.0.1:8080'), parent, 'http://127.0.0.1:8080/story?x=1')).toBe(true);
    expect(isFromHost(ev('http://127.0.0.1:9090'), parent, 'http://127.0.0.1:8080/story')).toBe(false);
    expect(isFromHost(ev('http://127.0.0.1'), parent, 'not a url')).toBe(false);
  });
});

describe('latestPerFrame', () => {
  /** A frame clock the test advances by hand. */
  function frames() {
    let next = 1;
    const queued = new Map<number, () => void>();
    return {
      schedule: (run: () => void) => {
        queued.set(next, run);
        return next++;
      },
      unschedule: (handle: number) => void queued.delete(handle),
      get queued() {
        return queued.size;
      },
      tick() {
        const runs = [...queued.values()];
        queued.clear();
        for (const run of runs) run();
      },
    };
  }

  it('delivers only the last of a burst, once, in the next frame', () => {
    const clock = frames();
    const seen: number[] = [];
    const latest = latestPerFrame<number>((v) => seen.push(v), clock.schedule, clock.unschedule);
    latest.push(1);
    latest.push(2);
    latest.push(3);
    expect(seen).toEqual([]);
    expect(clock.queued).toBe(1);
    clock.tick();
    expect(seen).toEqual([3]);
    clock.tick();
    expect(seen).toEqual([3]);
  });

  it('schedules a new frame for values that arrive after a delivery, or during one', () => {
    const clock = frames();
    const seen: number[] = [];
    const latest = latestPerFrame<number>(
      (v) => {
        seen.push(v);
        if (v === 2) latest.push(4);
      },
      clock.schedule,
      clock.unschedule,
    );
    latest.push(1);
    clock.tick();
    latest.push(2);
    clock.tick();
    expect(seen).toEqual([1, 2]);
    clock.tick();
    expect(seen).toEqual([1, 2, 4]);
  });

  it('delivers nothing after cancel', () => {
    const clock = frames();
    const seen: number[] = [];
    const latest = latestPerFrame<number>((v) => seen.push(v), clock.schedule, clock.unschedule);
    latest.push(1);
    latest.cancel();
    expect(clock.queued).toBe(0);
    clock.tick();
    expect(seen).toEqual([]);
  });
});
