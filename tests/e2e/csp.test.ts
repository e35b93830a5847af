/**
 * The site served with its own security headers (public/_headers, as a static host sends them):
 * the policy is strict, and a search (Pagefind's script, WebAssembly and index) runs under it.
 * That no page breaks the policy is checked on every visit of tests/e2e/pages.test.ts, which
 * serves the site the same way, so the pages are not opened a second time here. Every page
 * carries the policy in its <meta> too, for hosts that send no headers. The same browser check
 * runs behind nginx in tests/e2e/nginx.test.ts.
 */
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { metaContentSecurityPolicy } from '../../src/lib/security-policy';
import { launchBrowser } from '../../tools/harness/browser';
import { cspViolations, waitForSearchResults } from './support/csp';
import { headersFor, readHeadersFile } from './support/headers';
import { attributeValue, readDocument } from '../../tools/harness/html';
import { discoverHtmlDocuments, discoverPages } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';

const rules = readHeadersFile(path.join(distDir, '_headers'));
const pages = discoverPages()
  .map((page) => page.urlPath)
  .filter((urlPath) => !urlPath.startsWith('/admin/'));
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
  server = await startServer(distDir, (urlPath) => headersFor(rules, urlPath));
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

/** Opens a page of the test server and collects every CSP violation the browser reports. */
const visit = (urlPath: string, act?: Parameters<typeof cspViolations>[2]) =>
  cspViolations(browser, new URL(urlPath, server.baseUrl).href, act);

describe('Content-Security-Policy', () => {
  it('is strict: no unsafe-inline or unsafe-eval for scripts, nothing from other hosts', () => {
    const csp = headersFor(rules, '/')['content-security-policy'] ?? '';
    const scripts = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scripts).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(headersFor(rules, '/')['x-content-type-options']).toBe('nosniff');
  });

  it('lets the search run (WebAssembly index) with no violation', async () => {
    const searchPath = pages.find((urlPath) => urlPath === '/iskanje/');
    expect(searchPath, 'the search page exists').toBeDefined();
    const violations = await visit(`${searchPath}?q=prostovoljstvo`, waitForSearchResults);
    expect(violations).toEqual([]);
  });
});

describe('the policy in every page', () => {
  it.each(discoverHtmlDocuments().filter((document) => !document.urlPath.startsWith('/admin/')))(
    '$urlPath carries it before any script or stylesheet',
    async ({ file }) => {
      const { root } = await readDocument(distDir, file);
      // A <meta> policy applies to what comes after it; only <meta charset> may come first.
      const first = root.querySelector('head')?.childElements.find((element) => attributeValue(element, 'charset') === null);
      expect(first && attributeValue(first, 'http-equiv')).toBe('Content-Security-Policy');
      expect(first && attributeValue(first, 'content')).toBe(metaContentSecurityPolicy());
    },
  );

  it('is the header without frame-ancestors, which only a header can carry', () => {
    expect(headersFor(rules, '/')['content-security-policy']).toBe(`${metaContentSecurityPolicy()}; frame-ancestors 'none'`);
  });
});
