import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { changedPages, hashPages, isPageHashes } from '../../src/cli/page-hashes';
import { LOCALES } from '../../src/lib/locales';
import * as routes from '../../src/lib/routes';
import { localeOfPath, routeShapeOf, sampleOfEachType, typePages, unknownShapes, viewVariantOf } from '../../tools/harness/page-types';
import { planSweep, sweepModeFromEnvironment, type PlannedPage } from '../../tools/harness/sweep-plan';

const page = (urlPath: string) => ({ file: `${urlPath.slice(1)}index.html`, urlPath });

describe('page types', () => {
  it('name the route shape of every kind of page in every language', () => {
    for (const locale of LOCALES) {
      expect(routeShapeOf(routes.homeUrl(locale))).toBe('home');
      expect(routeShapeOf(routes.entryUrl('centres', 'center-mladih-koper', locale))).toBe('centres entry');
      expect(routeShapeOf(routes.listPageUrl('projects', 3, locale))).toBe('projects list, a later page');
      expect(routeShapeOf(routes.partnerProjectsUrl('sent', 2, locale))).toBe('partner projects, a later page');
      expect(routeShapeOf(routes.faqPageUrl(2, locale))).toBe('questions, a later page');
      expect(routeShapeOf(routes.faqPageUrl(1, locale))).toBe('questions');
      expect(routeShapeOf(routes.easyReadUrl(routes.entryUrl('programmes', 'ese', locale), locale))).toBe('programmes entry easy-read');
      expect(routeShapeOf(routes.fitCheckUrl(locale, ['18-30', 'x']))).toBe('fit check, after two answers');
      expect(routeShapeOf(routes.archiveUrl(locale, 'events'))).toBe('events archive');
      expect(routeShapeOf(`${routes.homeUrl(locale)}zasebnost/`)).toBe('standalone page');
      expect(routeShapeOf(routes.posterUrl(routes.entryUrl('events', 'koncert', locale), locale))).toBe('events poster');
    }
  });

  it('leave a URL no route makes without a shape, so a new page type is never sampled by accident', () => {
    expect(routeShapeOf('/programi/ese/nekaj/drugega/')).toBeUndefined();
    expect(unknownShapes([page('/programi/ese/nekaj/drugega/'), page('/')])).toEqual(['/programi/ese/nekaj/drugega/']);
  });

  it('read the language from the longest prefix', () => {
    expect(localeOfPath('/en/projects/')).toBe('en');
    expect(localeOfPath('/projekti/')).toBe('sl');
    expect(localeOfPath('/english-lessons/')).toBe('sl');
  });

  it('tell an untranslated page from a translated one', () => {
    expect(viewVariantOf('<p class="card" role="note" data-untranslated data-pagefind-ignore>')).toBe('untranslated');
    expect(viewVariantOf('<p>data-untranslated is a word here</p>')).toBe('translated');
  });

  it('sample the first page of each type', () => {
    const typed = typePages([page('/partnerji/a/'), page('/partnerji/b/'), page('/en/partners/a/')], () => '');
    expect(sampleOfEachType(typed).map((typedPage) => typedPage.urlPath)).toEqual(['/partnerji/a/', '/en/partners/a/']);
  });
});

