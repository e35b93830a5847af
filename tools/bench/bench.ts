/**
 * `npm run bench [-- --sizes 100,1000,5000 --seed 1 --keep]`: how the site scales. For each N it
 * copies the project to a temporary folder (node_modules linked, real content copied, N synthetic
 * entries added), runs `npm run build` (src/cli/build.ts) under /usr/bin/time, and measures what
 * came out: time per step, pages per second, peak memory, dist/ size, page weight, the bytes one
 * Pagefind search fetches in Chromium, and apart, what `--precompress` would add. Results go to .bench/results.json and a table.
 * The real content/ is never written to.
 *
 * `--budgets` (`npm run bench:budgets`) measures every content page instead of a sample and exits
 * non-zero when a page or the search is over the byte budgets below, at every size given: the
 * script should check N = 1,000 and 5,000 (`--sizes 1000,5000`), since lists that grow with the
 * content show only at the larger size (#30: /en/programmes/ese/ at 5,000 entries).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { HTML_AND_CSS_GZIP_BUDGET, JAVASCRIPT_GZIP_BUDGET, measurePage, NOT_CONTENT_PAGES, type PageWeight } from '../harness/weight';
import { countsFor } from './bench-content';
import { buildPhases } from './build-phases';
import {
  formatLanguageTable,
  languageOfPath,
  languageTimes,
  PAGE_TIMER_MIDDLEWARE,
  PAGE_TIMES_ENV,
  parsePageTimes,
  type LanguageTime,
  type PagefindAlone,
} from './language-times';
import { cardCount, type CardCount } from './share-card-log';
import { buildSteps } from '../../src/cli/build';
import { precompressFolder } from '../../src/cli/precompress';
import { LOCALES, type Locale } from '../../src/lib/locales';
import {
  measureSearch,
  prepareProject,
  prepareReference,
  SEARCH_BYTES_BUDGET,
  SEARCH_QUERY as QUERY,
  warmRebuilds,
  type WarmResult,
} from './bench-project';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Pages measured with CSS and JS (html-validate parsing is the slow part); all pages get HTML gzip. */
const WEIGHT_SAMPLE = 400;
/** Not content pages, as in tests/e2e/weight.test.ts: search (in every language) loads Pagefind by design, /admin/ is the staff editor. */
const isNotContentPage = (urlPath: string): boolean => NOT_CONTENT_PAGES.has(urlPath) || urlPath.startsWith('/admin/');
/** The page-weight budgets of tests/e2e/weight.test.ts, and the issue's search budget (gzip over the wire). */
const BUDGETS = { htmlAndCssGzip: HTML_AND_CSS_GZIP_BUDGET, javaScriptGzip: JAVASCRIPT_GZIP_BUDGET, searchBytes: SEARCH_BYTES_BUDGET };

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

interface StepResult {
  seconds: number;
  /** User + system CPU seconds of the whole process tree: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakRssMiB: number;
  output: string;
}

export interface BenchResult {
  entries: number;
  synthetic: ReturnType<typeof countsFor>;
  pages: number;
  /** NODE_OPTIONS Astro ran with (the heap limit src/cli/build.ts gives it). */
  astroNodeOptions: string;
  /** Seconds from the start of the build; the check runs beside Astro's content sync. */
  seconds: ReturnType<typeof buildPhases>;
  /** CPU seconds of the whole build (user + system, every process): on 2 cores at most twice the wall time. */
  cpuSeconds: number;
  /** Pages per second of Astro's bundling and rendering (after content sync). */
  pagesPerSecond: number;
  /** Largest single process of the build (Astro, in practice). */
  peakRssMiB: number;
  distMiB: number;
  pageWeightGzip: {
    sampled: number;
    medianHtmlCssJs: number;
    largestHtmlCssJs: { bytes: number; page: string };
    largestHtmlCss: { bytes: number; page: string };
    largestHtmlOnly: { bytes: number; page: string };
  };
  search: { query: string; requests: number; bytes: number; gzipBytes: number; results: number };
  /** The content page that runs the most JavaScript, every page counted (gzip, islands and their imports). */
  largestJavaScript: { bytes: number; page: string };
  /**
   * What `npm run build -- --precompress` adds to the build: the compressed copies of the cold
   * build's files, written into a copy of it, from scratch (CPU of this process: zlib's threads included).
   */
  precompress: { seconds: number; cpuSeconds: number; files: number };
  /** A plain `astro build` of the same Markdown in the same run (bench-project.ts, prepareReference). */
  reference: { seconds: number; cpuSeconds: number; peakRssMiB: number };
  warm: WarmResult & {
    /** The phases of the warm rebuild (the changed entry), as `seconds` for the cold build. */
    phases: ReturnType<typeof buildPhases>;
    /** Astro cleared its content store in the warm rebuild (its log says so): the cache was not used. */
    storeCleared: boolean;
  };
  /** Share cards drawn and taken from the cache, cold and in the warm rebuild (undefined: the log said nothing). */
  shareCards: { cold: CardCount | undefined; warm: CardCount | undefined; disabled: boolean };
  /** The cold build's HTML pages, render time and Pagefind per language (language-times.ts). */
  languages: LanguageTime[];
  /** Budget breaches, with `--budgets` only. */
  overBudget?: string[];
}

