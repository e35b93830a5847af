/**
 * The search filters: what each page tells the index (type, town, topic, period), the URL
 * that holds a search, and the Pagefind filter for it. Pure, shared by the pages that are
 * indexed, the search page and its island.
 *
 * Ongoing/finished depends on the day the search is made, so the index holds each project's
 * period, never its status; the browser turns "ongoing" into the periods that are ongoing today.
 */
import { partialDateBounds } from '../schemas/dates';
import type { Period } from '../schemas/shared';
import type { Deadline } from '../schemas/opportunity';
import { deadlineInstant, opportunityStatus, placeKind } from './deadline';
import { projectStatus } from './period';

export const SEARCH_TYPES = ['opportunity', 'event', 'programme', 'project', 'partner', 'centre'] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

/**
 * Statuses a visitor can filter by: a project's (work that has not started yet counts as ongoing, as
 * in the project lists) and an open call's.
 */
export const SEARCH_STATUSES = ['open', 'soon', 'ongoing', 'finished'] as const;
export type SearchStatus = (typeof SEARCH_STATUSES)[number];

/** The filters a visitor sets, named as in the URL. */
export const FILTER_KEYS = ['type', 'place', 'strand', 'town', 'topic', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];

/** What one page contributes to the filters. */
export interface PageFacets {
  type: SearchType;
  towns: string[];
  topics: string[];
  /** Projects: the period as indexed, see `encodePeriod`; open calls: the deadline, see `encodeDeadline`. */
  period?: string;
  /** Open calls only: at home or abroad, and the programme (strand) id. */
  place?: 'home' | 'abroad';
  strand?: string;
}

/**
 * A period as a filter value, both ends as full dates; an unknown end is left empty.
 * @example encodePeriod({ start: "2019-11", end: "2022-01" }) // "2019-11-01/2022-01-31"
 * @example encodePeriod({ start: "2011" }) // "2011-01-01/"
 */
export function encodePeriod(period: Period): string {
  const start = period.start ? partialDateBounds(period.start).first : '';
  const end = period.end ? partialDateBounds(period.end).last : '';
  return `${start}/${end}`;
}

const DEADLINE_PREFIX = 'deadline:';

/**
 * An open call's deadline as a value of the same filter as project periods: the instant in UTC.
 * @example encodeDeadline({ date: "2027-01-15", time: "12:00" }) // "deadline:2027-01-15T11:00:00.000Z"
 */
export const encodeDeadline = (deadline: Deadline): string => `${DEADLINE_PREFIX}${new Date(deadlineInstant(deadline)).toISOString()}`;

/**
 * Ongoing or finished on `today` (`YYYY-MM-DD`, in Ljubljana) for an indexed period; open, closing
 * soon or closed at `now` for an indexed deadline (a closed call matches no status filter).
 * @example statusOfPeriod("2019-11-01/2022-01-31", "2022-02-01") // "finished"
 * @example statusOfPeriod("2030-01-01/", "2026-11-21") // "ongoing" (not started yet)
 * @example statusOfPeriod("deadline:2027-01-15T11:00:00.000Z", "2027-01-10", Date.parse("2027-01-10T09:00:00Z")) // "soon"
 */
export function statusOfPeriod(value: string, today: string, now: number = Date.parse(`${today}T12:00:00Z`)): SearchStatus | 'closed' {
  if (value.startsWith(DEADLINE_PREFIX)) return opportunityStatus(Date.parse(value.slice(DEADLINE_PREFIX.length)), now);
  const [start = '', end = ''] = value.split('/');
  const status = projectStatus({ start: start || undefined, end: end || undefined }, today);
  return status === 'finished' ? 'finished' : 'ongoing';
}

/** Facets of a programme, project, partner or centre, from its (localised) data. */
export type FacetSource =
  | { type: 'programme'; data: { topics: string[] } }
  | { type: 'project'; data: { places: string[]; topics: string[]; period: Period } }
  | { type: 'partner'; data: { town?: string | undefined } }
  | { type: 'centre'; data: { address: { town: string } } }
  | { type: 'event'; data: { start: { date: string }; end: { date: string }; topics: string[]; town: string | undefined } }
  | { type: 'opportunity'; data: { place: { town: string; country: string }; topics: string[]; programme: string; deadline: Deadline } };

/**
 * What a page tells the index: programmes have topics, projects places, topics and a period,
 * partners and centres a town.
 * @example facetsOf({ type: "partner", data: { town: "Ptuj" } }) // { type: "partner", towns: ["Ptuj"], topics: [] }
 */
