/**
 * Visits one page in a browser context prepared for one combination (viewport and colour
 * scheme) and records everything the page checks assert on, so each check is a plain assertion
 * over a report and a failure message can show all of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, ConsoleMessage, Page, Request, Response, WebSocket } from 'playwright-core';

/** A viewport plus colour scheme that pages are tested in. */
export interface Combination {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
  /** Horizontal scrolling is only a failure on the narrow screen the layout must fit. */
  mustNotScrollHorizontally: boolean;
}

const DESKTOP = { width: 1280, height: 800 };
const MOBILE = { width: 360, height: 740 };

/**
 * Both layouts in both themes: contrast, hidden or reflowed content and theme-dependent
 * resources differ between all four, so every page is loaded and checked in each.
 */
export const COMBINATIONS: Combination[] = [
  { name: 'desktop 1280×800, light', viewport: DESKTOP, colorScheme: 'light', mustNotScrollHorizontally: false },
  { name: 'desktop 1280×800, dark', viewport: DESKTOP, colorScheme: 'dark', mustNotScrollHorizontally: false },
  { name: 'mobile 360×740, light', viewport: MOBILE, colorScheme: 'light', mustNotScrollHorizontally: true },
  { name: 'mobile 360×740, dark', viewport: MOBILE, colorScheme: 'dark', mustNotScrollHorizontally: true },
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
      const classes = [...element.classList]
        .slice(0, 3)
        .map((name) => `.${name}`)
        .join('');
      return `${element.tagName.toLowerCase()}${id}${classes} (right edge ${Math.round(rect.right)}px, width ${Math.round(rect.width)}px)`;
    });
    return { scrollWidth: root.scrollWidth, clientWidth, overflowingElements };
  });
}

/**
 * A page counts as settled once no request has been in flight for this long after `load`.
 * Shorter than Playwright's `networkidle` (500 ms), which would dominate the run; requests that
 * start later are still recorded while axe runs, because the listeners stay on until the end.
 */
const SETTLE_QUIET_MS = 200;
/** A page that never settles (a request that hangs) is checked anyway after this long. */
const SETTLE_LIMIT_MS = 10_000;

/** Page events with the handlers of one visit; `off` removes them all before the tab is reused. */
interface PageListeners {
  request?: (request: Request) => void;
  requestfinished?: (request: Request) => void;
  requestfailed?: (request: Request) => void;
  response?: (response: Response) => void;
  websocket?: (socket: WebSocket) => void;
  console?: (message: ConsoleMessage) => void;
  pageerror?: (error: Error) => void;
}

function listen(page: Page, listeners: PageListeners): { off: () => void } {
  // Playwright types `on` per event name; the pairs above match it, which a loop cannot express.
  const entries = Object.entries(listeners) as Array<['request', (payload: Request) => void]>;
  for (const [event, handler] of entries) page.on(event, handler);
  return { off: () => entries.forEach(([event, handler]) => page.off(event, handler)) };
}

