/**
 * Content-Security-Policy violations as the browser reports them, for any server: the test server
 * with public/_headers (tests/e2e/csp.test.ts) and nginx with deploy/nginx/ (tests/e2e/nginx.test.ts).
 */
import type { Browser, Page } from 'playwright-core';

/** How long late scripts (islands, search) get to run and report after `load` and the action. */
const SETTLE_MS = 150;

/**
 * Opens a page in a fresh context, runs `act` on it, and returns every CSP violation reported,
 * by the `securitypolicyviolation` event and by the console.
 */
export async function cspViolations(browser: Browser, url: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  try {
    await page.goto(url, { waitUntil: 'load' });
    await act?.(page);
    await page.waitForTimeout(SETTLE_MS);
  } finally {
    await context.close();
  }
  return violations;
}

/** Waits for the search page's fourth result link: Pagefind's script, WebAssembly and index all ran. */
export async function waitForSearchResults(page: Page): Promise<void> {
  await page.locator('main a[href^="/"]').nth(3).waitFor({ timeout: 15_000 });
}
