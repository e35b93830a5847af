/**
 * The one place pages read collections. Each collection is read once per build
 * and indexed by slug, so detail pages do lookups, not scans.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { bySlug, splitEntryId, type Locale } from '../lib/entries';
import { periodSortKey } from '../lib/period';
import { projectsByPartner } from '../lib/references';

export type Programme = CollectionEntry<'programmes'>;
export type Project = CollectionEntry<'projects'>;
export type Partner = CollectionEntry<'partners'>;
export type Centre = CollectionEntry<'centres'>;

const slugOf = (entry: { id: string }) => splitEntryId(entry.id).slug;

let cache: Promise<SiteData> | undefined;

export interface SiteData {
  programmes: Programme[];
  projects: Project[];
  partners: Partner[];
  centres: Centre[];
  partnerBySlug: Map<string, Partner>;
  projectBySlug: Map<string, Project>;
  programmeBySlug: Map<string, Programme>;
  rolesByPartner: ReturnType<typeof projectsByPartner>;
  /** Full name of each partner by slug, for project cards and fact boxes. */
  partnerNames: Map<string, string>;
}

async function load(locale: Locale): Promise<SiteData> {
  const inLocale = <T extends { id: string }>(entries: T[]) => entries.filter((entry) => splitEntryId(entry.id).locale === locale);
  const [programmes, projects, partners, centres] = await Promise.all([
    getCollection('programmes').then(inLocale),
    getCollection('projects').then(inLocale),
    getCollection('partners').then(inLocale),
    getCollection('centres').then(inLocale),
  ]);
  programmes.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title, 'sl'));
  projects.sort((a, b) => periodSortKey(b.data.period).localeCompare(periodSortKey(a.data.period)) || a.data.title.localeCompare(b.data.title, 'sl'));
  partners.sort((a, b) => a.data.name.localeCompare(b.data.name, 'sl'));
  centres.sort((a, b) => a.data.name.localeCompare(b.data.name, 'sl'));
  return {
    programmes,
    projects,
    partners,
    centres,
    partnerBySlug: bySlug(partners, locale),
    projectBySlug: bySlug(projects, locale),
    programmeBySlug: bySlug(programmes, locale),
    partnerNames: new Map(partners.map((partner) => [slugOf(partner), partner.data.name])),
    rolesByPartner: projectsByPartner(projects.map((project) => ({ slug: slugOf(project), data: project.data }))),
  };
}

/** All Slovenian content, read once per build. */
export function siteData(): Promise<SiteData> {
  cache ??= load('sl');
  return cache;
}

export { slugOf };
