/**
 * Build time per language, for `npm run bench` (issue #31: "build time per language, which the
 * benchmark prints at 1,000 and 5,000 entries").
 *
 * Astro's log cannot say it: with `build.concurrency: 8` it starts eight pages before the first
 * one ends, so its lines "├─ page (+12ms)" mix one page's name with another's time. The benchmark
 * therefore adds a middleware to its temporary copy of the project (PAGE_TIMER_MIDDLEWARE) that
 * records when each page's render starts and ends, and shares the render phase out among the pages
 * that were in flight at each moment (`shareRenderTime`). Pagefind keeps one index per language
 * but reports only totals, so the benchmark also runs it on each language's pages alone.
 */
import { DEFAULT_LOCALE, LOCALE_DEFINITIONS, LOCALES, type Locale } from '../../src/lib/locales';

/** What a rendered file belongs to: a language, or `shared` (the staff editor, and the files at the site's root). */
export type LanguageBucket = Locale | 'shared';

/** One route as the page timer saw it: its path, and when its render started and ended (ms, one clock). */
export interface PageTime {
  path: string;
  start: number;
  end: number;
  /** The same two moments on the CPU clock of Astro's main thread (ms): steadier than wall time on a shared machine. */
  cpuStart?: number;
  cpuEnd?: number;
}

/** The environment variable that names the file the page timer writes (JSON lines of PageTime). */
export const PAGE_TIMES_ENV = 'BENCH_PAGE_TIMES';

/**
 * The middleware the benchmark puts into its copy of the project (src/middleware.ts; the site has
 * none). Astro renders static pages to a string inside the middleware's `next()`, so the interval
 * is the page's whole render, without writing its file. The times are kept in memory and written
 * once when Astro's process exits, so that no write lands inside another page's render.
 */
export const PAGE_TIMER_MIDDLEWARE = `import { writeFileSync } from 'node:fs';
import { defineMiddleware } from 'astro:middleware';

// Written by tools/bench/language-times.ts into the benchmark's temporary copy only.
const file = process.env.${PAGE_TIMES_ENV};
const times = [];
// CPU time of this thread only (Node 24): the share-card worker and libuv's threads are not the render.
const cpu = () => {
  const usage = process.threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : undefined;
};
if (file) process.once('exit', () => writeFileSync(file, times.map((time) => JSON.stringify(time)).join('\\n')));

export const onRequest = defineMiddleware(async (context, next) => {
  if (!file) return next();
  const [start, cpuStart] = [performance.now(), cpu()];
  const response = await next();
  times.push({ path: context.url.pathname, start, end: performance.now(), cpuStart, cpuEnd: cpu() });
  return response;
});
`;

/** The first path segment of each language's prefix; the default language has none. */
const PREFIXES = new Map<string, Locale>(
  LOCALES.filter((locale) => LOCALE_DEFINITIONS[locale].prefix).map((locale) => [LOCALE_DEFINITIONS[locale].prefix, locale]),
);

/**
 * The language a path of the site belongs to, by its prefix; the default language has the root.
 * The staff editor and the files at the root itself (the 404 page, robots.txt, hours.json) serve
 * every language alike (the 404 page has a line in each).
 * @example languageOfPath("/it/progetti/x/") // "it"
 * @example languageOfPath("/projekti/x/") // "sl"
 * @example languageOfPath("/robots.txt") // "shared"
 */
export function languageOfPath(path: string): LanguageBucket {
  const [first = '', ...rest] = path.replace(/^\/+/, '').split('/');
  // The editor; and the one 404 page, which Astro renders as "/404/" and writes to /404.html.
  if (first === 'admin' || (first === '404' && rest.join('') === '')) return 'shared';
  const prefixed = PREFIXES.get(first);
  if (prefixed) return prefixed;
  // A file at the root itself ("robots.txt"): no folder after it; the root "/" is the home page.
  return rest.length === 0 && first !== '' ? 'shared' : DEFAULT_LOCALE;
}

/** Whether a path is an HTML page (a folder's index, or a `.html` file) rather than a feed, calendar or data file. */
export const isHtmlPage = (path: string): boolean => path.endsWith('/') || path.endsWith('.html');

/**
 * Milliseconds of the render phase per bucket: each moment is split evenly among the routes being
 * rendered at that moment (Node renders on one thread and takes turns between them), so the
 * buckets add up to the time in which any route was rendering, however many overlapped.
 * @example shareRenderTime([{ path: "/a/", start: 0, end: 10 }, { path: "/en/a/", start: 5, end: 10 }], languageOfPath)
 *   // Map { "sl" => 7.5, "en" => 2.5 }
 */
