import { describe, expect, it } from 'vitest';
import { queryLanguage } from '../../src/lib/locales';
import { en } from '../../src/i18n/en';
import { sl } from '../../src/i18n/sl';
import { countWith, fillTemplate } from '../../src/lib/plural';
import {
  foldDiacritics,
  fuseRankings,
  looksLikeName,
  planSearch,
  slovenianRoot,
  slovenianStem,
  startsWithTerm,
  typoFallbacks,
} from '../../src/lib/search';
import {
  encodeDeadline,
  encodePeriod,
  facetsOf,
  filterOptions,
  pagefindFilters,
  readSearchState,
  searchParams,
  statusCounts,
  statusOfPeriod,
} from '../../src/lib/search-filters';
import { runSearch, type PagefindResponse, type PagefindSearch } from '../../src/lib/search-run';
import { searchUrl } from '../../src/lib/routes';

const stems = (query: string) => planSearch(query, queryLanguage('sl')).terms.map((term) => term.stem);

describe('Slovenian stems', () => {
  it.each([
    ['prostovoljec', 'prostovolj'],
    ['prostovoljce', 'prostovolj'],
    ['prostovoljcev', 'prostovolj'],
    ['solidarnostne', 'solidarnost'],
    ['solidarnostnih', 'solidarnost'],
    ['tujini', 'tujin'],
    ['projektov', 'projekt'],
    ['projekti', 'projekt'],
    ['programi', 'program'],
    ['markovcu', 'markov'],
    ['centru', 'cent'],
    ['center', 'cent'],
    ['beguncem', 'begun'],
    ['zdravje', 'zdrav'],
  ])('trims %s to %s, a prefix of its other forms', (word, stem) => {
    expect(slovenianStem(word)).toBe(stem);
  });

  it('keeps the letters as typed, with or without č, š, ž', () => {
    expect(slovenianStem('duševnega')).toBe('dušev');
    expect(slovenianStem('dusevnega')).toBe('dusev');
    expect(slovenianStem('pomoči')).toBe('pomoč');
    expect(slovenianStem('pomoc')).toBe('pomoc');
  });

  it('leaves short words and words with digits whole', () => {
    expect(slovenianStem('ese')).toBe('ese');
    expect(slovenianStem('ptuj')).toBe('ptuj');
    expect(slovenianStem('hiša')).toBe('hiša');
    expect(slovenianStem('2019')).toBe('2019');
  });

  it('finds the word family’s prefix for the wider search', () => {
    expect(slovenianRoot('prostovoljstvo')).toBe('prostovolj');
    expect(slovenianRoot('prostovoljskih')).toBe('prostovolj');
    expect(slovenianRoot('evropske')).toBe('evrop');
    expect(slovenianRoot('mladinskem')).toBe('mladin');
    expect(slovenianRoot('društva')).toBe('društv');
    expect(slovenianStem('prostovoljstvo')).toBe('prostovoljstv');
  });

  it('never trims below four letters', () => {
    expect(slovenianStem('koper')).toBe('koper');
    expect(slovenianStem('mladi')).toBe('mlad');
  });

  it('always returns a prefix of the word, so the typed form itself is still found', () => {
    for (const word of ['prostovoljstvo', 'mladinskem', 'organizacije', 'humanitarna', 'evropske', 'izobraževanja']) {
      expect(word.startsWith(slovenianStem(word)), word).toBe(true);
    }
  });
});

