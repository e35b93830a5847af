import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  // The `@/` path alias of tsconfig.json (src/), for modules the tests import.
  resolve: { alias: { '@/': `${root}src/` } },
  test: {
    // A run that finds no test files must fail: it would prove nothing.
    passWithNoTests: false,
    // One worker per core. vitest's default for `run` is one fewer than the cores: on the two-core
    // machines that is one file at a time. The integration and e2e projects stay at one
    // (fileParallelism: false below).
    maxWorkers: '100%',
    // `npm test` runs the projects one after the other (groupOrder), so that builds and the browser
    // never compete with the parallel unit files for the two cores.
    projects: [
      {
        // Pure functions and the content check, in parallel: the loop to run after every change.
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], sequence: { groupOrder: 0 } },
      },
      {
        // Whole commands in child processes: builds in temporary copies, other time zones. One file
        // at a time: each starts builds that use both cores.
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          fileParallelism: false,
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
          // One Chromium at a time: the machines have two cores.
          fileParallelism: false,
          sequence: { groupOrder: 2 },
          globalSetup: ['tests/e2e/support/global-setup.ts'],
          // expect.poll waits for what the page does (an island's first status, a search's
          // results). vitest's default of one second is less than a page needs on a busy machine
          // (centre-status.test.ts failed so at load 19); a poll that passes returns as soon as it
          // passes, so a longer limit costs nothing.
          expect: { poll: { timeout: 15_000 } },
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
