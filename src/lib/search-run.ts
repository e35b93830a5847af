/**
 * One search as the visitor sees it, made of a few Pagefind searches:
 * 1. each stem on its own, checked against the words of its best page: a stem no word starts
 *    with is a typo, so shorter prefixes are tried (`humanitr` → `humanit`), or it is left out;
 * 2. all stems together (pages must have every one), and all word-family roots together
 *    (`prostovolj` for `prostovoljstvo`), which may find more pages: those are the results;
 * 3. the words exactly as typed, whose scores lift pages that use the visitor's own forms;
 * 4. when no page has every word, the pages with some of them, best first, marked as partial.
 * Pagefind is passed in, so this runs the same in the browser and in unit tests.
 */
import { fuseRankings, startsWithTerm, typoFallbacks, type SearchPlan } from './search';
import type { PagefindFilters } from './search-filters';

/** What we read of a page's fragment: its text, to check that a word really matched. */
export interface PagefindPageData {
  content: string;
}

/** The part of a Pagefind result we use; `data` loads the page's fragment. */
export interface PagefindResult<Data extends PagefindPageData = PagefindPageData> {
  id: string;
  score: number;
  data: () => Promise<Data>;
}

/** The part of a Pagefind response we use. */
export interface PagefindResponse<Data extends PagefindPageData = PagefindPageData> {
  results: PagefindResult<Data>[];
  /** How many pages the words find, before filtering. */
  unfilteredResultCount: number;
  /** For each filter, how many pages the words find (before filtering) have each value. */
  totalFilters: Record<string, Record<string, number>>;
}

