/**
 * `/objava-strani.json`: a fingerprint of every page of a build, published beside `/objava.json`.
 * `npm run verify:content` compares a new build with what is live through it, so that a content
 * edit is checked in the browser on the pages it changed (docs/testing.md, "The content path").
 * Published rather than kept on a build machine: a CI runner starts without the last `dist/`,
 * and the live site is the one truth of what visitors get.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const PAGE_HASHES_FILE = 'objava-strani.json';

/** The body of `/objava-strani.json`: each HTML file of the build (path below dist/) and its fingerprint. */
export interface PageHashes {
  version: 1;
  pages: Record<string, string>;
}

/** Folders that hold no pages of the site: Pagefind's index, and the editor (tested on its own). */
const isPageFile = (file: string) => file.endsWith('.html') && !file.startsWith('pagefind/') && !file.startsWith('admin/');

function htmlFilesBelow(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return htmlFilesBelow(root, path);
    const file = relative(root, path).split(sep).join('/');
    return isPageFile(file) ? [file] : [];
  });
}

/**
 * Fingerprints of every page in a build folder: 16 hex digits of SHA-256, enough to tell two
 * versions of one page apart.
 */
export function hashPages(root: string): PageHashes {
  const pages: Record<string, string> = {};
  for (const file of htmlFilesBelow(root).sort()) {
    pages[file] = createHash('sha256')
      .update(readFileSync(join(root, file)))
      .digest('hex')
      .slice(0, 16);
  }
  return { version: 1, pages };
}

/** Writes `/objava-strani.json` into a build folder. */
export function writePageHashes(root: string): void {
  writeFileSync(join(root, PAGE_HASHES_FILE), `${JSON.stringify(hashPages(root))}\n`);
}

/** Whether a parsed file is a page-hash list (it may come over the network). */
export function isPageHashes(value: unknown): value is PageHashes {
  if (typeof value !== 'object' || value === null) return false;
  const { version, pages } = value as Partial<PageHashes>;
  return version === 1 && typeof pages === 'object' && pages !== null && Object.values(pages).every((hash) => typeof hash === 'string');
}

/**
 * The pages of `after` that are new or differ from `before`.
 * @example changedPages({ version: 1, pages: { 'index.html': 'a', 'b/index.html': 'b' } }, { version: 1, pages: { 'index.html': 'a', 'b/index.html': 'c', 'd/index.html': 'd' } }) // ['b/index.html', 'd/index.html']
 */
export function changedPages(before: PageHashes, after: PageHashes): string[] {
  return Object.entries(after.pages)
    .filter(([file, hash]) => before.pages[file] !== hash)
    .map(([file]) => file);
}