export function facetsOf(source: FacetSource): PageFacets {
  switch (source.type) {
    case 'programme':
      return { type: 'programme', towns: [], topics: source.data.topics };
    case 'project':
      return { type: 'project', towns: source.data.places, topics: source.data.topics, period: encodePeriod(source.data.period) };
    case 'partner':
      return { type: 'partner', towns: source.data.town ? [source.data.town] : [], topics: [] };
    case 'centre':
      return { type: 'centre', towns: [source.data.address.town], topics: [] };
    case 'event':
      // Upcoming counts as ongoing, as with projects: it is what visitors can still come to.
      return {
        type: 'event',
        towns: source.data.town ? [source.data.town] : [],
        topics: source.data.topics,
        period: `${source.data.start.date}/${source.data.end.date}`,
      };
    case 'opportunity':
      return {
        type: 'opportunity',
        towns: [source.data.place.town],
        topics: source.data.topics,
        period: encodeDeadline(source.data.deadline),
        place: placeKind(source.data.place.country),
        strand: source.data.programme,
      };
  }
}

/** One choice in a filter, with how many pages have it. */
export interface FilterOption {
  value: string;
  count: number;
}

/**
 * Every town and every topic across pages, with counts, in the language's alphabetical order.
 * @example filterOptions([{ type: "partner", towns: ["Ptuj"], topics: [] }], "towns", "sl") // [{ value: "Ptuj", count: 1 }]
 */
export function filterOptions(pages: readonly PageFacets[], field: 'towns' | 'topics', locale: string): FilterOption[] {
  const counts = new Map<string, number>();
  for (const page of pages) for (const value of new Set(page[field])) counts.set(value, (counts.get(value) ?? 0) + 1);
  const collator = new Intl.Collator(locale);
  return [...counts.entries()].map(([value, count]) => ({ value, count })).sort((a, b) => collator.compare(a.value, b.value));
}

/** A search as the URL holds it: `?q=…&type=project&town=Maribor`. */
export interface SearchState {
  query: string;
  filters: Record<FilterKey, string[]>;
}

/**
 * Reads a search from the URL's query string; unknown parameters and empty values are ignored.
 * @example readSearchState(new URLSearchParams("q=pomoc&type=programme")).filters.type // ["programme"]
 */
export function readSearchState(params: URLSearchParams): SearchState {
  const filters = Object.fromEntries(FILTER_KEYS.map((key) => [key, [...new Set(params.getAll(key).filter(Boolean))]])) as Record<
    FilterKey,
    string[]
  >;
  return { query: params.get('q')?.trim() ?? '', filters };
}

/**
 * The query string for a search, in a fixed order so equal searches have equal URLs.
 * @example searchParams({ query: "pomoč", filters: { type: ["programme"], place: [], strand: [], town: [], topic: [], status: [] } }) // "q=pomo%C4%8D&type=programme"
 */
export function searchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.query) params.set('q', state.query);
  for (const key of FILTER_KEYS) for (const value of state.filters[key]) params.append(key, value);
  return params.toString();
}

/** True when any filter is set. */
export const hasFilters = (state: SearchState): boolean => FILTER_KEYS.some((key) => state.filters[key].length > 0);

/** A Pagefind filter object: every key must match, any value within a key. */
export type PagefindFilters = Record<string, { any: string[] }>;

/**
 * The Pagefind filter for a search on `today`: values within a filter are alternatives,
 * filters together narrow. Status becomes the indexed periods that have that status today;
 * `undefined` means no page can match (a status no project has today).
 * @example pagefindFilters({ type: ["project"], town: [], topic: [], status: ["finished"] }, ["2019-11-01/2022-01-31", "2011-01-01/"], "2026-11-21")
 *   // { type: { any: ["project"] }, period: { any: ["2019-11-01/2022-01-31"] } }
 */
export function pagefindFilters(
  filters: Record<FilterKey, string[]>,
  periods: readonly string[],
  today: string,
  now?: number,
): PagefindFilters | undefined {
  const result: PagefindFilters = {};
  for (const key of ['type', 'place', 'strand', 'town', 'topic'] as const) if (filters[key].length > 0) result[key] = { any: filters[key] };
  if (filters.status.length > 0) {
    const matching = periods.filter((period) => filters.status.includes(statusOfPeriod(period, today, now)));
    if (matching.length === 0) return undefined;
    result['period'] = { any: matching };
  }
  return result;
}

/**
 * How many results have each status, from Pagefind's counts per indexed period.
 * @example statusCounts({ "2019-11-01/2022-01-31": 1, "2011-01-01/": 2 }, "2026-11-21") // { open: 0, soon: 0, ongoing: 2, finished: 1 }
 */
export function statusCounts(periodCounts: Readonly<Record<string, number>>, today: string, now?: number): Record<SearchStatus, number> {
  const counts: Record<SearchStatus, number> = { open: 0, soon: 0, ongoing: 0, finished: 0 };
  for (const [period, count] of Object.entries(periodCounts)) {
    const status = statusOfPeriod(period, today, now);
    if (status !== 'closed') counts[status] += count;
  }
  return counts;
}
