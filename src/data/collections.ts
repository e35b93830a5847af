/**
 * The one place pages read collections. Each language is assembled once per
 * build: Slovenian facts with the translated words laid over them, indexed by
 * slug so that detail pages do lookups, not scans.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { SiteSettings } from '../schemas/site';
import { DEFAULT_LOCALE, inEveryLocale, TRANSLATED_LOCALES, type Locale } from '../lib/locales';
import { deadlineKey } from '../lib/deadline';
import { eventNightExceptions } from '../lib/events';
import { timeKey } from '../schemas/event';
import { periodSortKey } from '../lib/period';
import { projectsByPartner, type PartnerRole } from '../lib/references';
import { assembleTranslation, translationCollection } from '../lib/translations';
import { hasEntries } from '../lib/content-loader';
import { lastChangedDays, type LastChanged } from '../lib/last-changed';

type FactCollection = 'programmes' | 'projects' | 'partners' | 'centres' | 'opportunities' | 'events' | 'pages' | 'faq';

/** A translation file of one language, as its collection (`programmes_it`) stores it. */
interface TranslationEntry {
  id: string;
  data: Record<string, unknown> & { untranslated: boolean; updated: string; slug?: string };
  filePath?: string | undefined;
  body?: string | undefined;
  rendered?: { html: string } | undefined;
}

/** An entry as one language shows it. */
export interface Localized<C extends FactCollection> {
  slug: string;
  data: CollectionEntry<C>['data'];
  /** The entry whose Markdown body is shown: the original, or the translation of the page's language. */
  body: CollectionEntry<C>;
  /** Language of the fields shown; `sl` on an English or Italian page means "not translated yet". */
  textLocale: Locale;
  /** Language of the body shown. */
  bodyLocale: Locale;
  /** The later of the original's and the translation's `updated`. */
  updated: string;
}
export type Programme = Localized<'programmes'>;
export type Project = Localized<'projects'>;
export type Partner = Localized<'partners'>;
export type Centre = Localized<'centres'>;
export type Page = Localized<'pages'>;
export type Opportunity = Localized<'opportunities'>;
export type Event = Localized<'events'>;
export type Question = Localized<'faq'>;

/** The entries of a collection; none, without asking Astro, when its folder holds none (see hasEntries). */
async function entriesOf<C extends FactCollection>(collection: C): Promise<CollectionEntry<C>[]> {
  return hasEntries(collection, DEFAULT_LOCALE) ? await getCollection(collection) : [];
}

/** One language's translations of a collection, by id; none when its folder is empty. */
async function translationsOf(collection: FactCollection, locale: Locale): Promise<Map<string, TranslationEntry>> {
  if (!hasEntries(collection, locale)) return new Map();
  const entries = (await getCollection(translationCollection(collection, locale) as FactCollection)) as unknown as TranslationEntry[];
  return new Map(entries.map((entry) => [entry.id, withUpdated(entry)]));
}

/** Last changes of the content files, read once per build (one git log for all files). */
let lastChanged: LastChanged | undefined;

/**
 * An entry with `updated` set: as written, or else the day its file last changed (its last commit,
 * or its modification time when not committed), so "last updated" is right when staff forget it.
 */
function withUpdated<E extends { data: { updated: string }; filePath?: string | undefined }>(entry: E): E {
  if (entry.data.updated || !entry.filePath) return entry;
  lastChanged ??= lastChangedDays(process.cwd());
  const day = lastChanged.dayOf(entry.filePath.replaceAll('\\', '/'));
  return day ? { ...entry, data: { ...entry.data, updated: day } } : entry;
}

async function localize<C extends FactCollection>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  const originals = (await entriesOf(collection)).map(withUpdated);
  if (locale === DEFAULT_LOCALE) {
    return originals.map((entry) => ({
      slug: entry.id,
      data: entry.data,
      body: entry,
      textLocale: DEFAULT_LOCALE,
      bodyLocale: DEFAULT_LOCALE,
      updated: entry.data.updated,
    }));
  }
  const translations = await translationsOf(collection, locale);
  return originals.map((entry) => {
    const translation = translations.get(entry.id);
    const assembled = assembleTranslation(
      entry.data,
      translation && { data: translation.data, body: translation.rendered?.html ?? translation.body },
      locale,
    );
    return {
      slug: entry.id,
      data: assembled.data,
      // A translation's body renders like the original's: same loader, same Markdown pipeline.
      body: assembled.useTranslationBody && translation ? (translation as unknown as CollectionEntry<C>) : entry,
      textLocale: assembled.textLocale,
      bodyLocale: assembled.bodyLocale,
      updated: assembled.updated,
    };
  });
}

