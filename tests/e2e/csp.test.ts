/**
 * The site served with its own security headers (public/_headers, as a static host sends them):
 * no page breaks its Content-Security-Policy, and the live islands (search, opening hours,
 * project status) still work under it.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { headersFor, readHeadersFile } from './support/headers';
import { discoverPages } from './support/pages';
import { distDir } from './support/paths';
import { startServer, stopServer, type StaticServer } from './support/server';

const rules = readHeadersFile(path.join(distDir, '_headers'));
const pages = discoverPages().map((page) => page.urlPath).filter((urlPath) => !urlPath.startsWith('/admin/'));
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

/** Opens a page and collects every CSP violation the browser reports, by event and by console. */
async function visit(urlPath: string, act?: (page: Page) => Promise<void>): Promise<string[]> {
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
    await page.goto(new URL(urlPath, server.baseUrl).href, { waitUntil: 'load' });
    await act?.(page);
    // Give late scripts (islands, search) a moment to run and report.
    await page.waitForTimeout(150);
  } finally {
    await context.close();
  }
  return violations;
}

describe('Content-Security-Policy', () => {
  it('is strict: no unsafe-inline or unsafe-eval for scripts, nothing from other hosts', () => {
    const csp = headersFor(rules, '/')['content-security-policy'] ?? '';
    const scripts = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scripts).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:|\*/);
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(headersFor(rules, '/')['x-content-type-options']).toBe('nosniff');
  });

  it.each(pages)('%s loads with no violation', async (urlPath) => {
    expect(await visit(urlPath)).toEqual([]);
  });

  it('lets the search run (WebAssembly index) with no violation', async () => {
    const searchPath = pages.find((urlPath) => urlPath === '/iskanje/');
    expect(searchPath, 'the search page exists').toBeDefined();
    const violations = await visit(`${searchPath}?q=prostovoljstvo`, async (page) => {
      await page.locator('main a[href^="/"]').nth(3).waitFor({ timeout: 15_000 });
    });
    expect(violations).toEqual([]);
  });
});

describe('the nginx policy in README.md', () => {
  it('is the same Content-Security-Policy as public/_headers', () => {
    const readme = readFileSync(path.join(distDir, '..', 'README.md'), 'utf8');
    const nginxPolicy = /location \/ \{[\s\S]*?add_header Content-Security-Policy "([^"]+)"/.exec(readme)?.[1];
    expect(nginxPolicy).toBe(headersFor(rules, '/')['content-security-policy']);
    // The editor page carries its own policy for its Git host; neither host config adds one there.
    const adminBlock = /location \/admin\/ \{[\s\S]*?\n  \}/.exec(readme)?.[0] ?? '';
    expect(adminBlock).toContain('X-Robots-Tag');
    expect(adminBlock).not.toContain('Content-Security-Policy "');
    expect(headersFor(rules, '/admin/')['content-security-policy']).toBeUndefined();
  });
});
