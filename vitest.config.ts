import { defineConfig, mergeConfig } from 'vitest/config';
import viteConfig from './vite.config.ts';

export default mergeConfig(
  viteConfig,
  defineConfig({
    test: {
      projects: [
        {
          extends: true,
          test: {
            // Pure code and data: no builds, no copies of the project.
            name: 'unit',
            include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
            environment: 'node',
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
            // One Chromium at a time: this machine has two cores and SwiftShader is CPU-bound.
            maxWorkers: 2,
            // Polls wait for an outcome (a step reached, a map idle): a fast page passes at once, and
            // a loaded machine with software WebGL gets more than vitest's default second.
            expect: { poll: { timeout: 10_000 } },
          },
        },
      ],
    },
  }),
);
