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

const localePrefix = (locale: Locale): string => (locale === 'sl' ? '/' : `/${locale}/`);

/** @example homeUrl("en") // "/en/" */
export const homeUrl = (locale: Locale): string => localePrefix(locale);

/** @example listUrl("projects", "sl") // "/projekti/" */
export const listUrl = (collection: ListedCollection, locale: Locale): string =>
  `${localePrefix(locale)}${SEGMENTS[collection][locale]}/`;

/** @example entryUrl("partners", "sent", "sl") // "/partnerji/sent/" */
export const entryUrl = (collection: ListedCollection, slug: string, locale: Locale): string =>
  `${listUrl(collection, locale)}${slug}/`;

/** @example searchUrl("en") // "/en/search/" */
export const searchUrl = (locale: Locale): string => `${localePrefix(locale)}${locale === 'sl' ? 'iskanje' : 'search'}/`;

const inEveryLocale = (url: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, url(locale)])) as Record<Locale, string>;

/** The home page in every language, for the switcher and hreflang. */
export const homeAlternates = (): Record<Locale, string> => inEveryLocale(homeUrl);

/** @example listAlternates("projects") // { sl: "/projekti/", en: "/en/projects/" } */
export const listAlternates = (collection: ListedCollection): Record<Locale, string> => inEveryLocale((locale) => listUrl(collection, locale));

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
