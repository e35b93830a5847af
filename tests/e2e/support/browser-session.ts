/**
 * The browser set-up most browser test files share: one Chromium for the file, launched before
 * its tests and closed after them, and a fresh context per test, closed after each test so no
 * cookie, storage or clock carries over. Call at the top level of a test file.
 */
import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { launchBrowser } from '../../../tools/harness/browser';

export interface BrowserSession {
  /** A new context for this test, closed when the test ends. */
  newContext: (options?: BrowserContextOptions) => Promise<BrowserContext>;
  /** The file's Chromium, once the file's tests have started. */
  browser: () => Browser;
}

export function useBrowserSession(): BrowserSession {
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser(inject('chromiumPath'));
  });
  afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  const started = (): Browser => {
    if (!browser) throw new Error('useBrowserSession: the browser starts in beforeAll; use it inside tests and hooks.');
    return browser;
  };
  return {
    browser: started,
    newContext: async (options) => {
      const context = await started().newContext(options);
      contexts.push(context);
      return context;
    },
  };
}
