/**
 * The site at N = 1,000 synthetic entries (the same content `npm run bench` builds): every content
 * page within the byte budgets of weight.test.ts, one search within its budget, every list
 * reachable in full through its numbered pages, and the page types that only appear at this size
 * (later list pages, a partner's own project pages, long funder and strand lists) accessible,
 * self-contained and usable with the keyboard. Budgets are bytes and counts, never times.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { HtmlElement } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { measureSearch, prepareProject, SEARCH_BYTES_BUDGET } from '../../tools/bench/bench-project';
import { PAGE_CAPS, PAGE_SIZE, pageCount } from '../../src/lib/pagination';
import { entryUrl, fitCheckUrl, listUrl, startUrl, type PagedCollection } from '../../src/lib/routes';
import { dictionary } from '../../src/i18n';
import { launchBrowser } from '../../tools/harness/browser';
import { attributeValue, readDocument } from '../../tools/harness/html';
import { COMBINATIONS, combinationsOf, createInspector, formatAxeViolations, LAYOUTS, type PageReport } from './support/inspect';
import { hasVisibleFocusIndicator, walkTabOrder } from './support/keyboard';
import { servedFile } from '../../tools/harness/links';
import { discoverHtmlDocuments } from '../../tools/harness/pages';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';
import { HTML_AND_CSS_GZIP_BUDGET, JAVASCRIPT_GZIP_BUDGET, kilobytes, measurePage, NOT_CONTENT_PAGES } from '../../tools/harness/weight';

const ENTRIES = 1000;
/** The funder most synthetic projects name, so its project list spans many pages. */
const BIG_FUNDER = 'evropska-unija';
/** Page types that exist only when lists are long, in both languages. */
const LONG_LIST_PAGES = [
  '/projekti/stran/2/',
  '/en/partners/page/2/',
  `/partnerji/${BIG_FUNDER}/projekti/stran/2/`,
  `/en/partners/${BIG_FUNDER}/projects/`,
  '/financerji/',
  '/programi/ese/',
  '/',
  // The questions page in pages (#30): 30 synthetic questions beside the real ones.
  '/vprasanja/stran/2/',
  '/en/questions/page/2/',
];

