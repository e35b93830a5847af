/** Stable URLs of every page (README, "Layout"); routes, tests and links depend on them. */
import type { CollectionName } from '../schemas';
import { LOCALES, type Locale } from './locales';

/** Collections with a list page and detail pages under one URL segment. */
export type ListedCollection = Exclude<CollectionName, 'pages' | 'faq'>;
/** Lists long enough to be split into numbered pages; open calls are few and split into open and archived instead. */
export type PagedCollection = Exclude<ListedCollection, 'opportunities' | 'events'>;

const SEGMENTS: Record<ListedCollection, Record<Locale, string>> = {
  programmes: { sl: 'programi', en: 'programmes' },
  projects: { sl: 'projekti', en: 'projects' },
  partners: { sl: 'partnerji', en: 'partners' },
  centres: { sl: 'centri', en: 'centres' },
  opportunities: { sl: 'priloznosti', en: 'opportunities' },
  events: { sl: 'dogodki', en: 'events' },
};

/** @example listSegment("projects", "sl") // "projekti" */
export const listSegment = (collection: ListedCollection, locale: Locale): string => SEGMENTS[collection][locale];

/** The collections whose lists have numbered pages, in menu order. */
export const LISTED_COLLECTIONS: readonly PagedCollection[] = ['programmes', 'projects', 'partners', 'centres'];

const localePrefix = (locale: Locale): string => (locale === 'sl' ? '/' : `/${locale}/`);

/** @example homeUrl("en") // "/en/" */
export const homeUrl = (locale: Locale): string => localePrefix(locale);

/** @example listUrl("projects", "sl") // "/projekti/" */
export const listUrl = (collection: ListedCollection, locale: Locale): string => `${localePrefix(locale)}${SEGMENTS[collection][locale]}/`;

/** @example entryUrl("partners", "sent", "sl") // "/partnerji/sent/" */
export const entryUrl = (collection: ListedCollection, slug: string, locale: Locale): string => `${listUrl(collection, locale)}${slug}/`;

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
export const listPageUrl = (collection: PagedCollection, page: number, locale: Locale): string =>
  numberedPage(listUrl(collection, locale), page, locale);

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
export const listAlternates = (collection: ListedCollection): Record<Locale, string> =>
  inEveryLocale((locale) => listUrl(collection, locale));

/** @example listPageAlternates("partners", 2) // { sl: "/partnerji/stran/2/", en: "/en/partners/page/2/" } */
export const listPageAlternates = (collection: PagedCollection, page: number): Record<Locale, string> =>
  inEveryLocale((locale) => listPageUrl(collection, page, locale));

/** A partner's projects page in every language. */
export const partnerProjectsAlternates = (slug: string, page: number): Record<Locale, string> =>
  inEveryLocale((locale) => partnerProjectsUrl(slug, page, locale));

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

const ARCHIVE_SEGMENT: Record<Locale, string> = { sl: 'arhiv', en: 'archive' };

/** Lists whose past entries move to an archive page beside them. */
export type ArchivedCollection = 'opportunities' | 'events';

/**
 * Calls whose deadline has passed, or events that are over. The browser decides which those are;
 * see OpportunityList.astro and EventList.astro.
 * @example archiveUrl("sl") // "/priloznosti/arhiv/"
 * @example archiveUrl("en", "events") // "/en/events/archive/"
 */
export const archiveUrl = (locale: Locale, collection: ArchivedCollection = 'opportunities'): string =>
  `${listUrl(collection, locale)}${ARCHIVE_SEGMENT[locale]}/`;

/** Segments no entry of a list may take as its id, because a page of the list has that address. */
export const RESERVED_IDS: Partial<Record<ListedCollection, readonly string[]>> = {
  opportunities: Object.values(ARCHIVE_SEGMENT),
  events: Object.values(ARCHIVE_SEGMENT),
};

/** @example archiveAlternates("events") // { sl: "/dogodki/arhiv/", en: "/en/events/archive/" } */
export const archiveAlternates = (collection: ArchivedCollection = 'opportunities'): Record<Locale, string> =>
  inEveryLocale((locale) => archiveUrl(locale, collection));

/**
 * The calendar of every event, to subscribe to (README, "Layout").
 * @example eventsCalendarUrl("sl") // "/dogodki/koledar.ics"
 */
export const eventsCalendarUrl = (locale: Locale): string => `${listUrl('events', locale)}${locale === 'sl' ? 'koledar' : 'calendar'}.ics`;

/**
 * One event as a calendar file, beside its page.
 * @example eventCalendarUrl("koncert", "en") // "/en/events/koncert/event.ics"
 */
export const eventCalendarUrl = (slug: string, locale: Locale): string =>
  `${entryUrl('events', slug, locale)}${locale === 'sl' ? 'dogodek' : 'event'}.ics`;

/** The RSS feed of open calls in a language. @example opportunitiesFeedUrl("sl") // "/priloznosti/rss.xml" */
export const opportunitiesFeedUrl = (locale: Locale): string => `${listUrl('opportunities', locale)}rss.xml`;

/**
 * The calendar of every call's deadline, to subscribe to.
 * @example deadlinesCalendarUrl("en") // "/en/opportunities/deadlines.ics"
 */
export const deadlinesCalendarUrl = (locale: Locale): string =>
  `${listUrl('opportunities', locale)}${locale === 'sl' ? 'roki' : 'deadlines'}.ics`;

/**
 * One call's deadline as a calendar file, beside its page.
 * @example deadlineCalendarUrl("prostovoljstvo-v-gradcu", "sl") // "/priloznosti/prostovoljstvo-v-gradcu/rok.ics"
 */