export interface SiteData {
  locale: Locale;
  programmes: Programme[];
  projects: Project[];
  partners: Partner[];
  centres: Centre[];
  /** Open calls, the nearest deadline first, whether or not it has passed: the browser decides that. */
  opportunities: Opportunity[];
  /** Calls by the programme (or strand) they belong to, and by the partner that hosts them. */
  opportunitiesByProgramme: Map<string, Opportunity[]>;
  opportunitiesByHost: Map<string, Opportunity[]>;
  /** Events, the earliest start first; upcoming or past is the browser's to say. */
  events: Event[];
  /** Events at each centre, by the centre's slug. */
  eventsByCentre: Map<string, Event[]>;
  /** Calls at each centre: named by `centre`, or hosted by the centre's operator. */
  opportunitiesByCentre: Map<string, Opportunity[]>;
  /** Standalone pages (statements, funders, legal), in footer order. */
  pages: Page[];
  /** The page entry with `list: start`: the words of the start page (/kako-zaceti/). */
  startPage: Page | undefined;
  /** Questions and answers, in their `order`. */
  questions: Question[];
  /** Questions by the programme or centre they name, by slug. */
  questionsByProgramme: Map<string, Question[]>;
  questionsByCentre: Map<string, Question[]>;
  partnerBySlug: Map<string, Partner>;
  projectBySlug: Map<string, Project>;
  programmeBySlug: Map<string, Programme>;
  rolesByPartner: ReturnType<typeof projectsByPartner>;
  /** Full name of each partner by slug, for project cards and fact boxes. */
  partnerNames: Map<string, string>;
  /** Organisations with a published e-mail or phone number, for the footer of every page. */
  contacts: Partner[];
  /** Strands of each programme, by the programme's slug, in programme order. */
  strandsByParent: Map<string, Programme[]>;
  /** What each partner takes part in or funds, newest first: programmes it funds, then projects. */
  workByPartner: Map<string, PartnerWork[]>;
  /** The site's settings (content/settings/sl/site.md): who runs the site, as far as it is known. */
  settings: SiteSettings;
}

/** The site's settings; every field empty when the file is missing (the content check warns then). */
async function siteSettings(): Promise<SiteSettings> {
  const [entry] = await getCollection('site');
  return entry?.data ?? { updated: '' };
}

/** One line of a partner's list of projects: the entry and the partner's roles in it. */
export type PartnerWork =
  { collection: 'programmes'; entry: Programme; roles: ['funder'] } | { collection: 'projects'; entry: Project; roles: PartnerRole[] };

/** Groups entries by a key, keeping their order, in one pass. */
function groupBy<T>(entries: readonly T[], keysOf: (entry: T) => readonly string[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      let group = groups.get(key);
      if (!group) groups.set(key, (group = []));
      group.push(entry);
    }
  }
  return groups;
}

function workOfPartners(
  programmes: Programme[],
  projectBySlug: Map<string, Project>,
  rolesByPartner: ReturnType<typeof projectsByPartner>,
): Map<string, PartnerWork[]> {
  const work = new Map<string, PartnerWork[]>();
  for (const [partner, funded] of groupBy(programmes, (programme) => programme.data.funders.map((funder) => funder.partner))) {
    work.set(
      partner,
      funded.map((entry) => ({ collection: 'programmes', entry, roles: ['funder'] })),
    );
  }
  for (const [partner, roles] of rolesByPartner) {
    const list = work.get(partner) ?? [];
    for (const { project, roles: projectRoles } of roles) {
      const entry = projectBySlug.get(project);
      if (entry) list.push({ collection: 'projects', entry, roles: projectRoles });
    }
    work.set(partner, list);
  }
  return work;
}

