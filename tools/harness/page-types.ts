/**
 * Which page type each built page is, so the browser sweep can sample: every page type (route
 * shape and view variant) in every language in all four combinations, every other page once.
 *
 * The shapes are not listed by hand: each is made by calling the URL functions of
 * `src/lib/routes.ts` with a placeholder id, for every language of `LOCALES`, so a new language
 * brings its pages' types with it, and a folder renamed in `routes.ts` moves its type along.
 */
import { LOCALES, type Locale } from '../../src/lib/locales';
import * as routes from '../../src/lib/routes';
import type { BuiltPage } from './pages';

/** Stands for an entry's id (one URL segment) in a URL made by a function of routes.ts. */
const ID = 'page-type-id-placeholder';
/** Stands for a page number. */
const PAGE = 987654;

/** One page type: a name, and a test of a page's URL path in one language. */
interface Shape {
  name: string;
  pattern: RegExp;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern of a URL made with the placeholders: an id is any one segment, a page number any number.
 * @example shapeOf('/partnerji/page-type-id-placeholder/') // /^\/partnerji\/[^/]+\/$/
 */
function shapeOf(url: string): RegExp {
  const source = escapeRegExp(url).replaceAll(ID, '[^/]+').replaceAll(String(PAGE), '\\d+');
  return new RegExp(`^${source}$`);
}

/** Named URLs of every page type in one language, most specific first. */
function shapesOf(locale: Locale): Shape[] {
  const named: Array<[string, string[]]> = [
    ['home', [routes.homeUrl(locale)]],
    ['search', [routes.searchUrl(locale)]],
    ['start', [routes.startUrl(locale)]],
    ['start easy-read', [routes.easyReadUrl(routes.startUrl(locale), locale)]],
    ['questions', [routes.faqUrl(locale)]],
    ['questions, a later page', [routes.faqPageUrl(PAGE, locale)]],
    ['fit check, first question', [routes.fitCheckUrl(locale)]],
    ['fit check, after one answer', [routes.fitCheckUrl(locale, [ID])]],
    ['fit check, after two answers', [routes.fitCheckUrl(locale, [ID, ID])]],
    ['fit check, after three answers', [routes.fitCheckUrl(locale, [ID, ID, ID])]],
    ['fit check, after four answers', [routes.fitCheckUrl(locale, [ID, ID, ID, ID])]],
  ];
  for (const collection of routes.LISTED_COLLECTIONS) {
    named.push([`${collection} list`, [routes.listUrl(collection, locale)]]);
    named.push([`${collection} list, a later page`, [routes.listPageUrl(collection, PAGE, locale)]]);
  }
  for (const collection of ['opportunities', 'events'] as const) {
    named.push([`${collection} list`, [routes.listUrl(collection, locale)]]);
    named.push([`${collection} archive`, [routes.archiveUrl(locale, collection)]]);
  }
  named.push(
    ['partner projects', [routes.partnerProjectsUrl(ID, 1, locale)]],
    ['partner projects, a later page', [routes.partnerProjectsUrl(ID, PAGE, locale)]],
  );
  for (const collection of ['programmes', 'centres'] as const) {
    named.push([`${collection} entry easy-read`, [routes.easyReadUrl(routes.entryUrl(collection, ID, locale), locale)]]);
  }
  for (const collection of ['centres', 'opportunities', 'events'] as const) {
    named.push([`${collection} poster`, [routes.posterUrl(routes.entryUrl(collection, ID, locale), locale)]]);
  }
  for (const collection of ['programmes', 'projects', 'partners', 'centres', 'opportunities', 'events'] as const) {
    named.push([`${collection} entry`, [routes.entryUrl(collection, ID, locale)]]);
  }
  // A standalone page (privacy, accessibility, …) is any one segment below the language's home.
  named.push(['standalone page', [`${routes.homeUrl(locale)}${ID}/`]]);
  return named.flatMap(([name, urls]) => urls.map((url) => ({ name, pattern: shapeOf(url) })));
}

const SHAPES: Array<{ locale: Locale; shapes: Shape[] }> = LOCALES.map((locale) => ({ locale, shapes: shapesOf(locale) }));

/**
 * The language of a URL path: the longest language prefix it starts with (the default language has none).
 * @example localeOfPath('/en/projects/') // 'en'
 * @example localeOfPath('/projekti/') // 'sl'
 */
export function localeOfPath(urlPath: string): Locale {
  const byPrefixLength = [...LOCALES].sort((a, b) => routes.homeUrl(b).length - routes.homeUrl(a).length);
  return byPrefixLength.find((locale) => urlPath.startsWith(routes.homeUrl(locale)))!;
}

/**
 * The route shape of a page: its type's name, or undefined when no page type of routes.ts makes
 * such a URL (a page type added without a name here).
 * @example routeShapeOf('/en/centres/center-mladih-koper/') // 'centres entry'
 */
export function routeShapeOf(urlPath: string): string | undefined {
  const locale = localeOfPath(urlPath);
  const shapes = SHAPES.find((entry) => entry.locale === locale)!.shapes;
  return shapes.find((shape) => shape.pattern.test(urlPath))?.name;
}

/**
 * View variants a page's HTML shows: the same route draws a different page when the text is not
 * translated (the notice, and text in another language), and so each variant is sampled apart.
 */
export function viewVariantOf(html: string): string {
  return /\sdata-untranslated[\s>=]/.test(html) ? 'untranslated' : 'translated';
}

export interface TypedPage extends BuiltPage {
  locale: Locale;
  /** Route shape, view variant and language, e.g. `centres entry · translated · en`. */
  type: string;
}

/**
 * Gives each page its type. A page whose URL no shape of routes.ts makes is a type of its own, so
 * it is checked in full rather than missed (and `unknownShapes` names it for a test to fail on).
 */
export function typePages(pages: BuiltPage[], readHtml: (page: BuiltPage) => string): TypedPage[] {
  return pages.map((page) => {
    const locale = localeOfPath(page.urlPath);
    const shape = routeShapeOf(page.urlPath) ?? `unknown shape ${page.urlPath}`;
    return { ...page, locale, type: `${shape} · ${viewVariantOf(readHtml(page))} · ${locale}` };
  });
}

/** Pages whose URL matches no page type of routes.ts. */
export const unknownShapes = (pages: BuiltPage[]): string[] =>
  pages.filter((page) => routeShapeOf(page.urlPath) === undefined).map((page) => page.urlPath);

/**
 * One page of each type: the first in URL order, so the sample is the same on every run.
 * @example sampleOfEachType(typed).map((page) => page.urlPath) // ['/', '/centri/', '/centri/center-mladih-koper/', …]
 */
export function sampleOfEachType(pages: TypedPage[]): TypedPage[] {
  const seen = new Set<string>();
  return pages.filter((page) => !seen.has(page.type) && seen.add(page.type));
}
