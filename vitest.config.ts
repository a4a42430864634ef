import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';
import LongestFirst from './tests/sequencer.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      sequence: { sequencer: LongestFirst },
      projects: [
        {
          extends: true,
          test: {
            // Pure code and data: no builds, no copies of the project.
            name: 'unit',
            include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
            environment: 'node',
            // One module graph per worker, not one per file: the files share no state they change
            // (the few globals a file stubs or mocks, it puts back), and importing the same modules
            // afresh for every file was most of this project's time (unit: 84 s → 23 s here).
            isolate: false,
            testTimeout: 60_000,
          },
        },
        {
          extends: true,
          test: {
            // Real commands on throwaway copies: builds, the mutation suite, editions, scale runs.
            name: 'integration',
            include: ['tests/integration/**/*.test.ts'],
            environment: 'node',
            testTimeout: 300_000,
            hookTimeout: 400_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.test.ts'],
            // The fixture site, built once for the run (render and phone tests read it).
            globalSetup: ['tests/browser/global-setup.ts'],
            environment: 'node',
            testTimeout: 120_000,
            hookTimeout: 120_000,
            // Two files at a time, each with its own Chromium: this machine has two cores.
            maxWorkers: 2,
            // As for the unit tests: each worker imports the shared modules (the loader, the
            // harness) once, not once per file; each file still launches its own browser and server.
            isolate: false,
            // Polls wait for an outcome (a step reached, a map idle): a fast page passes at once, and
            // a loaded machine with software WebGL gets more than vitest's default second.
            expect: { poll: { timeout: 10_000 } },
          },
        },
      ],
    },
  }),
);