export function shareRenderTime<Bucket>(times: readonly PageTime[], bucketOf: (path: string) => Bucket): Map<Bucket, number> {
  const events = times.flatMap((time) => {
    const bucket = bucketOf(time.path);
    return [
      { at: time.start, bucket, change: 1 },
      { at: time.end, bucket, change: -1 },
    ];
  });
  // Ends before starts at the same instant: a route that ended does not share the next moment.
  events.sort((a, b) => a.at - b.at || a.change - b.change);
  const shares = new Map<Bucket, number>();
  const inFlight = new Map<Bucket, number>();
  let total = 0;
  let previous = events[0]?.at ?? 0;
  for (const event of events) {
    const elapsed = event.at - previous;
    if (elapsed > 0 && total > 0) {
      for (const [bucket, count] of inFlight) if (count > 0) shares.set(bucket, (shares.get(bucket) ?? 0) + (elapsed * count) / total);
    }
    inFlight.set(event.bucket, (inFlight.get(event.bucket) ?? 0) + event.change);
    if (!shares.has(event.bucket)) shares.set(event.bucket, 0);
    total += event.change;
    previous = event.at;
  }
  return shares;
}

/** Pagefind run on one language's pages alone. */
export interface PagefindAlone {
  pages: number;
  seconds: number;
  cpuSeconds: number;
}

/** One language's part of a build. */
export interface LanguageTime {
  language: LanguageBucket;
  /** HTML pages rendered; feeds, calendars and data files apart. */
  pages: number;
  otherFiles: number;
  /** Seconds of Astro's render phase, shared out as `shareRenderTime` does. */
  renderSeconds: number;
  /** CPU seconds of Astro's main thread in the render, shared out the same way on its CPU clock (undefined: not recorded). */
  renderCpuSeconds: number | undefined;
  /** Pagefind on this language's pages alone (none for `shared`: Pagefind indexes no page there). */
  pagefind?: PagefindAlone | undefined;
}

/**
 * A build's time per language: its routes counted by language, and the render phase shared out.
 * Every language of the list has a row, then `shared`; the rows add up to the routes timed.
 */
export function languageTimes(times: readonly PageTime[], pagefind: Partial<Record<Locale, PagefindAlone>> = {}): LanguageTime[] {
  const render = shareRenderTime(times, languageOfPath);
  const onCpuClock = times.every((time) => time.cpuStart !== undefined && time.cpuEnd !== undefined)
    ? shareRenderTime(
        times.map((time) => ({ path: time.path, start: time.cpuStart!, end: time.cpuEnd! })),
        languageOfPath,
      )
    : undefined;
  const buckets: LanguageBucket[] = [...LOCALES, 'shared'];
  return buckets.map((language) => {
    const routes = times.filter((time) => languageOfPath(time.path) === language);
    const pages = routes.filter((time) => isHtmlPage(time.path)).length;
    return {
      language,
      pages,
      otherFiles: routes.length - pages,
      renderSeconds: (render.get(language) ?? 0) / 1000,
      renderCpuSeconds: onCpuClock && (onCpuClock.get(language) ?? 0) / 1000,
      pagefind: language === 'shared' ? undefined : pagefind[language],
    };
  });
}

/** Reads the page timer's file (JSON lines). */
export const parsePageTimes = (text: string): PageTime[] =>
  text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as PageTime);

/** The rows of one build's time per language, with the total, for the benchmark's output and docs/performance.md. */
export function formatLanguageTable(
  sizes: { entries: number; languages: LanguageTime[]; renderPhaseSeconds: number; pagefindSeconds: number }[],
): string {
  const header = [
    'N',
    'language',
    'HTML pages',
    'other files',
    'render, wall',
    'render, CPU',
    'Pagefind alone, wall',
    'Pagefind alone, CPU',
    'CPU, render + Pagefind',
  ];
  const rows: string[][] = [];
  const seconds = (value: number | undefined) => (value === undefined ? '-' : `${value.toFixed(1)} s`);
  const withShare = (value: number | undefined, total: number | undefined) =>
    value === undefined || !total ? seconds(value) : `${seconds(value)} (${Math.round((100 * value) / total)} %)`;
  for (const { entries, languages, renderPhaseSeconds, pagefindSeconds } of sizes) {
    const sum = (pick: (row: LanguageTime) => number | undefined) =>
      languages.some((row) => pick(row) !== undefined) ? languages.reduce((total, row) => total + (pick(row) ?? 0), 0) : undefined;
    const renderTotal = sum((row) => row.renderSeconds);
    const cpuTotal = sum((row) => row.renderCpuSeconds);
    const bothCpu = (row: LanguageTime) =>
      row.renderCpuSeconds === undefined ? undefined : row.renderCpuSeconds + (row.pagefind?.cpuSeconds ?? 0);
    for (const row of languages) {
      rows.push([
        String(entries),
        row.language,
        String(row.pages),
        String(row.otherFiles),
        withShare(row.renderSeconds, renderTotal),
        withShare(row.renderCpuSeconds, cpuTotal),
        seconds(row.pagefind?.seconds),
        seconds(row.pagefind?.cpuSeconds),
        seconds(bothCpu(row)),
      ]);
    }
    rows.push([
      String(entries),
      'total',
      String(sum((row) => row.pages)),
      String(sum((row) => row.otherFiles)),
      `${seconds(renderTotal)} (phase ${seconds(renderPhaseSeconds)})`,
      seconds(cpuTotal),
      `${seconds(sum((row) => row.pagefind?.seconds))} (together ${seconds(pagefindSeconds)})`,
      seconds(sum((row) => row.pagefind?.cpuSeconds)),
      seconds(sum(bothCpu)),
    ]);
  }
  const widths = header.map((_, column) => Math.max(header[column]!.length, ...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
