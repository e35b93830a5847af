/**
 * The compressed copies `npm run build -- --precompress` writes (src/cli/build.ts runs this as its
 * last step before publishing): a Brotli (.br) and a gzip (.gz) copy beside every text file a
 * browser loads, for servers that send those instead of compressing on each request (nginx's
 * gzip_static and brotli_static: deploy/nginx/site.conf). What they cost and save:
 * docs/performance.md, "Compressed copies"; which hosts use them: docs/deploy.md.
 */
import { readdirSync } from 'node:fs';
import { copyFile, link, readFile, stat, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';

/**
 * Files worth a compressed copy: text a browser loads. Images, fonts and Pagefind's index
 * (`.pagefind`, `.pf_*`: gzip already) are compressed already and are left as they are.
 */
const COMPRESSIBLE = /\.(?:html|css|js|mjs|json|xml|svg|txt|ics|webmanifest|yml)$/;
/** Pagefind's own interfaces and its worker, which our search does not load (src/components/search-page.ts). */
const NEVER_LOADED = /^pagefind\/pagefind-(?:ui|component-ui|modular-ui|highlight|worker)\.(?:js|css)$/;

/**
 * True when a file of the build (path relative to it, `/`-separated) gets a .br and a .gz.
 * @example isPrecompressed('programi/ese/index.html') // true
 * @example isPrecompressed('pagefind/fragment/sl_1a2b.pf_fragment') // false (gzip already)
 */
export function isPrecompressed(relativePath: string): boolean {
  return COMPRESSIBLE.test(relativePath) && !NEVER_LOADED.test(relativePath);
}

/** Brotli's best quality: the smallest files, written once for every visit, and the slowest to write. */
const BEST = zlibConstants.BROTLI_MAX_QUALITY;
/**
 * Quality 9 writes files 10 % larger than 11 for this site's HTML, 36 times faster (measured on
 * 200 pages of the N = 1,000 benchmark: 25.2 % of the raw bytes against 23.0 %, 0.14 s of CPU
 * against 5.1 s). Lower qualities are hardly faster with the window fitted to the file (5: 0.13 s
 * against 0.24 s for 4.2 MB) and write larger files.
 */
const FAST = 9;
/** A single file this large (only the editor's 2 MB script: 13 s at 11, 1 s at 9, 8 % larger) gets FAST. */
const LARGE_FILE = 1024 * 1024;
/** What every visit shares or starts from: pages, styles and scripts (not feeds, sitemaps, calendars). */
const LOADED_FIRST = /\.(?:html|css|m?js)$/;

/**
 * Brotli quality of one file: 11 for what nearly every visit loads (the home pages, the first page
 * of each list, the search pages in both languages, Astro's shared styles and scripts, Pagefind's
 * script: at most one folder deep, not counting en/), 9 for everything else (entries, further
 * list pages, feeds, the staff editor) and for any file over 1 MiB.
 *
 * Quality 11 writes about 0.5 MB a second here, 37 times slower than 9, for files 8 % smaller
 * (measured on the 222 shallowest files of the N = 1,000 benchmark, 4.2 MB: 8.8 s of CPU against
 * 0.24 s, 18.1 % of the raw bytes against 19.7 %). The files chosen here are about the same few
 * hundred kilobytes at any size of site, about a second of CPU; a budget of 4 MiB of the
 * shallowest files cost about 9 s on every cold build of a large site (docs/performance.md, "Issue 19").
 * The quality depends on the file alone, not on which other files the build has, so a copy taken
 * over from the published build (precompressFolder) is the very one a cold build writes.
 * @example brotliQuality('en/projects/index.html', 30_000) // 11
 * @example brotliQuality('projekti/ko-prosto/index.html', 16_000) // 9
 */
export function brotliQuality(path: string, bytes: number): number {
  if (bytes > LARGE_FILE || path.startsWith('admin/') || !LOADED_FIRST.test(path)) return FAST;
  const depth = path.split('/').length - (path.startsWith('en/') ? 1 : 0);
  return depth <= 2 ? BEST : FAST;
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** The two compressed forms of some bytes: Brotli (text mode, window fitted to the size) and gzip at level 9. */
export async function compressedForms(bytes: Buffer, quality: number = BEST): Promise<{ br: Buffer; gz: Buffer }> {
  const window = Math.min(
    zlibConstants.BROTLI_MAX_WINDOW_BITS,
    Math.max(zlibConstants.BROTLI_MIN_WINDOW_BITS, Math.ceil(Math.log2(bytes.length + 1))),
  );
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [zlibConstants.BROTLI_PARAM_MODE]: zlibConstants.BROTLI_MODE_TEXT,
        [zlibConstants.BROTLI_PARAM_QUALITY]: quality,
        [zlibConstants.BROTLI_PARAM_LGWIN]: window,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzipped(bytes, { level: 9 }),
  ]);
  return { br, gz };
}

