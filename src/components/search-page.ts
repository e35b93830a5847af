/**
 * Client island of the search page. Loads Pagefind (`/pagefind/pagefind.js`) on first use,
 * runs the Slovenian-aware search (src/lib/search-run.ts), shows results with their type and
 * an excerpt with the found words marked, keeps the search in the URL (`?q=…&type=…`) so it
 * can be shared and Back works, and counts what each filter would leave.
 */
import type { Locale } from '../lib/locales';
import { dayInZone } from '../lib/period';
import { countWith, fillTemplate, type PluralTemplates } from '../lib/plural';
import { planSearch, type QueryLanguage } from '../lib/search';
import {
  FILTER_KEYS,
  hasFilters,
  pagefindFilters,
  readSearchState,
  searchParams,
  statusCounts,
  type SearchState,
  type SearchType,
} from '../lib/search-filters';
import { runSearch, type PagefindPageData, type PagefindResult, type PagefindSearch } from '../lib/search-run';
import { sentenceExcerpt } from '../lib/search-excerpt';

/** Interface strings the island writes, rendered into `data-strings` by SearchForm.astro. */
export interface SearchStrings {
  results: PluralTemplates;
  resultsFor: string;
  resultsFiltered: string;
  noResults: string;
  noResultsFiltered: string;
  partial: string;
  searching: string;
  failed: string;
  filtersOn: PluralTemplates;
  types: Record<SearchType, string>;
  otherPage: string;
}

/** What a result's fragment holds (Pagefind's `data()`). */
interface PageData extends PagefindPageData {
  url: string;
  excerpt: string;
  /** Word positions of the found words in `content`. */
  locations?: number[];
  /** Elements with an id, with the position of their first word: the headings among them are no body text. */
  anchors?: { element: string; text: string; location: number }[];
  meta: Record<string, string | undefined>;
}

interface Pagefind extends PagefindSearch<PageData> {
  options: (options: { excerptLength?: number; noWorker?: boolean }) => Promise<void>;
}

/** A variable, so that the bundler leaves the import to the browser: the bundle exists only after the build. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
/**
 * Results shown at once: five first, since each costs a fragment of about 1 KB to fetch (issue 19:
 * one search at 5,000 entries is mostly Pagefind's fixed files and index), then ten more per click.
 */
const FIRST_RESULTS = 5;
const MORE_RESULTS = 10;
/** Search once typing pauses this long, so every keystroke does not announce a count. */
const TYPING_PAUSE_MS = 250;

const root = document.querySelector<HTMLElement>('[data-search-root]');
if (root) start(root);

function required<T extends Element>(parent: ParentNode, selector: string): T {
  const element = parent.querySelector<T>(selector);
  if (!element) throw new Error(`search page: ${selector} is missing`);
  return element;
}

