/**
 * The bench's command line, read with node:util parseArgs. A pure function over argv, so it is
 * unit-tested (options.test.ts); run.ts prints the usage and exits 2 when it throws.
 */
import { parseArgs } from 'node:util';

export const USAGE =
  'usage: npm run bench -- [--quick] [--runs N] [--no-lighthouse] [--scale | --no-scale] [--no-build]\n' +
  '  --quick           1 run each, no Lighthouse, no scale runs (add --scale to include them)\n' +
  '  --runs N          runs per measurement (default 5; 1 with --quick)\n' +
  '  --no-lighthouse   skip Lighthouse\n' +
  '  --scale           run the scale runs even with --quick; --no-scale skips them\n' +
  '  --no-build        measure the dist/ already built';

export interface BenchOptions {
  help: boolean;
  quick: boolean;
  /** Runs per measurement, after one uncounted warm-up load. */
  runs: number;
  /** Runs per scale factor: fewer than the main runs, to keep the full bench near 10 minutes. */
  runsPerScale: number;
  lighthouse: boolean;
  scale: boolean;
  build: boolean;
}

/** A command line the bench does not take; the message says what is wrong with it. */
export class UsageError extends Error {}

const OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  quick: { type: 'boolean' },
  runs: { type: 'string' },
  'no-lighthouse': { type: 'boolean' },
  scale: { type: 'boolean' },
  'no-scale': { type: 'boolean' },
  'no-build': { type: 'boolean' },
} as const;

export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  let values;
  try {
    ({ values } = parseArgs({ args: [...argv], options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (e) {
    // parseArgs names the option ("Unknown option '--fast'"); its advice on positionals does not apply.
    const code = (e as { code?: string }).code ?? '';
    const message = (e as Error).message;
    if (!code.startsWith('ERR_PARSE_ARGS')) throw e;
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && message.includes("'--runs"))
      throw new UsageError('--runs needs a number of runs: --runs 3');
    throw new UsageError(message.split(/\.\s|\n/)[0]);
  }
  if (values.scale && values['no-scale']) throw new UsageError('--scale and --no-scale contradict each other');
  const quick = values.quick ?? false;
  let runs = quick ? 1 : 5;
  if (values.runs !== undefined) {
    runs = /^[1-9]\d*$/.test(values.runs) ? Number(values.runs) : NaN;
    if (!Number.isSafeInteger(runs))
      throw new UsageError(`--runs takes a whole number of runs, 1 or more, not "${values.runs}"`);
  }
  return {
    help: values.help ?? false,
    quick,
    runs,
    runsPerScale: quick ? 1 : Math.min(runs, 3),
    lighthouse: !quick && !values['no-lighthouse'],
    scale: (values.scale ?? false) || (!quick && !values['no-scale']),
    build: !values['no-build'],
  };
}