/** Reads a file, or undefined when there is none. */
const readIfThere = (file: string) => readFile(file).catch(() => undefined);
/** The size of a file, or undefined when there is none. */
const sizeIfThere = (file: string) =>
  stat(file).then(
    (stats) => stats.size,
    () => undefined,
  );

/**
 * Puts a published copy into the new build as a second name of the same file: no bytes are read or
 * written, and the build never writes into a published file (it replaces the whole folder), so the
 * two builds cannot change each other's copy. A copy where the file system cannot link.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
  } catch {
    await copyFile(from, to);
  }
}

/** Every file below a folder, relative to it, `/`-separated. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
}

export interface PrecompressReport {
  files: number;
  /** Files whose compressed copies came from the published build, because they had not changed. */
  reused: number;
  rawBytes: number;
  brBytes: number;
  gzBytes: number;
}

/**
 * Writes `<file>.br` and `<file>.gz` beside every file of `dir` that isPrecompressed, each only
 * when it is smaller than the file, Brotli at the quality brotliQuality gives it. A file that is
 * byte for byte the one in `previous` (the published build) takes that build's copies, so a
 * rebuild compresses only what changed. Files are compressed a few at a time on zlib's threads;
 * `cancelled` stops it between files. `only` narrows it to some of the files (those Pagefind does
 * not write, while it runs).
 */
export async function precompressFolder(
  dir: string,
  previous: string | undefined,
  cancelled?: AbortSignal,
  only: (relativePath: string) => boolean = () => true,
): Promise<PrecompressReport> {
  const report: PrecompressReport = { files: 0, reused: 0, rawBytes: 0, brBytes: 0, gzBytes: 0 };
  const queue = filesBelow(dir).filter((path) => isPrecompressed(path) && only(path));
  const one = async (relativePath: string) => {
    const file = join(dir, relativePath);
    const bytes = await readFile(file);
    const before = previous === undefined ? undefined : join(previous, relativePath);
    const [earlier, earlierBr, earlierGz] = before
      ? await Promise.all([readIfThere(before), sizeIfThere(`${before}.br`), sizeIfThere(`${before}.gz`)])
      : [];
    const reuse = earlier !== undefined && earlierBr !== undefined && earlierGz !== undefined && earlier.equals(bytes);
    let sizes: { br: number; gz: number };
    if (reuse) {
      await Promise.all([linkOrCopy(`${before}.br`, `${file}.br`), linkOrCopy(`${before}.gz`, `${file}.gz`)]);
      sizes = { br: earlierBr, gz: earlierGz };
    } else {
      const { br, gz } = await compressedForms(bytes, brotliQuality(relativePath, bytes.length));
      if (br.length < bytes.length) await writeFile(`${file}.br`, br);
      if (gz.length < bytes.length) await writeFile(`${file}.gz`, gz);
      sizes = { br: Math.min(br.length, bytes.length), gz: Math.min(gz.length, bytes.length) };
    }
    report.files += 1;
    report.reused += reuse ? 1 : 0;
    report.rawBytes += bytes.length;
    report.brBytes += sizes.br;
    report.gzBytes += sizes.gz;
  };
  // zlib compresses on libuv's thread pool (4 threads): as many files at once as there are cores.
  const workers = Array.from({ length: Math.min(4, availableParallelism()) }, async () => {
    for (let next = queue.shift(); next !== undefined && !cancelled?.aborted; next = queue.shift()) await one(next);
  });
  await Promise.all(workers);
  return report;
}
