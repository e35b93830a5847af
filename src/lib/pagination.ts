/**
 * Long lists split into numbered pages, so that no page grows with the archive: a list page stays
 * within the page-weight budget (14 KB gzip) at any number of entries (docs/performance.md, "The first scaling pass").
 */

/** Entries per page of each list. Page 1 is the list's own address; later pages add /stran/N/. */
export const PAGE_SIZE = {
  programmes: 24,
  projects: 24,
  partners: 60,
  centres: 12,
  /** A partner's projects, on their own pages when the partner page cannot show them all. */
  partnerProjects: 30,
  /** Open calls and upcoming events, and each of their archives. */
  opportunities: 20,
  events: 20,
  /**
   * Questions with their answers (and the answers again in the page's FAQPage JSON-LD): the seven
   * real ones fill about 12 of the 14 KB, so ten to a page.
   */
  faq: 10,
} as const;

/** Projects shown on a partner's page before the link to all of them. */
export const PARTNER_PAGE_PROJECTS = 10;

/** What each funder pays for, as listed on the funders page before the link to all of it. */
export const FUNDERS_PAGE_WORKS = 5;

/**
 * Lists that grow with the content, capped on the page that shows them beside other things, with
 * a link to where all of them are: a page stays within its byte budget at any number of entries.
 */
export const PAGE_CAPS = {
  /** A programme's strands: this many as cards, up to `strands` in all (the rest as links). */
  strandCards: 6,
  strands: 24,
  /** Questions on a programme's or a centre's page; the questions page has all of them. */
  questions: 5,
  /** Centres, with their hours, on the easy-read start page; the list of centres has all of them. */
  easyReadCentres: 2,
  /** A centre's dated changes still to come (event nights among them); the events list has the rest. */
  exceptions: 10,
  /** Funders on the funders page; the list of partners has all of them. */
  funders: 20,
} as const;

export interface PageOf<T> {
  items: T[];
  /** This page's number, from 1. */
  page: number;
  pages: number;
  total: number;
  /** Position of the first and last item shown, from 1 (0 and 0 for an empty list). */
  first: number;
  last: number;
}

/** How many pages `total` items fill, at least one (an empty list still has its page). */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/**
 * Page `page` of `items`.
 * @example paginate([1, 2, 3, 4, 5], 2, 3) // { items: [5], page: 3, pages: 3, total: 5, first: 5, last: 5 }
 */
export function paginate<T>(items: readonly T[], size: number, page: number): PageOf<T> {
  const pages = pageCount(items.length, size);
  if (!Number.isInteger(page) || page < 1 || page > pages) throw new RangeError(`page ${page} is not between 1 and ${pages}`);
  const start = (page - 1) * size;
  const slice = items.slice(start, start + size);
  return { items: slice, page, pages, total: items.length, first: slice.length > 0 ? start + 1 : 0, last: start + slice.length };
}

/**
 * The page of a list that shows the item at `position` (from 0), for a link to it.
 * @example pageOfPosition(10, 10) // 2
 */
export const pageOfPosition = (position: number, size: number): number => Math.floor(position / size) + 1;

/** The page numbers after the first, for getStaticPaths of the /stran/N/ routes. */
export const laterPages = (total: number, size: number): number[] =>
  Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);

/**
 * The numbers a pager shows: the first and last page, the current one and its neighbours, and
 * `gap` where numbers are left out, so the pager stays short at any number of pages.
 * @example pagerItems(7, 20) // [1, "gap", 6, 7, 8, "gap", 20]
 * @example pagerItems(2, 4) // [1, 2, 3, 4]
 */
export function pagerItems(page: number, pages: number, around = 1): (number | 'gap')[] {
  const shown = new Set([1, pages]);
  for (let near = page - around; near <= page + around; near += 1) if (near >= 1 && near <= pages) shown.add(near);
  const sorted = [...shown].sort((a, b) => a - b);
  const items: (number | 'gap')[] = [];
  sorted.forEach((number, index) => {
    const previous = sorted[index - 1];
    // A single missing number is shown itself: "…" would take the same room.
    if (previous !== undefined && number - previous === 2) items.push(previous + 1);
    else if (previous !== undefined && number - previous > 2) items.push('gap');
    items.push(number);
  });
  return items;
}
