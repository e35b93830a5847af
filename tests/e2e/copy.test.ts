/**
 * Every built page's copy, read the way a visitor reads it: no "see below" with nothing below,
 * and no announcement of something in a year that is already over.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { danglingPointers, staleAnnouncements } from './support/copy';
import { discoverPages } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';
import { LOCALES } from '../../src/lib/locales';
import { listUrl, segmentTable } from '../../src/lib/routes';

const pages = discoverPages().map((page) => ({ ...page, html: readFileSync(path.join(distDir, page.file), 'utf8') }));
const currentYear = new Date().getUTCFullYear();

describe('the copy checks themselves', () => {
  it('flag a pointer below the last list, and not one above it', () => {
    expect(danglingPointers('<main><ul><li>a</li></ul><p>You can find the opening hours below.</p></main>')).toEqual([
      'You can find the opening hours below.',
    ]);
    expect(danglingPointers('<main><p>Pred obiskom preveri izjeme spodaj.</p><table><tr><td>x</td></tr></table></main>')).toEqual([]);
  });

  it('flag an announcement for a past year, and not a fact about one', () => {
    expect(staleAnnouncements('<main><p>Prve priložnosti so bile napovedane za drugo polovico leta 2023.</p></main>', 2026)).toHaveLength(
      1,
    );
    expect(staleAnnouncements(`<main><p>Results will be published in ${currentYear + 1}.</p></main>`, currentYear)).toEqual([]);
    expect(staleAnnouncements('<main><p>Od leta 2023 ESE ponuja tudi te dejavnosti.</p></main>', 2026)).toEqual([]);
  });
});

/**
 * A project page tells the history of a dated project, its period shown beside it ("the plan was:
 * actions from April to November 2012"); everywhere else a dated plan reads as news.
 */
const projectLists = LOCALES.map((locale) => listUrl('projects', locale));
const pageWords = new Set(Object.values(segmentTable('page')));
/** A project's own page, in any language: its history, told in the past, may name past years' plans. */
const isProjectHistory = (urlPath: string) =>
  projectLists.some((list) => urlPath.startsWith(list) && urlPath !== list) && !pageWords.has(urlPath.split('/').at(-3) ?? '');

describe.each(pages)('$urlPath', ({ html }) => {
  it('points "below" only at something that is below', () => {
    expect(danglingPointers(html)).toEqual([]);
  });
});

// Project pages are history by design, so they are not in this list (not skipped: never asked).
describe.each(pages.filter(({ urlPath }) => !isProjectHistory(urlPath)))('$urlPath', ({ html }) => {
  it('announces nothing for a year that has passed', () => {
    expect(staleAnnouncements(html, currentYear)).toEqual([]);
  });
});
