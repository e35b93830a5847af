/**
 * A throw-away copy of the project with N synthetic entries, and one Pagefind search measured in
 * Chromium: shared by `npm run bench` and the test that holds the budgets at N = 1,000
 * (tests/e2e/scale.test.ts). The real content/ is never written to.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { startServer, stopServer } from '../harness/server';
import { syntheticEntries, writeSyntheticContent } from './bench-content';
import { measureOneSearch } from './search-benchmark';
import { PUBLICATION_PATH } from '../../src/lib/publication';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** What a build needs from the project; everything else (tests, dist, screenshots) stays behind. */
const PROJECT_FILES = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json'];
/** Caches that tools keep inside node_modules: never shared with the project. */
const CACHE_DIRS = new Set(['.astro', '.vite', '.cache']);
/** A query whose words occur across the synthetic and the real content. */
export const SEARCH_QUERY = 'prostovoljstvo mladi';
/** What one search may fetch from /pagefind/ (gzip, as served compressed), at 5,000 entries and below. */
export const SEARCH_BYTES_BUDGET = 150 * 1024;

/** The temporary project: a copy of what the build reads, with N synthetic entries added. */
export function prepareProject(entries: number, seed: number): string {
  const dir = mkdtempSync(join(tmpdir(), `bench-${entries}-`));
  for (const name of PROJECT_FILES) cpSync(join(root, name), join(dir, name), { recursive: true });
  // Packages are linked one by one rather than the whole folder, so that Astro's caches
  // (node_modules/.astro holds the content store, .vite the dependency cache) start empty and stay
  // in the copy: a benchmark build neither reuses nor overwrites the project's own.
  linkPackages(dir);
  writeSyntheticContent(join(dir, 'content'), syntheticEntries(entries, seed));
  return dir;
}

function linkPackages(dir: string): void {
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHE_DIRS.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
}

/** The reference build's files: Astro with one glob collection and one bare page per entry. */
const REFERENCE_FILES: Record<string, string> = {
  'package.json': '{ "name": "bench-reference", "private": true, "type": "module" }\n',
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ build: { format: 'directory' } });\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "export const collections = { entries: defineCollection({ loader: glob({ pattern: '**/*.md', base: '../content' }) }) };",
    '',
  ].join('\n'),
  'src/pages/[...id].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    'export async function getStaticPaths() {',
    "  return (await getCollection('entries')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
    '}',
    'const { entry } = Astro.props;',
    'const { Content } = await render(entry);',
    '---',
    '<html lang="sl"><head><meta charset="utf-8" /><title>{String(entry.data.title ?? entry.id)}</title></head>',
    '<body><main><h1>{String(entry.data.title ?? entry.id)}</h1><Content /></main></body></html>',
    '',
  ].join('\n'),
};

/**
 * A fixed reference beside the benchmark's project, for a figure that holds on a noisy machine:
 * a plain `astro build` of the same Markdown (every file under content/, one bare page each: no
 * schemas, layout, lists, second language, search index or compressed copies). Timed in the same
 * run as our build, the ratio of the two changes far less with the machine's load than either time.
 */
