/** Stable URLs of every page (see the URL table in the guide); tests and links depend on them. */
import type { CollectionName } from '../schemas';
import type { Locale } from './entries';

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
