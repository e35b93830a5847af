/** Stable URLs of every page (README, "Layout"); routes, tests and links depend on them. */
import type { CollectionName } from '../schemas';
import { DEFAULT_LOCALE, inEveryLocale, LOCALE_DEFINITIONS, type Locale, type UrlWords } from './locales';

/** Collections with a list page and detail pages under one URL segment. */
export type ListedCollection = Exclude<CollectionName, 'pages' | 'faq'>;
/** Lists long enough to be split into numbered pages; open calls are few and split into open and archived instead. */
export type PagedCollection = Exclude<ListedCollection, 'opportunities' | 'events'>;

/**
 * The translated segment of one page type in every language, from the languages' `urls`
 * (src/lib/locales.ts): one table per page type.
 * @example segmentTable("search") // { sl: "iskanje", en: "search", it: "cerca" }
 */
export const segmentTable = (pageType: Exclude<keyof UrlWords, 'fitAnswers'>): Record<Locale, string> =>
  inEveryLocale((locale) => LOCALE_DEFINITIONS[locale].urls[pageType]);

const SEGMENTS: Record<ListedCollection, Record<Locale, string>> = {
  programmes: segmentTable('programmes'),
  projects: segmentTable('projects'),
  partners: segmentTable('partners'),
  centres: segmentTable('centres'),
  opportunities: segmentTable('opportunities'),
  events: segmentTable('events'),
};

/** @example listSegment("projects", "sl") // "projekti" */
export const listSegment = (collection: ListedCollection, locale: Locale): string => SEGMENTS[collection][locale];

/** The collections whose lists have numbered pages, in menu order. */
export const LISTED_COLLECTIONS: readonly PagedCollection[] = ['programmes', 'projects', 'partners', 'centres'];

const localePrefix = (locale: Locale): string => {
  const { prefix } = LOCALE_DEFINITIONS[locale];
  return prefix ? `/${prefix}/` : '/';
};

/** @example homeUrl("en") // "/en/" */
export const homeUrl = (locale: Locale): string => localePrefix(locale);

/** @example listUrl("projects", "sl") // "/projekti/" */
export const listUrl = (collection: ListedCollection, locale: Locale): string => `${localePrefix(locale)}${SEGMENTS[collection][locale]}/`;

/** @example entryUrl("partners", "sent", "sl") // "/partnerji/sent/" */
export const entryUrl = (collection: ListedCollection, slug: string, locale: Locale): string => `${listUrl(collection, locale)}${slug}/`;

const PAGE_SEGMENT = segmentTable('page');

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
const SEARCH_SEGMENT = segmentTable('search');
export const searchUrl = (locale: Locale): string => `${localePrefix(locale)}${SEARCH_SEGMENT[locale]}/`;

/** The home page in every language, for the switcher and hreflang. */
export const homeAlternates = (): Record<Locale, string> => inEveryLocale(homeUrl);

/** @example listAlternates("projects") // { sl: "/projekti/", en: "/en/projects/", it: "/it/progetti/" } */
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
 * A standalone page: each language's own slug under its prefix (the Slovenian one, the file
 * name, where a language has none yet).
 * @example pageUrl({ sl: "zasebnost", en: "privacy" }, "en") // "/en/privacy/"
 * @example pageUrl({ sl: "zasebnost", en: "privacy" }, "it") // "/it/zasebnost/"
 */
export const pageUrl = (slugs: Partial<Record<Locale, string>> & Record<typeof DEFAULT_LOCALE, string>, locale: Locale): string =>
  `${homeUrl(locale)}${slugs[locale] ?? slugs[DEFAULT_LOCALE]}/`;

/** A standalone page in every language. */
export const pageAlternates = (slugs: Partial<Record<Locale, string>> & Record<typeof DEFAULT_LOCALE, string>): Record<Locale, string> =>
  inEveryLocale((locale) => pageUrl(slugs, locale));

/** The RSS feed of projects in a language. @example feedUrl("en") // "/en/projects/rss.xml" */
export const feedUrl = (locale: Locale): string => `${listUrl('projects', locale)}rss.xml`;

const ARCHIVE_SEGMENT = segmentTable('archive');

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

