/**
 * Visits one page in a browser context prepared for one combination (viewport and colour
 * scheme) and records everything the page checks assert on, so each check is a plain assertion
 * over a report and a failure message can show all of it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Browser, ConsoleMessage, Page, Request, Response, WebSocket } from 'playwright-core';

/** A screen the pages are laid out for. */
export interface Layout {
  name: string;
  viewport: { width: number; height: number };
  /** Horizontal scrolling is only a failure on the narrow screen the layout must fit. */
  mustNotScrollHorizontally: boolean;
}

/** A layout in one colour scheme: what pages are tested in. */
export interface Combination extends Layout {
  layout: Layout;
  colorScheme: 'light' | 'dark';
}

export const LAYOUTS: Layout[] = [
  { name: 'desktop 1280×800', viewport: { width: 1280, height: 800 }, mustNotScrollHorizontally: false },
  { name: 'mobile 360×740', viewport: { width: 360, height: 740 }, mustNotScrollHorizontally: true },
];

export const COLOR_SCHEMES = ['light', 'dark'] as const;

/** A layout's combinations, light first: the order one visit checks them in. */
export const combinationsOf = (layout: Layout): Combination[] =>
  COLOR_SCHEMES.map((colorScheme) => ({ ...layout, name: `${layout.name}, ${colorScheme}`, layout, colorScheme }));

/**
 * Both layouts in both themes: contrast, hidden or reflowed content and theme-dependent
 * resources differ between all four, so every page is checked in each.
 */
export const COMBINATIONS: Combination[] = LAYOUTS.flatMap(combinationsOf);

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
  /** Content-Security-Policy violations, from the `securitypolicyviolation` event and the console. */
  cspViolations: string[];
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
  // Once per page load: the second colour scheme reuses the copy the first one loaded.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
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

/** Console text that reports a Content-Security-Policy violation (Chromium's own, or the event's below). */
const CSP_MESSAGE = /Content[- ]Security[- ]Policy|^Refused to /i;

/**
 * Runs in every page before its own scripts. It reports each Content-Security-Policy violation on
 * the console (the event catches those Chromium does not log itself), and notes whether a script
 * asked for the colour scheme or the size of the screen: such a page may draw itself differently
 * when loaded dark or narrow, so it is loaded again for that check instead of being switched
 * (see `visit`).
 */
