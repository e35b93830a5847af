/**
 * The paths of every page type, for the `getStaticPaths` of its one route in src/pages/, in every
 * language. Each path is a URL from src/lib/routes.ts as a rest parameter (`routeParam`), so the
 * translated segments (`projekti`/`projects`/`progetti`, `stran`/`page`/`pagina`) live in one place.
 * The parameter is named after the route file: `entryPaths` feeds `src/pages/[...entry].astro`,
 * `feedPaths` feeds `src/pages/[...feed].xml.ts` (paths without `.xml`).
 */
import { laterPages, PAGE_SIZE, PARTNER_PAGE_PROJECTS } from '../lib/pagination';
import { LOCALES, type Locale } from '../lib/locales';
import {
  datedListPageUrl,
  deadlineCalendarUrl,
  deadlinesCalendarUrl,
  easyReadUrl,
  entryUrl,
  faqPageUrl,
  fitCheckUrl,
  eventCalendarUrl,
  eventsCalendarUrl,
  feedUrl,
  homeUrl,
  LISTED_COLLECTIONS,
  listPageUrl,
  opportunitiesFeedUrl,
  pageUrl,
  partnerProjectsUrl,
  posterUrl,
  routeParam,
  searchUrl,
  startUrl,
  type ArchivedCollection,
  type PagedCollection,
} from '../lib/routes';
import { answerSegments, fitSteps, type FitStep } from '../lib/fit-check';
import { datedListEntries } from './dated-lists';
import { strandFacts } from './fit-check';
import {
  pageSlugs,
  siteData,
  startPageOf,
  type Centre,
  type Event,
  type Opportunity,
  type Page,
  type Partner,
  type Programme,
  type Project,
} from './collections';

/** One generated path: the route file's rest parameter (named as in its file name) and its props. */
export interface RoutePath<P> {
  params: Record<string, string | undefined>;
  props: P;
}

const at = <P>(param: string, url: string, props: P): RoutePath<P> => ({ params: { [param]: routeParam(url) }, props });

/**
 * A file's URL without its extension, which the route's file name carries (`[...feed].xml.ts`), so
 * that the development server serves `/projekti/rss.xml` as a file, without a trailing slash.
 */
const stem = (url: string, extension: string): string => {
  if (!url.endsWith(extension)) throw new Error(`${url} does not end in ${extension}`);
  return url.slice(0, -extension.length);
};

/** Runs `paths` for every language and joins the results. */
const inEveryLocale = async <P>(paths: (locale: Locale) => Promise<RoutePath<P>[]> | RoutePath<P>[]): Promise<RoutePath<P>[]> =>
  (await Promise.all(LOCALES.map(async (locale) => paths(locale)))).flat();

export const homePaths = () => inEveryLocale((locale) => [at('home', homeUrl(locale), { locale })]);

export const searchPaths = () => inEveryLocale((locale) => [at('search', searchUrl(locale), { locale })]);

/** The four paged lists: page 1 at the list's own address, later pages at /stran/N/ (/page/N/). */
export const listPaths = () =>
  inEveryLocale(async (locale) => {
    const data = await siteData(locale);
    return LISTED_COLLECTIONS.flatMap((collection: PagedCollection) =>
      [1, ...laterPages(data[collection].length, PAGE_SIZE[collection])].map((page) =>
        at('list', listPageUrl(collection, page, locale), { locale, collection, page }),
      ),
    );
  });

/** Open calls and events: what is current at the list's address, the past in its archive, each on numbered pages. */
export const datedListPaths = () =>
  inEveryLocale(async (locale) => {
    const data = await siteData(locale);
    return (['opportunities', 'events'] as const satisfies readonly ArchivedCollection[]).flatMap((collection) =>
      [false, true].flatMap((archive) =>
        [1, ...laterPages(datedListEntries(data, collection, archive).length, PAGE_SIZE[collection])].map((page) =>
          at('datedList', datedListPageUrl(collection, archive, page, locale), { locale, collection, archive, page }),
        ),
      ),
    );
  });

/** Props of a detail page: which collection, and its entry. */
export type EntryProps = { locale: Locale } & (
  | { collection: 'programmes'; entry: Programme }
  | { collection: 'projects'; entry: Project }
  | { collection: 'partners'; entry: Partner }
  | { collection: 'centres'; entry: Centre }
  | { collection: 'opportunities'; entry: Opportunity }
  | { collection: 'events'; entry: Event }
);

export const entryPaths = () =>
  inEveryLocale(async (locale): Promise<RoutePath<EntryProps>[]> => {
    const data = await siteData(locale);
    return [
      ...data.programmes.map((entry) =>
        at('entry', entryUrl('programmes', entry.slug, locale), { locale, collection: 'programmes' as const, entry }),
      ),
      ...data.projects.map((entry) =>
        at('entry', entryUrl('projects', entry.slug, locale), { locale, collection: 'projects' as const, entry }),
      ),
      ...data.partners.map((entry) =>
        at('entry', entryUrl('partners', entry.slug, locale), { locale, collection: 'partners' as const, entry }),
      ),
      ...data.centres.map((entry) =>
        at('entry', entryUrl('centres', entry.slug, locale), { locale, collection: 'centres' as const, entry }),
      ),
      ...data.opportunities.map((entry) =>
        at('entry', entryUrl('opportunities', entry.slug, locale), { locale, collection: 'opportunities' as const, entry }),
      ),
      ...data.events.map((entry) => at('entry', entryUrl('events', entry.slug, locale), { locale, collection: 'events' as const, entry })),
    ];
  });