/**
 * Page `page` of the open calls or upcoming events, or (`archive`) of their archive; page 1 is the list itself.
 * @example datedListPageUrl("events", true, 2, "en") // "/en/events/archive/page/2/"
 */
export const datedListPageUrl = (collection: ArchivedCollection, archive: boolean, page: number, locale: Locale): string =>
  numberedPage(archive ? archiveUrl(locale, collection) : listUrl(collection, locale), page, locale);

/** Segments no entry of a list may take as its id, because a page of the list has that address. */
export const RESERVED_IDS: Partial<Record<ListedCollection, readonly string[]>> = {
  opportunities: [...Object.values(ARCHIVE_SEGMENT), ...Object.values(PAGE_SEGMENT)],
  events: [...Object.values(ARCHIVE_SEGMENT), ...Object.values(PAGE_SEGMENT)],
};

/** @example archiveAlternates("events") // { sl: "/dogodki/arhiv/", en: "/en/events/archive/" } */
export const archiveAlternates = (collection: ArchivedCollection = 'opportunities'): Record<Locale, string> =>
  inEveryLocale((locale) => archiveUrl(locale, collection));

/** @example datedListPageAlternates("opportunities", false, 2).sl // "/priloznosti/stran/2/" */
export const datedListPageAlternates = (collection: ArchivedCollection, archive: boolean, page: number): Record<Locale, string> =>
  inEveryLocale((locale) => datedListPageUrl(collection, archive, page, locale));

/**
 * The calendar of every event, to subscribe to (README, "Layout").
 * @example eventsCalendarUrl("sl") // "/dogodki/koledar.ics"
 */
const EVENTS_CALENDAR = segmentTable('eventsCalendar');
export const eventsCalendarUrl = (locale: Locale): string => `${listUrl('events', locale)}${EVENTS_CALENDAR[locale]}.ics`;

/**
 * One event as a calendar file, beside its page.
 * @example eventCalendarUrl("koncert", "en") // "/en/events/koncert/event.ics"
 */
const EVENT_CALENDAR = segmentTable('eventCalendar');
export const eventCalendarUrl = (slug: string, locale: Locale): string =>
  `${entryUrl('events', slug, locale)}${EVENT_CALENDAR[locale]}.ics`;

/** The RSS feed of open calls in a language. @example opportunitiesFeedUrl("sl") // "/priloznosti/rss.xml" */
export const opportunitiesFeedUrl = (locale: Locale): string => `${listUrl('opportunities', locale)}rss.xml`;

/**
 * The calendar of every call's deadline, to subscribe to.
 * @example deadlinesCalendarUrl("en") // "/en/opportunities/deadlines.ics"
 */
const DEADLINES_CALENDAR = segmentTable('deadlinesCalendar');
export const deadlinesCalendarUrl = (locale: Locale): string => `${listUrl('opportunities', locale)}${DEADLINES_CALENDAR[locale]}.ics`;

/**
 * One call's deadline as a calendar file, beside its page.
 * @example deadlineCalendarUrl("prostovoljstvo-v-gradcu", "sl") // "/priloznosti/prostovoljstvo-v-gradcu/rok.ics"
 */
const DEADLINE_CALENDAR = segmentTable('deadlineCalendar');
export const deadlineCalendarUrl = (slug: string, locale: Locale): string =>
  `${entryUrl('opportunities', slug, locale)}${DEADLINE_CALENDAR[locale]}.ics`;

/** @example startUrl("en") // "/en/get-started/" */
const START_SEGMENT = segmentTable('start');
export const startUrl = (locale: Locale): string => `${localePrefix(locale)}${START_SEGMENT[locale]}/`;

/** @example startAlternates() // { sl: "/kako-zaceti/", en: "/en/get-started/" } */
export const startAlternates = (): Record<Locale, string> => inEveryLocale(startUrl);

const FIT_CHECK_SEGMENT = segmentTable('fitCheck');

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
const FAQ_SEGMENT = segmentTable('faq');
export const faqUrl = (locale: Locale): string => `${localePrefix(locale)}${FAQ_SEGMENT[locale]}/`;

