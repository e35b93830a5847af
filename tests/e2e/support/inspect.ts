/**
 * Visits one page in a fresh browser context and records everything the page checks assert on,
 * so each check is a plain assertion over a report and a failure message can show all of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, ConsoleMessage, Page, Request } from 'playwright-core';

/** A viewport plus colour scheme that pages are tested in. */
export interface Combination {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** Horizontal scrolling is only a failure on the narrow screen the layout must fit. */
  mustNotScrollHorizontally: boolean;
}

/** Two combinations per page keep the run short while covering both layouts and both themes. */
export const COMBINATIONS: Combination[] = [
  { name: 'desktop 1280×800, light', viewport: { width: 1280, height: 800 }, colorScheme: 'light', mustNotScrollHorizontally: false },
  { name: 'mobile 360×740, dark', viewport: { width: 360, height: 740 }, colorScheme: 'dark', mustNotScrollHorizontally: true },
];

/** WCAG 2.0, 2.1 and 2.2, levels A and AA: the level the site promises. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export interface AxeViolationNode {
  target: string;
  html: string;
  failureSummary: string;
}

export interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: AxeViolationNode[];
}

export interface HorizontalOverflow {
  scrollWidth: number;
  clientWidth: number;
  /** The innermost elements reaching past the right edge, to say what to fix. */
  overflowingElements: string[];
}

export interface PageReport {
  url: string;
  documentStatus: number | undefined;
  foreignRequests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  errorResponses: string[];
  lang: string | null;
  h1Count: number;
  overflow: HorizontalOverflow;
  axeViolations: AxeViolation[];
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * True for http(s) and WebSocket URLs on any host but the test server: the site must work
 * with no third-party requests at all (privacy, and our machines have no internet).
 */
export function isForeignUrl(url: string, allowedHost: string): boolean {
  const { protocol, host } = new URL(url);
  return ['http:', 'https:', 'ws:', 'wss:'].includes(protocol) && host !== allowedHost;
}

/** "GET http://…" — short enough for a failure list. */
function describeRequest(request: Request): string {
  return `${request.method()} ${request.url()}`;
}

/** Console text with where it came from, because "Uncaught TypeError" alone is no help. */
function describeConsoleMessage(message: ConsoleMessage): string {
  const { url, lineNumber } = message.location();
  return url ? `${message.text()} (at ${url}:${lineNumber + 1})` : message.text();
}

/**
 * Chromium logs "Failed to load resource … 404" for the 404 page's own document; that status
 * is the point of the page, so only that one message is forgiven.
 */
function isExpectedDocumentStatusMessage(message: ConsoleMessage, documentUrl: string, expectedStatus: number): boolean {
  return (
    expectedStatus >= 400 &&
    message.location().url === documentUrl &&
    message.text().startsWith(`Failed to load resource: the server responded with a status of ${expectedStatus}`)
  );
}

/** Runs axe-core in the page and keeps only what a failure message needs. */
async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  const results = await page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
    return axe.run(document, runOptions);
  }, options);
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact ?? 'unknown',
    help: violation.help,
    helpUrl: violation.helpUrl,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map((selector) => (Array.isArray(selector) ? selector.join(' >>> ') : String(selector))).join(' '),
      html: node.html,
      failureSummary: node.failureSummary ?? '',
    })),
  }));
}

/** Measures horizontal overflow and names the innermost elements that cause it. */
async function measureHorizontalOverflow(page: Page): Promise<HorizontalOverflow> {
  // Inline callbacks only: a named inner function would carry tsx's `__name` helper into the page.
  return page.evaluate(() => {
    const root = document.documentElement;
    const clientWidth = root.clientWidth;
    const overflowing = new Set(
      root.scrollWidth > clientWidth
        ? [...document.body.querySelectorAll('*')].filter((element) => element.getBoundingClientRect().right > clientWidth + 0.5)
        : [],
    );
    const innermost = [...overflowing].filter((element) => ![...element.children].some((child) => overflowing.has(child)));
    const overflowingElements = innermost.slice(0, 8).map((element) => {
      const rect = element.getBoundingClientRect();
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].slice(0, 3).map((name) => `.${name}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes} (right edge ${Math.round(rect.right)}px, width ${Math.round(rect.width)}px)`;
    });
    return { scrollWidth: root.scrollWidth, clientWidth, overflowingElements };
  });
}

/**
 * Opens `urlPath` in a new context with the given viewport and colour scheme, blocks (and
 * records) requests to other hosts, waits for the network to settle, and reports.
 */
export async function inspectPage(
  browser: Browser,
  baseUrl: string,
  urlPath: string,
  combination: Combination,
  expectedStatus: number,
): Promise<PageReport> {
  const allowedHost = new URL(baseUrl).host;
  const documentUrl = new URL(urlPath, baseUrl).href;
  const context = await browser.newContext({ viewport: combination.viewport, colorScheme: combination.colorScheme });
  const report: PageReport = {
    url: documentUrl,
    documentStatus: undefined,
    foreignRequests: [],
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    errorResponses: [],
    lang: null,
    h1Count: 0,
    overflow: { scrollWidth: 0, clientWidth: 0, overflowingElements: [] },
    axeViolations: [],
  };
  try {
    await context.route((url) => isForeignUrl(url.href, allowedHost), (route) => route.abort('blockedbyclient'));
    const page = await context.newPage();
    const foreignRequests = new Set<string>(); // Chromium may ask twice (preload scanner, then parser)
    const errorResponseUrls = new Set<string>();
    page.on('request', (request) => {
      if (isForeignUrl(request.url(), allowedHost)) foreignRequests.add(describeRequest(request));
    });
    page.on('websocket', (socket) => {
      if (isForeignUrl(socket.url(), allowedHost)) foreignRequests.add(`WebSocket ${socket.url()}`);
    });
    page.on('requestfailed', (request) => {
      if (isForeignUrl(request.url(), allowedHost)) return; // already reported as foreign
      // Chromium also cancels a script that answered 404; the status says more than "aborted".
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && errorResponseUrls.has(request.url())) return;
      report.failedRequests.push(`${describeRequest(request)}: ${request.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', (response) => {
      const isDocumentItself = response.url() === documentUrl && response.request().isNavigationRequest();
      if (response.status() >= 400 && !(isDocumentItself && response.status() === expectedStatus)) {
        errorResponseUrls.add(response.url());
        report.errorResponses.push(`${response.status()} ${describeRequest(response.request())}`);
      }
    });
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (isExpectedDocumentStatusMessage(message, documentUrl, expectedStatus)) return;
      // A blocked third-party request logs an error too; it is reported once, as a foreign request.
      if (message.location().url && isForeignUrl(message.location().url, allowedHost)) return;
      report.consoleErrors.push(describeConsoleMessage(message));
    });
    page.on('pageerror', (error) => report.pageErrors.push(error.stack ?? String(error)));

    const response = await page.goto(documentUrl, { waitUntil: 'networkidle' });
    report.documentStatus = response?.status();
    report.lang = await page.evaluate(() => document.documentElement.getAttribute('lang'));
    report.h1Count = await page.locator('h1').count();
    report.overflow = await measureHorizontalOverflow(page);
    report.axeViolations = await runAxe(page);
    report.foreignRequests = [...foreignRequests];
  } finally {
    await context.close();
  }
  return report;
}

/** Readable list of axe violations with what to fix and where. */
export function formatAxeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .map((node) => `    - ${node.target}\n      ${node.html}\n      ${node.failureSummary.replace(/\n/g, '\n      ')}`)
        .join('\n');
      return `  ${violation.id} (${violation.impact}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}`;
    })
    .join('\n');
}
