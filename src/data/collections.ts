/**
 * The one place pages read collections. Each language is assembled once per
 * build: Slovenian facts with the translated words laid over them, indexed by
 * slug so that detail pages do lookups, not scans.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../lib/locales';
import { periodSortKey } from '../lib/period';
import { projectsByPartner, type PartnerRole } from '../lib/references';
import { laterPages, PAGE_SIZE, PARTNER_PAGE_PROJECTS } from '../lib/pagination';
import { LISTED_COLLECTIONS, listSegment, pagePath, type ListedCollection } from '../lib/routes';
import { assembleTranslation } from '../lib/translations';

type FactCollection = 'programmes' | 'projects' | 'partners' | 'centres' | 'pages';
const TRANSLATIONS = {
  programmes: 'programmeTranslations',
  projects: 'projectTranslations',
  partners: 'partnerTranslations',
  centres: 'centreTranslations',
  pages: 'pageTranslations',
} as const;
type TranslationOf<C extends FactCollection> = (typeof TRANSLATIONS)[C];

/** An entry as one language shows it. */
export interface Localized<C extends FactCollection> {
  slug: string;
  data: CollectionEntry<C>['data'];
  /** The entry whose Markdown body is shown. */
  body: CollectionEntry<C> | CollectionEntry<TranslationOf<C>>;
  /** Language of the fields shown; `sl` on an English page means "not translated yet". */
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

async function localize<C extends FactCollection>(collection: C, locale: Locale): Promise<Localized<C>[]> {
  const originals = (await getCollection(collection)) as CollectionEntry<C>[];
  if (locale === 'sl') {
    return originals.map((entry) => ({ slug: entry.id, data: entry.data, body: entry, textLocale: 'sl', bodyLocale: 'sl', updated: entry.data.updated }));
  }
  const translations = new Map(((await getCollection(TRANSLATIONS[collection])) as CollectionEntry<TranslationOf<C>>[]).map((entry) => [entry.id, entry]));
  return originals.map((entry) => {
    const translation = translations.get(entry.id);
    const assembled = assembleTranslation(entry.data, translation && { data: translation.data as Record<string, unknown> & { untranslated: boolean; updated: string }, body: translation.rendered?.html ?? translation.body }, locale);
    return {
      slug: entry.id,
      data: assembled.data,
      body: assembled.useTranslationBody && translation ? translation : entry,
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
  /** Standalone pages (statements, funders, legal), in footer order. */
  pages: Page[];
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
}

/** One line of a partner's list of projects: the entry and the partner's roles in it. */
export type PartnerWork =
  | { collection: 'programmes'; entry: Programme; roles: ['funder'] }
  | { collection: 'projects'; entry: Project; roles: PartnerRole[] };

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

function workOfPartners(programmes: Programme[], projectBySlug: Map<string, Project>, rolesByPartner: ReturnType<typeof projectsByPartner>): Map<string, PartnerWork[]> {
  const work = new Map<string, PartnerWork[]>();
  for (const [partner, funded] of groupBy(programmes, (programme) => programme.data.funders.map((funder) => funder.partner))) {
    work.set(partner, funded.map((entry) => ({ collection: 'programmes', entry, roles: ['funder'] })));
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
  const [programmes, projects, partners, centres, pages] = await Promise.all([
    localize('programmes', locale),
    localize('projects', locale),
    localize('partners', locale),
    localize('centres', locale),
    localize('pages', locale),
  ]);
  const collator = new Intl.Collator(locale);
  pages.sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
  programmes.sort((a, b) => a.data.order - b.data.order || collator.compare(a.data.title, b.data.title));
  projects.sort((a, b) => periodSortKey(b.data.period).localeCompare(periodSortKey(a.data.period)) || collator.compare(a.data.title, b.data.title));
  partners.sort((a, b) => collator.compare(a.data.name, b.data.name));
  centres.sort((a, b) => collator.compare(a.data.name, b.data.name));
  const bySlug = <T extends { slug: string }>(entries: T[]) => new Map(entries.map((entry) => [entry.slug, entry]));
  const projectBySlug = bySlug(projects);
  const rolesByPartner = projectsByPartner(projects.map((project) => ({ slug: project.slug, data: project.data })));
  return {
    locale,
    programmes,
    projects,
    partners,
    centres,
    pages,
    partnerBySlug: bySlug(partners),
    projectBySlug,
    programmeBySlug: bySlug(programmes),
    partnerNames: new Map(partners.map((partner) => [partner.slug, partner.data.name])),
    contacts: partners.filter((partner) => partner.data.email || partner.data.phones.length > 0),
    rolesByPartner,
    strandsByParent: groupBy(programmes, (programme) => (programme.data.parent ? [programme.data.parent] : [])),
    workByPartner: workOfPartners(programmes, projectBySlug, rolesByPartner),
  };
}

const cache = new Map<Locale, Promise<SiteData>>();

/**
 * Route params of the pages listing one partner's projects: only partners with more than their
 * own page shows, `page` undefined for the first page and "stran/2" ("page/2") after it.
 */
export async function partnerProjectPages(locale: Locale): Promise<{ params: { id: string; page: string | undefined }; props: { partner: Partner; page: number } }[]> {
  const { partners, workByPartner } = await siteData(locale);
  return partners.flatMap((partner) => {
    const count = workByPartner.get(partner.slug)?.length ?? 0;
    if (count <= PARTNER_PAGE_PROJECTS) return [];
    return [1, ...laterPages(count, PAGE_SIZE.partnerProjects)].map((page) => ({
      params: { id: partner.slug, page: pagePath(page, locale) },
      props: { partner, page },
    }));
  });
}

/** Route params of every list page after the first, for the /stran/N/ and /page/N/ routes. */
export async function laterListPages(locale: Locale): Promise<{ params: { list: string; page: string }; props: { collection: ListedCollection; page: number } }[]> {
  const data = await siteData(locale);
  return LISTED_COLLECTIONS.flatMap((collection) =>
    laterPages(data[collection].length, PAGE_SIZE[collection]).map((page) => ({ params: { list: listSegment(collection, locale), page: String(page) }, props: { collection, page } })),
  );
}

/** All content of one language, assembled once per build. */
export function siteData(locale: Locale): Promise<SiteData> {
  let data = cache.get(locale);
  if (!data) {
    data = load(locale);
    cache.set(locale, data);
  }
  return data;
}