describe('the sweep plan', () => {
  const typed = typePages(
    ['/', '/partnerji/', '/partnerji/a/', '/partnerji/b/', '/partnerji/c/', '/en/partners/a/'].map(page),
    (builtPage) => (builtPage.urlPath === '/partnerji/c/' ? '<p data-untranslated>' : ''),
  );
  /** Every page of `typed` and the 404 page, in URL order: what the sample and changed plans visit. */
  const everyPage = [
    '/',
    '/partnerji/',
    '/partnerji/a/',
    '/partnerji/b/',
    '/partnerji/c/',
    '/en/partners/a/',
    '/e2e-this-page-does-not-exist/',
  ];
  /** Every (page, layout, scheme) a plan checks. */
  const checks = (plan: PlannedPage[]) =>
    plan.flatMap((planned) =>
      planned.loads.flatMap((load) => load.combinations.map(({ layout, scheme }) => `${load.urlPath} ${layout} ${scheme}`)),
    );

  it('loads every page once and one page of each type and the 404 page in all four combinations', () => {
    const plan = planSweep(typed, 'sample');
    expect(plan.map((planned) => planned.urlPath)).toEqual(everyPage);
    expect(plan.find((planned) => planned.urlPath === '/partnerji/b/')!.loads).toEqual([
      { urlPath: '/partnerji/b/', expectedStatus: 200, combinations: [{ layout: 'desktop', scheme: 'light' }] },
    ]);
    // one load a page, whatever it is checked in: its facts are asserted once
    expect(plan.every((planned) => planned.loads.length === 1)).toBe(true);
    // /partnerji/c/ is a variant of its own (untranslated), so it samples its type
    for (const sampled of ['/partnerji/a/', '/partnerji/c/', '/en/partners/a/', '/e2e-this-page-does-not-exist/']) {
      expect(checks(plan.filter((planned) => planned.urlPath === sampled))).toHaveLength(4);
    }
  });

  it('leaves to `rest` exactly what `sample` does not check, so the two are the full sweep', () => {
    const sample = checks(planSweep(typed, 'sample'));
    const rest = checks(planSweep(typed, 'rest'));
    expect(sample.filter((check) => rest.includes(check))).toEqual([]);
    expect([...sample, ...rest].sort()).toEqual(checks(planSweep(typed, 'full')).sort());
    expect(checks(planSweep(typed, 'full'))).toHaveLength(7 * 4);
  });

  it('checks changed pages in all four combinations and one page of each type once, and loads no other page', () => {
    const plan = planSweep(typed, 'changed', new Set(['/partnerji/b/']));
    expect(plan.map((planned) => planned.urlPath)).toEqual(everyPage);
    expect(checks(plan.filter((planned) => planned.urlPath === '/partnerji/b/'))).toHaveLength(4);
    expect(checks(plan.filter((planned) => planned.urlPath === '/partnerji/a/'))).toEqual(['/partnerji/a/ desktop light']);
    expect(checks(planSweep(typed, 'changed', new Set())).some((check) => check.startsWith('/partnerji/b/'))).toBe(false);
  });

  it('refuses an unknown mode instead of quietly sampling', () => {
    expect(sweepModeFromEnvironment(undefined)).toBe('sample');
    expect(sweepModeFromEnvironment('full')).toBe('full');
    expect(() => sweepModeFromEnvironment('everything')).toThrow(/PAGE_SWEEP=everything/);
  });
});

describe('page hashes', () => {
  it('fingerprint each page of a build and name the ones that changed or are new', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'page-hashes-'));
    try {
      mkdirSync(path.join(root, 'a'));
      mkdirSync(path.join(root, 'pagefind'));
      writeFileSync(path.join(root, 'index.html'), '<h1>Home</h1>');
      writeFileSync(path.join(root, 'a', 'index.html'), '<h1>A</h1>');
      writeFileSync(path.join(root, 'pagefind', 'x.html'), 'not a page');
      const before = hashPages(root);
      expect(Object.keys(before.pages)).toEqual(['a/index.html', 'index.html']);
      expect(isPageHashes(JSON.parse(JSON.stringify(before)))).toBe(true);
      writeFileSync(path.join(root, 'a', 'index.html'), '<h1>A, changed</h1>');
      mkdirSync(path.join(root, 'b'));
      writeFileSync(path.join(root, 'b', 'index.html'), '<h1>B</h1>');
      expect(changedPages(before, hashPages(root))).toEqual(['a/index.html', 'b/index.html']);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('accept only a page-hash list from the network', () => {
    expect(isPageHashes({ version: 1, pages: { 'index.html': 'abc' } })).toBe(true);
    expect(isPageHashes({ version: 2, pages: {} })).toBe(false);
    expect(isPageHashes({ version: 1, pages: { 'index.html': 3 } })).toBe(false);
    expect(isPageHashes('<html>')).toBe(false);
  });
});
