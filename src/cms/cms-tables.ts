/**
 * What the editor's form needs beyond the schemas: the Slovenian words of enum values, which
 * collection each id field points at, how each collection is named and previewed, the body field,
 * and the fields the form leaves out on purpose. src/cms/cms-fields.ts reads these tables.
 */
import type { Field } from '@sveltia/cms';
import { sl } from '../i18n/sl';
import { DEFAULT_LOCALE } from '../lib/locales';
import { entryUrl, type ListedCollection } from '../lib/routes';

/** Labels of enum values, from the site's own Slovenian dictionary where it has them. */
export const OPTION_LABELS: Record<string, string> = {
  ...sl.partnerKinds,
  ...sl.weekdays,
  ...sl.programmes.formats,
  ...sl.opportunities.coveredItems,
  closed: 'zaprto',
  regular: 'redni urnik',
  hours: 'drugačen urnik (ure spodaj)',
  overview: 'pregled programa',
  strand: 'sklop programa',
  days: 'dni',
  weeks: 'tednov',
  months: 'mesecev',
  'eventNights.opensOnClosedDays': 'Ob prireditvah: odpre na sicer zaprt dan',
  publicHolidays: 'Prazniki: kaj velja ob praznikih',
};

/** What an id field points at: a collection, and perhaps only some of its entries. */
interface Relation {
  collection: string;
  filters?: { field: string; values: string[] }[];
}

/** Id fields (by path) that point at every entry of a collection. */
const POINTS_AT: Record<string, readonly string[]> = {
  partners: [
    'programmes.funders.partner',
    'projects.lead',
    'projects.partners',
    'projects.associatedPartners',
    'projects.funders.partner',
    'centres.operator',
    'opportunities.host',
    'events.organiser',
  ],
  programmes: ['opportunities.programme', 'faq.programmes'],
  centres: ['opportunities.centre', 'events.centre', 'faq.centres'],
};

/** Which collection an entry id points at, by field path; every id field must be listed here. */
export const RELATIONS: Record<string, Relation> = {
  'programmes.parent': { collection: 'programmes', filters: [{ field: 'kind', values: ['overview'] }] },
  ...Object.fromEntries(Object.entries(POINTS_AT).flatMap(([collection, paths]) => paths.map((path) => [path, { collection }]))),
};

export interface CollectionMeta {
  label: string;
  singular: string;
  /** The field that names an entry in lists and in relation dropdowns. */
  identifier: 'title' | 'name' | 'question';
  /** Where the Slovenian entry is on the site, for Sveltia's "view on site" link. */
  previewPath: string;
}

/** Where the Slovenian page of an entry of `collection` is: `/programi/{{slug}}/`. */
const entryPreview = (collection: ListedCollection): string => entryUrl(collection, '{{slug}}', DEFAULT_LOCALE);

/**
 * How each collection appears in the editor. Keyed loosely on purpose: a collection added to
 * src/schemas without an entry here still gets a form, and a problem naming this table.
 */
const COLLECTION_META: Record<string, CollectionMeta> = {
  programmes: { label: 'Programi', singular: 'Program', identifier: 'title', previewPath: entryPreview('programmes') },
  projects: { label: 'Projekti', singular: 'Projekt', identifier: 'title', previewPath: entryPreview('projects') },
  partners: { label: 'Partnerji', singular: 'Partner', identifier: 'name', previewPath: entryPreview('partners') },
  centres: { label: 'Mladinski centri', singular: 'Mladinski center', identifier: 'name', previewPath: entryPreview('centres') },
  opportunities: { label: 'Priložnosti (pozivi)', singular: 'Poziv', identifier: 'title', previewPath: entryPreview('opportunities') },
  events: { label: 'Dogodki', singular: 'Dogodek', identifier: 'title', previewPath: entryPreview('events') },
  pages: { label: 'Strani', singular: 'Stran', identifier: 'title', previewPath: '/{{slug}}/' },
  faq: { label: 'Vprašanja in odgovori', singular: 'Vprašanje', identifier: 'question', previewPath: '/vprasanja/' },
};

/** How `collection` appears in the editor; a stand-in (and a problem) when COLLECTION_META does not say. */
export function metaOf(collection: string, problems: string[]): CollectionMeta {
  const meta = COLLECTION_META[collection];
  if (meta) return meta;
  problems.push(`${collection}: no label in COLLECTION_META of src/cms/cms-tables.ts`);
  return { label: collection, singular: collection, identifier: 'title', previewPath: '/' };
}

/** The Markdown body below the frontmatter, the last field of every entry's form. */
export const BODY_FIELD: Field = {
  name: 'body',
  label: 'Besedilo',
  widget: 'markdown',
  required: false,
  hint: 'Besedilo strani pod podatki: odstavki, podnaslovi (##) in seznami.',
  // Text only: pictures go in the Slika field, and code blocks would load a highlighter from a CDN.
  editor_components: [],
};

/**
 * Fields the form leaves out on purpose, each with the reason; the drift test accepts no others.
 */
export const FORM_OMITS: Readonly<Record<string, string>> = {
  'centres.timeZone': 'always Europe/Ljubljana (the schema default): nothing to choose, and a form field would write it into every file',
  'centres.exceptions.eventNight':
    'an event night is an event at the centre (content/events/); the content check rejects this flag, so the form does not offer it',
};