let project: string;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(() => {
  project = prepareProject(ENTRIES, 1);
  dist = join(project, 'dist');
  // `npm run build` as staff and CI run it, in the copy.
  const result = spawnSync(join(project, 'node_modules', '.bin', 'tsx'), ['src/cli/build.ts'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`npm run build failed for N = ${ENTRIES} (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
});

afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  if (project) rmSync(project, { recursive: true, force: true });
});

describe(`the site at ${ENTRIES} synthetic entries`, () => {
  it('keeps every content page within the HTML+CSS and JavaScript budgets', async () => {
    const pages = discoverHtmlDocuments(dist).filter((page) => !NOT_CONTENT_PAGES.has(page.urlPath) && !page.urlPath.startsWith('/admin/'));
    expect(pages.length).toBeGreaterThan(ENTRIES * 2);
    const over: string[] = [];
    let heaviest = { urlPath: '', bytes: 0 };
    for (const page of pages) {
      const weight = await measurePage(dist, page.file, page.urlPath);
      if (weight.htmlAndCss.gzip > heaviest.bytes) heaviest = { urlPath: page.urlPath, bytes: weight.htmlAndCss.gzip };
      if (weight.htmlAndCss.gzip > HTML_AND_CSS_GZIP_BUDGET)
        over.push(`${page.urlPath}: HTML+CSS ${kilobytes(weight.htmlAndCss.gzip)} gzip`);
      if (weight.javaScript.gzip > JAVASCRIPT_GZIP_BUDGET)
        over.push(`${page.urlPath}: JavaScript ${kilobytes(weight.javaScript.gzip)} gzip`);
      if (weight.unresolved.length > 0) over.push(`${page.urlPath}: loads files that are not built: ${weight.unresolved.join(', ')}`);
    }
    console.log(
      `N = ${ENTRIES}: ${pages.length} content pages, heaviest ${heaviest.urlPath} at ${kilobytes(heaviest.bytes)} HTML+CSS gzip`,
    );
    expect(
      over,
      `over budget (${kilobytes(HTML_AND_CSS_GZIP_BUDGET)} HTML+CSS, ${kilobytes(JAVASCRIPT_GZIP_BUDGET)} JS):\n${over.join('\n')}`,
    ).toEqual([]);
  });

  it(`fetches at most ${kilobytes(SEARCH_BYTES_BUDGET)} for one search`, async () => {
    browser = await launchBrowser(inject('chromiumPath'));
    const search = await measureSearch(dist, browser);
    expect(search.results, 'result fragments loaded').toBeGreaterThanOrEqual(5);
    expect(search.gzipBytes, `one search fetched ${kilobytes(search.gzipBytes)} in ${search.requests} requests`).toBeLessThanOrEqual(
      SEARCH_BYTES_BUDGET,
    );
  });
});

/** The element tree of a built page. */
async function builtPage(urlPath: string): Promise<HtmlElement> {
  const served = servedFile(dist, urlPath);
  if ('problem' in served) throw new Error(`${urlPath} ${served.problem}`);
  return (await readDocument(dist, served.file.slice(dist.length + 1))).root;
}

/** Links inside <main> of a built page, and its rel="next" link. */
async function linksOf(urlPath: string): Promise<{ inMain: string[]; next: string | undefined }> {
  const root = await builtPage(urlPath);
  const hrefs = (selector: string) => root.querySelectorAll(selector).map((link) => attributeValue(link, 'href') ?? '');
  return { inMain: hrefs('main a[href]'), next: hrefs('a[rel="next"]')[0] };
}

/** Follows rel="next" from `first` to the end; the entry links each page holds, page by page. */
async function walkPages(first: string, isEntry: (href: string) => boolean): Promise<string[][]> {
  const pages: string[][] = [];
  for (let url: string | undefined = first; url;) {
    const { inMain, next } = await linksOf(url);
    pages.push([...new Set(inMain.filter(isEntry))]);
    expect(pages.length, `the pages after ${first} never end`).toBeLessThan(1000);
    url = next;
  }
  return pages;
}

const idsIn = (collection: string) =>
  readdirSync(join(project, 'content', collection, 'sl'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => name.replace(/\.md$/, ''));

describe.each(['sl', 'en'] as const)('the numbered pages of each list (%s)', (locale) => {
  it.each(['programmes', 'projects', 'partners', 'centres'] as PagedCollection[])(
    'reach every %s entry exactly once',
    async (collection) => {
      const base = listUrl(collection, locale);
      const entryPattern = new RegExp(`^${base}(?!stran/|page/)[^/]+/$`);
      const pages = await walkPages(base, (href) => entryPattern.test(href));
      const ids = idsIn(collection);
      expect(pages.length).toBe(pageCount(ids.length, PAGE_SIZE[collection]));
      expect(pages.slice(0, -1).every((links) => links.length === PAGE_SIZE[collection])).toBe(true);
      const reached = pages.flat().map((href) => href.slice(base.length, -1));
      expect(reached.length, 'an entry is listed on two pages').toBe(new Set(reached).size);
      expect(reached.sort()).toEqual(ids.sort());
    },
  );
});

describe("a big funder's own project pages", () => {
  it('list everything it funds, each once, and its partner page links to them with the total', async () => {
    const funded = ['projects', 'programmes'].flatMap((collection) =>
      idsIn(collection)
        .filter((id) =>
          new RegExp(`^\\s*- partner: ${BIG_FUNDER}$|^\\s*partner: ${BIG_FUNDER}$`, 'm').test(
            readFileSync(join(project, 'content', collection, 'sl', `${id}.md`), 'utf8'),
          ),
        )
        .map((id) => `/${collection === 'projects' ? 'projekti' : 'programi'}/${id}/`),
    );
    expect(funded.length).toBeGreaterThan(PAGE_SIZE.partnerProjects * 2);
    const partnerPage = await linksOf(`/partnerji/${BIG_FUNDER}/`);
    expect(partnerPage.inMain).toContain(`/partnerji/${BIG_FUNDER}/projekti/`);
    const pages = await walkPages(`/partnerji/${BIG_FUNDER}/projekti/`, (href) => /^\/(projekti|programi)\/[^/]+\/$/.test(href));
    expect(pages.length).toBe(pageCount(funded.length, PAGE_SIZE.partnerProjects));
    const listed = pages.flat();
    expect(listed.length).toBe(new Set(listed).size);
    expect(listed.sort()).toEqual(funded.sort());
    const linkText = readFileSync(join(dist, 'partnerji', BIG_FUNDER, 'index.html'), 'utf8');
    expect(linkText).toContain(`(${funded.length})`);
  });
});

describe('pages that only long lists have', () => {
  const reports = new Map<string, PageReport>();

  beforeAll(async () => {
    server = await startServer(dist);
    browser ??= await launchBrowser(inject('chromiumPath'));
    for (const layout of LAYOUTS) {
      const inspector = await createInspector(browser, server.baseUrl, layout);
      for (const urlPath of LONG_LIST_PAGES) {
        const checked = await inspector.inspect(urlPath, 200);
        combinationsOf(layout).forEach((combination, index) => reports.set(`${combination.name} ${urlPath}`, checked[index]!));
      }
      await inspector.close();
    }
  });

  it.each(LONG_LIST_PAGES)('%s has no axe violations, foreign requests, errors or sideways scrolling', (urlPath) => {
    for (const combination of COMBINATIONS) {
      const report = reports.get(`${combination.name} ${urlPath}`)!;
      expect(report.axeViolations, `${urlPath} in ${combination.name}:\n${formatAxeViolations(report.axeViolations)}`).toEqual([]);
      expect(report.foreignRequests).toEqual([]);
      expect([
        ...report.consoleErrors,
        ...report.pageErrors,
        ...report.failedRequests,
        ...report.errorResponses,
        ...report.cspViolations,
      ]).toEqual([]);
      expect(report.h1Count).toBe(1);
      if (combination.mustNotScrollHorizontally)
        expect(report.overflow.overflowingElements, `${urlPath} scrolls sideways in ${combination.name}`).toEqual([]);
    }
  });

  it('lets a keyboard reach every page link of a pager, each visibly focused', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/projekti/stran/2/`);
      const walk = await walkTabOrder(page);
      expect(walk.unreached).toEqual([]);
      const pagerLinks = walk.focused.filter((element) => /^\/projekti\/(stran\/\d+\/)?$/.test(element.href ?? '') && element.rect.y > 0);
      expect(pagerLinks.map((element) => element.href)).toEqual(expect.arrayContaining(['/projekti/', '/projekti/stran/3/']));
      for (const element of pagerLinks) expect(hasVisibleFocusIndicator(element), element.description).toBe(true);
    } finally {
      await context.close();
    }
  });
});

