/**
 * Posters and share cards on the fixture site with calls and events (tests/fixtures/calls-and-events,
 * built in a throw-away copy; the real content has centres but no call or event). Every centre, call
 * and event has a poster at <page>plakat/ (<page>poster/ in English) that prints as one A4 page,
 * whose QR code a reader decodes to the page's canonical URL, and that passes axe in all four
 * combinations; every programme, project, centre, call and event page names a card of its own
 * that is in the build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/lib/locales';
import { entryUrl, listUrl, posterUrl, shareCardUrl } from '../../src/lib/routes';
import { launchBrowser } from '../../tools/harness/browser';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';
import { buildFixtureSite } from './support/fixture-site';
import { createInspector, formatAxeViolations, LAYOUTS } from './support/inspect';

let project: string;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  project = buildFixtureSite('calls-and-events');
  dist = join(project, 'dist');
  server = await startServer(dist);
  browser = await launchBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

const idsOf = (collection: string) =>
  readdirSync(join(project, 'content', collection, 'sl'))
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''));

/** The collections with posters; their pages and posters in every language come from routes.ts. */
const POSTER_COLLECTIONS = ['centres', 'opportunities', 'events'] as const;

/** Every poster the fixture site must have, with the page it belongs to. */
const posters = () =>
  POSTER_COLLECTIONS.flatMap((collection) =>
    idsOf(collection).flatMap((id) =>
      LOCALES.map((locale) => {
        const page = entryUrl(collection, id, locale);
        return { page, poster: posterUrl(page, locale) };
      }),
    ),
  );

const htmlOf = (urlPath: string) => readFileSync(join(dist, urlPath, 'index.html'), 'utf8');
const attribute = (html: string, pattern: RegExp) => pattern.exec(html)?.[1]?.replaceAll('&amp;', '&');

describe('posters', () => {
  it('exist for every centre, call and event in both languages, and their pages link to them', () => {
    const expected = posters();
    // Two centres, three calls and four events in the fixture, each in two languages.
    expect(expected.length).toBeGreaterThanOrEqual(18);
    for (const { page, poster } of expected) {
      expect(existsSync(join(dist, poster, 'index.html')), `${poster} is not built`).toBe(true);
      expect(htmlOf(page), `${page} does not link to its poster`).toContain(`href="${poster}"`);
    }
    expect(htmlOf('/centri/center-mladih-koper/')).toContain('Natisni plakat');
    expect(htmlOf('/en/centres/center-mladih-koper/')).toContain('Print poster');
  });

  it('carry a QR code that reads as the canonical URL of their page', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const tab = await context.newPage();
    for (const { page, poster } of posters()) {
      const canonical = attribute(htmlOf(page), /<link rel="canonical" href="([^"]+)"/);
      expect(canonical, `${page} has no canonical link`).toBeDefined();
      await tab.goto(new URL(poster, server.baseUrl).href);
      const shot = PNG.sync.read(await tab.locator('[data-poster] svg').screenshot());
      const read = jsQR(new Uint8ClampedArray(shot.data), shot.width, shot.height);
      expect(read?.data, `the QR code of ${poster}`).toBe(canonical);
    }
    await context.close();
  });

  it('print as exactly one A4 page, even with the longest title', async () => {
    const context = await browser.newContext();
    const tab = await context.newPage();
    for (const { poster } of posters()) {
      await tab.goto(new URL(poster, server.baseUrl).href);
      const pdf = (await tab.pdf({ format: 'A4' })).toString('latin1');
      const pages = pdf.match(/\/Type\s*\/Page(?![a-z])/g) ?? [];
      expect(pages.length, `${poster} prints on ${pages.length} pages`).toBe(1);
      // The print keeps the sheet only: no navigation, no footer, no hint to print.
      expect(await tab.evaluate(() => matchMedia('print').matches)).toBe(false);
    }
    await tab.emulateMedia({ media: 'print' });
    await tab.goto(new URL('/centri/center-mladih-koper/plakat/', server.baseUrl).href);
    expect(await tab.locator('header nav').isVisible()).toBe(false);
    expect(await tab.locator('footer').isVisible()).toBe(false);
    expect(await tab.locator('[data-poster] h1').isVisible()).toBe(true);
    await context.close();
  });

  // One poster of each kind in each language, in all four combinations: a poster is one page type
  // (the tier rule of the page sweep); the others differ only in their words.
  it('pass axe in every layout and colour scheme, with lang set and no request elsewhere', { timeout: 600_000 }, async () => {
    const sample = POSTER_COLLECTIONS.flatMap((collection) =>
      LOCALES.map((locale) => posters().find(({ page }) => page.startsWith(listUrl(collection, locale)))!),
    );
    expect(sample.every(Boolean)).toBe(true);
    expect(sample).toHaveLength(POSTER_COLLECTIONS.length * LOCALES.length);
    const failures: string[] = [];
    for (const layout of LAYOUTS) {
      const inspector = await createInspector(browser, server.baseUrl, layout);
      for (const { poster } of sample) {
        for (const report of await inspector.inspect(poster, 200)) {
          if (report.axeViolations.length > 0) failures.push(`${poster}:\n${formatAxeViolations(report.axeViolations)}`);
          if (!report.lang) failures.push(`${poster}: no lang`);
          if (report.h1Count !== 1) failures.push(`${poster}: ${report.h1Count} h1`);
          if (report.foreignRequests.length > 0) failures.push(`${poster}: requests ${report.foreignRequests.join(', ')}`);
          if (layout.mustNotScrollHorizontally && report.overflow.scrollWidth > report.overflow.clientWidth)
            failures.push(`${poster}: scrolls sideways (${report.overflow.overflowingElements.join(', ')})`);
        }
      }
      await inspector.close();
    }
    expect(failures).toEqual([]);
  });
});