function parseArguments(argv: string[]) {
  const value = (name: string) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const sizes = (value('--sizes') ?? '100,1000,5000').split(',').map((size) => Number(size.replace(/_/g, '')));
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error('--sizes takes whole numbers, e.g. --sizes 100,1000');
  return {
    sizes,
    seed: Number(value('--seed') ?? 1),
    keep: argv.includes('--keep'),
    budgets: argv.includes('--budgets'),
    withoutCards: argv.includes('--without-cards'),
    out: value('--out') ?? join(root, '.bench', 'results.json'),
  };
}

/**
 * Runs a command under GNU time for its peak RSS (of the largest single process), timing each
 * output line so that Astro's own phases can be told apart.
 */
function run(
  command: string[],
  cwd: string,
  lines: { at: number; text: string }[] = [],
  env: NodeJS.ProcessEnv = process.env,
): Promise<StepResult> {
  const timeFile = join(cwd, '.bench-time');
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M %U %S', '-o', timeFile, ...command], {
      cwd,
      env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let output = '';
    let pending = '';
    const collect = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      pending += text;
      const complete = pending.split('\n');
      pending = complete.pop() ?? '';
      // Colour codes would split the phrases the phases are found by (some tools colour even when piped).
      // eslint-disable-next-line no-control-regex -- removes the ANSI colour codes (ESC [ … m) of the build's output
      for (const line of complete) lines.push({ at: (performance.now() - started) / 1000, text: line.replace(/\x1b\[[0-9;]*m/g, '') });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${command.join(' ')} failed (exit ${code}):\n${output.slice(-4000)}`));
      const [kib, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
      resolve({ seconds, cpuSeconds: (user ?? 0) + (system ?? 0), peakRssMiB: (kib ?? 0) / 1024, output });
    });
  });
}

/** Every file under a folder, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
};

async function measureWeights(dist: string, everyPage: boolean) {
  const pages = filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => {
      const path = relative(dist, file).split(sep).join('/');
      const urlPath = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
      return { file: path, urlPath, htmlGzip: gzipSync(readFileSync(file)).length };
    })
    .filter((page) => !isNotContentPage(page.urlPath))
    .sort((a, b) => b.htmlGzip - a.htmlGzip);
  // The heaviest HTML pages, and an even spread over the rest (so the median is the median).
  const step = everyPage ? 1 : Math.max(1, Math.floor(pages.length / WEIGHT_SAMPLE));
  const chosen = new Set([...pages.slice(0, 20), ...pages.filter((_, index) => index % step === 0)]);
  const weights: PageWeight[] = [];
  for (const page of chosen) weights.push(await measurePage(dist, page.file, page.urlPath));
  const total = (weight: PageWeight) => weight.htmlAndCss.gzip + weight.javaScript.gzip;
  const largest = (score: (weight: PageWeight) => number) => {
    const top = weights.reduce((best, weight) => (score(weight) > score(best) ? weight : best));
    return { bytes: score(top), page: top.urlPath };
  };
  const spread = weights.filter((weight) => pages.findIndex((page) => page.urlPath === weight.urlPath) % step === 0);
  const overBudget = weights.flatMap((weight) => [
    ...(weight.htmlAndCss.gzip > BUDGETS.htmlAndCssGzip
      ? [`${weight.urlPath}: HTML+CSS ${kb(weight.htmlAndCss.gzip)} gzip > ${kb(BUDGETS.htmlAndCssGzip)}`]
      : []),
    ...(weight.javaScript.gzip > BUDGETS.javaScriptGzip
      ? [`${weight.urlPath}: JavaScript ${kb(weight.javaScript.gzip)} gzip > ${kb(BUDGETS.javaScriptGzip)}`]
      : []),
    ...weight.unresolved.map((item) => `${weight.urlPath}: loads a file that is not in dist/: ${item}`),
  ]);
  return {
    pages: pages.length,
    overBudget,
    weight: {
      sampled: weights.length,
      medianHtmlCssJs: median(spread.map(total)),
      largestHtmlCssJs: largest(total),
      largestHtmlCss: largest((weight) => weight.htmlAndCss.gzip),
      largestHtmlOnly: largest((weight) => weight.html.gzip),
    },
  };
}

/** The script tags and module preloads of a page: pages with the same ones run the same JavaScript. */
function scriptsOf(html: string): string {
  const tags = html.match(/<script\b[^>]*>[\s\S]*?<\/script>|<link\b[^>]*\bmodulepreload\b[^>]*>/g) ?? [];
  return tags.filter((tag) => !tag.includes('application/ld+json')).join('\n');
}

/**
 * The largest JavaScript any content page runs. Every page is read, and one page of each set of
 * scripts is measured as tests/e2e/weight.test.ts does (the files and every module they import).
 */
async function largestJavaScript(dist: string): Promise<{ bytes: number; page: string }> {
  const bySet = new Map<string, { file: string; urlPath: string }>();
  for (const file of filesUnder(dist).filter((name) => name.endsWith('.html'))) {
    const path = relative(dist, file).split(sep).join('/');
    const urlPath = `/${path.replace(/(^|\/)index\.html$/, '$1')}`;
    if (isNotContentPage(urlPath)) continue;
    const key = scriptsOf(readFileSync(file, 'utf8'));
    if (!bySet.has(key)) bySet.set(key, { file: path, urlPath });
  }
  let largest = { bytes: 0, page: '' };
  for (const { file, urlPath } of bySet.values()) {
    const bytes = (await measurePage(dist, file, urlPath)).javaScript.gzip;
    if (bytes > largest.bytes) largest = { bytes, page: urlPath };
  }
  return largest;
}

/**
 * The step `--precompress` adds, timed on its own: a hard-linked copy of the build gets its
 * compressed copies from scratch (as a cold `npm run build -- --precompress` writes them, while
 * and after Pagefind runs), and is removed; the build itself stays without them, as `npm run build`
 * leaves it.
 */
async function timePrecompress(dist: string): Promise<{ seconds: number; cpuSeconds: number; files: number }> {
  const copy = `${dist}-precompressed`;
  const copied = spawnSync('cp', ['-al', dist, copy]);
  if (copied.status !== 0) throw new Error(`cp -al ${dist} ${copy} failed: ${copied.stderr.toString()}`);
  try {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const report = await precompressFolder(copy, undefined);
    const cpu = process.cpuUsage(cpuBefore);
    return { seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6, files: report.files };
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/**
 * Pagefind on each language's pages alone: the cold build's HTML pages of that language, hard-linked
 * into a folder of their own (same paths), indexed there and removed. Pagefind keeps one index per
 * language but reports only totals; run apart, each language's indexing is timed on its own.
 */
async function pagefindByLanguage(dist: string, pagefind: string): Promise<Partial<Record<Locale, PagefindAlone>>> {
  const pages = filesUnder(dist)
    .filter((file) => file.endsWith('.html'))
    .map((file) => relative(dist, file).split(sep).join('/'));
  const byLanguage: Partial<Record<Locale, PagefindAlone>> = {};
  for (const locale of LOCALES) {
    const own = pages.filter((path) => languageOfPath(`/${path.replace(/(^|\/)index\.html$/, '$1')}`) === locale);
    const folder = `${dist}-pagefind-${locale}`;
    try {
      for (const path of own) {
        mkdirSync(join(folder, path, '..'), { recursive: true });
        linkSync(join(dist, path), join(folder, path));
      }
      const alone = await run([pagefind, '--site', folder], join(dist, '..'));
      byLanguage[locale] = { pages: own.length, seconds: alone.seconds, cpuSeconds: alone.cpuSeconds };
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  }
  return byLanguage;
}

/** Puts the page timer into the benchmark's copy of the project (the site has no middleware of its own). */
function installPageTimer(dir: string): string {
  const middleware = join(dir, 'src', 'middleware.ts');
  if (existsSync(middleware)) throw new Error(`${middleware} exists: the page timer (tools/bench/language-times.ts) would replace it`);
  writeFileSync(middleware, PAGE_TIMER_MIDDLEWARE);
  return join(dir, '.bench-page-times');
}

async function benchOnce(entries: number, seed: number, keep: boolean, budgets: boolean, withoutCards: boolean): Promise<BenchResult> {
  const dir = prepareProject(entries, seed);
  const pageTimes = installPageTimer(dir);
  const env = withoutCards ? { ...process.env, SHARE_CARDS: 'off' } : process.env;
  const bin = (name: string) => join(dir, 'node_modules', '.bin', name);
  try {
    console.error(`N = ${entries}: the reference build`);
    const reference = await run([bin('astro'), 'build'], prepareReference(dir));
    console.error(`N = ${entries}: building in ${dir}`);
    // `npm run build` itself (src/cli/build.ts): the check beside Astro, then Pagefind. GNU time
    // reports the largest single process of the tree; the phases are read from the log's times.
    const lines: { at: number; text: string }[] = [];
    const buildCommand = [bin('tsx'), 'src/cli/build.ts'];
    // Only the cold build records its pages' render times.
    const build = await run(buildCommand, dir, lines, { ...env, [PAGE_TIMES_ENV]: pageTimes });
    const astroNodeOptions = buildSteps(dir).astro.env['NODE_OPTIONS'] ?? '';
    const dist = join(dir, 'dist');
    const { pages, weight, overBudget } = await measureWeights(dist, budgets);
    const search = await measureSearch(dist);
    const javaScript = await largestJavaScript(dist);
    console.error(`N = ${entries}: Pagefind on each language's pages alone`);
    const languages = languageTimes(parsePageTimes(readFileSync(pageTimes, 'utf8')), await pagefindByLanguage(dist, bin('pagefind')));
    console.error(`N = ${entries}: the compressed copies (--precompress), timed apart`);
    const precompress = await timePrecompress(dist);
    console.error(`N = ${entries}: warm rebuilds (one entry changed, then changed back)`);
    const warmRuns: { lines: { at: number; text: string }[]; result: StepResult }[] = [];
    const warm = await warmRebuilds(dir, async () => {
      const warmLines: { at: number; text: string }[] = [];
      const result = await run(buildCommand, dir, warmLines, env);
      warmRuns.push({ lines: warmLines, result });
      return result;
    });
    const [changedRun] = warmRuns;
    const distBytes = filesUnder(dist).reduce((total, file) => total + statSync(file).size, 0);
    const seconds = buildPhases(lines, build.seconds);
    return {
      entries,
      synthetic: countsFor(entries),
      pages,
      astroNodeOptions,
      seconds,
      cpuSeconds: build.cpuSeconds,
      pagesPerSecond: pages / (seconds.astro - seconds.contentSync),
      peakRssMiB: build.peakRssMiB,
      distMiB: distBytes / 1024 / 1024,
      pageWeightGzip: weight,
      search,
      largestJavaScript: javaScript,
      precompress,
      languages,
      shareCards: { cold: cardCount(build.output), warm: cardCount(changedRun?.result.output ?? ''), disabled: withoutCards },
      reference: { seconds: reference.seconds, cpuSeconds: reference.cpuSeconds, peakRssMiB: reference.peakRssMiB },
      warm: {
        ...warm,
        phases: buildPhases(changedRun?.lines ?? [], warm.seconds),
        storeCleared: (changedRun?.lines ?? []).some((line) => /Clearing content store|content changed: reading all/i.test(line.text)),
      },
      ...(budgets && {
        overBudget: [
          ...overBudget,
          ...(search.gzipBytes > BUDGETS.searchBytes
            ? [`search "${QUERY}": ${kb(search.gzipBytes)} gzip fetched > ${kb(BUDGETS.searchBytes)}`]
            : []),
        ],
      }),
    };
  } finally {
    if (keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The results side by side, one column per N. */
export function formatTable(results: BenchResult[]): string {
  const rows: [string, (result: BenchResult) => string][] = [
    ['synthetic entries (+ real ones)', (r) => String(r.entries)],
    ['content pages built (HTML)', (r) => String(r.pages)],
    ['content check (beside Astro)', (r) => `${r.seconds.check.toFixed(1)} s`],
    ['astro: content sync', (r) => `${r.seconds.contentSync.toFixed(1)} s`],
    ['astro: bundle (Vite)', (r) => `${r.seconds.bundle.toFixed(1)} s`],
    ['astro: render pages', (r) => `${r.seconds.render.toFixed(1)} s`],
    ['pagefind index', (r) => `${r.seconds.pagefind.toFixed(1)} s`],
    ['publish (swap, delete the old dist/)', (r) => `${r.seconds.publish.toFixed(1)} s`],
    ['whole build (npm run build)', (r) => `${r.seconds.total.toFixed(1)} s`],
    ['  CPU time, all processes', (r) => `${r.cpuSeconds.toFixed(1)} s`],
    [
      'compressed copies (--precompress adds; wall, CPU)',
      (r) => `${r.precompress.seconds.toFixed(1)} s, ${r.precompress.cpuSeconds.toFixed(1)} s (${r.precompress.files} files)`,
    ],
    ['reference: plain astro build, same Markdown', (r) => `${r.reference.seconds.toFixed(1)} s`],
    [
      '  whole build ÷ reference (wall, CPU)',
      (r) => `${(r.seconds.total / r.reference.seconds).toFixed(2)}, ${(r.cpuSeconds / r.reference.cpuSeconds).toFixed(2)}`,
    ],
    [
      'share cards drawn, cold (warm)',
      (r) =>
        r.shareCards.disabled
          ? 'off (--without-cards)'
          : `${r.shareCards.cold?.drawn ?? '?'} (${r.shareCards.warm?.drawn ?? '?'}; ${r.shareCards.warm?.cached ?? '?'} cached)`,
    ],
    [
      '  waited for after the pages, cold (warm)',
      (r) =>
        r.shareCards.disabled
          ? '-'
          : `${r.shareCards.cold?.waitedSeconds?.toFixed(1) ?? '?'} s (${r.shareCards.warm?.waitedSeconds?.toFixed(1) ?? '?'} s)`,
    ],
    ['warm rebuild, one entry changed', (r) => `${r.warm.seconds.toFixed(1)} s`],
    [
      '  warm: content sync / bundle / render / pagefind / publish',
      (r) =>
        [r.warm.phases.contentSync, r.warm.phases.bundle, r.warm.phases.render, r.warm.phases.pagefind, r.warm.phases.publish]
          .map((s) => s.toFixed(1))
          .join(' / ') + ' s',
    ],
    ['  content store kept', (r) => (r.warm.storeCleared ? 'NO (cleared)' : 'yes')],
    [
      '  ÷ cold build (wall, CPU)',
      (r) => `${(r.warm.seconds / r.seconds.total).toFixed(2)}, ${(r.warm.cpuSeconds / r.cpuSeconds).toFixed(2)}`,
    ],
    ['  the changed page shows the change', (r) => (r.warm.changeShown ? 'yes' : 'NO (stale cache)')],
    [
      '  changed back, warm: dist/ = cold dist/',
      (r) =>
        r.warm.differences.length === 0
          ? `identical (${r.warm.revertedSeconds.toFixed(1)} s)`
          : `${r.warm.differences.length} files differ`,
    ],
    ['pages per second (astro, after sync)', (r) => r.pagesPerSecond.toFixed(0)],
    ['peak RSS (largest process)', (r) => `${r.peakRssMiB.toFixed(0)} MiB`],
    ['  warm rebuild; reference build', (r) => `${r.warm.peakRssMiB.toFixed(0)}; ${r.reference.peakRssMiB.toFixed(0)} MiB`],
    ['  heap limit (src/cli/build.ts)', (r) => /--max-old-space-size[= ](\d+)/.exec(r.astroNodeOptions)?.[1]?.concat(' MiB') ?? 'none'],
    ['dist/ size', (r) => `${r.distMiB.toFixed(1)} MiB`],
    ['median page HTML+CSS+JS gz', (r) => kb(r.pageWeightGzip.medianHtmlCssJs)],
    ['largest page HTML+CSS+JS gz', (r) => kb(r.pageWeightGzip.largestHtmlCssJs.bytes)],
    ['  which page', (r) => r.pageWeightGzip.largestHtmlCssJs.page],
    ['largest page HTML+CSS gz', (r) => kb(r.pageWeightGzip.largestHtmlCss.bytes)],
    ['  which page', (r) => r.pageWeightGzip.largestHtmlCss.page],
    ['largest page JavaScript gz (all pages)', (r) => kb(r.largestJavaScript.bytes)],
    ['  which page', (r) => r.largestJavaScript.page],
    [`search "${QUERY}": requests`, (r) => String(r.search.requests)],
    ['search: bytes fetched', (r) => `${kb(r.search.bytes)} (${kb(r.search.gzipBytes)} gz)`],
  ];
  const cells = rows.map(([label, cell]) => [label, ...results.map(cell)]);
  const widths = cells[0]!.map((_, column) => Math.max(...cells.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  const [first, ...rest] = cells;
  return [line(first!), line(widths.map((width) => '-'.repeat(width))), ...rest.map(line)].join('\n');
}

const formatLanguages = (results: BenchResult[]) =>
  formatLanguageTable(
    results.map((result) => ({
      entries: result.entries,
      languages: result.languages,
      renderPhaseSeconds: result.seconds.render,
      pagefindSeconds: result.seconds.pagefind,
    })),
  );

async function main() {
  const { sizes, seed, keep, budgets, withoutCards, out } = parseArguments(process.argv.slice(2));
  const results: BenchResult[] = [];
  mkdirSync(join(out, '..'), { recursive: true });
  if (existsSync(out)) writeFileSync(`${out}.previous`, readFileSync(out));
  for (const size of sizes) {
    results.push(await benchOnce(size, seed, keep, budgets, withoutCards));
    // Written and shown after each size, since N = 5,000 takes minutes and a later size may fail.
    writeFileSync(
      out,
      `${JSON.stringify({ date: new Date().toISOString(), seed, node: process.version, cpus: availableParallelism(), loadAverage1m: loadavg()[0], results }, null, 2)}\n`,
    );
    console.error(`${formatTable(results.slice(-1))}\n\n${formatLanguages(results.slice(-1))}\n`);
  }
  console.log(formatTable(results));
  console.log(`\nBuild time per language (the cold build; tools/bench/language-times.ts):\n${formatLanguages(results)}`);
  console.log(
    `\nPeak RSS is the largest single process (GNU time). Load average (1 min) at the end: ${loadavg()[0]!.toFixed(1)}. Results: ${relative(root, out)}`,
  );
  for (const result of results.filter((r) => r.warm.differences.length > 0 || !r.warm.changeShown)) {
    if (!result.warm.changeShown) console.error(`N = ${result.entries}: the warm build did not show the changed entry`);
    if (result.warm.differences.length > 0)
      console.error(
        `N = ${result.entries}: the warm build differs from the cold one in ${result.warm.differences.slice(0, 20).join(', ')}`,
      );
    process.exitCode = 1;
  }
  if (!budgets) return;
  const over = results.flatMap((result) => (result.overBudget ?? []).map((line) => `N = ${result.entries}: ${line}`));
  if (over.length === 0) {
    console.log(
      `Every content page and the search are within budget (${results.map((result) => `${result.pages} pages at N = ${result.entries}`).join(', ')}).`,
    );
    return;
  }
  console.error(
    `\n${over.length} over budget:\n${over
      .slice(0, 40)
      .map((line) => `  - ${line}`)
      .join('\n')}${over.length > 40 ? `\n  … and ${over.length - 40} more (see ${relative(root, out)})` : ''}`,
  );
  process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
