/**
 * The site behind Debian's nginx with the repository's configuration (deploy/nginx/), the way
 * production serves it, and behind the test server with public/_headers, the way Cloudflare Pages
 * does: the same checks on both (types, security headers, caching, precompressed copies, status
 * codes, the 404 page), so the two configurations cannot drift apart. Then the browser's
 * Content-Security-Policy check behind nginx, the editor's sign-in window, and what the
 * precompressed files save a visitor.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CACHE_REVALIDATE } from '../../src/lib/security-policy';
import { launchBrowser } from '../../tools/harness/browser';
import { cspViolations, waitForSearchResults } from './support/csp';
import { headersFor, readHeadersFile } from './support/headers';
import { createLimit, pageConcurrency } from './support/limit';
import { startNginx, stopNginx, type NginxServer } from './support/nginx';
import { discoverPages, firstDetailPage, MISSING_URL_PATH } from '../../tools/harness/pages';
import { routeShapeOf } from '../../tools/harness/page-types';
import { distDir } from '../../tools/harness/paths';
import {
  ACCEPT_ENCODING,
  builtBytes,
  decodedBody,
  EXPECTED_TYPES,
  expectedCacheControl,
  expectedEncoding,
  expectedSecurityHeaders,
  rawGet,
  samplesOfEveryKind,
  securityHeadersOf,
} from './support/served';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';

const samples = samplesOfEveryKind(distDir);
const pages = discoverPages();
const rules = readHeadersFile(path.join(distDir, '_headers'));

let nginx: NginxServer;
let testServer: StaticServer;
let browser: Browser;

beforeAll(async () => {
  nginx = await startNginx(distDir);
  // Cloudflare Pages sends CACHE_REVALIDATE where _headers names no Cache-Control (its documented
  // default), and compresses text itself; the test server stands in for both.
  testServer = await startServer(distDir, (urlPath) => ({ 'cache-control': CACHE_REVALIDATE, ...headersFor(rules, urlPath) }), {
    precompressed: true,
  });
  browser = await launchBrowser(inject('chromiumPath'));
});
afterAll(async () => {
  await browser?.close();
  if (testServer) await stopServer(testServer);
  if (nginx) await stopNginx(nginx);
});

/** The two servers, by name; each is read when a test runs, after beforeAll started it. */
const servers = [
  ['nginx with deploy/nginx/', () => ({ baseUrl: nginx.baseUrl, brotli: nginx.brotli })],
  ['the test server with public/_headers', () => ({ baseUrl: testServer.baseUrl, brotli: true })],
] as const;

describe.each(servers)('%s', (_name, server) => {
  describe.each(samples.map((sample) => [sample.kind, sample] as const))('serves %s', (_kind, sample) => {
    it.each(['br', 'gzip', 'identity'] as const)(
      'to a browser that accepts %s: type, security headers, caching and the right bytes',
      async (accepted) => {
        const { baseUrl, brotli } = server();
        const response = await rawGet(baseUrl, sample.urlPath, ACCEPT_ENCODING[accepted]);
        const where = `${sample.urlPath} (${sample.file})`;
        expect(response.status, where).toBe(200);
        const type = EXPECTED_TYPES[path.extname(sample.file)];
        expect(type, `${sample.file}: a kind of file with no type in tests/e2e/support/served.ts (EXPECTED_TYPES)`).toBeDefined();
        expect(response.headers['content-type'], where).toBe(type);
        expect(securityHeadersOf(response), where).toEqual(expectedSecurityHeaders(sample.urlPath));
        expect(response.headers['cache-control'], where).toBe(expectedCacheControl(sample.urlPath));
        const encoding = expectedEncoding(distDir, sample.file, accepted, brotli);
        expect(response.headers['content-encoding'], where).toBe(encoding);
        if (encoding) expect(response.headers['vary'], where).toMatch(/Accept-Encoding/i);
        expect(decodedBody(response).equals(builtBytes(distDir, sample.file)), `${where}: the bytes differ from the file`).toBe(true);
      },
    );
  });

  it('answers a missing URL with the 404 page and its headers, anywhere', async () => {
    const { baseUrl } = server();
    for (const urlPath of [MISSING_URL_PATH, '/_astro/missing.js', '/pagefind/fragment/missing.pf_fragment']) {
      const response = await rawGet(baseUrl, urlPath, ACCEPT_ENCODING.br);
      expect(response.status, urlPath).toBe(404);
      expect(response.headers['content-type'], urlPath).toBe(EXPECTED_TYPES['.html']);
      expect(decodedBody(response).toString(), urlPath).toBe(builtBytes(distDir, '404.html').toString());
      expect(securityHeadersOf(response), urlPath).toEqual(expectedSecurityHeaders('/'));
    }
    expect((await rawGet(baseUrl, MISSING_URL_PATH, ACCEPT_ENCODING.br)).headers['cache-control']).toBe(CACHE_REVALIDATE);
  });

  it('answers a folder without a page with the 404 page, not a listing or a refusal', async () => {
    const response = await rawGet(server().baseUrl, '/pagefind/', ACCEPT_ENCODING.identity);
    expect(response.status).toBe(404);
    expect(response.body.toString()).toBe(builtBytes(distDir, '404.html').toString());
  });

  it('redirects a page asked for without its trailing slash to the one address it has, on any host', async () => {
    const page = firstDetailPage(pages, '/programi/')!;
    const response = await rawGet(server().baseUrl, `${page.urlPath.slice(0, -1)}?q=1`, ACCEPT_ENCODING.identity);
    expect(response.status).toBe(301);
    expect(response.headers['location']).toBe(`${page.urlPath}?q=1`);
  });
});