export const deadlineCalendarUrl = (slug: string, locale: Locale): string =>
  `${entryUrl('opportunities', slug, locale)}${locale === 'sl' ? 'rok' : 'deadline'}.ics`;

/** @example startUrl("en") // "/en/get-started/" */
export const startUrl = (locale: Locale): string => `${localePrefix(locale)}${locale === 'sl' ? 'kako-zaceti' : 'get-started'}/`;

/** @example startAlternates() // { sl: "/kako-zaceti/", en: "/en/get-started/" } */
export const startAlternates = (): Record<Locale, string> => inEveryLocale(startUrl);

const FIT_CHECK_SEGMENT: Record<Locale, string> = { sl: 'ustreznost', en: 'fit-check' };

/**
 * The fit check: its first question, or the step after the answers given so far (URL segments).
 * @example fitCheckUrl("sl") // "/kako-zaceti/ustreznost/"
 * @example fitCheckUrl("sl", ["18-30", "v-tujini"]) // "/kako-zaceti/ustreznost/18-30/v-tujini/"
 */
export const fitCheckUrl = (locale: Locale, answers: readonly string[] = []): string =>
  `${startUrl(locale)}${FIT_CHECK_SEGMENT[locale]}/${answers.map((answer) => `${answer}/`).join('')}`;

/** A fit-check step in every language, from the answers' segments in each. */
export const fitCheckAlternates = (segmentsIn: (locale: Locale) => readonly string[]): Record<Locale, string> =>
  inEveryLocale((locale) => fitCheckUrl(locale, segmentsIn(locale)));

/** @example faqUrl("en") // "/en/questions/" */
export const faqUrl = (locale: Locale): string => `${localePrefix(locale)}${locale === 'sl' ? 'vprasanja' : 'questions'}/`;

/** @example faqAlternates() // { sl: "/vprasanja/", en: "/en/questions/" } */
export const faqAlternates = (): Record<Locale, string> => inEveryLocale(faqUrl);

const EASY_READ_SEGMENT: Record<Locale, string> = { sl: 'lahko-branje', en: 'easy-read' };

/**
 * The easy-read version of a page, beside it.
 * @example easyReadUrl("/programi/ese/", "sl") // "/programi/ese/lahko-branje/"
 * @example easyReadUrl("/en/get-started/", "en") // "/en/get-started/easy-read/"
 */
export const easyReadUrl = (pageUrl: string, locale: Locale): string => `${pageUrl}${EASY_READ_SEGMENT[locale]}/`;

/** The easy-read version of a page in every language, from the page's own alternates. */
export const easyReadAlternates = (pages: Record<Locale, string>): Record<Locale, string> =>
  inEveryLocale((locale) => easyReadUrl(pages[locale], locale));

const POSTER_SEGMENT: Record<Locale, string> = { sl: 'plakat', en: 'poster' };

/**
 * The printable poster of a page (a centre, a call, an event), beside it.
 * @example posterUrl("/centri/center-mladih-koper/", "sl") // "/centri/center-mladih-koper/plakat/"
 * @example posterUrl("/en/events/koncert/", "en") // "/en/events/koncert/poster/"
 */
export const posterUrl = (pageUrl: string, locale: Locale): string => `${pageUrl}${POSTER_SEGMENT[locale]}/`;

/** The poster of a page in every language, from the page's own alternates. */
export const posterAlternates = (pages: Record<Locale, string>): Record<Locale, string> =>
  inEveryLocale((locale) => posterUrl(pages[locale], locale));

const SHARE_CARD_FILE: Record<Locale, string> = { sl: 'kartica.png', en: 'card.png' };

/**
 * The share card of a page (the image a chat or social site shows for its link), beside it.
 * @example shareCardUrl("/dogodki/koncert/", "sl") // "/dogodki/koncert/kartica.png"
 * @example shareCardUrl("/en/projects/ko-prosto/", "en") // "/en/projects/ko-prosto/card.png"
 */
export const shareCardUrl = (pageUrl: string, locale: Locale): string => `${pageUrl}${SHARE_CARD_FILE[locale]}`;

/**
 * A URL from this file as the value of a rest parameter (`src/pages/[...list].astro`): no leading or
 * trailing slash, and `undefined` for the root. Every route takes its paths from here, so a folder
 * name can never disagree with a link.
 * @example routeParam("/en/projects/page/2/") // "en/projects/page/2"
 * @example routeParam("/") // undefined
 */
export const routeParam = (url: string): string | undefined => url.replace(/^\/+|\/+$/g, '') || undefined;

/**
 * A link that staff wrote as a Slovenian path of this site ("/centri/"), in the reader's language;
 * addresses of other sites pass through as they are.
 * @example localiseLink("/centri/center-mladih-koper/", "en") // "/en/centres/center-mladih-koper/"
 * @example localiseLink("https://youth.europa.eu/solidarity_en", "en") // "https://youth.europa.eu/solidarity_en"
 */
export function localiseLink(url: string, locale: Locale): string {
  if (!url.startsWith('/') || locale === 'sl') return url;
  const [first = '', ...rest] = url.slice(1).split('/');
  if (first === 'iskanje') return searchUrl(locale);
  const collection = (Object.keys(SEGMENTS) as ListedCollection[]).find((name) => SEGMENTS[name].sl === first);
  if (!collection) return `${localePrefix(locale)}${url.slice(1)}`;
  return `${localePrefix(locale)}${[SEGMENTS[collection][locale], ...rest].join('/')}`;
}
