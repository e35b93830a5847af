/**
 * Every built page, plus the 404 page, in four combinations (desktop and 360 px mobile, each in
 * light and dark): accessible (axe, WCAG 2.2 AA), self-contained (no other hosts), error-free,
 * within its Content-Security-Policy, and structurally sound. The site is served with its own
 * headers (public/_headers, as a static host sends them), so the policy checked is the header's.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, type RunnerTask } from 'vitest';
import { launchBrowser } from '../../tools/harness/browser';
import { headersFor, readHeadersFile } from './support/headers';
import {
  COMBINATIONS,
  combinationsOf,
  createInspector,
  formatAxeViolations,
  LAYOUTS,
  type Combination,
  type PageReport,
} from './support/inspect';
import { createLimit, pageConcurrency } from './support/limit';
import { discoverPages, MISSING_URL_PATH } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';

interface PageCase {
  label: string;
  urlPath: string;
  expectedStatus: number;
}

/** Discovered synchronously at load time: vitest collects tests before any hook runs. */
const pageCases: PageCase[] = [
  ...discoverPages().map((page) => ({ label: page.urlPath, urlPath: page.urlPath, expectedStatus: 200 })),
  { label: `the 404 page (at the missing URL ${MISSING_URL_PATH})`, urlPath: MISSING_URL_PATH, expectedStatus: 404 },
];

let browser: Browser;
let server: StaticServer;
/** One report per page and combination, keyed by reportKey; each visit starts as soon as a slot is free. */
const reports = new Map<string, Promise<PageReport>>();

const reportKey = (urlPath: string, combination: Combination) => `${combination.name} ${urlPath}`;

const pageSuiteTitle = (pageCase: PageCase) => pageCase.label;
const combinationSuiteTitle = (combination: Combination) => `in ${combination.name}`;

/** True when a test below `task` will run: `-t`, `.only` and `.skip` mark the others skipped. */
function willRun(task: RunnerTask): boolean {
  if (task.type === 'suite') return task.tasks.some(willRun);
  return task.mode === 'run' || task.mode === 'only';
}

/** Keys of the visits whose tests will run, so `-t /centri/` visits only the centres page. */
function visitsToRun(file: RunnerTask): Set<string> {
  const keys = new Set<string>();
  const suites = file.type === 'suite' ? file.tasks : [];
  for (const pageCase of pageCases) {
    const pageSuite = suites.find((task) => task.type === 'suite' && task.name === pageSuiteTitle(pageCase));
    for (const combination of COMBINATIONS) {
      const combinationSuite =
        pageSuite?.type === 'suite' ? pageSuite.tasks.find((task) => task.name === combinationSuiteTitle(combination)) : undefined;
      if (combinationSuite && willRun(combinationSuite)) keys.add(reportKey(pageCase.urlPath, combination));
    }
  }
  return keys;
}

/**
 * Queues every visit up front, in the order the tests read them, so a few pages load and run
 * axe in parallel while the tests assert on the ones already done. One visit per page and
 * layout checks both colour schemes.
 */
// eslint-disable-next-line no-empty-pattern -- vitest reads fixtures from the first parameter, which must be a destructuring pattern
beforeAll(async ({}, file) => {
  const rules = readHeadersFile(path.join(distDir, '_headers'));
  server = await startServer(distDir, (urlPath) => headersFor(rules, urlPath));
  browser = await launchBrowser(inject('chromiumPath'));
  const inspectors = await Promise.all(LAYOUTS.map((layout) => createInspector(browser, server.baseUrl, layout)));
  const limit = createLimit(pageConcurrency());
  const wanted = visitsToRun(file);
  for (const { urlPath, expectedStatus } of pageCases) {
    for (const inspector of inspectors) {
      const combinations = combinationsOf(inspector.layout);
      if (!combinations.some((combination) => wanted.has(reportKey(urlPath, combination)))) continue;
      const visit = limit(() => inspector.inspect(urlPath, expectedStatus));
      combinations.forEach((combination, index) => {
        const report = visit.then((all) => all[index]!);
        report.catch(() => undefined); // the page's own tests report the failure; it is not unhandled
        reports.set(reportKey(urlPath, combination), report);
      });
    }
  }
});

afterAll(async () => {
  // Wait for visits still running (when a test failed early) before closing what they use.
  await Promise.allSettled(reports.values());
  await browser?.close();
  if (server) await stopServer(server);
});

/** A list in a failure message, one item a line. */
function listed(items: string[]): string {
  return items.map((item) => `  - ${item}`).join('\n');
}

describe.each(pageCases.map((pageCase) => [pageSuiteTitle(pageCase), pageCase] as const))('%s', (_title, { urlPath, expectedStatus }) => {
  describe.each(COMBINATIONS.map((combination) => [combinationSuiteTitle(combination), combination] as const))(
    '%s',
    (_title, combination) => {
      let report: PageReport;

      beforeAll(async () => {
        report = await reports.get(reportKey(urlPath, combination))!;
      });

      it('has no WCAG 2.2 A/AA violations that axe-core can find', () => {
        const message = `axe-core found ${report.axeViolations.length} violation(s) on ${report.url} (${combination.name}):\n${formatAxeViolations(report.axeViolations)}`;
        // The count, not the list: the formatted message says everything, a JSON diff only adds noise.
        expect(report.axeViolations.length, message).toBe(0);
      });

      it('requests nothing from any host but the site itself', () => {
        expect(report.foreignRequests, `requests to other hosts from ${report.url}:\n${listed(report.foreignRequests)}`).toEqual([]);
      });

      it('breaks no rule of its Content-Security-Policy', () => {
        expect(report.cspViolations, `Content-Security-Policy violations on ${report.url}:\n${listed(report.cspViolations)}`).toEqual([]);
      });

      it('logs no console errors and throws no page errors', () => {
        const problems = [
          ...report.consoleErrors.map((text) => `console error: ${text}`),
          ...report.pageErrors.map((text) => `page error: ${text}`),
        ];
        expect(problems, `errors on ${report.url}:\n${listed(problems)}`).toEqual([]);
      });

      it(`answers ${expectedStatus} and every resource it loads succeeds`, () => {
        expect(report.documentStatus, `status of ${report.url}`).toBe(expectedStatus);
        const problems = [...report.failedRequests, ...report.errorResponses];
        expect(problems, `failed requests from ${report.url}:\n${listed(problems)}`).toEqual([]);
      });

      it('declares its language on <html lang>', () => {
        expect(report.lang?.trim(), `<html lang> of ${report.url}`).toBeTruthy();
      });

      it('has exactly one <h1>', () => {
        expect(report.h1Count, `number of <h1> on ${report.url}`).toBe(1);
      });

      if (combination.mustNotScrollHorizontally) {
        it(`fits ${combination.viewport.width}px without horizontal scrolling`, () => {
          const { scrollWidth, clientWidth, overflowingElements } = report.overflow;
          const message = `${report.url} is ${scrollWidth}px wide in a ${clientWidth}px viewport; innermost elements past the edge:\n${listed(overflowingElements)}`;
          expect(scrollWidth, message).toBeLessThanOrEqual(clientWidth);
        });
      }
    },
  );
});
