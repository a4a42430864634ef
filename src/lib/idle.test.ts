import { afterEach, describe, expect, it, vi } from 'vitest';
import { eachIdle, idle } from './idle.ts';

/** A stand-in requestIdleCallback whose periods the test hands out, each with `ms` left. */
function idlePeriods() {
  const waiting: { run: IdleRequestCallback; timeout?: number }[] = [];
  vi.stubGlobal('requestIdleCallback', (run: IdleRequestCallback, opts?: IdleRequestOptions) => {
    waiting.push({ run, timeout: opts?.timeout });
    return waiting.length;
  });
  vi.stubGlobal('cancelIdleCallback', (id: number) => waiting.splice(id - 1, 1, { run: () => {} }));
  return {
    waiting,
    /** Gives the next waiting callback a period with `ms` left, shrinking by 12 ms per call. */
    period(ms: number, didTimeout = false) {
      let left = ms;
      const next = waiting.shift();
      next?.run({ didTimeout, timeRemaining: () => (left -= 12) + 12 });
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('eachIdle', () => {
  it('runs the jobs in order, as many per idle period as it has room for, and at least one', () => {
    const idle = idlePeriods();
    const done: number[] = [];
    eachIdle([0, 1, 2, 3].map((i) => () => done.push(i)));
    expect(done).toEqual([]);
    idle.period(0);
    expect(done).toEqual([0]);
    idle.period(40);
    expect(done).toEqual([0, 1, 2, 3]);
    expect(idle.waiting).toEqual([]);
  });

  it('runs one job per period once the period was forced by its timeout', () => {
    const idle = idlePeriods();
    const done: number[] = [];
    eachIdle(
      [0, 1].map((i) => () => done.push(i)),
      200,
    );
    expect(idle.waiting[0].timeout).toBe(200);
    idle.period(50, true);
    expect(done).toEqual([0]);
  });

  it('runs nothing more once cancelled', () => {
    const idle = idlePeriods();
    const done: number[] = [];
    const cancel = eachIdle([0, 1].map((i) => () => done.push(i)));
    idle.period(0);
    cancel();
    idle.period(100);
    expect(done).toEqual([0]);
  });

  it('gives each job a task of its own without requestIdleCallback', () => {
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const done: number[] = [];
    eachIdle([0, 1].map((i) => () => done.push(i)));
    expect(done).toEqual([]);
    vi.runOnlyPendingTimers();
    expect(done).toEqual([0]);
    vi.runOnlyPendingTimers();
    expect(done).toEqual([0, 1]);
  });
});

describe('idle', () => {
  it('resolves in the next idle period', async () => {
    const periods = idlePeriods();
    let resolved = false;
    const p = idle().then(() => (resolved = true));
    await Promise.resolve();
    expect(resolved).toBe(false);
    periods.period(10);
    await p;
    expect(resolved).toBe(true);
  });
});