async function load(locale: Locale): Promise<SiteData> {
  const collator = new Intl.Collator(locale);
  const [programmes, projects, partners, localCentres, opportunities, events, allPages, questions, settings] = await Promise.all([
    localize('programmes', locale),
    localize('projects', locale),
    localize('partners', locale),
    localize('centres', locale),
    localize('opportunities', locale),
    localize('events', locale),
    localize('pages', locale),
    localize('faq', locale),
    siteSettings(),
  ]);
  // The start page has its own address and is no footer page.
  const pages = allPages.filter((page) => page.data.list !== 'start');
  questions.sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.question, b.data.question));
  pages.sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
  programmes.sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
  projects.sort(
    (a, b) => periodSortKey(b.data.period).localeCompare(periodSortKey(a.data.period)) || collator.compare(a.data.title, b.data.title),
  );
  partners.sort((a, b) => collator.compare(a.data.name, b.data.name));
  events.sort((a, b) => timeKey(a.data.start).localeCompare(timeKey(b.data.start)) || collator.compare(a.data.title, b.data.title));
  const eventsByCentre = groupBy(events, (event) => (event.data.centre ? [event.data.centre] : []));
  // An event at a centre is the one source of that centre's event night: the page, its live status,
  // its JSON-LD and /hours.json all read the exceptions made here.
  const centres = localCentres.map((centre) => {
    const nights = eventNightExceptions(
      centre.data.eventNights,
      (eventsByCentre.get(centre.slug) ?? []).map((event) => event.data),
    );
    if (nights.length === 0) return centre;
    const exceptions = [...centre.data.exceptions, ...nights].sort((a, b) => a.date.localeCompare(b.date));
    return { ...centre, data: { ...centre.data, exceptions } };
  });
  centres.sort((a, b) => collator.compare(a.data.name, b.data.name));
  opportunities.sort(
    (a, b) => deadlineKey(a.data.deadline).localeCompare(deadlineKey(b.data.deadline)) || collator.compare(a.data.title, b.data.title),
  );
  const bySlug = <T extends { slug: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.slug, entry]));
  const projectBySlug = bySlug(projects);
  const rolesByPartner = projectsByPartner(projects.map((project) => ({ slug: project.slug, data: project.data })));
  return {
    locale,
    programmes,
    projects,
    partners,
    centres,
    opportunities,
    events,
    eventsByCentre,
    // A strand's calls show on its overview too.
    opportunitiesByProgramme: groupBy(opportunities, (call) => [
      call.data.programme,
      ...programmes
        .filter((programme) => programme.slug === call.data.programme && programme.data.parent)
        .map((programme) => programme.data.parent!),
    ]),
    opportunitiesByHost: groupBy(opportunities, (call) => [call.data.host]),
    opportunitiesByCentre: groupBy(opportunities, (call) => [
      ...(call.data.centre ? [call.data.centre] : []),
      ...centres.filter((centre) => centre.data.operator === call.data.host).map((centre) => centre.slug),
    ]),
    pages,
    startPage: allPages.find((page) => page.data.list === 'start'),
    questions,
    questionsByProgramme: groupBy(questions, (question) => question.data.programmes),
    questionsByCentre: groupBy(questions, (question) => question.data.centres),
    partnerBySlug: bySlug(partners),
    projectBySlug,
    programmeBySlug: bySlug(programmes),
    partnerNames: new Map(partners.map((partner) => [partner.slug, partner.data.name])),
    contacts: partners.filter((partner) => partner.data.email || partner.data.phones.length > 0),
    rolesByPartner,
    strandsByParent: groupBy(programmes, (programme) => (programme.data.parent ? [programme.data.parent] : [])),
    workByPartner: workOfPartners(programmes, projectBySlug, rolesByPartner),
    settings,
  };
}

const cache = new Map<Locale, Promise<SiteData>>();

/** All content of one language, assembled once per build. */
export function siteData(locale: Locale): Promise<SiteData> {
  let data = cache.get(locale);
  if (!data) {
    data = load(locale);
    cache.set(locale, data);
  }
  return data;
}

/** The start page's entry; a clear error when no page entry has `list: start`. */
export async function startPageOf(locale: Locale): Promise<Page> {
  const { startPage } = await siteData(locale);
  if (!startPage) {
    throw new Error(
      `Manjka stran z "list: start" v content/pages/${DEFAULT_LOCALE}/ (npr. kako-zaceti.md). | No page entry in content/pages/${DEFAULT_LOCALE}/ has "list: start" (e.g. kako-zaceti.md).`,
    );
  }
  return startPage;
}

let pageSlugCache: Promise<Map<string, Record<Locale, string>>> | undefined;

/**
 * A standalone page's slug in every language: the translation's `slug`, or else the Slovenian
 * file name (its id), so that a page not yet translated still has an address in every language.
 * @example await pageSlugs({ slug: "zasebnost" }) // { sl: "zasebnost", en: "privacy", it: "zasebnost" }
 */
export async function pageSlugs(page: { slug: string }): Promise<Record<Locale, string>> {
  pageSlugCache ??= (async () => {
    const own = new Map(
      await Promise.all(TRANSLATED_LOCALES.map(async (locale) => [locale, await translationsOf('pages', locale)] as const)),
    );
    const ids = (await entriesOf('pages')).map((entry) => entry.id);
    return new Map(ids.map((id) => [id, inEveryLocale((locale) => own.get(locale)?.get(id)?.data.slug ?? id)]));
  })();
  return (await pageSlugCache).get(page.slug) ?? inEveryLocale(() => page.slug);
}