/**
 * One page of every route shape (`routeShapeOf`: the project pages, the fit-check pages, the
 * centres list, …), in whichever language comes first. tests/e2e/pages.test.ts opens every page
 * under the same policy, served with public/_headers, and the tests above hold nginx's headers to
 * the same; here what changes is the server, whose differences (types, headers, encodings) are the
 * same for every page of a shape in every language.
 */
const shapesSeen = new Set<string>();
const onePagePerShape = pages
  .map((page) => page.urlPath)
  .filter((urlPath) => !urlPath.startsWith('/admin/'))
  .filter((urlPath) => {
    const shape = routeShapeOf(urlPath) ?? urlPath;
    return !shapesSeen.has(shape) && shapesSeen.add(shape);
  });

describe('the browser behind nginx', () => {
  const visit = (urlPath: string, act?: Parameters<typeof cspViolations>[2]) =>
    cspViolations(browser, new URL(urlPath, nginx.baseUrl).href, act);

  /**
   * The loads of the pages below, a few at a time (each in a context of its own): one load mostly
   * waits for Chromium to start a renderer and for the settle time, so one after the other left
   * the cores idle (about 1 s a page in CI).
   */
  const visits = new Map<string, Promise<string[]>>();
  beforeAll(() => {
    const limit = createLimit(pageConcurrency());
    for (const urlPath of onePagePerShape) {
      const violations = limit(() => visit(urlPath));
      violations.catch(() => undefined); // the page's own test reports the failure
      visits.set(urlPath, violations);
    }
  });
  afterAll(() => Promise.allSettled(visits.values()));

  it.each(onePagePerShape)('loads %s with no Content-Security-Policy violation', async (urlPath) => {
    expect(await visits.get(urlPath)).toEqual([]);
  });

  it('runs a search (Pagefind: script, WebAssembly, index) with no violation', async () => {
    expect(await visit('/iskanje/?q=prostovoljstvo', waitForSearchResults)).toEqual([]);
  });

  it('sees a violation when a page breaks the policy, so a quiet run means something', async () => {
    const violations = await visit('/', async (page) => {
      await page.evaluate(() => {
        const script = document.createElement('script');
        script.textContent = 'window.inlineRan = true';
        document.head.append(script);
      });
    });
    expect(violations.join('\n')).toMatch(/script-src/);
  });
});

/**
 * A stand-in for the Git host's sign-in page: a page of another origin that sends the window on
 * to `next`, as GitLab and the GitHub relay do after the staff member signs in.
 */