export function prepareReference(projectDir: string): string {
  const dir = join(projectDir, 'reference');
  for (const [path, text] of Object.entries(REFERENCE_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  linkPackages(dir);
  return dir;
}

/**
 * What one search costs a visitor: the Slovenian search page is opened, the query typed, and every
 * /pagefind/ file the search then fetches is counted (the page's own files are not), as
 * `npm run bench:search` does (tools/bench/search-benchmark.ts). Pagefind's files are served as they
 * are (already compressed); `gzipBytes` is what a server that compresses the rest would send.
 */
export async function measureSearch(dist: string, browser?: Browser) {
  const server = await startServer(dist);
  const ownBrowser = browser ? undefined : await launchBrowser();
  try {
    const weight = await measureOneSearch((browser ?? ownBrowser)!, server.baseUrl, dist, SEARCH_QUERY);
    const files = weight.search.filter((file) => file.path.startsWith('/pagefind/'));
    const fragments = files.filter((file) => file.path.includes('/fragment/')).length;
    return {
      query: SEARCH_QUERY,
      requests: files.length,
      bytes: files.reduce((total, file) => total + file.bytes, 0),
      gzipBytes: files.reduce((total, file) => total + file.gzipBytes, 0),
      /** Results shown, one fragment each. */
      results: fragments,
    };
  } finally {
    await ownBrowser?.close();
    await stopServer(server);
  }
}

export interface WarmResult {
  /** `npm run build` after one entry changed, with Astro's caches and the published dist/ kept. */
  seconds: number;
  cpuSeconds: number;
  peakRssMiB: number;
  /** The changed entry's page showed the change after the warm build (a stale cache would not). */
  changeShown: boolean;
  /** The same again with the entry changed back. */
  revertedSeconds: number;
  /** Files of the reverted warm build that differ from the cold build's, byte for byte (none when a cache changes nothing). */
  differences: string[];
}

/**
 * The one file that records the moment of its build (/objava.json: commit, build time, branch, for
 * staff to see what is live), with its compressed copies: two builds of the same commit differ there
 * by design, so a comparison of builds leaves it out and compares everything else.
 */
export const BUILD_RECORD = new Set([PUBLICATION_PATH.slice(1), `${PUBLICATION_PATH.slice(1)}.br`, `${PUBLICATION_PATH.slice(1)}.gz`]);

/** Relative paths that are in only one of the folders, or differ in a byte; the build record aside. */
export function folderDifferences(a: string, b: string): string[] {
  const list = (dir: string) =>
    new Set(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
        .filter((path) => !BUILD_RECORD.has(path)),
    );
  const left = list(a);
  const right = list(b);
  const differing = [...left].filter((path) => !right.has(path) || !readFileSync(join(a, path)).equals(readFileSync(join(b, path))));
  return [...differing, ...[...right].filter((path) => !left.has(path))].sort();
}

/** The entry a warm rebuild changes (a synthetic project, so every N has it), its page, and the change. */
const WARM_ENTRY = join('content', 'projects', 'sl', 'bench-project-1.md');
const WARM_PAGE = join('dist', 'projekti', 'bench-project-1', 'index.html');
const WARM_CHANGE = 'Še ena poved, dodana za merjenje ponovne gradnje.';

/**
 * An edit as staff make one: after the cold build, one entry gets a sentence more and `npm run
 * build` runs again with everything the first build left (Astro's caches in node_modules/.astro and
 * .astro, the published dist/ whose compressed copies are reused). Then the entry is changed back
 * and built once more, warm: that build must equal the cold one byte for byte, or a cache changed
 * what visitors get. The cold build's files are kept as hard links (the build never writes into a
 * published file; it replaces the folder).
 */
export async function warmRebuilds(
  dir: string,
  build: () => Promise<{ seconds: number; cpuSeconds: number; peakRssMiB: number }>,
): Promise<WarmResult> {
  const cold = join(dir, 'dist-cold');
  const copied = spawnSync('cp', ['-al', join(dir, 'dist'), cold]);
  if (copied.status !== 0) throw new Error(`cp -al dist dist-cold failed: ${copied.stderr.toString()}`);
  const entry = join(dir, WARM_ENTRY);
  const original = readFileSync(entry);
  writeFileSync(entry, `${original.toString().trimEnd()}\n\n${WARM_CHANGE}\n`);
  const changed = await build();
  const changeShown = readFileSync(join(dir, WARM_PAGE), 'utf8').includes(WARM_CHANGE);
  writeFileSync(entry, original);
  const reverted = await build();
  return {
    seconds: changed.seconds,
    cpuSeconds: changed.cpuSeconds,
    peakRssMiB: changed.peakRssMiB,
    changeShown,
    revertedSeconds: reverted.seconds,
    differences: folderDifferences(cold, join(dir, 'dist')),
  };
}
