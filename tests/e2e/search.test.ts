/**
 * Search in the browser: the header box and its shortcuts, the search page with its filters,
 * the URL that keeps a search, the page without JavaScript, accessibility with results on
 * screen, and the quality benchmark that keeps real searches finding the right page.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { formatReport, foundWithin, runBenchmark, type BenchmarkReport } from '../../tools/bench/search-benchmark';
import { AXE_TAGS } from './support/inspect';
import { hasVisibleFocusIndicator, walkTabOrder } from './support/keyboard';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const session = useBrowserSession();

interface OpenOptions {
  javaScript?: boolean;
  instant?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

/** Opens a page in a fresh context and records every URL it requests. */
async function open(urlPath: string, options: OpenOptions = {}): Promise<{ page: Page; requests: string[] }> {
  const context = await session.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'light',
    timezoneId: 'Europe/Ljubljana',
  });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  if (options.instant) await page.clock.setFixedTime(new Date(options.instant));
  await page.goto(new URL(urlPath, baseUrl).href, { waitUntil: 'networkidle' });
  return { page, requests };
}

/** Waits until the search page has shown the results for `query` (or failed). */
async function searchDone(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (expected) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      return root?.dataset['searchQuery'] === expected && ['done', 'failed'].includes(root.dataset['searchState'] ?? '');
    },
    query,
    { timeout: 15_000 },
  );
}

const resultPaths = (page: Page) =>
  page.$$eval('[data-search-results] > li h2 a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
const statusText = (page: Page) => page.locator('[data-search-status]').textContent();
const pathAndQuery = (page: Page) => {
  const url = new URL(page.url());
  return `${url.pathname}${url.search}`;
};

describe('the header search box', () => {
  it('loads nothing of the search on a content page', async () => {
    const { requests } = await open('/programi/ese/');
    expect(requests.filter((request) => request.startsWith('/pagefind/'))).toEqual([]);
    expect(requests.filter((request) => /search-page|SearchForm/.test(request))).toEqual([]);
  });

  it('takes the cursor on Ctrl+K and Cmd+K, and leaves "/" alone (no single-key shortcuts, WCAG 2.1.4)', async () => {
    const { page } = await open('/projekti/');
    const box = page.locator('header [data-search-input]');
    await page.keyboard.press('Control+k');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Meta+k');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    expect(await box.evaluate((element) => element === document.activeElement)).toBe(false);
    await box.focus();
    await box.fill('');
    await page.keyboard.type('a/b');
    expect(await box.inputValue()).toBe('a/b');
  });

  it('opens the search page with the query, whose results link to the pages', async () => {
    const { page } = await open('/');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('dusevno zdravje');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/iskanje\/\?q=/);
    await searchDone(page, 'dusevno zdravje');
    expect(pathAndQuery(page)).toBe('/iskanje/?q=dusevno+zdravje');
    const paths = await resultPaths(page);
    expect(paths.slice(0, 3)).toEqual(expect.arrayContaining(['/projekti/ko-prosto/', '/partnerji/sent/']));
    // Inflected and accented forms are marked in the excerpt, punctuation left outside.
    const marks = await page.locator('[data-search-results] mark').allTextContents();
    expect(marks.map((mark) => mark.toLowerCase())).toEqual(expect.arrayContaining(['duševno', 'zdravje']));
    expect(marks.every((mark) => !/[.,:;]$/.test(mark))).toBe(true);
  });

  it('is not on the search page, which has its own box', async () => {
    const { page } = await open('/iskanje/');
    expect(await page.locator('header [data-search-input]').count()).toBe(0);
    await page.keyboard.press('Control+k');
    expect(await page.locator('#search-query').evaluate((element) => element === document.activeElement)).toBe(true);
  });
});

