/** Stable URLs of every page (see the URL table in the guide); tests and links depend on them. */
import type { CollectionName } from '../schemas';
import { LOCALES, type Locale } from './locales';

const SEGMENTS: Record<CollectionName, Record<Locale, string>> = {
  programmes: { sl: 'programi', en: 'programmes' },
  projects: { sl: 'projekti', en: 'projects' },
  partners: { sl: 'partnerji', en: 'partners' },
  centres: { sl: 'centri', en: 'centres' },
};

const localePrefix = (locale: Locale): string => (locale === 'sl' ? '/' : `/${locale}/`);

/** @example homeUrl("en") // "/en/" */
export const homeUrl = (locale: Locale): string => localePrefix(locale);

/** @example listUrl("projects", "sl") // "/projekti/" */
export const listUrl = (collection: CollectionName, locale: Locale): string =>
  `${localePrefix(locale)}${SEGMENTS[collection][locale]}/`;

/** @example entryUrl("partners", "sent", "sl") // "/partnerji/sent/" */
export const entryUrl = (collection: CollectionName, slug: string, locale: Locale): string =>
  `${listUrl(collection, locale)}${slug}/`;

const inEveryLocale = (url: (locale: Locale) => string): Record<Locale, string> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, url(locale)])) as Record<Locale, string>;

/** The home page in every language, for the switcher and hreflang. */
export const homeAlternates = (): Record<Locale, string> => inEveryLocale(homeUrl);

/** @example listAlternates("projects") // { sl: "/projekti/", en: "/en/projects/" } */
export const listAlternates = (collection: CollectionName): Record<Locale, string> => inEveryLocale((locale) => listUrl(collection, locale));

/** @example entryAlternates("centres", "center-mladih-koper").en // "/en/centres/center-mladih-koper/" */
export const entryAlternates = (collection: CollectionName, slug: string): Record<Locale, string> =>
  inEveryLocale((locale) => entryUrl(collection, slug, locale));