/** Counts requests in flight, to know when the page has settled and whether the tab is clean to reuse. */
function watchNetwork(page: Page): { settled: () => Promise<void>; isQuiet: () => boolean; off: () => void } {
  const inFlight = new Set<Request>();
  let lastChangeAt = Date.now();
  const started = (request: Request) => {
    inFlight.add(request);
    lastChangeAt = Date.now();
  };
  const ended = (request: Request) => {
    inFlight.delete(request);
    lastChangeAt = Date.now();
  };
  const { off } = listen(page, { request: started, requestfinished: ended, requestfailed: ended });
  return {
    settled: async () => {
      const giveUpAt = Date.now() + SETTLE_LIMIT_MS;
      while (Date.now() < giveUpAt && (inFlight.size > 0 || Date.now() - lastChangeAt < SETTLE_QUIET_MS)) {
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    isQuiet: () => inFlight.size === 0,
    off,
  };
}

/** Visits pages in one combination; `inspect` may be called concurrently. */
export interface Inspector {
  combination: Combination;
  inspect: (urlPath: string, expectedStatus: number) => Promise<PageReport>;
  close: () => Promise<void>;
}

/**
 * One browser context per combination, and its tabs reused from page to page the way a visitor
 * clicks through the site: a new context or tab costs as much as the visit itself, and a reused
 * tab keeps axe-core compiled. Requests to other hosts are blocked (and each visit records them);
 * routing also turns off the HTTP cache, so every visit really loads every resource it uses.
 */
export async function createInspector(browser: Browser, baseUrl: string, combination: Combination): Promise<Inspector> {
  const allowedHost = new URL(baseUrl).host;
  const context = await browser.newContext({ viewport: combination.viewport, colorScheme: combination.colorScheme });
  await context.route(
    (url) => isForeignUrl(url.href, allowedHost),
    (route) => route.abort('blockedbyclient'),
  );
  const idleTabs: Page[] = [];
  return {
    combination,
    inspect: async (urlPath, expectedStatus) => {
      const tab = idleTabs.pop() ?? (await context.newPage());
      const { report, tabIsClean } = await visit(tab, baseUrl, urlPath, expectedStatus).catch(async (error: unknown) => {
        await tab.close().catch(() => undefined);
        throw error;
      });
      // A tab with requests still in flight would report their cancellation on the next visit.
      if (tabIsClean) idleTabs.push(tab);
      else await tab.close();
      return report;
    },
    close: () => context.close(),
  };
}

/** Loads `urlPath` in `tab`, waits for the network to settle, checks, and reports. */
async function visit(
  tab: Page,
  baseUrl: string,
  urlPath: string,
  expectedStatus: number,
): Promise<{ report: PageReport; tabIsClean: boolean }> {
  const allowedHost = new URL(baseUrl).host;
  const documentUrl = new URL(urlPath, baseUrl).href;
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
  const foreignRequests = new Set<string>(); // Chromium may ask twice (preload scanner, then parser)
  const errorResponseUrls = new Set<string>();
  // Only requests this visit made: one the previous page in this tab left behind is not ours.
  const ownRequests = new Set<Request>();
  const network = watchNetwork(tab);
  const checks = listen(tab, {
    request: (request) => {
      ownRequests.add(request);
      if (isForeignUrl(request.url(), allowedHost)) foreignRequests.add(describeRequest(request));
    },
    websocket: (socket) => {
      if (isForeignUrl(socket.url(), allowedHost)) foreignRequests.add(`WebSocket ${socket.url()}`);
    },
    requestfailed: (request) => {
      if (!ownRequests.has(request)) return;
      if (isForeignUrl(request.url(), allowedHost)) return; // already reported as foreign
      // Chromium also cancels a script that answered 404; the status says more than "aborted".
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && errorResponseUrls.has(request.url())) return;
      report.failedRequests.push(`${describeRequest(request)}: ${request.failure()?.errorText ?? 'failed'}`);
    },
    response: (response) => {
      if (!ownRequests.has(response.request())) return;
      const isDocumentItself = response.url() === documentUrl && response.request().isNavigationRequest();
      if (response.status() >= 400 && !(isDocumentItself && response.status() === expectedStatus)) {
        errorResponseUrls.add(response.url());
        report.errorResponses.push(`${response.status()} ${describeRequest(response.request())}`);
      }
    },
    console: (message) => {
      if (message.type() !== 'error') return;
      if (isExpectedDocumentStatusMessage(message, documentUrl, expectedStatus)) return;
      // A blocked third-party request logs an error too; it is reported once, as a foreign request.
      if (message.location().url && isForeignUrl(message.location().url, allowedHost)) return;
      report.consoleErrors.push(describeConsoleMessage(message));
    },
    pageerror: (error) => report.pageErrors.push(error.stack ?? String(error)),
  });
  try {
    const response = await tab.goto(documentUrl, { waitUntil: 'load' });
    await network.settled();
    report.documentStatus = response?.status();
    report.lang = await tab.evaluate(() => document.documentElement.getAttribute('lang'));
    report.h1Count = await tab.locator('h1').count();
    report.overflow = await measureHorizontalOverflow(tab);
    report.axeViolations = await runAxe(tab);
    report.foreignRequests = [...foreignRequests];
    return { report, tabIsClean: network.isQuiet() };
  } finally {
    checks.off();
    network.off();
  }
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