describe('the search page', () => {
  it('counts results with Slovenian plural forms', async () => {
    // A word only one page has: "markovec" is on the centre's page, its easy-read page and the questions.
    const { page } = await open('/iskanje/?q=plenum');
    await searchDone(page, 'plenum');
    expect(await statusText(page)).toBe('1 zadetek za »plenum«.');
    await page.goto(new URL('/iskanje/?type=centre', baseUrl).href);
    await searchDone(page, '');
    expect(await statusText(page)).toBe('2 zadetka z izbranimi filtri.');
    await page.goto(new URL('/iskanje/?type=programme', baseUrl).href);
    await searchDone(page, '');
    expect(await statusText(page)).toBe('4 zadetki z izbranimi filtri.');
    await page.goto(new URL('/iskanje/?q=xyzzy', baseUrl).href);
    await searchDone(page, 'xyzzy');
    expect(await statusText(page)).toMatch(/^Za »xyzzy« ni zadetkov\./);
  });

  it('keeps the search and its filters in the URL, and Back undoes a filter', async () => {
    const { page } = await open('/iskanje/');
    await page.locator('#search-query').fill('prostovoljstvo');
    await page.locator('#search-query').press('Enter');
    await searchDone(page, 'prostovoljstvo');
    expect(pathAndQuery(page)).toBe('/iskanje/?q=prostovoljstvo');
    const unfiltered = await resultPaths(page);

    await page.locator('[data-search-filters] summary').click();
    await page.getByRole('checkbox', { name: /^Projekt \(/ }).check();
    await page.waitForURL(/type=project/);
    await searchDone(page, 'prostovoljstvo');
    expect(pathAndQuery(page)).toBe('/iskanje/?q=prostovoljstvo&type=project');
    const projects = await resultPaths(page);
    expect(projects.length).toBeGreaterThan(0);
    expect(projects.every((path) => path.startsWith('/projekti/'))).toBe(true);

    await page.goBack();
    await page.waitForURL((url) => url.search === '?q=prostovoljstvo');
    await searchDone(page, 'prostovoljstvo');
    expect(await page.getByRole('checkbox', { name: /^Projekt \(/ }).isChecked()).toBe(false);
    expect(await resultPaths(page)).toEqual(unfiltered);
  });

  it('finds a project by the first of its topics, which follows the label in the facts', async () => {
    const { page } = await open('/iskanje/?q=solidarnost&type=project');
    await searchDone(page, 'solidarnost');
    expect(await resultPaths(page)).toContain('/projekti/delati-skupaj/');
  });

  it('opens the filters and ticks them for a shared URL', async () => {
    const { page } = await open('/iskanje/?q=center&town=Koper&type=centre');
    await searchDone(page, 'center');
    expect(await page.locator('[data-search-filters]').getAttribute('open')).not.toBeNull();
    expect(await page.getByRole('checkbox', { name: /^Koper \(/ }).isChecked()).toBe(true);
    expect((await resultPaths(page)).sort()).toEqual(['/centri/center-mladih-koper/', '/centri/mladinski-center-markovec-city/']);
    expect(await page.locator('[data-filters-on]').textContent()).toBe('(2 izbrana)');
  });

  it('tells ongoing from finished projects on the day of the search, not the day of the build', async () => {
    const during = await open('/iskanje/?type=project&status=ongoing', { instant: '2021-06-01T12:00:00+02:00' });
    await searchDone(during.page, '');
    expect(await resultPaths(during.page)).toContain('/projekti/ko-prosto/');
    const after = await open('/iskanje/?type=project&status=finished', { instant: '2022-02-01T08:00:00+01:00' });
    await searchDone(after.page, '');
    expect(await resultPaths(after.page)).toContain('/projekti/ko-prosto/');
    expect(await resultPaths(after.page)).not.toContain('/projekti/prostovoljstvo-v-mariboru/');
    // The counts beside the choices move with the day too: KO-PROSTO ended in January 2022.
    const finishedCount = async (page: Page) =>
      Number((await page.locator('[data-count-key="status"][data-count-value="finished"]').textContent())?.replace(/\D/g, ''));
    expect(await finishedCount(after.page)).toBe((await finishedCount(during.page)) + 1);
  });

  it('counts ongoing and finished projects before anything is searched', async () => {
    const { page } = await open('/iskanje/', { instant: '2022-02-01T08:00:00+01:00' });
    const counts = await page.locator('[data-count-key="status"]').allTextContents();
    expect(
      counts.every((count) => /^\(\d+\)$/.test(count)),
      counts.join(', '),
    ).toBe(true);
  });

  it('shows five results first, ten more per click, and moves focus to the next ones', async () => {
    const { page } = await open('/iskanje/?type=partner');
    await searchDone(page, '');
    expect(await page.locator('[data-search-results] > li').count()).toBe(5);
    const more = page.locator('[data-search-more]');
    await more.focus();
    await page.keyboard.press('Enter');
    // Ten fragments to fetch: on a loaded machine that takes longer than expect.poll's default second.
    await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 10_000 }).toBe(15);
    const focused = await page.evaluate(
      () => document.activeElement?.closest('li') === document.querySelectorAll('[data-search-results] > li')[5],
    );
    expect(focused).toBe(true);
  });

  it('is usable with the keyboard alone: Tab reaches every control and result, each visibly focused', async () => {
    // A filter in the URL opens the filters, so every checkbox is there to reach.
    const { page } = await open('/iskanje/?q=prostovoljstvo&type=project');
    await searchDone(page, 'prostovoljstvo');
    // Opening a search URL puts focus on the results summary (#22); walk from the top of the page.
    await page.mouse.click(1, 1);
    const walk = await walkTabOrder(page);
    expect(walk.unreached, walk.unreached.join('\n')).toEqual([]);
    const withoutIndicator = walk.focused.filter((element) => !hasVisibleFocusIndicator(element)).map((element) => element.description);
    expect(withoutIndicator).toEqual([]);
    const focusedTags = walk.focused.map((element) => element.tag);
    expect(focusedTags).toEqual(expect.arrayContaining(['input', 'button', 'summary', 'a']));
  });

  it('searches the English pages in English', async () => {
    const { page } = await open('/en/search/?q=mental+health');
    await searchDone(page, 'mental health');
    expect(await statusText(page)).toMatch(/^\d+ results? for “mental health”\.$/);
    expect((await resultPaths(page)).every((path) => path.startsWith('/en/'))).toBe(true);
  });

  it('explains without JavaScript how to browse instead, and links to every list', async () => {
    const { page } = await open('/iskanje/', { javaScript: false });
    expect(await page.locator('form[data-search-form]').isVisible()).toBe(false);
    expect(await page.locator('main').textContent()).toContain('Iskanje deluje z JavaScriptom');
    const lists = page.getByRole('region', { name: 'Brskaj po seznamih' }).getByRole('link');
    expect(await lists.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))).toEqual([
      '/priloznosti/',
      '/dogodki/',
      '/programi/',
      '/projekti/',
      '/partnerji/',
      '/centri/',
    ]);
  });
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.each([
  { name: 'desktop, light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' as const },
  { name: 'mobile, dark', viewport: { width: 360, height: 740 }, colorScheme: 'dark' as const },
])('the search page with results and filters open ($name)', ({ viewport, colorScheme }) => {
  it('has no WCAG 2.2 A/AA violations that axe-core can find, and fits the screen', async () => {
    const { page } = await open('/iskanje/?q=prostovoljstvo&type=project', { viewport, colorScheme });
    await searchDone(page, 'prostovoljstvo');
    await page.locator('[data-search-filters] summary').click();
    await page.evaluate(axeSource);
    const results = await page.evaluate(
      async (tags) =>
        (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        }),
      AXE_TAGS,
    );
    const violations = results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
    );
    expect(violations).toEqual([]);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

describe('what visitors tripped over (#22)', () => {
  it('counts every filter choice as soon as the panel opens, for eyes and screen readers alike', async () => {
    const { page } = await open('/iskanje/?q=prostovoljstvo');
    await searchDone(page, 'prostovoljstvo');
    await page.locator('[data-search-filters] > summary').click();
    // Opening the panel fetches the filter index (left out of a search nobody filters) and counts.
    await expect.poll(() => page.locator('[data-count-key="type"][data-count-value="programme"]').textContent()).toMatch(/^\([1-9]\d*\)$/);
    const types = await page.$$eval('[data-count-key="type"]', (elements) =>
      Object.fromEntries<string | null>(
        elements.map((element) => [(element as HTMLElement).dataset['countValue'] ?? '', element.textContent]),
      ),
    );
    const shownTypes = await page.$$eval('[data-search-results] > li .chip', (chips) => chips.map((chip) => chip.textContent));
    expect(shownTypes).toContain('Program');
    expect(types['programme']).toMatch(/^\([1-9]\d*\)$/);
    expect(types['project']).toMatch(/^\([1-9]\d*\)$/);
    // The count is part of the checkbox's name, so a screen reader reads "Program (4)".
    expect(await page.getByRole('checkbox', { name: `Program ${types['programme']}` }).count()).toBe(1);
  });

  it('moves focus to the results summary after a search is submitted, here or from the header box', async () => {
    const { page } = await open('/iskanje/');
    const box = page.locator('[data-search-root] [data-search-input]');
    await box.fill('koper');
    await box.press('Enter');
    await searchDone(page, 'koper');
    await page.waitForFunction(() => document.activeElement?.matches('[data-search-status]'));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/zadet\w* za »koper«/);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-search-results]') !== null)).toBe(true);

    const { page: other } = await open('/projekti/');
    await other.locator('header [data-search-input]').fill('markovec');
    await other.locator('header [data-search-input]').press('Enter');
    await other.waitForURL(/\/iskanje\/\?q=markovec/);
    await searchDone(other, 'markovec');
    await other.waitForFunction(() => document.activeElement?.matches('[data-search-status]'));
  });

  it('indexes a centre\'s week once, without the "today" marker of every day', async () => {
    const { page } = await open('/iskanje/');
    const found = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const { results } = await pagefind.search('center mladih koper');
      const pages = await Promise.all(results.map((result) => result.data()));
      return pages.filter((data) => data.url.startsWith('/centri/')).map((data) => data.content);
    })()`);
    expect(found.length).toBeGreaterThan(0);
    for (const content of found) expect(content).not.toMatch(/\(danes\)/);
  });

  it('finds the programme by its name and abbreviation in the other language, on both search pages', async () => {
    for (const [path, query, expected] of [
      ['/iskanje/', 'ESC', '/programi/ese/'],
      ['/en/search/', 'ESE', '/en/programmes/ese/'],
      ['/en/search/', 'Evropska solidarnostna enota', '/en/programmes/ese/'],
      ['/iskanje/', 'European Solidarity Corps', '/programi/ese/'],
    ] as const) {
      const { page } = await open(`${path}?q=${encodeURIComponent(query)}`);
      await searchDone(page, query);
      expect((await resultPaths(page))[0], `${path} "${query}"`).toBe(expected);
    }
  });

  it('finds the honest passage on costs and pocket money, in both languages', async () => {
    for (const [path, query, words] of [
      ['/iskanje/', 'žepnina', /žepnin/i],
      ['/iskanje/', 'stroski', /stroški/i],
      ['/en/search/', 'pocket money', /pocket money/i],
      ['/en/search/', 'costs', /costs/i],
    ] as const) {
      const { page } = await open(`${path}?q=${encodeURIComponent(query)}`);
      await searchDone(page, query);
      const first = page.locator('[data-search-results] > li').first();
      expect(await first.locator('h2 a').getAttribute('href'), `${path} "${query}"`).toMatch(/\/(programi|en\/programmes)\//);
      expect(await first.textContent()).toMatch(words);
    }
  });
});

describe('search quality', () => {
  let report: BenchmarkReport;

  beforeAll(async () => {
    report = await runBenchmark(session.browser(), baseUrl);
  }, 300_000);

  it('finds an expected page in the first three results for at least 95 % of the benchmark queries', () => {
    expect(report.outcomes.length, 'the benchmark needs at least 40 queries').toBeGreaterThanOrEqual(40);
    expect(report.ours.at3 / report.ours.total, formatReport(report)).toBeGreaterThanOrEqual(0.95);
  });

  it('finds first the page each "must be first" query expects (what visitors tripped over, #22)', () => {
    const marked = report.outcomes.filter((outcome) => outcome.query.first);
    expect(marked.length).toBeGreaterThanOrEqual(20);
    const missed = marked
      .filter((outcome) => !foundWithin(outcome.ours, outcome.query.expected, 1))
      .map((outcome) => `${outcome.query.locale} "${outcome.query.query}" → ${outcome.ours.join(', ') || 'nothing'}`);
    expect(missed, formatReport(report)).toEqual([]);
  });

  it('does at least as well as plain Pagefind, first place and first three', () => {
    expect(report.ours.at1, formatReport(report)).toBeGreaterThanOrEqual(report.plain.at1);
    expect(report.ours.at3, formatReport(report)).toBeGreaterThanOrEqual(report.plain.at3);
  });
});