/** The part of Pagefind's JS API we use (`/pagefind/pagefind.js`). */
export interface PagefindSearch<Data extends PagefindPageData = PagefindPageData> {
  search: (term: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindResponse<Data>>;
  /** Counts of every filter value over the whole index. */
  filters: () => Promise<Record<string, Record<string, number>>>;
}

/**
 * How much the exact words count next to the stems. Measured with `npm run bench:search`:
 * it breaks ties between inflected forms in favour of the form the visitor typed.
 */
export const EXACT_WORDS_WEIGHT = 0.5;

/**
 * How much the word-family search counts: enough to order the pages only it finds
 * (`prostovoljstvo` → `prostovoljski`), little enough not to reorder what the stems find.
 */
export const FAMILY_WEIGHT = 0.25;

export interface SearchOutcome<Data extends PagefindPageData = PagefindPageData> {
  results: PagefindResult<Data>[];
  /**
   * For each filter value, how many pages the words find with it, whatever filters are on; empty
   * when the search was run without counts (`counted` false).
   */
  counts: Record<string, Record<string, number>>;
  /** False when counts were not asked for, so no count may be shown (an empty one is not "0"). */
  counted: boolean;
  /** The stems searched for after typo fallbacks; empty when no word matched at all. */
  searched: string[];
  /** True when no page has every word, and the results have only some of them. */
  partial: boolean;
}

/** True when some word of the best page starts with the stem (see `startsWithTerm`). */
async function findsWord(response: PagefindResponse, stem: string): Promise<boolean> {
  const best = response.results[0];
  if (!best) return false;
  const { content } = await best.data();
  return content.split(/\s+/).some((word) => startsWithTerm(word, stem));
}

/** The stem itself when a page has a word starting with it, else the longest shorter prefix that does. */
async function matchingStem(pagefind: PagefindSearch, stem: string): Promise<string | undefined> {
  for (const candidate of [stem, ...typoFallbacks(stem)]) {
    if (await findsWord(await pagefind.search(candidate), candidate)) return candidate;
  }
  return undefined;
}

/**
 * Runs a planned search with the given filters; `undefined` filters match nothing (a status
 * no project has today), but the counts are still those of the words.
 * A plan without words lists every page the filters allow.
 */
export async function runSearch<Data extends PagefindPageData>(
  pagefind: PagefindSearch<Data>,
  plan: SearchPlan,
  filters: PagefindFilters | undefined,
  { counts: counted = true }: { counts?: boolean } = {},
): Promise<SearchOutcome<Data>> {
  const outcome = await searchWith(pagefind, plan, filters, counted);
  return { ...outcome, counted, counts: counted ? outcome.counts : {} };
}

async function searchWith<Data extends PagefindPageData>(
  pagefind: PagefindSearch<Data>,
  plan: SearchPlan,
  filters: PagefindFilters | undefined,
  counted: boolean,
): Promise<Omit<SearchOutcome<Data>, 'counted'>> {
  const narrowed = (results: PagefindResult<Data>[]) => (filters === undefined ? [] : results);
  const options = { filters: filters ?? {} };
  // Pagefind counts filter values only once its filter index has loaded, which a search without
  // a ticked filter never asks for: without this, every choice would read "(0)" beside results.
  // The filter index is the largest part of a search's download at scale, so it is fetched only
  // when counts are wanted (the filter panel is open or a filter is ticked).
  if (counted || Object.keys(options.filters).length > 0) await pagefind.filters();
  if (plan.terms.length === 0) {
    const all = await pagefind.search(null, options);
    // A search without words has no unfiltered counts of its own: they are the whole index's.
    return { results: narrowed(all.results), counts: counted ? await pagefind.filters() : {}, searched: [], partial: false };
  }
  const stems: string[] = [];
  const roots: string[] = [];
  for (const term of plan.terms) {
    const stem = await matchingStem(pagefind, term.stem);
    if (stem === undefined || stems.includes(stem)) continue;
    stems.push(stem);
    // Both are prefixes of the word: after a typo fallback the stem may be the shorter one.
    roots.push(term.root.length < stem.length ? term.root : stem);
  }
  if (stems.length === 0) return { results: [], counts: {}, searched: [], partial: false };

  const every = await pagefind.search(stems.join(' '), options);
  // Roots are prefixes of the stems, so this finds every page the stems find, and more.
  const family = roots.join(' ') === stems.join(' ') ? every : await pagefind.search(roots.join(' '), options);
  if (family.unfilteredResultCount === 0 && roots.length > 1) {
    const each = await Promise.all(roots.map((root) => pagefind.search(root, options)));
    const byId = new Map(each.flatMap((response) => response.results).map((result) => [result.id, result]));
    const order = fuseRankings(each.map((response) => ({ weight: 1, results: response.results })));
    return {
      results: narrowed(order.map((id) => byId.get(id)!)),
      counts: mergeCounts(each.map((response) => response.totalFilters)),
      searched: roots,
      partial: true,
    };
  }

  const exactQuery = plan.terms.map((term) => term.word).join(' ');
  const exact = exactQuery === stems.join(' ') ? undefined : await pagefind.search(exactQuery, options);
  // Pages the roots find are the results; the stems and the exact words decide their order.
  const byId = new Map(family.results.map((result) => [result.id, result]));
  const within = (response: PagefindResponse<Data> | undefined) => (response?.results ?? []).filter((result) => byId.has(result.id));
  const order = fuseRankings([
    { weight: 1, results: within(every) },
    { weight: FAMILY_WEIGHT, results: family === every ? [] : family.results },
    { weight: EXACT_WORDS_WEIGHT, results: within(exact) },
  ]);
  return { results: narrowed(order.map((id) => byId.get(id)!)), counts: family.totalFilters, searched: stems, partial: false };
}

/**
 * The highest count of each filter value across responses: a lower bound for the pages
 * with some of the words (a page found by two words is counted once).
 */
function mergeCounts(all: Record<string, Record<string, number>>[]): Record<string, Record<string, number>> {
  const merged: Record<string, Record<string, number>> = {};
  for (const counts of all) {
    for (const [key, values] of Object.entries(counts)) {
      const into = (merged[key] ??= {});
      for (const [value, count] of Object.entries(values)) into[value] = Math.max(into[value] ?? 0, count);
    }
  }
  return merged;
}