describe('planning a search', () => {
  it('drops stop words and stems the rest', () => {
    expect(stems('prostovoljec v tujini')).toEqual(['prostovolj', 'tujin']);
    expect(stems('mladinski center v brezicah')).toEqual(['mladins', 'cent', 'brezic']);
  });

  it('keeps a query made only of stop words', () => {
    expect(stems('v')).toEqual(['v']);
  });

  it('tidies spaces and punctuation around words', () => {
    const plan = planSearch('  »humanitarna   pomoč«, ', queryLanguage('sl'));
    expect(plan.text).toBe('»humanitarna pomoč«,');
    expect(plan.terms.map((term) => term.word)).toEqual(['humanitarna', 'pomoč']);
  });

  it('keeps names whole: acronyms, mixed case and capitals after the first word', () => {
    expect(stems('ŠENT')).toEqual(['šent']);
    expect(stems('Mreža MaMa')).toEqual(['mrež', 'mama']);
    expect(stems('center Markovec')).toEqual(['cent', 'markovec']);
    expect(looksLikeName('Prostovoljec', 0)).toBe(false);
    expect(looksLikeName('KC', 1)).toBe(true);
  });

  it('leaves English and Italian queries to Pagefind’s own stemmers, without their stop words', () => {
    expect(planSearch('the volunteering projects', queryLanguage('en')).terms.map((term) => term.stem)).toEqual([
      'volunteering',
      'projects',
    ]);
    expect(planSearch('il volontariato in Italia', queryLanguage('it')).terms.map((term) => term.stem)).toEqual(['volontariato', 'italia']);
  });

  it('has no words for a blank query', () => {
    expect(planSearch('   ', queryLanguage('sl')).terms).toEqual([]);
  });
});

describe('matching words and typos', () => {
  it('folds case and diacritics the way Pagefind does', () => {
    expect(foldDiacritics('Duševno ŽIVLJENJE')).toBe('dusevno zivljenje');
  });

  it('accepts a word that starts with the term, whole or in a hyphenated part', () => {
    expect(startsWithTerm('Duševnega,', 'dusevn')).toBe(true);
    expect(startsWithTerm('KO-PROSTO:', 'prosto')).toBe(true);
    expect(startsWithTerm('KO-PROSTO', 'ko-prosto')).toBe(true);
  });

  it('rejects what Pagefind offers for a word it does not know', () => {
    expect(startsWithTerm('MaMa.', 'markovc')).toBe(false);
    expect(startsWithTerm('KO-PROSTO', 'prostovolstv')).toBe(false);
  });

  it('offers shorter prefixes for a typo, never below 60 % of the word or four letters', () => {
    expect(typoFallbacks('prostovolstv')).toEqual(['prostovolst', 'prostovols', 'prostovol', 'prostovo']);
    expect(typoFallbacks('markovc')).toEqual(['markov', 'marko']);
    expect(typoFallbacks('ozar')).toEqual([]);
  });

  it('ranks pages found by more searches first', () => {
    expect(
      fuseRankings([
        {
          weight: 1,
          results: [
            { id: 'b', score: 3 },
            { id: 'a', score: 2 },
          ],
        },
        { weight: 0.5, results: [{ id: 'a', score: 4 }] },
      ]),
    ).toEqual(['a', 'b']);
  });
});

/**
 * A Pagefind stand-in over a few pages: a term finds pages with a word starting with it. Like
 * Pagefind 1.x, it counts no filter values until its filter index is loaded by `filters()`.
 */
function fakePagefind(pages: Record<string, { text: string; type: string }>): PagefindSearch & { queries: string[] } {
  const queries: string[] = [];
  let filtersLoaded = false;
  const respond = (ids: string[], filterType: string[] | undefined): PagefindResponse => {
    const counts: Record<string, number> = {};
    for (const id of ids) counts[pages[id]!.type] = (counts[pages[id]!.type] ?? 0) + 1;
    const kept = ids.filter((id) => !filterType || filterType.includes(pages[id]!.type));
    return {
      results: kept.map((id, index) => ({ id, score: 10 - index, data: () => Promise.resolve({ content: pages[id]!.text }) })),
      unfilteredResultCount: ids.length,
      totalFilters: filtersLoaded ? { type: counts } : {},
    };
  };
  return {
    queries,
    // eslint-disable-next-line @typescript-eslint/require-await -- a stand-in for Pagefind's API, whose methods return promises
    async filters() {
      filtersLoaded = true;
      return respond(Object.keys(pages), undefined).totalFilters;
    },
    // eslint-disable-next-line @typescript-eslint/require-await -- as filters() above
    async search(term, options) {
      queries.push(term ?? '(all)');
      const filterType = options?.filters?.['type']?.any;
      const all = Object.keys(pages);
      if (term === null) return respond(all, filterType);
      const words = term.split(' ');
      const finds = (id: string, word: string) => pages[id]!.text.split(/\s+/).some((candidate) => startsWithTerm(candidate, word));
      const known = words.filter((word) => all.some((id) => finds(id, word)));
      if (known.length > 0)
        return respond(
          all.filter((id) => known.every((word) => finds(id, word))),
          filterType,
        );
      // Like Pagefind, answer a word it does not know with a look-alike compound: `markovc` → `MaMa`.
      const lookAlikes = words.some((word) => word.startsWith('ma')) ? all.filter((id) => pages[id]!.text.includes('MaMa')) : [];
      return respond(lookAlikes, filterType);
    },
  };
}