function pageProbe(): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    console.error(`Content-Security-Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
  });
  const matchMedia = window.matchMedia.bind(window);
  window.matchMedia = (query: string) => {
    if (/prefers-color-scheme/.test(query)) Object.assign(window, { probeReadColorScheme: true });
    if (/width|height|orientation|aspect-ratio/.test(query)) Object.assign(window, { probeReadViewport: true });
    return matchMedia(query);
  };
}

/** Checks pages in both colour schemes of one layout; `inspect` may be called concurrently. */
export interface Inspector {
  layout: Layout;
  /**
   * One report per combination, in the order given (default: the layout's, `combinationsOf(layout)`).
   * The page is loaded once, in the first; see `visit` for how it moves to the others.
   */
  inspect: (urlPath: string, expectedStatus: number, combinations?: readonly Combination[]) => Promise<PageReport[]>;
  close: () => Promise<void>;
}

/**
 * One browser context per layout, and its tabs reused from page to page the way a visitor
 * clicks through the site: a new context or tab costs as much as the visit itself, and a reused
 * tab keeps axe-core compiled. Requests to other hosts go to a proxy that is not there, so they
 * fail without leaving the machine (each visit records them); loopback, the test server, is never
 * proxied. The HTTP cache is off, so every visit really loads every resource it uses.
 * (Playwright's request routing would do the same, but sends every request through Node: a
 * quarter of the run's CPU time.)
 */
export async function createInspector(browser: Browser, baseUrl: string, layout: Layout): Promise<Inspector> {
  const context = await browser.newContext({
    viewport: layout.viewport,
    colorScheme: 'light',
    // Port 9 (discard) on loopback: nothing listens, so a proxied request fails at once. The
    // test server on loopback is reached directly.
    proxy: { server: 'http://127.0.0.1:9', bypass: new URL(baseUrl).hostname },
  });
  await context.addInitScript(pageProbe);
  const idleTabs: Page[] = [];
  const newTab = async () => {
    const tab = await context.newPage();
    const session = await context.newCDPSession(tab);
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    return tab;
  };
  return {
    layout,
    inspect: async (urlPath, expectedStatus, combinations = combinationsOf(layout)) => {
      const tab = idleTabs.pop() ?? (await newTab());
      const { reports, tabIsClean } = await visit(tab, baseUrl, urlPath, expectedStatus, combinations).catch(async (error: unknown) => {
        await tab.close().catch(() => undefined);
        throw error;
      });
      // A tab with requests still in flight would report their cancellation on the next visit.
      if (tabIsClean) idleTabs.push(tab);
      else await tab.close();
      return reports;
    },
    close: () => context.close(),
  };
}

/** What one load of a page shows the checks that do not depend on the colour scheme. */
interface LoadRecord {
  documentStatus: number | undefined;
  foreignRequests: Set<string>;
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  errorResponses: string[];
  cspViolations: string[];
}

/**
 * Loads `urlPath` in `tab` in the first combination and checks it in each. The colour scheme and
 * the width are switched on the loaded page, the way a visitor's system setting or a turned phone
 * switches them: the theme and the layout are CSS, so the page then is what a dark or narrow load
 * draws, and the load is not paid again. A page whose script asked for the colour scheme or the
 * size of the screen is loaded again instead. The checks that watch the network and the console
 * cover everything from the first request to the last check, so each combination's report holds
 * all of it.
 */
async function visit(
  tab: Page,
  baseUrl: string,
  urlPath: string,
  expectedStatus: number,
  combinations: readonly Combination[],
): Promise<{ reports: PageReport[]; tabIsClean: boolean }> {
  const allowedHost = new URL(baseUrl).host;
  const documentUrl = new URL(urlPath, baseUrl).href;
  const record: LoadRecord = {
    documentStatus: undefined,
    foreignRequests: new Set<string>(), // Chromium may ask twice (preload scanner, then parser)
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    errorResponses: [],
    cspViolations: [],
  };
  const errorResponseUrls = new Set<string>();
  // Only requests this visit made: one the previous page in this tab left behind is not ours.
  const ownRequests = new Set<Request>();
  const network = watchNetwork(tab);
  const checks = listen(tab, {
    request: (request) => {
      ownRequests.add(request);
      if (isForeignUrl(request.url(), allowedHost)) record.foreignRequests.add(describeRequest(request));
    },
    websocket: (socket) => {
      if (isForeignUrl(socket.url(), allowedHost)) record.foreignRequests.add(`WebSocket ${socket.url()}`);
    },
    requestfailed: (request) => {
      if (!ownRequests.has(request)) return;
      if (isForeignUrl(request.url(), allowedHost)) return; // already reported as foreign
      // Chromium also cancels a script that answered 404; the status says more than "aborted".
      if (request.failure()?.errorText === 'net::ERR_ABORTED' && errorResponseUrls.has(request.url())) return;
      record.failedRequests.push(`${describeRequest(request)}: ${request.failure()?.errorText ?? 'failed'}`);
    },
    response: (response) => {
      if (!ownRequests.has(response.request())) return;
      const isDocumentItself = response.url() === documentUrl && response.request().isNavigationRequest();
      if (response.status() >= 400 && !(isDocumentItself && response.status() === expectedStatus)) {
        errorResponseUrls.add(response.url());
        record.errorResponses.push(`${response.status()} ${describeRequest(response.request())}`);
      }
    },
    console: (message) => {
      if (message.type() !== 'error') return;
      if (isExpectedDocumentStatusMessage(message, documentUrl, expectedStatus)) return;
      // A blocked third-party request logs an error too; it is reported once, as a foreign request.
      if (message.location().url && isForeignUrl(message.location().url, allowedHost)) return;
      if (CSP_MESSAGE.test(message.text())) record.cspViolations.push(describeConsoleMessage(message));
      else record.consoleErrors.push(describeConsoleMessage(message));
    },
    pageerror: (error) => record.pageErrors.push(error.stack ?? String(error)),
  });
  const load = async (combination: Combination) => {
    await tab.setViewportSize(combination.viewport);
    await tab.emulateMedia({ colorScheme: combination.colorScheme });
    const response = await tab.goto(documentUrl, { waitUntil: 'load' });
    await network.settled();
    record.documentStatus ??= response?.status();
  };
  try {
    const checked: Array<Omit<PageReport, keyof LoadRecord | 'url'>> = [];
    let current: Combination | undefined;
    for (const combination of combinations) {
      const widthChanges = current !== undefined && current.viewport.width !== combination.viewport.width;
      const schemeChanges = current !== undefined && current.colorScheme !== combination.colorScheme;
      const mustReload =
        current === undefined ||
        (schemeChanges && (await tab.evaluate(() => 'probeReadColorScheme' in window))) ||
        (widthChanges && (await tab.evaluate(() => 'probeReadViewport' in window)));
      if (mustReload) await load(combination);
      else {
        // The way a visitor's system setting or a turned phone changes them: the theme and the layout are CSS.
        if (widthChanges) await tab.setViewportSize(combination.viewport);
        if (schemeChanges) await tab.emulateMedia({ colorScheme: combination.colorScheme });
        await tab.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
        await network.settled(); // a resource only this scheme or width uses
      }
      current = combination;
      checked.push({
        lang: await tab.evaluate(() => document.documentElement.getAttribute('lang')),
        h1Count: await tab.locator('h1').count(),
        overflow: await measureHorizontalOverflow(tab),
        axeViolations: await runAxe(tab),
      });
    }
    const reports = checked.map((checks) => ({
      url: documentUrl,
      documentStatus: record.documentStatus,
      foreignRequests: [...record.foreignRequests],
      consoleErrors: [...record.consoleErrors],
      pageErrors: [...record.pageErrors],
      failedRequests: [...record.failedRequests],
      errorResponses: [...record.errorResponses],
      cspViolations: [...record.cspViolations],
      ...checks,
    }));
    return { reports, tabIsClean: network.isQuiet() };
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
