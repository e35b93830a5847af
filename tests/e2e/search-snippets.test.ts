/**
 * Search snippets (issue 30, item 10) on the built site: each starts at a sentence and stays in
 * the page's language; the hidden keywords ("ESE · ESC · …", a programme's name in the other
 * language) still find the page but never show.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const session = useBrowserSession();

/** The result titles' paths and excerpts of a search on a search page. */
async function searched(searchPath: string, query: string): Promise<{ path: string; title: string; excerpt: string }[]> {
  const context = await session.newContext();
  const page: Page = await context.newPage();
  await page.goto(new URL(`${searchPath}?q=${encodeURIComponent(query)}`, baseUrl).href);
  await page.waitForFunction(
    (expected) => {
      const root = document.querySelector<HTMLElement>('[data-search-root]');
      return root?.dataset['searchQuery'] === expected && ['done', 'failed'].includes(root.dataset['searchState'] ?? '');
    },
    query,
    { timeout: 15_000 },
  );
  return page.$$eval('[data-search-results] > li', (items) =>
    items.map((item) => ({
      path: new URL(item.querySelector('h2 a')!.getAttribute('href')!, location.href).pathname,
      title: item.querySelector('h2 a')!.textContent ?? '',
      excerpt: item.querySelectorAll('p')[1]?.textContent ?? '',
    })),
  );
}

describe('search snippets', () => {
  it.each([
    ['/iskanje/', 'v tujini'],
    ['/iskanje/', 'ESC'],
    ['/iskanje/', 'prostovoljstvo'],
    ['/en/search/', 'ESE'],
    ['/en/search/', 'volunteering'],
    ['/iskanje/', 'urnik'],
    ['/en/search/', 'centre'],
    ['/it/cerca/', 'volontariato'],
    ['/it/cerca/', 'ESE'],
  ])('on %s for "%s" start at a sentence of body text and show no keyword list', async (searchPath, query) => {
    const results = await searched(searchPath, query);
    expect(results.length).toBeGreaterThan(0);
    for (const { path, title, excerpt } of results) {
      expect(excerpt, path).not.toMatch(/ · /);
      // A sentence starts with a capital, a digit or a quote, or the excerpt says it was cut ("…").
      expect(excerpt, path).toMatch(/^(?:…|[\p{Lu}\d»„"(])/u);
      // Not at the page's title, which Pagefind closes with a full stop like a heading (#30).
      expect(excerpt.startsWith(`${title}.`), `${path}: ${excerpt}`).toBe(false);
      // Nor at a label, a table or a link line: the start-here box of a programme ("Nov si? …"), the
      // link between a page and its easy-read version.
      expect(excerpt, path).not.toMatch(/^(?:Del programa|Part of|Dan Ura|Day Hours|Nov si|New here|Back to the standard|Torna al testo)/);
      // Nor at an easy-read page's section heading ("Whom you meet here."), now a heading to Pagefind.
      expect(excerpt, path).not.toMatch(/\b(?:Whom you meet here|Chi incontri qui|What ESE is|Che cos'è ESE)\./);
    }
  });

  it.each([
    ['/iskanje/', 'Ptuj', '/partnerji/center-interesnih-dejavnosti-ptuj/'],
    ['/en/search/', 'Ptuj', '/en/partners/center-interesnih-dejavnosti-ptuj/'],
    ['/it/cerca/', 'Ptuj', '/it/partner/center-interesnih-dejavnosti-ptuj/'],
  ])('on %s for "%s" start a partner page’s snippet at its body text, not at its facts (#30)', async (searchPath, query, partner) => {
    const result = (await searched(searchPath, query)).find(({ path }) => path === partner);
    // Still found by its town, which the facts box no longer gives to the index.
    expect(result, partner).toBeDefined();
    expect(result!.excerpt, partner).not.toMatch(/^(?:Vrsta|Type|Tipo|Kraj|Town|Località)\b/);
    // Its body's first sentence; the Italian page, whose body is not translated, has only the
    // sentence that it gives no contact in Italian.
    expect(result!.excerpt, partner).toMatch(
      /^(?:Center interesnih dejavnosti Ptuj (?:je bil eden od desetih|was one of the ten)|Questa organizzazione non ha un contatto)/,
    );
  });

  it('keeps a Slovenian page’s snippet Slovenian when its English name matched', async () => {
    const [first] = await searched('/iskanje/', 'European Solidarity Corps');
    expect(first?.path).toBe('/programi/ese/');
    expect(first?.excerpt).not.toMatch(/European Solidarity Corps|projects\./);
  });
});
