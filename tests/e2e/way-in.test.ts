/**
 * The way in (#17) in the browser: the start page reached from home and every programme, the fit
 * check answered with the keyboard and without JavaScript, questions with their FAQPage data on the
 * related pages, easy-read pages linked both ways in the right language, and search finding them all.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const session = useBrowserSession();

async function open(urlPath: string, javaScript = true): Promise<Page> {
  const context = await session.newContext({
    javaScriptEnabled: javaScript,
    viewport: { width: 1280, height: 800 },
    timezoneId: 'Europe/Ljubljana',
  });
  const page = await context.newPage();
  await page.goto(new URL(urlPath, baseUrl).href, { waitUntil: 'networkidle' });
  return page;
}

const path = (page: Page) => new URL(page.url()).pathname;

describe('the start page', () => {
  it.each([
    ['/', '/kako-zaceti/'],
    ['/en/', '/en/get-started/'],
    ['/programi/solidarnostni-projekti/', '/kako-zaceti/'],
    ['/en/programmes/ese/', '/en/get-started/'],
  ])('is one click away from %s', async (from, to) => {
    const page = await open(from);
    await page.locator('main [data-start-link] a, main a[data-start-link]').first().click();
    await page.waitForURL((url) => url.pathname === to);
    expect(await page.locator('h1').textContent()).toMatch(/Kako začeti|Get started/);
  });

  it('shows the ages, steps and durations of the programme entries, says what it does not know, and the centres with live status', async () => {
    const page = await open('/kako-zaceti/');
    const humanitarian = page.locator('li[data-strand="humanitarna-pomoc"]');
    expect(await humanitarian.textContent()).toContain('Tega na spletišču ne vemo');
    expect(await page.locator('li[data-strand="projekti-prostovoljstva"]').textContent()).toContain('od 18 do 30 let');
    expect(await page.locator('#start-steps + ol > li').count()).toBe(4);
    expect(await page.locator('section[aria-labelledby="start-length"]').textContent()).toContain('od 2 do 12 mesecev');
    // No call is published: the honest empty state, and the official portal.
    await expect.poll(() => page.locator('[data-opportunities-empty]').isVisible()).toBe(true);
    expect(await page.locator('section[aria-labelledby="start-calls"] a[href^="https://youth.europa.eu/"]').count()).toBe(1);
    for (const centre of ['center-mladih-koper', 'mladinski-center-markovec-city']) {
      await expect
        .poll(() => page.locator(`[data-centre="${centre}"] [data-status]`).getAttribute('data-status'))
        .toMatch(/^(open|closed)$/);
    }
  });
});

describe('the fit check', () => {
  it('is answered with the keyboard alone, without JavaScript, and the results say what was chosen', async () => {
    const page = await open('/kako-zaceti/ustreznost/', false);
    expect(await page.locator('fieldset legend').textContent()).toContain('Koliko let imaš?');
    for (const [answer, segment] of [
      ['18-30', '18-30'],
      ['abroad', 'v-tujini'],
      ['individual', 'sam'],
    ]) {
      const button = page.locator(`button[data-answer="${answer}"]`);
      await button.focus();
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.pathname.endsWith(`/${segment}/`));
    }
    expect(path(page)).toBe('/kako-zaceti/ustreznost/18-30/v-tujini/sam/');
    expect(await page.locator('h1').textContent()).toBe('Tvoji odgovori: od 18 do 30 let, v tujini, sam');
    expect(
      await page.locator('[data-fit="yes"] [data-strand]').evaluateAll((items) => items.map((item) => item.getAttribute('data-strand'))),
    ).toEqual(['projekti-prostovoljstva']);
    expect(await page.locator('[data-fit="maybe"] [data-strand="humanitarna-pomoc"] [data-reason="age"]').textContent()).toContain(
      'ne poznamo',
    );
    expect(
      await page.locator('[data-fit="no"] [data-strand="solidarnostni-projekti"] [data-reason="place"]').getAttribute('data-verdict'),
    ).toBe('no');
  });

  it('answers how long in details that open without JavaScript', async () => {
    const page = await open('/en/get-started/fit-check/18-30/home/group/', false);
    const weeks = page.locator('main details').first();
    await weeks.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await weeks.getAttribute('open')).not.toBeNull();
    expect(await weeks.locator('[data-strand="solidarnostni-projekti"]').getAttribute('data-verdict')).toBe('no');
    expect(await page.locator('h1').textContent()).toBe('Your answers: 18 to 30 years, at home, in Slovenia, in a group');
  });
});

describe('questions and answers', () => {
  it('are on their page and on the related programme and centre pages, with FAQPage data', async () => {
    for (const [url, count] of [
      ['/vprasanja/', 7],
      ['/en/questions/', 7],
      ['/it/domande/', 7],
      ['/programi/ese/', 3],
      ['/centri/center-mladih-koper/', 2],
    ] as const) {
      const page = await open(url, false);
      const data = await page
        .locator('script[type="application/ld+json"]')
        .evaluateAll((scripts) =>
          scripts.map((script) => JSON.parse(script.textContent ?? '{}') as { '@type': string; mainEntity?: unknown[] }),
        );
      const faq = data.find((item) => item['@type'] === 'FAQPage');
      expect(faq?.mainEntity, url).toHaveLength(count);
    }
  });
});

describe('easy-read pages', () => {
  it.each([
    ['/programi/ese/', '/programi/ese/lahko-branje/', 'sl'],
    ['/en/centres/center-mladih-koper/', '/en/centres/center-mladih-koper/easy-read/', 'en'],
    ['/kako-zaceti/', '/kako-zaceti/lahko-branje/', 'sl'],
    ['/en/get-started/', '/en/get-started/easy-read/', 'en'],
    ['/it/centri/mladinski-center-markovec-city/', '/it/centri/mladinski-center-markovec-city/lettura-facile/', 'it'],
    ['/it/come-iniziare/', '/it/come-iniziare/lettura-facile/', 'it'],
  ])('%s links to %s and back, in the page’s language', async (from, to, lang) => {
    const page = await open(from, false);
    await page.locator('[data-easy-read-link="to"] a').click();
    await page.waitForURL((url) => url.pathname === to);
    expect(await page.locator('html').getAttribute('lang')).toBe(lang);
    expect(await page.locator('[data-easy-read] p').count()).toBeGreaterThan(5);
    // Larger type than the standard page's body text.
    const size = await page
      .locator('[data-easy-read] section p')
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    expect(size).toBeGreaterThanOrEqual(20);
    await page.locator('[data-easy-read-link="back"] a').click();
    await page.waitForURL((url) => url.pathname === from);
  });
});

describe('search', () => {
  it.each([
    ['/iskanje/?q=kako+za%C4%8Deti', '/kako-zaceti/'],
    ['/iskanje/?q=lahko+branje+ese', '/programi/ese/lahko-branje/'],
    ['/iskanje/?q=koliko+let+moram+imeti', '/vprasanja/'],
    ['/en/search/?q=get+started', '/en/get-started/'],
    ['/en/search/?q=easy+read+centre', '/en/centres/center-mladih-koper/easy-read/'],
    ['/en/search/?q=how+old', '/en/questions/'],
    // Italian pages are indexed in Italian, with Pagefind's Italian stemmer: "progetto" finds "progetti".
    ['/it/cerca/?q=come+iniziare', '/it/come-iniziare/'],
    ['/it/cerca/?q=progetto+di+solidariet%C3%A0', '/it/programmi/solidarnostni-projekti/'],
    ['/it/cerca/?q=quanti+anni', '/it/domande/'],
  ])('%s finds %s in the first five results', async (url, expected) => {
    const page = await open(url);
    await page.waitForFunction(
      () => ['done', 'failed'].includes(document.querySelector<HTMLElement>('[data-search-root]')?.dataset['searchState'] ?? ''),
      undefined,
      { timeout: 15_000 },
    );
    const paths = await page.$$eval('[data-search-results] > li h2 a', (links) =>
      links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
    );
    expect(paths.slice(0, 5)).toContain(expected);
  });
});
