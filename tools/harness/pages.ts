/**
 * The pages to test, discovered from the build output rather than listed by hand, so a new
 * page is tested the day it is added.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { distDir } from './paths';

export interface BuiltPage {
  /** Path of the HTML file relative to dist/, e.g. `programi/ese/index.html`. */
  file: string;
  /** URL path the page is served at, e.g. `/programi/ese/`. */
  urlPath: string;
}

/** A build with fewer pages than this is broken or empty, and testing it would prove nothing. */
export const MINIMUM_PAGE_COUNT = 10;

/** A URL no page will ever have, to see the site's 404 page the way visitors do. */
export const MISSING_URL_PATH = '/e2e-this-page-does-not-exist/';

/**
 * Maps an HTML file under dist/ to the URL it is served at.
 * @example urlPathForFile('programi/ese/index.html') // '/programi/ese/'
 * @example urlPathForFile('index.html') // '/'
 * @example urlPathForFile('robots/page.html') // '/robots/page.html'
 */
export function urlPathForFile(relativeFile: string): string {
  const posixPath = relativeFile.split(path.sep).join('/');
  if (posixPath === 'index.html') return '/';
  if (posixPath.endsWith('/index.html')) return `/${posixPath.slice(0, -'index.html'.length)}`;
  return `/${posixPath}`;
}

/** Every `.html` file below a folder, as paths relative to `root`. */
function listHtmlFiles(root: string, folder = root): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const fullPath = path.join(folder, entry.name);
    if (entry.isDirectory()) return listHtmlFiles(root, fullPath);
    return entry.name.endsWith('.html') ? [path.relative(root, fullPath)] : [];
  });
}

/**
 * 404.html is visited through a missing URL instead; Pagefind's folder holds no site pages.
 * admin/ is the staff editor (Sveltia CMS), not a public page: it has its own policy and its own
 * browser test (tests/e2e/admin.test.ts).
 */
function isSitePage(relativeFile: string): boolean {
  const posixPath = relativeFile.split(path.sep).join('/');
  return posixPath !== '404.html' && !posixPath.startsWith('pagefind/') && !posixPath.startsWith('admin/');
}

/** Every page of the build, sorted by URL; throws when dist/ is missing or nearly empty. */
export function discoverPages(root: string = distDir): BuiltPage[] {
  if (!existsSync(root)) throw new Error(`${root} does not exist: the site has not been built.`);
  const pages = listHtmlFiles(root)
    .filter(isSitePage)
    .map((file) => ({ file, urlPath: urlPathForFile(file) }))
    .sort((a, b) => a.urlPath.localeCompare(b.urlPath));
  if (pages.length < MINIMUM_PAGE_COUNT) {
    throw new Error(
      `Found only ${pages.length} pages in ${root} (at least ${MINIMUM_PAGE_COUNT} expected): ` +
        `${pages.map((page) => page.urlPath).join(', ') || 'none'}. A build with no pages proves nothing.`,
    );
  }
  return pages;
}

/**
 * Every HTML document a visitor can get from the build: the pages plus 404.html (served at any
 * missing URL; its own URL is used to resolve its relative links). Pagefind's folder holds none.
 */
export function discoverHtmlDocuments(root: string = distDir): BuiltPage[] {
  const pages = discoverPages(root);
  const notFound = existsSync(path.join(root, '404.html')) ? [{ file: '404.html', urlPath: '/404.html' }] : [];
  return [...pages, ...notFound];
}

/** Sections with detail pages, by their Slovenian URL prefix. */
export const DETAIL_SECTIONS = ['/priloznosti/', '/dogodki/', '/programi/', '/projekti/', '/partnerji/', '/centri/'] as const;

/** Pages directly below a section that are lists, not entries. */
const LIST_SUBPAGES = new Set(['arhiv']);

/**
 * The first detail page (in URL order) directly below a section, if the section has any.
 * @example firstDetailPage(pages, '/programi/')?.urlPath // '/programi/ese/'
 */
export function firstDetailPage(pages: BuiltPage[], sectionPrefix: string): BuiltPage | undefined {
  const detailPattern = new RegExp(`^${sectionPrefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^/]+/$`);
  return pages.find((page) => detailPattern.test(page.urlPath) && !LIST_SUBPAGES.has(page.urlPath.slice(sectionPrefix.length, -1)));
}