function start(root: HTMLElement): void {
  const locale = (root.dataset['locale'] ?? document.documentElement.lang) as Locale;
  const strings = JSON.parse(root.dataset['strings'] ?? '{}') as SearchStrings;
  const language = JSON.parse(root.dataset['queryLanguage'] ?? '{"stopWords":[],"pagefindStems":true}') as QueryLanguage;
  const form = required<HTMLFormElement>(root, '[data-search-form]');
  const input = required<HTMLInputElement>(root, '[data-search-input]');
  const filtersPanel = required<HTMLDetailsElement>(root, '[data-search-filters]');
  const filtersOn = required<HTMLElement>(root, '[data-filters-on]');
  const status = required<HTMLElement>(root, '[data-search-status]');
  const list = required<HTMLOListElement>(root, '[data-search-results]');
  const moreWrapper = required<HTMLElement>(root, '[data-search-more-wrapper]');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];

  let pagefind: Promise<Pagefind> | undefined;
  const loadPagefind = (): Promise<Pagefind> =>
    (pagefind ??= (import(/* @vite-ignore */ PAGEFIND_URL) as Promise<Pagefind>).then(async (module) => {
      // noWorker: search in the page rather than in a Web Worker, which would be one more script
      // (12 KB gzip) to fetch; a search over our index takes milliseconds, the page stays responsive.
      await module.options({ excerptLength: 26, noWorker: true });
      return module;
    }));

  const allCounts = new Map<HTMLElement, string>();
  let sequence = 0;
  let countsShown = false;
  let pending: PagefindResult<PageData>[] = [];
  let typingTimer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string') params.append(name, value);
    return readSearchState(params);
  };

  const fillForm = (state: SearchState): void => {
    input.value = state.query;
    for (const box of checkboxes) box.checked = FILTER_KEYS.some((key) => key === box.name && state.filters[key].includes(box.value));
    if (hasFilters(state)) filtersPanel.open = true;
    showFiltersOn();
  };

  const showFiltersOn = (): void => {
    const on = checkboxes.filter((box) => box.checked).length;
    filtersOn.textContent = on > 0 ? countWith(on, strings.filtersOn, locale) : '';
  };

  const writeUrl = (state: SearchState, how: 'push' | 'replace'): void => {
    const query = searchParams(state);
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const showCounts = (counts: Record<string, Record<string, number>>, today: string): void => {
    const byStatus = statusCounts(counts['period'] ?? {}, today, Date.now());
    for (const element of root.querySelectorAll<HTMLElement>('[data-count-key]')) {
      const key = element.dataset['countKey'] ?? '';
      const value = element.dataset['countValue'] ?? '';
      const count = key === 'status' ? byStatus[value as keyof typeof byStatus] : counts[key]?.[value];
      element.textContent = `(${count ?? 0})`;
    }
  };

  /** Shows the next `count` results; returns the first link added, to move focus to. */
  const showMore = async (count: number): Promise<HTMLAnchorElement | undefined> => {
    const batch = pending.splice(0, count);
    const items = await Promise.all(batch.map(async (result) => resultItem(await result.data(), strings)));
    list.append(...items);
    moreWrapper.hidden = pending.length === 0;
    return items[0]?.querySelector('a') ?? undefined;
  };

  const search = async (state: SearchState): Promise<void> => {
    const mine = ++sequence;
    root.dataset['searchQuery'] = state.query;
    if (!state.query && !hasFilters(state)) {
      list.replaceChildren();
      moreWrapper.hidden = true;
      status.textContent = '';
      for (const [element, text] of allCounts) element.textContent = text;
      root.dataset['searchState'] = 'idle';
      return;
    }
    root.dataset['searchState'] = 'searching';
    list.setAttribute('aria-busy', 'true');
    try {
      const engine = await loadPagefind();
      const today = dayInZone(new Date());
      const periods = state.filters.status.length > 0 ? Object.keys((await engine.filters())['period'] ?? {}) : [];
      // Counts need Pagefind's filter index, the biggest file of a search at scale: only when seen.
      const wanted = filtersPanel.open || hasFilters(state);
      const outcome = await runSearch(
        engine,
        planSearch(state.query, language),
        pagefindFilters(state.filters, periods, today, Date.now()),
        {
          counts: wanted,
        },
      );
      if (mine !== sequence) return;
      pending = [...outcome.results];
      list.replaceChildren();
      await showMore(FIRST_RESULTS);
      if (mine !== sequence) return;
      countsShown = outcome.counted;
      if (outcome.counted) showCounts(outcome.counts, today);
      else for (const element of allCounts.keys()) element.textContent = '';
      status.textContent = summary(state, outcome.results.length, outcome.partial, strings, locale);
      root.dataset['searchState'] = 'done';
    } catch (error) {
      if (mine !== sequence) return;
      console.warn('search failed:', error);
      list.replaceChildren();
      moreWrapper.hidden = true;
      status.textContent = strings.failed;
      root.dataset['searchState'] = 'failed';
    } finally {
      if (mine === sequence) list.removeAttribute('aria-busy');
    }
  };

  /**
   * A submitted search (here, or from the header box of another page) moves focus to the
   * summary, so keyboard and screen-reader users land on "N results" next to the first result,
   * not at the top of the page. Typing leaves focus in the box.
   */
  const searchAndFocus = async (state: SearchState): Promise<void> => {
    const mine = sequence + 1;
    await search(state);
    if (mine === sequence && status.textContent) status.focus();
  };

  // Opening the filter panel after a search without counts runs it again, with them.
  filtersPanel.addEventListener('toggle', () => {
    if (filtersPanel.open && !countsShown && root.dataset['searchState'] === 'done') void search(readForm());
  });
  input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
  input.addEventListener('input', () => {
    clearTimeout(typingTimer);
    typingTimer = setTimeout(() => {
      const state = readForm();
      writeUrl(state, 'replace');
      void search(state);
    }, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typingTimer);
    const state = readForm();
    writeUrl(state, 'push');
    void searchAndFocus(state);
  });
  form.addEventListener('change', (event) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'checkbox') return;
    showFiltersOn();
    const state = readForm();
    writeUrl(state, 'push');
    void search(state);
  });
  required<HTMLButtonElement>(root, '[data-clear-filters]').addEventListener('click', () => {
    for (const box of checkboxes) box.checked = false;
    showFiltersOn();
    const state = readForm();
    writeUrl(state, 'push');
    void search(state);
  });
  required<HTMLButtonElement>(root, '[data-search-more]').addEventListener('click', () => {
    void showMore(MORE_RESULTS).then((next) => next?.focus());
  });
  window.addEventListener('popstate', () => {
    const state = readSearchState(new URLSearchParams(location.search));
    fillForm(state);
    void search(state);
  });

  form.hidden = false;
  // Until a search counts them, the status choices count every project, as of today.
  const everyPeriod = JSON.parse(root.dataset['periods'] ?? '{}') as Record<string, number>;
  const statusNow = statusCounts(everyPeriod, dayInZone(new Date()));
  for (const element of root.querySelectorAll<HTMLElement>('[data-count-key="status"]')) {
    element.textContent = `(${statusNow[element.dataset['countValue'] as keyof typeof statusNow] ?? 0})`;
  }
  // The counts of the whole site, shown again when the box is emptied.
  for (const element of root.querySelectorAll<HTMLElement>('[data-count-key]')) allCounts.set(element, element.textContent ?? '');
  const initial = readSearchState(new URLSearchParams(location.search));
  fillForm(initial);
  void (initial.query ? searchAndFocus(initial) : search(initial));
}

