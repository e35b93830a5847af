import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import SlowestFirst from './sequencer';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // The `@/` path alias of tsconfig.json (src/), for modules the tests import.
  resolve: { alias: { '@/': `${root}src/` } },
  test: {
    // A run that finds no test files must fail: it would prove nothing.
    passWithNoTests: false,
    // One worker per core. vitest's default for `run` is one fewer than the cores: on the two-core
    // machines that is one file at a time.
    maxWorkers: '100%',
    // Slowest files first (tests/sequencer.ts): with two at a time, the page checks start at once.
    sequence: { sequencer: SlowestFirst },
    // `npm test` runs the unit files first (groupOrder 0), so that builds and the browser never
    // compete with them for the two cores, then the integration and browser files together, two at
    // a time (groupOrder 1).
    projects: [
      {
        // Pure functions and the content check, in parallel: the loop to run after every change.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        // Whole commands in child processes: builds in temporary copies, other time zones. Two files
        // at a time: a build leaves a core idle in its single-threaded phases.
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Two files at a time, each with its own Chromium: most files wait (for the network, the
          // editor, a build's single-threaded phase) more than they compute, so a second file fills
          // the idle core. The page checks (the longest file) start first (tests/sequencer.ts).
          sequence: { groupOrder: 1 },
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // expect.poll waits for what the page does (an island's first status, a search's
          // results). vitest's default of one second is less than a page needs on a busy machine
          // (with two files at a time, centre-status.test.ts failed at load 19); a poll that passes
          // returns as soon as it passes, so a longer limit costs nothing.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