describe('share cards', () => {
  const CARD_COLLECTIONS = ['programmes', 'projects', 'centres', 'opportunities', 'events'] as const;

  it('are a 1200 × 630 PNG of its own for every programme, project, centre, call and event page', () => {
    const seen = new Set<string>();
    for (const collection of CARD_COLLECTIONS) {
      for (const id of idsOf(collection)) {
        for (const locale of LOCALES) {
          const page = entryUrl(collection, id, locale);
          const html = htmlOf(page);
          const image = attribute(html, /<meta property="og:image" content="([^"]+)"/);
          expect(image && new URL(image).pathname, page).toBe(shareCardUrl(page, locale));
          expect(html).toContain('<meta name="twitter:card" content="summary_large_image"');
          const png = PNG.sync.read(readFileSync(join(dist, new URL(image!).pathname)));
          expect([png.width, png.height]).toEqual([1200, 630]);
          seen.add(image!);
        }
      }
    }
    expect(seen.size).toBeGreaterThanOrEqual(20);
  });

  it('say the key fact in the page’s language, in words for those who cannot see them', () => {
    const alt = (urlPath: string) => attribute(htmlOf(urlPath), /<meta property="og:image:alt" content="([^"]+)"/);
    expect(alt('/priloznosti/prostovoljstvo-v-gradcu/')).toContain('Rok prijave: 15. 1. 2027 ob 12:00');
    expect(alt('/en/opportunities/prostovoljstvo-v-gradcu/')).toContain('Application deadline: 15 January 2027');
    expect(alt('/dogodki/koncert-v-centru-mladih/')).toMatch(/Kdaj: 12\. 2\. 2027, .*Kje: /);
    expect(alt('/centri/center-mladih-koper/')).toContain('Odpiralni čas: ');
    // Partners keep the site's card.
    const partner = idsOf('partners')[0]!;
    expect(attribute(htmlOf(`/partnerji/${partner}/`), /<meta property="og:image" content="([^"]+)"/)).toMatch(/\/og-default\.png$/);
  });
});
