/**
 * The build has a page at every URL that links, bookmarks and the other tests depend on, one
 * per content entry, plus the Pagefind search bundle.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentDir, distDir } from '../../tools/harness/paths';

/** URL section of each content collection per language (README, "Layout"; src/lib/routes.ts). */
const SECTION_OF_COLLECTION = {
  programmes: ['/programi/', '/en/programmes/', '/it/programmi/'],
  projects: ['/projekti/', '/en/projects/', '/it/progetti/'],
  partners: ['/partnerji/', '/en/partners/', '/it/partner/'],
  centres: ['/centri/', '/en/centres/', '/it/centri/'],
} as const;

const FIXED_URLS = [
  '/',
  '/programi/',
  '/projekti/',
  '/partnerji/',
  '/centri/',
  '/404.html',
  '/en/',
  '/en/programmes/',
  '/en/projects/',
  '/en/partners/',
  '/en/centres/',
  // Italian, for the bilingual coast (issue #31): the addresses of the guide.
  '/it/',
  '/it/programmi/',
  '/it/progetti/',
  '/it/partner/',
  '/it/centri/',
  '/it/cerca/',
  '/it/opportunita/',
  '/it/eventi/',
  '/it/come-iniziare/',
  '/it/domande/',
  '/it/come-iniziare/lettura-facile/',
  '/it/programmi/ese/lettura-facile/',
  '/it/centri/center-mladih-koper/lettura-facile/',
  '/it/eventi/calendario.ics',
  '/it/progetti/rss.xml',
];

/**
 * The dist/ file that serves a URL path.
 * @example builtFileFor('/programi/ese/') // 'dist/programi/ese/index.html'
 */
function builtFileFor(urlPath: string): string {
  return path.join(distDir, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
}

/** Entry ids of a collection's Slovenian content: file names without .md/.mdx. */
function slovenianEntryIds(collection: string): string[] {
  const folder = path.join(contentDir, collection, 'sl');
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((name) => /\.mdx?$/.test(name))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}

describe('the built site', () => {
  it.each(FIXED_URLS)('has a page at %s', (urlPath) => {
    expect(existsSync(builtFileFor(urlPath)), `${builtFileFor(urlPath)} is missing`).toBe(true);
  });

  it('ships the Pagefind search bundle at /pagefind/pagefind.js', () => {
    expect(existsSync(path.join(distDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });
});

describe.each(Object.entries(SECTION_OF_COLLECTION))('the %s collection', (collection, sections) => {
  const ids = slovenianEntryIds(collection);

  it(`has Slovenian entries in content/${collection}/sl/`, () => {
    expect(ids.length, `content/${collection}/sl/ has no .md or .mdx files`).toBeGreaterThan(0);
  });

  it.each(ids.flatMap((id) => sections.map((section) => `${section}${id}/`)))('has a detail page at %s', (urlPath) => {
    const file = builtFileFor(urlPath);
    expect(existsSync(file), `${file} is missing for an entry of content/${collection}/sl/`).toBe(true);
  });
});

/** Posters (centres, calls, events) and share cards (every entry type but partners), beside their pages. */
describe('posters and share cards of the real content', () => {
  const centres = slovenianEntryIds('centres');

  it.each(centres.flatMap((id) => [`/centri/${id}/plakat/`, `/en/centres/${id}/poster/`]))('has a poster at %s', (urlPath) => {
    expect(existsSync(builtFileFor(urlPath)), `${builtFileFor(urlPath)} is missing`).toBe(true);
  });

  it.each(
    (['programmes', 'projects', 'centres'] as const).flatMap((collection) =>
      slovenianEntryIds(collection).flatMap((id) => [
        `${SECTION_OF_COLLECTION[collection][0]}${id}/kartica.png`,
        `${SECTION_OF_COLLECTION[collection][1]}${id}/card.png`,
      ]),
    ),
  )('has a share card at %s', (urlPath) => {
    expect(existsSync(builtFileFor(urlPath)), `${builtFileFor(urlPath)} is missing`).toBe(true);
  });
});
