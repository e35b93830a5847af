/**
 * The search quality benchmark, run in Chromium against the built site: every query of
 * search-benchmark-queries.ts through plain Pagefind (`pagefind.search(query)`, as it comes)
 * and through our search page (typed into its box, as a visitor would), scored by whether an
 * expected page is first (success@1) or among the first three (success@3). Also measures the
 * bytes one search loads. Used by `npm run bench:search` and by tests/e2e/search.test.ts.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { BENCHMARK_QUERIES, type BenchmarkQuery } from './search-benchmark-queries';

const SEARCH_PAGE = { sl: '/iskanje/', en: '/en/search/' } as const;

export interface QueryOutcome {
  query: BenchmarkQuery;
  /** First three result paths of plain Pagefind. */
  plain: string[];
  /** First three result paths of our search page. */
  ours: string[];
}

export interface Score {
  at1: number;
  at3: number;
  total: number;
}

export interface BenchmarkReport {
  outcomes: QueryOutcome[];
  plain: Score;
  ours: Score;
}

/** True when one of the first `n` results is a page the query expects. */
export const foundWithin = (results: readonly string[], expected: readonly string[], n: number): boolean =>
  results.slice(0, n).some((result) => expected.includes(result));

function score(outcomes: QueryOutcome[], which: 'plain' | 'ours'): Score {
  return {
    at1: outcomes.filter((outcome) => foundWithin(outcome[which], outcome.query.expected, 1)).length,
    at3: outcomes.filter((outcome) => foundWithin(outcome[which], outcome.query.expected, 3)).length,
    total: outcomes.length,
  };
}

/** Waits until the search page has finished the search for `query`, and reads its first three results. */
async function oursFor(page: Page, query: string): Promise<string[]> {
  const box = page.locator('[data-search-root] [data-search-input]');
  await box.fill(query);
  await box.press('Enter');
  await page.waitForFunction(
    (expected) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      return (
        root?.dataset['searchQuery'] === expected && (root.dataset['searchState'] === 'done' || root.dataset['searchState'] === 'failed')
      );
    },
    query,
    { timeout: 15_000 },
  );
  return page.$$eval('[data-search-results] > li h2 a', (links) =>
    links.slice(0, 3).map((link) => new URL((link as HTMLAnchorElement).href).pathname),
  );
}

/**
 * Plain Pagefind in the same page: its search as it comes, no options. The script is a string
 * so that no bundler (vitest's included) rewrites its `import()` for Node.
 */
async function plainFor(page: Page, query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    const { results } = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(results.slice(0, 3).map(async (result) => (await result.data()).url));
  })()`);
}

/** Runs every benchmark query in both ways. */
export async function runBenchmark(
  browser: Browser,
  baseUrl: string,
  queries: readonly BenchmarkQuery[] = BENCHMARK_QUERIES,
): Promise<BenchmarkReport> {
  const outcomes: QueryOutcome[] = [];
  for (const locale of ['sl', 'en'] as const) {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(new URL(SEARCH_PAGE[locale], baseUrl).href);
      for (const query of queries.filter((candidate) => candidate.locale === locale)) {
        outcomes.push({ query, plain: await plainFor(page, query.query), ours: await oursFor(page, query.query) });
      }
    } finally {
      await context.close();
    }
  }
  return { outcomes, plain: score(outcomes, 'plain'), ours: score(outcomes, 'ours') };
}

export interface LoadedFile {
  path: string;
  /** Size as served (Pagefind's index, fragments and WebAssembly are compressed already). */
  bytes: number;
  /** Size gzipped, as a compressing host would send it. */
  gzipBytes: number;
}

export interface SearchWeight {
  query: string;
  /** What the search page itself loads before anything is typed (HTML, CSS, the islands). */
  page: LoadedFile[];
  /** Everything one search loads: Pagefind's script, worker, WebAssembly, index, fragments. */
  search: LoadedFile[];
}

/** Sum of one size over files. */
export const totalOf = (files: readonly LoadedFile[], key: 'bytes' | 'gzipBytes'): number =>
  files.reduce((total, file) => total + file[key], 0);

/**
 * What one search costs a visitor: the search page as it loads, then everything requested
 * from typing the query to the results being shown (the fragments of the results listed).
 */
export async function measureOneSearch(
  browser: Browser,
  baseUrl: string,
  distDir: string,
  query = 'prostovoljec v tujini',
): Promise<SearchWeight> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const requested = { page: [] as string[], search: [] as string[] };
    let phase: keyof typeof requested = 'page';
    page.on('requestfinished', (request) => requested[phase].push(new URL(request.url()).pathname));
    await page.goto(new URL(SEARCH_PAGE.sl, baseUrl).href, { waitUntil: 'networkidle' });
    phase = 'search';
    await oursFor(page, query);
    await page.waitForLoadState('networkidle');
    const describe = (urlPaths: string[]): LoadedFile[] =>
      [...new Set(urlPaths)].map((urlPath) => {
        const file = urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath;
        const content = readFileSync(path.join(distDir, decodeURIComponent(file)));
        return { path: urlPath, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
      });
    // A file the page already had (the favicon, asked for again after the URL changes) costs nothing new.
    const searchOnly = requested.search.filter((urlPath) => !requested.page.includes(urlPath));
    return { query, page: describe(requested.page), search: describe(searchOnly) };
  } finally {
    await context.close();
  }
}

const percent = (part: number, whole: number) => `${((100 * part) / whole).toFixed(0)} %`;

/** The report as a table for people. */
export function formatReport(report: BenchmarkReport): string {
  const mark = (results: string[], expected: string[]) =>
    foundWithin(results, expected, 1) ? '1' : foundWithin(results, expected, 3) ? '3' : '✗';
  const lines = report.outcomes.map(
    ({ query, plain, ours }) =>
      `  ${mark(plain, query.expected)}     ${mark(ours, query.expected)}    ${query.locale}  ${query.query}  (${query.kind})`,
  );
  const row = (label: string, s: Score) =>
    `${label.padEnd(16)}${`${s.at1}/${s.total}  ${percent(s.at1, s.total)}`.padEnd(16)}${s.at3}/${s.total}  ${percent(s.at3, s.total)}`;
  return [
    'plain  ours   (1 = expected page first, 3 = in the first three, ✗ = not)',
    ...lines,
    '',
    `${''.padEnd(16)}${'success@1'.padEnd(16)}success@3`,
    row('plain Pagefind', report.plain),
    row('our search', report.ours),
  ].join('\n');
}
