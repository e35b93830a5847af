/**
 * The browser sweep: built pages in Chromium, served with the site's own headers
 * (public/_headers, as a static host sends them), so the policy checked is the header's.
 *
 * What is loaded depends on PAGE_SWEEP (tools/harness/sweep-plan.ts, docs/testing.md): by
 * default every page once (desktop, light) and one page of each page type (route shape, view
 * variant and language) and the 404 page in all four combinations (desktop and 360 px, each
 * light and dark); `PAGE_SWEEP=rest` the combinations that leaves out, `full` all of them,
 * `changed` the pages a content edit changed.
 *
 * Each load is checked once for what belongs to the load (status, resources, other hosts, the
 * Content-Security-Policy, console errors), each combination for what the scheme or the width
 * can change (axe-core's WCAG 2.2 A/AA rules, horizontal scrolling at 360 px). `lang` and the
 * single `<h1>` are facts of the HTML and are read from dist/ without a browser
 * (tests/e2e/structure.test.ts).
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type RunnerTask } from 'vitest';
import { launchBrowser } from '../../tools/harness/browser';
import { distDir } from '../../tools/harness/paths';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';
import {
  planSweep,
  readChangedList,
  sweepModeFromEnvironment,
  typedPagesOf,
  type PlannedCombination,
  type PlannedLoad,
} from '../../tools/harness/sweep-plan';
import { headersFor, readHeadersFile } from './support/headers';
import { combinationsOf, createInspector, formatAxeViolations, LAYOUTS, type Combination, type PageReport } from './support/inspect';
import { createLimit, pageConcurrency } from './support/limit';

const mode = sweepModeFromEnvironment();
/** Discovered synchronously at load time: vitest collects tests before any hook runs. */
const plan = planSweep(typedPagesOf(distDir), mode, mode === 'changed' ? readChangedList() : undefined);

const LAYOUT_OF = { desktop: LAYOUTS[0]!, mobile: LAYOUTS[1]! };
/** The inspector's combination for a planned one. */
const combinationOf = ({ layout, scheme }: PlannedCombination): Combination =>
  combinationsOf(LAYOUT_OF[layout]).find((combination) => combination.colorScheme === scheme)!;

let browser: Browser;
let server: StaticServer;
/** One list of reports (one per combination) per load, keyed by loadKey; each load starts as soon as a slot is free. */
const reports = new Map<string, Promise<PageReport[]>>();
const loadTitle = (load: PlannedLoad) => `loaded in ${combinationOf(load.combinations[0]!).name}`;
const loadKey = (load: PlannedLoad) => `${loadTitle(load)} ${load.urlPath}`;

/** True when a test below `task` will run: `-t`, `.only` and `.skip` mark the others skipped. */
function willRun(task: RunnerTask): boolean {
  if (task.type === 'suite') return task.tasks.some(willRun);
  return task.mode === 'run' || task.mode === 'only';
}

/** The loads whose tests will run, so `-t '^/centri/ '` loads only the centres page. */
function loadsToRun(file: RunnerTask): Set<string> {
  const keys = new Set<string>();
  const suites = file.type === 'suite' ? file.tasks : [];
  for (const page of plan) {
    const pageSuite = suites.find((task) => task.type === 'suite' && task.name === page.urlPath);
    for (const load of page.loads) {
      const loadSuite = pageSuite?.type === 'suite' ? pageSuite.tasks.find((task) => task.name === loadTitle(load)) : undefined;
      if (loadSuite && willRun(loadSuite)) keys.add(loadKey(load));
    }
  }
  return keys;
}

// eslint-disable-next-line no-empty-pattern -- vitest reads fixtures from the first parameter, which must be a destructuring pattern
beforeAll(async ({}, file) => {
  const rules = readHeadersFile(path.join(distDir, '_headers'));
  server = await startServer(distDir, (urlPath) => headersFor(rules, urlPath));
  browser = await launchBrowser(inject('chromiumPath'));
  const inspector = await createInspector(browser, server.baseUrl, LAYOUT_OF.desktop);
  const limit = createLimit(pageConcurrency());
  const wanted = loadsToRun(file);
  // Queued up front in the order the tests read them, so a few pages load while the tests assert on the ones done.
  for (const load of plan.flatMap((page) => page.loads)) {
    if (!wanted.has(loadKey(load))) continue;
    const report = limit(() => inspector.inspect(load.urlPath, load.expectedStatus, load.combinations.map(combinationOf)));
    report.catch(() => undefined); // the load's own tests report the failure; it is not unhandled
    reports.set(loadKey(load), report);
  }
});

afterAll(async () => {
  // Wait for loads still running (when a test failed early) before closing what they use.
  await Promise.allSettled(reports.values());
  await browser?.close();
  if (server) await stopServer(server);
});

/** A list in a failure message, one item a line. */
const listed = (items: string[]) => items.map((item) => `  - ${item}`).join('\n');

describe(`the page sweep (${mode})`, () => {
  it('has pages to check', () => {
    expect(plan.length, 'pages planned').toBeGreaterThan(mode === 'changed' || mode === 'rest' ? 0 : 10);
  });
});

describe.each(plan.map((page) => [page.urlPath, page] as const))('%s', (_urlPath, page) => {
  describe.each(page.loads.map((load) => [loadTitle(load), load] as const))('%s', (_title, load) => {
    let loadReports: PageReport[];
    beforeAll(async () => {
      loadReports = await reports.get(loadKey(load))!;
    });

    it(`loads cleanly (${page.type}): answers ${load.expectedStatus}, every resource succeeds, nothing from another host, no policy violation, no console error`, () => {
      // Every report of a load holds the whole load's record (from the first request to the last check); the last has it all.
      const report = loadReports.at(-1)!;
      const problems = [
        ...(report.documentStatus === load.expectedStatus ? [] : [`status ${report.documentStatus}, expected ${load.expectedStatus}`]),
        ...report.failedRequests.map((text) => `failed request: ${text}`),
        ...report.errorResponses.map((text) => `error response: ${text}`),
        ...report.foreignRequests.map((text) => `request to another host: ${text}`),
        ...report.cspViolations.map((text) => `Content-Security-Policy violation: ${text}`),
        ...report.consoleErrors.map((text) => `console error: ${text}`),
        ...report.pageErrors.map((text) => `page error: ${text}`),
      ];
      expect(problems, `problems on ${report.url} (${loadTitle(load)}):\n${listed(problems)}`).toEqual([]);
    });

    describe.each(load.combinations.map((planned, index) => [combinationOf(planned).name, planned, index] as const))(
      'in %s',
      (name, planned, index) => {
        it('has no WCAG 2.2 A/AA violations that axe-core can find', () => {
          const report = loadReports[index]!;
          const message = `axe-core found ${report.axeViolations.length} violation(s) on ${report.url} (${name}):\n${formatAxeViolations(report.axeViolations)}`;
          // The count, not the list: the formatted message says everything, a JSON diff only adds noise.
          expect(report.axeViolations.length, message).toBe(0);
        });

        if (LAYOUT_OF[planned.layout].mustNotScrollHorizontally) {
          it(`fits ${LAYOUT_OF[planned.layout].viewport.width}px without horizontal scrolling`, () => {
            const { scrollWidth, clientWidth, overflowingElements } = loadReports[index]!.overflow;
            const message = `${loadReports[index]!.url} is ${scrollWidth}px wide in a ${clientWidth}px viewport; innermost elements past the edge:\n${listed(overflowingElements)}`;
            expect(scrollWidth, message).toBeLessThanOrEqual(clientWidth);
          });
        }
      },
    );
  });
});