const pages = {
  markovec: { text: 'Mladinski center Markovec City v Kopru', type: 'centre' },
  mama: { text: 'Mreža MaMa povezuje mladinske centre', type: 'partner' },
  ese: { text: 'Prostovoljci v tujini in doma', type: 'programme' },
};

describe('running a search', () => {
  it('counts every filter value when no filter is on, so the panel never shows "(0)" beside results', async () => {
    const outcome = await runSearch(fakePagefind(pages), planSearch('mladinski', queryLanguage('sl')), {});
    expect(outcome.counts['type']).toEqual({ centre: 1, partner: 1 });
  });

  it('finds inflected forms through the stems', async () => {
    const outcome = await runSearch(fakePagefind(pages), planSearch('prostovoljec', queryLanguage('sl')), {});
    expect(outcome.results.map((result) => result.id)).toEqual(['ese']);
  });

  it('adds the word family after the pages with the word itself', async () => {
    const family = fakePagefind({
      skills: { text: 'Prostovoljski program za mlade', type: 'programme' },
      city: { text: 'Prostovoljstvo v Mariboru', type: 'project' },
    });
    const outcome = await runSearch(family, planSearch('prostovoljstvo', queryLanguage('sl')), {});
    expect(outcome.results.map((result) => result.id)).toEqual(['city', 'skills']);
  });

  it('falls back to a shorter prefix when a typo finds only look-alikes', async () => {
    const pagefind = fakePagefind(pages);
    const outcome = await runSearch(pagefind, planSearch('markovc', queryLanguage('sl')), {});
    expect(outcome.searched).toEqual(['markov']);
    expect(outcome.results.map((result) => result.id)).toEqual(['markovec']);
  });

  it('shows pages with some of the words when none has all of them, and says so', async () => {
    const outcome = await runSearch(fakePagefind(pages), planSearch('markovec prostovoljci', queryLanguage('sl')), {});
    expect(outcome.partial).toBe(true);
    expect(outcome.results.map((result) => result.id).sort()).toEqual(['ese', 'markovec']);
  });

  it('lists every page a filter allows when there are no words', async () => {
    const outcome = await runSearch(fakePagefind(pages), planSearch('', queryLanguage('sl')), { type: { any: ['partner'] } });
    expect(outcome.results.map((result) => result.id)).toEqual(['mama']);
    expect(outcome.counts['type']).toEqual({ centre: 1, partner: 1, programme: 1 });
  });

  it('finds nothing for a status no page has today, but still counts the words’ pages', async () => {
    const outcome = await runSearch(fakePagefind(pages), planSearch('mladinski', queryLanguage('sl')), undefined);
    expect(outcome.results).toEqual([]);
    expect(outcome.counts['type']).toEqual({ centre: 1, partner: 1 });
  });

  it('leaves the filter index unloaded and shows no count when counts are not asked for', async () => {
    let loaded = 0;
    const engine = fakePagefind(pages);
    const counting = {
      ...engine,
      filters: async () => {
        loaded += 1;
        return engine.filters();
      },
    };
    const outcome = await runSearch(counting, planSearch('mladinski', queryLanguage('sl')), {}, { counts: false });
    expect(loaded).toBe(0);
    expect(outcome.counted).toBe(false);
    expect(outcome.counts).toEqual({});
    expect(outcome.results.length).toBeGreaterThan(0);
    const counted = await runSearch(counting, planSearch('mladinski', queryLanguage('sl')), {});
    expect(loaded).toBeGreaterThan(0);
    expect(counted.counted).toBe(true);
  });

  it('finds nothing when no word matches anything', async () => {
    const outcome = await runSearch(fakePagefind(pages), planSearch('xyzzy', queryLanguage('sl')), {});
    expect(outcome.results).toEqual([]);
  });
});

