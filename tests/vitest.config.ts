import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { longestFirst } from './longest-first';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * The test tiers (docs/testing.md), chosen with TEST_TIER:
 * - `fast` (`npm test`, the default): unit and content tests, then the built site: every page
 *   without a browser, the page sweep's sample in Chromium, and the browser files that need no
 *   build of their own;
 * - `rest` (`npm run test:rest`, which `.ci/run` runs after `npm test`): everything `fast` leaves
 *   out: whole commands in child processes, fixture and 1,000-entry builds, nginx, the editor,
 *   the heavier browser files, and the page sweep's remaining combinations;
 * - `full` (`npm run test:full`): both in one run, with the whole page sweep.
 */
const TIERS = ['fast', 'rest', 'full'] as const;
type Tier = (typeof TIERS)[number];
const tier = (process.env.TEST_TIER ?? 'fast') as Tier;
if (!TIERS.includes(tier)) throw new Error(`TEST_TIER=${tier} is not a tier: use one of ${TIERS.join(', ')}.`);

/** The page sweep's mode for the tier (tools/harness/sweep-plan.ts); PAGE_SWEEP set by hand wins. */
const pageSweep = process.env.PAGE_SWEEP ?? { fast: 'sample', rest: 'rest', full: 'full' }[tier];

/**
 * Browser files that cost the most and check one feature in depth, or build a site of their own:
 * in `rest` and `full`, never in `fast`. The fast tier still loads every page they touch (the page
 * sweep), and the logic behind them has its unit tests there (hours, the fit check, search
 * queries). With each, its seconds in `test:rest` in CI (two files at a time, on the two-core
 * machine, 8 December 2026; docs/testing.md), which decide the order they start in.
 */
const SLOW_E2E_SECONDS: Record<string, number> = {
  admin: 137, // the editor
  nginx: 84, // every file behind nginx (151 s when it loaded a page per shape and language)
  scale: 127, // builds 1,000 entries
  search: 107, // Pagefind in every language, filters and paging
  posters: 104, // builds its fixture site, prints posters to PDF
  'way-in': 104, // every fit-check path clicked through
  'centre-status': 110, // the live status at a dozen instants and time zones, each in a new context
  'calls-and-events': 88, // builds its fixture site (shared with posters)
  'hostile-content': 80, // builds its fixture site
  'warm-build': 90, // builds twice
  keyboard: 41, // Tab through home and a page of each kind
  header: 26, // the header's rows and menu at two widths
  'search-snippets': 33, // Pagefind again, for its excerpts
  'publication-status': 7,
  precompressed: 1, // reads every compressed copy
};
const e2eFile = (name: string) => `tests/e2e/${name}.test.ts`;
const SLOW_E2E = Object.keys(SLOW_E2E_SECONDS).map(e2eFile);

const e2eFiles = {
  fast: { include: ['tests/e2e/**/*.test.ts'], exclude: SLOW_E2E },
  rest: { include: [...SLOW_E2E, e2eFile('pages')], exclude: [] },
  full: { include: ['tests/e2e/**/*.test.ts'], exclude: [] },
}[tier];

export default defineConfig({
  root,
  // The `@/` path alias of tsconfig.json (src/), for modules the tests import.
  resolve: { alias: { '@/': `${root}src/` } },
  test: {
    // A run that finds no test files must fail: it would prove nothing.
    passWithNoTests: false,
    // One worker per core. vitest's default for `run` is one fewer than the cores: on the two-core
    // machines that is one file at a time. `npm test`'s browser files stay at one (fileParallelism
    // below).
    maxWorkers: '100%',
    // Longest first (tests/longest-first.ts), with the seconds each file took in `test:rest` in CI:
    // the page sweep's remaining combinations, the slow browser files above, then the integration
    // files, so the two files at a time end together.
    sequence: {
      sequencer: longestFirst({
        [e2eFile('pages')]: 273,
        ...Object.fromEntries(Object.entries(SLOW_E2E_SECONDS).map(([name, seconds]) => [e2eFile(name), seconds])),
        'tests/integration/build-atomic.test.ts': 74,
        'tests/integration/hours-zones.test.ts': 31,
        'tests/integration/fourth-language.test.ts': 18,
        'tests/integration/build-cli.test.ts': 8,
        'tests/integration/bench-content.test.ts': 2,
      }),
    },
    env: { PAGE_SWEEP: pageSweep },
    // The groups run one after the other (groupOrder): the unit and component files in parallel,
    // then the browser files (with the integration files in the rest tier), so that builds and the
    // browser never compete with the parallel unit files for the two cores.
    projects: [
      ...(tier === 'rest'
        ? []
        : [
            // Astro components rendered with the Container API (its own Vite configuration).
            'tests/vitest.components.config.ts',
            {
              // Pure functions and the content check, in parallel: the loop to run after every change.
              extends: true,
              test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'], sequence: { groupOrder: 0 } },
            },
          ]),
      ...(tier === 'fast'
        ? []
        : [
            {
              // Whole commands in child processes: builds in temporary copies, other time zones. In the
              // browser files' group, two files at a time: a build in a copy keeps one core busy (about
              // 1.3 cores for the five files, measured), and run alone they left the other idle for a
              // minute. Longest first (SLOW_SECONDS) starts them last, beside the shortest browser files.
              extends: true,
              test: {
                name: 'integration',
                include: ['tests/integration/**/*.test.ts'],
                sequence: { groupOrder: 2 },
                testTimeout: 120_000,
                hookTimeout: 300_000,
              },
            },
          ]),
      {
        extends: true,
        test: {
          name: 'e2e',
          ...e2eFiles,
          // `npm test`'s browser files keep both cores busy on their own (the page sweep's sample
          // runs three pages at a time), so they run one at a time. The rest tier's files mostly
          // wait (for a renderer, a Pagefind search, the editor, a poll): two at a time keep the
          // cores busy. Each builds in a copy of its own (or shares one, support/fixture-site.ts)
          // and only reads dist/. docs/testing.md has the figures.
          fileParallelism: tier !== 'fast',
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