/** A partner named by more than PARTNER_PAGE_PROJECTS projects lists them all on pages of their own. */
export const partnerProjectsPaths = () =>
  inEveryLocale(async (locale) => {
    const { partners, workByPartner } = await siteData(locale);
    return partners.flatMap((partner) => {
      const count = workByPartner.get(partner.slug)?.length ?? 0;
      if (count <= PARTNER_PAGE_PROJECTS) return [];
      return [1, ...laterPages(count, PAGE_SIZE.partnerProjects)].map((page) =>
        at('partnerProjects', partnerProjectsUrl(partner.slug, page, locale), { locale, partner, page }),
      );
    });
  });

/** Standalone pages: each language's own slug (a translation's `slug`), else the Slovenian file name. */
export const pagePaths = () =>
  inEveryLocale(async (locale) => {
    const { pages } = await siteData(locale);
    return Promise.all(pages.map(async (page: Page) => at('page', pageUrl(await pageSlugs(page), locale), { locale, page })));
  });

/** The RSS feeds: projects and open calls. */
export const feedPaths = () =>
  inEveryLocale((locale): RoutePath<{ locale: Locale; feed: 'projects' | 'opportunities' }>[] => [
    at('feed', stem(feedUrl(locale), '.xml'), { locale, feed: 'projects' as const }),
    at('feed', stem(opportunitiesFeedUrl(locale), '.xml'), { locale, feed: 'opportunities' as const }),
  ]);

/** Calendar files: every event, every deadline, and one file per event and per call. */
export type CalendarProps = { locale: Locale } & ({ calendar: 'events' | 'deadlines' } | { calendar: 'event' | 'deadline'; slug: string });

export const calendarPaths = () =>
  inEveryLocale(async (locale): Promise<RoutePath<CalendarProps>[]> => {
    const { events, opportunities } = await siteData(locale);
    return [
      at('calendar', stem(eventsCalendarUrl(locale), '.ics'), { locale, calendar: 'events' as const }),
      at('calendar', stem(deadlinesCalendarUrl(locale), '.ics'), { locale, calendar: 'deadlines' as const }),
      ...events.map((event) =>
        at('calendar', stem(eventCalendarUrl(event.slug, locale), '.ics'), { locale, calendar: 'event' as const, slug: event.slug }),
      ),
      ...opportunities.map((opportunity) =>
        at('calendar', stem(deadlineCalendarUrl(opportunity.slug, locale), '.ics'), {
          locale,
          calendar: 'deadline' as const,
          slug: opportunity.slug,
        }),
      ),
    ];
  });

/** The start page (/kako-zaceti/), its words from the page entry with `list: start`. */
export const startPaths = () =>
  inEveryLocale(async (locale) => [at('start', startUrl(locale), { locale, page: await startPageOf(locale) })]);

/** Every step of the fit check, one static page per combination of answers given so far. */
export const fitCheckPaths = () =>
  inEveryLocale(async (locale): Promise<RoutePath<{ locale: Locale; step: FitStep }>[]> => {
    const { programmes } = await siteData(locale);
    const strands = programmes.filter((programme) => programme.data.kind === 'strand');
    return fitSteps(strandFacts(strands)).map((step) =>
      at('fitCheck', fitCheckUrl(locale, answerSegments(step.answers, locale)), { locale, step }),
    );
  });

export const faqPaths = () =>
  inEveryLocale(async (locale) => {
    const { questions } = await siteData(locale);
    return [1, ...laterPages(questions.length, PAGE_SIZE.faq)].map((page) => at('faq', faqPageUrl(page, locale), { locale, page }));
  });

/** Props of an easy-read page: the entry it is the easy-read version of. */
export type EasyReadProps = { locale: Locale } & (
  { kind: 'programme'; entry: Programme } | { kind: 'centre'; entry: Centre } | { kind: 'start'; entry: Page }
);

/** Easy-read versions beside their pages, for every entry that has one. */
export const easyReadPaths = () =>
  inEveryLocale(async (locale): Promise<RoutePath<EasyReadProps>[]> => {
    const { programmes, centres } = await siteData(locale);
    const start = await startPageOf(locale);
    return [
      ...programmes
        .filter((entry) => entry.data.easyRead)
        .map((entry) =>
          at('easyRead', easyReadUrl(entryUrl('programmes', entry.slug, locale), locale), { locale, kind: 'programme' as const, entry }),
        ),
      ...centres
        .filter((entry) => entry.data.easyRead)
        .map((entry) =>
          at('easyRead', easyReadUrl(entryUrl('centres', entry.slug, locale), locale), { locale, kind: 'centre' as const, entry }),
        ),
      ...(start.data.easyRead
        ? [at('easyRead', easyReadUrl(startUrl(locale), locale), { locale, kind: 'start' as const, entry: start })]
        : []),
    ];
  });

/** Props of a poster page: a centre, a call or an event. */
export type PosterProps = Extract<EntryProps, { collection: 'centres' | 'opportunities' | 'events' }>;

/** A printable poster beside every centre, call and event. */
export const posterPaths = async (): Promise<RoutePath<PosterProps>[]> =>
  (await entryPaths()).flatMap(({ props }) => {
    if (props.collection !== 'centres' && props.collection !== 'opportunities' && props.collection !== 'events') return [];
    return [at('poster', posterUrl(entryUrl(props.collection, props.entry.slug, props.locale), props.locale), props)];
  });
