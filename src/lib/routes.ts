/** Stable URLs of every page (see the URL table in the guide); tests and links depend on them. */
import type { CollectionName } from '../schemas';
import { LOCALES, type Locale } from './locales';

/** Collections with a list page and detail pages under one URL segment. */
export type ListedCollection = Exclude<CollectionName, 'pages'>;

const SEGMENTS: Record<ListedCollection, Record<Locale, string>> = {
  programmes: { sl: 'programi', en: 'programmes' },
  projects: { sl: 'projekti', en: 'projects' },
  partners: { sl: 'partnerji', en: 'partners' },
  centres: { sl: 'centri', en: 'centres' },
};

/** @example listSegment("projects", "sl") // "projekti" */
export const listSegment = (collection: ListedCollection, locale: Locale): string => SEGMENTS[collection][locale];

/** The collections with list pages, in menu order. */
export const LISTED_COLLECTIONS = Object.keys(SEGMENTS) as ListedCollection[];

const localePrefix = (locale: Locale): string => (locale === 'sl' ? '/' : `/${locale}/`);

/** @example homeUrl("en") // "/en/" */
export const homeUrl = (locale: Locale): string => localePrefix(locale);

/** @example listUrl("projects", "sl") // "/projekti/" */
export const listUrl = (collection: ListedCollection, locale: Locale): string =>
  `${localePrefix(locale)}${SEGMENTS[collection][locale]}/`;

/** @example entryUrl("partners", "sent", "sl") // "/partnerji/sent/" */
export const entryUrl = (collection: ListedCollection, slug: string, locale: Locale): string =>
  `${listUrl(collection, locale)}${slug}/`;

const PAGE_SEGMENT: Record<Locale, string> = { sl: 'stran', en: 'page' };

/**
 * The path after a list's own address that names page `page` (none for page 1), as route params need it.
 * @example pagePath(3, "sl") // "stran/3"
 */
export const pagePath = (page: number, locale: Locale): string | undefined => (page <= 1 ? undefined : `${PAGE_SEGMENT[locale]}/${page}`);
const numberedPage = (base: string, page: number, locale: Locale) => (page <= 1 ? base : `${base}${pagePath(page, locale)}/`);

/**
 * Page `page` of a list; page 1 is the list itself.
 * @example listPageUrl("projects", 2, "sl") // "/projekti/stran/2/"
 * @example listPageUrl("projects", 1, "en") // "/en/projects/"
 */
export const listPageUrl = (collection: ListedCollection, page: number, locale: Locale): string => numberedPage(listUrl(collection, locale), page, locale);

/**
 * The projects of one partner, on pages of their own.
 * @example partnerProjectsUrl("evropska-unija", 1, "sl") // "/partnerji/evropska-unija/projekti/"
 * @example partnerProjectsUrl("evropska-unija", 3, "en") // "/en/partners/evropska-unija/projects/page/3/"
 */
export const partnerProjectsUrl = (slug: string, page: number, locale: Locale): string =>
  numberedPage(`${entryUrl('partners', slug, locale)}${SEGMENTS.projects[locale]}/`, page, locale);

/** @example searchUrl("en") // "/en/search/" */
export const searchUrl = (locale: Locale): string => `${localePrefix(locale)}${locale === 'sl' ? 'iskanje' : 'search'}/`;

const inEveryLocale = (url: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, url(locale)])) as Record<Locale, string>;

/** The home page in every language, for the switcher and hreflang. */
export const homeAlternates = (): Record<Locale, string> => inEveryLocale(homeUrl);

/** @example listAlternates("projects") // { sl: "/projekti/", en: "/en/projects/" } */
export const listAlternates = (collection: ListedCollection): Record<Locale, string> => inEveryLocale((locale) => listUrl(collection, locale));

/** @example listPageAlternates("partners", 2) // { sl: "/partnerji/stran/2/", en: "/en/partners/page/2/" } */
export const listPageAlternates = (collection: ListedCollection, page: number): Record<Locale, string> => inEveryLocale((locale) => listPageUrl(collection, page, locale));

/** A partner's projects page in every language. */
export const partnerProjectsAlternates = (slug: string, page: number): Record<Locale, string> => inEveryLocale((locale) => partnerProjectsUrl(slug, page, locale));

/** @example entryAlternates("centres", "center-mladih-koper").en // "/en/centres/center-mladih-koper/" */
export const entryAlternates = (collection: ListedCollection, slug: string): Record<Locale, string> =>
  inEveryLocale((locale) => entryUrl(collection, slug, locale));

/** @example searchAlternates() // { sl: "/iskanje/", en: "/en/search/" } */
export const searchAlternates = (): Record<Locale, string> => inEveryLocale(searchUrl);

/**
 * A standalone page: its Slovenian slug at the root, its English slug under /en/.
 * @example pageUrl({ sl: "zasebnost", en: "privacy" }, "en") // "/en/privacy/"
 */
export const pageUrl = (slugs: Record<Locale, string>, locale: Locale): string => `${homeUrl(locale)}${slugs[locale]}/`;

/** A standalone page in every language. */
export const pageAlternates = (slugs: Record<Locale, string>): Record<Locale, string> => inEveryLocale((locale) => pageUrl(slugs, locale));

/** The RSS feed of projects in a language. @example feedUrl("en") // "/en/projects/rss.xml" */
export const feedUrl = (locale: Locale): string => `${listUrl('projects', locale)}rss.xml`;
