/**
 * Every built page, plus the 404 page, in a desktop light and a mobile dark browser: accessible
 * (axe, WCAG 2.2 AA), self-contained (no other hosts), error-free, and structurally sound.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { COMBINATIONS, formatAxeViolations, inspectPage, type PageReport } from './support/inspect';
import { discoverPages, MISSING_URL_PATH } from './support/pages';

interface PageCase {
  label: string;
  urlPath: string;
  expectedStatus: number;
}

const baseUrl = inject('baseUrl');

/** Discovered synchronously at load time: vitest collects tests before any hook runs. */
const pageCases: PageCase[] = [
  ...discoverPages().map((page) => ({ label: page.urlPath, urlPath: page.urlPath, expectedStatus: 200 })),
  { label: `the 404 page (at the missing URL ${MISSING_URL_PATH})`, urlPath: MISSING_URL_PATH, expectedStatus: 404 },
];

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await browser?.close();
});

/** A list in a failure message, one item a line. */
function listed(items: string[]): string {
  return items.map((item) => `  - ${item}`).join('\n');
}

describe.each(pageCases.map((pageCase) => [pageCase.label, pageCase] as const))('%s', (_label, { urlPath, expectedStatus }) => {
  describe.each(COMBINATIONS.map((combination) => [combination.name, combination] as const))('in %s', (_name, combination) => {
    let report: PageReport;

    beforeAll(async () => {
      report = await inspectPage(browser, baseUrl, urlPath, combination, expectedStatus);
    });

    it('has no WCAG 2.2 A/AA violations that axe-core can find', () => {
      const message = `axe-core found ${report.axeViolations.length} violation(s) on ${report.url} (${combination.name}):\n${formatAxeViolations(report.axeViolations)}`;
      // The count, not the list: the formatted message says everything, a JSON diff only adds noise.
      expect(report.axeViolations.length, message).toBe(0);
    });

    it('requests nothing from any host but the site itself', () => {
      expect(report.foreignRequests, `requests to other hosts from ${report.url}:\n${listed(report.foreignRequests)}`).toEqual([]);
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
  });
});
