/**
 * A throw-away copy of the project with N synthetic entries, and one Pagefind search measured in
 * Chromium: shared by `npm run bench` and the test that holds the budgets at N = 1,000
 * (tests/e2e/scale.test.ts). The real content/ is never written to.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../harness/browser';
import { startServer, stopServer } from '../harness/server';
import { syntheticEntries, writeSyntheticContent } from './bench-content';
import { measureOneSearch } from './search-benchmark';


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
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!CACHE_DIRS.has(name)) symlinkSync(join(root, 'node_modules', name), join(dir, 'node_modules', name));
  }
  writeSyntheticContent(join(dir, 'content'), syntheticEntries(entries, seed));
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