describe('search filters', () => {
  it('index a project’s period as full dates, open ends empty', () => {
    expect(encodePeriod({ start: '2019-11', end: '2022-01' })).toBe('2019-11-01/2022-01-31');
    expect(encodePeriod({ start: '2011' })).toBe('2011-01-01/');
    expect(encodePeriod({})).toBe('/');
  });

  it('tell ongoing from finished on the day of the search, counting work not yet started as ongoing', () => {
    expect(statusOfPeriod('2019-11-01/2022-01-31', '2022-01-31')).toBe('ongoing');
    expect(statusOfPeriod('2019-11-01/2022-01-31', '2022-02-01')).toBe('finished');
    expect(statusOfPeriod('2030-01-01/', '2026-11-21')).toBe('ongoing');
    expect(statusOfPeriod('/', '2026-11-21')).toBe('ongoing');
  });

  it('take towns and topics from each kind of entry', () => {
    expect(facetsOf({ type: 'centre', data: { address: { town: 'Koper' } } })).toEqual({ type: 'centre', towns: ['Koper'], topics: [] });
    expect(facetsOf({ type: 'partner', data: {} })).toEqual({ type: 'partner', towns: [], topics: [] });
    expect(facetsOf({ type: 'project', data: { places: ['Maribor'], topics: ['nvo'], period: { start: '2019' } } })).toEqual({
      type: 'project',
      towns: ['Maribor'],
      topics: ['nvo'],
      period: '2019-01-01/',
    });
  });

  it('list choices in Slovenian alphabetical order with counts', () => {
    const options = filterOptions(
      [
        { type: 'partner', towns: ['Žalec'], topics: [] },
        { type: 'partner', towns: ['Celje'], topics: [] },
        { type: 'centre', towns: ['Črnomelj', 'Celje'], topics: [] },
      ],
      'towns',
      'sl',
    );
    expect(options).toEqual([
      { value: 'Celje', count: 2 },
      { value: 'Črnomelj', count: 1 },
      { value: 'Žalec', count: 1 },
    ]);
  });

  it('survive a round trip through the URL', () => {
    const state = readSearchState(new URLSearchParams('q=pomo%C4%8D+v+tujini&type=programme&status=ongoing&town=Novo+mesto&utm=x&type='));
    expect(state).toEqual({
      query: 'pomoč v tujini',
      filters: { type: ['programme'], place: [], strand: [], town: ['Novo mesto'], topic: [], status: ['ongoing'] },
    });
    expect(readSearchState(new URLSearchParams(searchParams(state)))).toEqual(state);
    expect(searchParams(state)).toBe('q=pomo%C4%8D+v+tujini&type=programme&town=Novo+mesto&status=ongoing');
  });

  it('become a Pagefind filter, status turned into the periods that have it today', () => {
    const periods = ['2019-11-01/2022-01-31', '2011-01-01/', '/'];
    const none = { type: [], place: [], strand: [], town: [], topic: [], status: [] };
    expect(pagefindFilters({ ...none, type: ['project', 'partner'] }, periods, '2026-11-21')).toEqual({
      type: { any: ['project', 'partner'] },
    });
    expect(pagefindFilters({ ...none, status: ['finished'] }, periods, '2026-11-21')).toEqual({
      period: { any: ['2019-11-01/2022-01-31'] },
    });
    expect(pagefindFilters({ ...none, status: ['ongoing'] }, periods, '2026-11-21')).toEqual({ period: { any: ['2011-01-01/', '/'] } });
    expect(pagefindFilters({ ...none, status: ['finished'] }, ['/'], '2026-11-21')).toBeUndefined();
  });

  it('count results per status from the counts per period', () => {
    expect(statusCounts({ '2019-11-01/2022-01-31': 1, '2011-01-01/': 2, '/': 1 }, '2026-11-21')).toEqual({
      open: 0,
      soon: 0,
      ongoing: 3,
      finished: 1,
    });
  });

  it('index an open call by its deadline instant, place, strand and town', () => {
    const facets = facetsOf({
      type: 'opportunity',
      data: {
        place: { town: 'Gradec', country: 'AT' },
        topics: ['otroci'],
        programme: 'ese',
        deadline: { date: '2027-01-15', time: '12:00' },
      },
    });
    expect(facets).toEqual({
      type: 'opportunity',
      towns: ['Gradec'],
      topics: ['otroci'],
      period: 'deadline:2027-01-15T11:00:00.000Z',
      place: 'abroad',
      strand: 'ese',
    });
    expect(encodeDeadline({ date: '2027-07-15' })).toBe('deadline:2027-07-15T22:00:00.000Z');
  });

  it('turn open and closing soon into the deadlines that have that status at the moment of the search', () => {
    const none = { type: [], place: [], strand: [], town: [], topic: [], status: [] };
    const values = [
      'deadline:2027-01-15T11:00:00.000Z',
      'deadline:2027-03-31T22:00:00.000Z',
      'deadline:2026-10-31T22:59:00.000Z',
      '2011-01-01/',
    ];
    const now = Date.parse('2027-01-10T09:00:00Z');
    expect(pagefindFilters({ ...none, status: ['soon'] }, values, '2027-01-10', now)).toEqual({
      period: { any: ['deadline:2027-01-15T11:00:00.000Z'] },
    });
    expect(pagefindFilters({ ...none, status: ['open', 'ongoing'] }, values, '2027-01-10', now)).toEqual({
      period: { any: ['deadline:2027-03-31T22:00:00.000Z', '2011-01-01/'] },
    });
    expect(pagefindFilters({ ...none, place: ['abroad'], strand: ['ese'] }, values, '2027-01-10', now)).toEqual({
      place: { any: ['abroad'] },
      strand: { any: ['ese'] },
    });
    expect(statusCounts(Object.fromEntries(values.map((value) => [value, 1])), '2027-01-10', now)).toEqual({
      open: 1,
      soon: 1,
      ongoing: 1,
      finished: 0,
    });
  });
});

describe('search wording', () => {
  it('counts results with all four Slovenian plural forms', () => {
    expect([1, 2, 3, 4, 5, 101, 102, 103, 111].map((n) => countWith(n, sl.search.results, 'sl'))).toEqual([
      '1 zadetek',
      '2 zadetka',
      '3 zadetki',
      '4 zadetki',
      '5 zadetkov',
      '101 zadetek',
      '102 zadetka',
      '103 zadetki',
      '111 zadetkov',
    ]);
    expect([1, 2, 5].map((n) => countWith(n, en.search.results, 'en'))).toEqual(['1 result', '2 results', '5 results']);
  });

  it('fills the result line', () => {
    expect(fillTemplate(sl.search.resultsFor, { results: countWith(2, sl.search.results, 'sl'), query: 'pomoč' })).toBe(
      '2 zadetka za »pomoč«.',
    );
  });

  it('lives at /iskanje/ and /en/search/', () => {
    expect(searchUrl('sl')).toBe('/iskanje/');
    expect(searchUrl('en')).toBe('/en/search/');
  });
});
