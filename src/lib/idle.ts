/**
 * Work done ahead of the reader, while the browser has nothing else to do: each job runs in an idle
 * period (requestIdleCallback), as many as the period has room for, and at least one; where there
 * is no requestIdleCallback (Safari) each job gets a task of its own. So none of it stands between
 * the reader's scroll or key press and the next frame, and a long list never becomes a long task.
 */

/** An idle period's budget left, as requestIdleCallback gives it. */
type Deadline = Pick<IdleDeadline, 'timeRemaining' | 'didTimeout'>;

/** Time a job is expected to take at most: a job starts only with this much of the period left. */
const JOB_MS = 10;

/**
 * Runs `jobs` in order in idle periods, each period waited for at most `timeout` ms (then it runs
 * anyway, one job). Returns a function that cancels the jobs not yet run.
 */
export function eachIdle(jobs: readonly (() => void)[], timeout = 1000): () => void {
  let next = 0;
  let cancelled = false;
  let cancelPending = () => {};
  const run = (deadline?: Deadline) => {
    if (cancelled) return;
    do jobs[next++]();
    while (next < jobs.length && deadline && !deadline.didTimeout && deadline.timeRemaining() > JOB_MS);
    schedule();
  };
  const schedule = () => {
    if (cancelled || next >= jobs.length) return;
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(run, { timeout });
      cancelPending = () => cancelIdleCallback(id);
    } else {
      const id = setTimeout(run, 0);
      cancelPending = () => clearTimeout(id);
    }
  };
  schedule();
  return () => {
    cancelled = true;
    cancelPending();
  };
}

/** Resolves in the next idle period (at most `timeout` ms from now). */
export function idle(timeout = 1000): Promise<void> {
  return new Promise((resolve) => eachIdle([resolve], timeout));
}