/**
 * Page `page` of the questions; page 1 is the questions page itself.
 * @example faqPageUrl(2, "sl") // "/vprasanja/stran/2/"
 * @example faqPageUrl(3, "it") // "/it/domande/pagina/3/"
 */
export const faqPageUrl = (page: number, locale: Locale): string => numberedPage(faqUrl(locale), page, locale);

/** @example faqPageAlternates(1) // { sl: "/vprasanja/", en: "/en/questions/", it: "/it/domande/" } */
export const faqPageAlternates = (page: number): Record<Locale, string> => inEveryLocale((locale) => faqPageUrl(page, locale));

const EASY_READ_SEGMENT = segmentTable('easyRead');

/**
 * The easy-read version of a page, beside it.
 * @example easyReadUrl("/programi/ese/", "sl") // "/programi/ese/lahko-branje/"
 * @example easyReadUrl("/en/get-started/", "en") // "/en/get-started/easy-read/"
 */
export const easyReadUrl = (pageUrl: string, locale: Locale): string => `${pageUrl}${EASY_READ_SEGMENT[locale]}/`;

/** The easy-read version of a page in every language, from the page's own alternates. */
export const easyReadAlternates = (pages: Record<Locale, string>): Record<Locale, string> =>
  inEveryLocale((locale) => easyReadUrl(pages[locale], locale));

const POSTER_SEGMENT = segmentTable('poster');

/**
 * The printable poster of a page (a centre, a call, an event), beside it.
 * @example posterUrl("/centri/center-mladih-koper/", "sl") // "/centri/center-mladih-koper/plakat/"
 * @example posterUrl("/en/events/koncert/", "en") // "/en/events/koncert/poster/"
 */
export const posterUrl = (pageUrl: string, locale: Locale): string => `${pageUrl}${POSTER_SEGMENT[locale]}/`;

/** The poster of a page in every language, from the page's own alternates. */
export const posterAlternates = (pages: Record<Locale, string>): Record<Locale, string> =>
  inEveryLocale((locale) => posterUrl(pages[locale], locale));

const SHARE_CARD_FILE = segmentTable('shareCard');

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

/** A page of the European Youth Portal: its address ends in its language (`…/solidarity_sl`). */
const YOUTH_PORTAL_PAGE = /^(https:\/\/youth\.europa\.eu\/[^?#]*?_)([a-z]{2})(?=$|[/?#])/;

/**
 * A European Youth Portal address in the reader's language: the portal names a page's language
 * at the end of its path, with the same two-letter codes as our locales. Other addresses pass
 * through as they are.
 * @example youthPortalUrl("https://youth.europa.eu/solidarity_en", "sl") // "https://youth.europa.eu/solidarity_sl"
 * @example youthPortalUrl("https://youth.europa.eu/solidarity/opportunities_sl?country=SI", "en") // "https://youth.europa.eu/solidarity/opportunities_en?country=SI"
 */
export const youthPortalUrl = (url: string, locale: Locale): string =>
  url.replace(YOUTH_PORTAL_PAGE, `$1${LOCALE_DEFINITIONS[locale].europaPortal}`);

/**
 * A link that staff wrote as a Slovenian path of this site ("/centri/"), in the reader's language;
 * the European Youth Portal in the reader's language too; other sites' addresses pass through.
 * @example localiseLink("/centri/center-mladih-koper/", "en") // "/en/centres/center-mladih-koper/"
 * @example localiseLink("https://youth.europa.eu/solidarity_en", "sl") // "https://youth.europa.eu/solidarity_sl"
 */
export function localiseLink(url: string, locale: Locale): string {
  if (!url.startsWith('/')) return youthPortalUrl(url, locale);
  if (locale === DEFAULT_LOCALE) return url;
  const [first = '', ...rest] = url.slice(1).split('/');
  if (first === SEARCH_SEGMENT[DEFAULT_LOCALE]) return searchUrl(locale);
  const collection = (Object.keys(SEGMENTS) as ListedCollection[]).find((name) => SEGMENTS[name][DEFAULT_LOCALE] === first);
  if (!collection) return `${localePrefix(locale)}${url.slice(1)}`;
  return `${localePrefix(locale)}${[SEGMENTS[collection][locale], ...rest].join('/')}`;
}