/** The status line: how many results, for what; or why there are none. */
function summary(state: SearchState, count: number, partial: boolean, strings: SearchStrings, locale: Locale): string {
  if (count === 0) return state.query ? fillTemplate(strings.noResults, { query: state.query }) : strings.noResultsFiltered;
  const results = countWith(count, strings.results, locale);
  const line = state.query
    ? fillTemplate(strings.resultsFor, { results, query: state.query })
    : fillTemplate(strings.resultsFiltered, { results });
  return partial ? `${line} ${strings.partial}` : line;
}

/**
 * One result: title as a link, what kind of page it is, the excerpt with the found words
 * marked, and the page's image if it has one (Pagefind's `image` meta: its first picture).
 */
function resultItem(page: PageData, strings: SearchStrings): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'card flow-root';
  const image = page.meta['image'];
  if (image) {
    const picture = document.createElement('img');
    picture.src = image;
    // Decorative next to the title; the page's own alt text describes it where it is shown in full.
    picture.alt = '';
    picture.loading = 'lazy';
    picture.className = 'float-right mb-2 ml-4 h-20 w-20 rounded-lg object-cover';
    item.append(picture);
  }
  const heading = document.createElement('h2');
  heading.className = 'm-0 text-xl';
  const link = document.createElement('a');
  link.href = page.url;
  link.className = 'text-ink decoration-brand';
  link.textContent = page.meta['title'] ?? page.url;
  heading.append(link);
  const kind = document.createElement('p');
  kind.className = 'chip mt-2';
  const type = page.meta['type'] as SearchType | undefined;
  kind.textContent = type && type in strings.types ? strings.types[type] : strings.otherPage;
  const excerpt = document.createElement('p');
  excerpt.className = 'mb-0 mt-2 [&_mark]:rounded-xs [&_mark]:bg-accent-soft [&_mark]:px-0.5 [&_mark]:font-semibold [&_mark]:text-ink';
  // From a sentence of body text, in the page's own words: Pagefind's excerpt starts wherever its
  // window does (the title, a heading), and may be the hidden keywords (ESE · ESC · …) at the end.
  if (page.locations) {
    const hiddenWords = Number(page.meta['keywordWords'] ?? 0) || 0;
    const headings = (page.anchors ?? []).filter((anchor) => /^h[1-6]$/.test(anchor.element));
    for (const part of sentenceExcerpt(page.content, page.locations, hiddenWords, undefined, { title: page.meta['title'], headings })) {
      if (!part.marked) excerpt.append(part.text);
      else appendMarked(excerpt, part.text);
    }
  } else appendExcerpt(excerpt, page.excerpt);
  item.append(heading, kind, excerpt);
  return item;
}

/**
 * Copies Pagefind's excerpt (escaped text with `<mark>`) as text nodes and marks only, so
 * nothing else in it could ever become markup. A template's content is inert: nothing in it runs.
 */
function appendExcerpt(target: HTMLElement, html: string): void {
  const template = document.createElement('template');
  template.innerHTML = html;
  for (const node of template.content.childNodes) {
    if (node.nodeName === 'MARK') appendMarked(target, node.textContent ?? '');
    else target.append(node.textContent ?? '');
  }
}

/** A found word, marked without its punctuation: Pagefind's words carry it ("prostovoljstva."). */
function appendMarked(target: HTMLElement, text: string): void {
  const [, word = '', after = ''] = /^(.*?)([\p{P}]*)$/su.exec(text) ?? [];
  const mark = document.createElement('mark');
  mark.textContent = word;
  target.append(mark, after);
}
