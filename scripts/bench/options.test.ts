import { describe, expect, it } from 'vitest';
import { parseBenchArgs, UsageError, USAGE } from './options.ts';

const full = { help: false, quick: false, runs: 5, runsPerScale: 3, lighthouse: true, scale: true, build: true };

describe('parseBenchArgs', () => {
  it('runs everything five times by default, three per scale factor', () => {
    expect(parseBenchArgs([])).toEqual(full);
  });

  it('--quick: one run, no Lighthouse, no scale runs', () => {
    expect(parseBenchArgs(['--quick'])).toEqual({
      ...full,
      quick: true,
      runs: 1,
      runsPerScale: 1,
      lighthouse: false,
      scale: false,
    });
  });

  it('--scale brings the scale runs back into --quick; --no-scale drops them from a full run', () => {
    expect(parseBenchArgs(['--quick', '--scale'])).toMatchObject({ scale: true, runsPerScale: 1, lighthouse: false });
    expect(parseBenchArgs(['--no-scale'])).toMatchObject({ scale: false, lighthouse: true });
  });

  it('--runs N, as two words or with =; the scale runs take at most 3', () => {
    expect(parseBenchArgs(['--runs', '2'])).toMatchObject({ runs: 2, runsPerScale: 2 });
    expect(parseBenchArgs(['--runs=7'])).toMatchObject({ runs: 7, runsPerScale: 3 });
    expect(parseBenchArgs(['--quick', '--runs', '3'])).toMatchObject({ runs: 3, runsPerScale: 1 });
  });

  it('--no-lighthouse and --no-build', () => {
    expect(parseBenchArgs(['--no-lighthouse', '--no-build'])).toEqual({ ...full, lighthouse: false, build: false });
  });

  it('--help and -h', () => {
    expect(parseBenchArgs(['--help']).help).toBe(true);
    expect(parseBenchArgs(['-h']).help).toBe(true);
    expect(USAGE).toMatch(/^usage: npm run bench -- \[--quick\] \[--runs N\]/);
  });

  it.each([
    [['--fast'], "Unknown option '--fast'"],
    [['--no-quick'], "Unknown option '--no-quick'"],
    [['-x'], "Unknown option '-x'"],
    [['quick'], "Unexpected argument 'quick'"],
    [['--quick=yes'], "Option '--quick' does not take an argument"],
    [['--runs'], '--runs needs a number of runs: --runs 3'],
    [['--runs', '--quick'], '--runs needs a number of runs: --runs 3'],
    [['--runs', '0'], '--runs takes a whole number of runs, 1 or more, not "0"'],
    [['--runs', '2.5'], '--runs takes a whole number of runs, 1 or more, not "2.5"'],
    [['--runs', 'five'], '--runs takes a whole number of runs, 1 or more, not "five"'],
    [['--scale', '--no-scale'], '--scale and --no-scale contradict each other'],
  ])('refuses %j: %s', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(UsageError);
    expect(() => parseBenchArgs(argv)).toThrow(new UsageError(message));
  });
});
