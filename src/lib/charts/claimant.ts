/** How the chart, its tooltip and its table decide whether to repeat a claimant as written. */

/** Whether the claimant as written is just the claimant's label, case aside (then it is not repeated). */
export function sameName(written: string, label: string): boolean {
  return written.toLowerCase() === label.toLowerCase();
}