async function startGitHost(): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const next = new URL(request.url ?? '/', 'http://localhost').searchParams.get('next') ?? '/';
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(`<!doctype html><title>Sign in</title><script>location.href = ${JSON.stringify(next)};</script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  // localhost, not 127.0.0.1: another origin for the browser, as the Git host is.
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe("the editor's sign-in behind nginx", () => {
  /** Opens `from` on nginx, opens the Git host in a sign-in window that comes back to `back`, and says whether that window still knows its opener. */
  async function openerSurvives(context: BrowserContext, gitHost: string, from: string, back: string): Promise<boolean> {
    const page = await context.newPage();
    await page.goto(new URL(from, nginx.baseUrl).href);
    const returned = new URL(back, nginx.baseUrl).href;
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      // Not Sveltia's window name ('auth'): the editor in the window would take it for its own sign-in and close it.
      page.evaluate(
        (url) => void window.open(url, 'sign-in-test', 'width=600,height=800'),
        `${gitHost}/authorize?next=${encodeURIComponent(returned)}`,
      ),
    ]);
    await popup.waitForURL(returned);
    return popup.evaluate(() => window.opener !== null);
  }

  it('keeps window.opener for the sign-in window, which a public page would not', async () => {
    const gitHost = await startGitHost();
    const context = await browser.newContext();
    try {
      expect(await openerSurvives(context, gitHost.origin, '/admin/', '/admin/')).toBe(true);
      expect(await openerSurvives(context, gitHost.origin, '/', '/')).toBe(false);
    } finally {
      await context.close();
      await gitHost.close();
    }
  });
});

/** Bytes a visit transferred, by URL (bodies as sent, encoded), from Chromium's own accounting. */
async function transferredBytes(
  context: BrowserContext,
  urlPath: string,
  act?: Parameters<typeof cspViolations>[2],
): Promise<Map<string, number>> {
  const page = await context.newPage();
  const requests: Request[] = [];
  page.on('requestfinished', (request) => requests.push(request));
  await page.goto(new URL(urlPath, nginx.baseUrl).href, { waitUntil: 'load' });
  await act?.(page);
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(requests.map(async (request) => [request.url(), (await request.sizes()).responseBodySize] as const));
  await page.close();
  const bytes = new Map<string, number>();
  for (const [url, size] of sizes) bytes.set(url, (bytes.get(url) ?? 0) + size);
  return bytes;
}

describe('what the precompressed files save', () => {
  it('prints the bytes of the home page, a project page and one search, with and without them', async () => {
    const project = firstDetailPage(pages, '/projekti/')!.urlPath;
    const visits: [string, string, Parameters<typeof cspViolations>[2]?][] = [
      ['home page', '/'],
      [`project page (${project})`, project],
      ['one search (page + Pagefind)', '/iskanje/?q=prostovoljstvo', waitForSearchResults],
    ];
    const rows: string[] = [];
    for (const [label, urlPath, act] of visits) {
      const byUrl: Record<string, Map<string, number>> = {};
      for (const accepted of ['identity', 'gzip', 'br'] as const) {
        const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Encoding': ACCEPT_ENCODING[accepted] } });
        byUrl[accepted] = await transferredBytes(context, urlPath, act);
        await context.close();
      }
      // The same files in each encoding: a search may fetch one result fragment more or fewer
      // depending on how soon the page settled, which says nothing about compression.
      const common = [...byUrl['identity']!.keys()].filter((url) => byUrl['gzip']!.has(url) && byUrl['br']!.has(url));
      const bytes = Object.fromEntries(
        Object.entries(byUrl).map(([accepted, sizes]) => [accepted, common.reduce((total, url) => total + sizes.get(url)!, 0)]),
      );
      rows.push(
        `${label.padEnd(44)} ${String(bytes['identity']).padStart(8)} ${String(bytes['gzip']).padStart(8)} ${String(bytes['br']).padStart(8)}  (${common.length} files)`,
      );
      expect(common.length, label).toBeGreaterThan(0);
      expect(bytes['gzip'], label).toBeLessThan(bytes['identity']!);
      if (nginx.brotli) expect(bytes['br'], label).toBeLessThan(bytes['gzip']!);
    }
    console.log(
      `Bytes transferred behind nginx (response bodies of the files all three visits fetched), uncompressed / .gz / .br:\n${rows.join('\n')}`,
    );
  });
});