/** The number a "the rest" paragraph stands for (its data-more), and that its link goes to the whole list. */
function moreOf(paragraph: HtmlElement | undefined, list: string): number {
  if (!paragraph) return 0;
  expect(paragraph.querySelectorAll('a').map((link) => attributeValue(link, 'href'))).toEqual([list]);
  return Number(attributeValue(paragraph, 'data-more'));
}

describe.each(['sl', 'en'] as const)('the way in with many strands (%s): the first few, then a link to the rest', (locale) => {
  const programmes = () => listUrl('programmes', locale);

  it('shows six strands on the start page and links to all programmes', async () => {
    const root = await builtPage(startUrl(locale));
    expect(idsIn('programmes').length).toBeGreaterThan(6);
    expect(root.querySelectorAll('main li[data-strand]')).toHaveLength(6);
    const all = root.querySelectorAll('main a').filter((link) => attributeValue(link, 'href') === programmes());
    expect(all.map((link) => link.textContent.trim())).toContain(dictionary(locale).home.allProgrammes);
  });

  it(`lists at most ${PAGE_CAPS.strands} strands on the programme's page and links to all programmes (#30)`, async () => {
    const section = (await builtPage(entryUrl('programmes', 'ese', locale))).querySelector('section[aria-labelledby="strands"]')!;
    expect(idsIn('programmes').length).toBeGreaterThan(PAGE_CAPS.strands);
    expect(section.querySelectorAll('li')).toHaveLength(PAGE_CAPS.strands);
    const more = section.querySelector('[data-strands-capped] a');
    expect(more && attributeValue(more, 'href')).toBe(programmes());
  });

  it('keeps every fit-check result short and says how many strands each link leaves out', async () => {
    const results = discoverHtmlDocuments(dist).filter(
      (page) => page.urlPath.startsWith(fitCheckUrl(locale)) && page.urlPath.slice(fitCheckUrl(locale).length).split('/').length === 4,
    );
    expect(results.length).toBeGreaterThan(0);
    let groupsCut = 0;
    let lengthsCut = 0;
    for (const { urlPath } of results) {
      const root = await builtPage(urlPath);
      let suitable = 0;
      for (const group of root.querySelectorAll('[data-fit]')) {
        const cards = group.querySelectorAll('li[data-strand]').length;
        const more = moreOf(group.querySelectorAll('p[data-more]')[0], programmes());
        expect(cards, `${urlPath} ${attributeValue(group, 'data-fit')}`).toBeLessThanOrEqual(8);
        if (more > 0) expect(cards, `${urlPath}: a group with a link to the rest shows eight first`).toBe(8);
        if (more > 0) groupsCut += 1;
        if (attributeValue(group, 'data-fit') !== 'no') suitable += cards + more;
      }
      const lengths = root.querySelectorAll('section[aria-labelledby="fit-length"] details');
      expect(lengths.length).toBeGreaterThan(0);
      for (const answer of lengths) {
        const listed = answer.querySelectorAll('li[data-strand]').length;
        const more = moreOf(answer.querySelectorAll('p[data-more]')[0], programmes());
        expect(listed + more, `${urlPath}: every strand that may suit is listed or counted under each length`).toBe(suitable);
        expect(listed).toBe(Math.min(8, suitable));
        if (more > 0) lengthsCut += 1;
      }
    }
    // At this size some answers do leave strands out, so the links above were really checked.
    expect(groupsCut).toBeGreaterThan(0);
    expect(lengthsCut).toBeGreaterThan(0);
  });
});
