/**
 * The site's languages: the one list everything else reads (routes, collections, the editor,
 * feeds, calendars, the sitemap, hreflang and the language switcher). Slovenian is the default and
 * lives at `/`; every other language under `/<prefix>/`.
 *
 * A language is one entry here, plus its interface strings (`src/i18n/<code>.ts`, exporting a
 * `Dictionary` named after the code) and its content folders (`content/<collection>/<code>/`).
 * Nothing else in the code names a language: adding one is a test
 * (tests/integration/fourth-language.test.ts).
 */
/** What a language's URLs say, by page type; a path segment each (lower case, hyphens). */
export interface UrlWords {
  programmes: string;
  projects: string;
  partners: string;
  centres: string;
  opportunities: string;
  events: string;
  /** Numbered pages of a list: `/projekti/stran/2/`. */
  page: string;
  /** Past calls and events, beside their list: `/priloznosti/arhiv/`. */
  archive: string;
  search: string;
  start: string;
  fitCheck: string;
  faq: string;
  easyRead: string;
  poster: string;
  /** File name of an entry's share card, beside its page: `/centri/<id>/kartica.png`. */
  shareCard: string;
  /** File names (without `.ics`) of the calendars. */
  eventsCalendar: string;
  eventCalendar: string;
  deadlinesCalendar: string;
  deadlineCalendar: string;
  /** The fit check's answers, one path segment each. */
  fitAnswers: { home: string; abroad: string; individual: string; group: string };
}

/** One language of the site. */
export interface LocaleDefinition {
  /** URL prefix without slashes; empty for the default language, which lives at the root. */
  prefix: string;
  /** The language's name in itself, as the switcher shows it. */
  name: string;
  /** Its name in the staff's languages, for the editor and the content check: "italijanščina", "Italian". */
  staffName: { sl: string; en: string };
  /** BCP 47 tag of `<html lang>` and `hreflang`; Pagefind picks its stemmer from `<html lang>`. */
  hreflang: string;
  /**
   * Pagefind's language for the pages' index (the same tag as `hreflang`), and whether Pagefind
   * stems it; Slovenian has no Pagefind stemmer, so the search page trims its words itself.
   */
  pagefind: { language: string; stems: boolean };
  /** Locale of Intl's dates, times, money, lists and plural rules. */
  intl: string;
  /** Open Graph's locale (`og:locale`) and the RSS feed's `<language>`. */
  ogLocale: string;
  feedLanguage: string;
  /**
   * How a full date is written: `dots` "1. 6. 2019" (Slovenian), `long` as Intl writes it with the
   * month's name ("1 June 2019", "1 giugno 2019").
   */
  dayDate: 'dots' | 'long';
  /** A period with one end, or none; `{date}` is the formatted end. */
  period: { since: string; until: string; ongoing: string };
  /** List items counted, for messages: "3 vnose", "3 items". */
  countedItems: { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;
  /** The fifteen Slovenian work-free days in this language, in the order of src/lib/hours/holidays.ts. */
  holidayNames: readonly string[];
  /** Words a search drops (folded: lower case, no diacritics), because they match nearly every page. */
  stopWords: readonly string[];
  /** The European Youth Portal's language code, for links into it (`…/opportunities_it`). */
  europaPortal: string;
  urls: UrlWords;
}

/** Every language, the default first; the switcher lists them in this order. */
export const LOCALE_DEFINITIONS = {
  sl: {
    prefix: '',
    name: 'Slovenščina',
    staffName: { sl: 'slovenščina', en: 'Slovenian' },
    hreflang: 'sl',
    pagefind: { language: 'sl', stems: false },
    intl: 'sl-SI',
    ogLocale: 'sl_SI',
    feedLanguage: 'sl-SI',
    dayDate: 'dots',
    period: { since: 'od {date}', until: 'do {date}', ongoing: 'stalna dejavnost' },
    countedItems: { one: '{n} vnos', two: '{n} vnosa', few: '{n} vnose', other: '{n} vnosov' },
    holidayNames: [
      'novo leto',
      'novo leto',
      'Prešernov dan',
      'dan upora proti okupatorju',
      'praznik dela',
      'praznik dela',
      'dan državnosti',
      'Marijino vnebovzetje',
      'dan reformacije',
      'dan spomina na mrtve',
      'božič',
      'dan samostojnosti in enotnosti',
      'velikonočna nedelja',
      'velikonočni ponedeljek',
      'binkošti',
    ],
    // prettier-ignore
    stopWords: ['v', 'na', 'za', 'z', 's', 'k', 'h', 'in', 'ter', 'pri', 'o', 'ob', 'od', 'do', 'po', 'iz', 'ki', 'je', 'so', 'se', 'ali', 'pa', 'da', 'kot', 'kje', 'kako', 'kaj'],
    europaPortal: 'sl',
    urls: {
      programmes: 'programi',
      projects: 'projekti',
      partners: 'partnerji',
      centres: 'centri',
      opportunities: 'priloznosti',
      events: 'dogodki',
      page: 'stran',
      archive: 'arhiv',
      search: 'iskanje',
      start: 'kako-zaceti',
      fitCheck: 'ustreznost',
      faq: 'vprasanja',
      easyRead: 'lahko-branje',
      poster: 'plakat',
      shareCard: 'kartica.png',
      eventsCalendar: 'koledar',
      eventCalendar: 'dogodek',
      deadlinesCalendar: 'roki',
      deadlineCalendar: 'rok',
      fitAnswers: { home: 'doma', abroad: 'v-tujini', individual: 'sam', group: 'v-skupini' },
    },
  },
  en: {
    prefix: 'en',
    name: 'English',
    staffName: { sl: 'angleščina', en: 'English' },
    hreflang: 'en',
    pagefind: { language: 'en', stems: true },
    intl: 'en-GB',
    ogLocale: 'en_GB',
    feedLanguage: 'en-GB',
    dayDate: 'long',
    period: { since: 'since {date}', until: 'until {date}', ongoing: 'ongoing work' },
    countedItems: { one: '{n} item', other: '{n} items' },
    holidayNames: [
      "New Year's Day",
      "New Year's Day",
      'Prešeren Day',
      'Day of Uprising Against Occupation',
      'Labour Day',
      'Labour Day',
      'Statehood Day',
      'Assumption Day',
      'Reformation Day',
      'Remembrance Day',
      'Christmas Day',
      'Independence and Unity Day',
      'Easter Sunday',
      'Easter Monday',
      'Pentecost Sunday',
    ],
    stopWords: ['the', 'a', 'an', 'of', 'and', 'or', 'in', 'on', 'at', 'for', 'to', 'with', 'by', 'from', 'how', 'what', 'where'],
    europaPortal: 'en',
    urls: {
      programmes: 'programmes',
      projects: 'projects',
      partners: 'partners',
      centres: 'centres',
      opportunities: 'opportunities',
      events: 'events',
      page: 'page',
      archive: 'archive',
      search: 'search',
      start: 'get-started',
      fitCheck: 'fit-check',
      faq: 'questions',
      easyRead: 'easy-read',
      poster: 'poster',
      shareCard: 'card.png',
      eventsCalendar: 'calendar',
      eventCalendar: 'event',
      deadlinesCalendar: 'deadlines',
      deadlineCalendar: 'deadline',
      fitAnswers: { home: 'home', abroad: 'abroad', individual: 'alone', group: 'group' },
    },
  },
  it: {
    prefix: 'it',
    name: 'Italiano',
    staffName: { sl: 'italijanščina', en: 'Italian' },
    hreflang: 'it',
    pagefind: { language: 'it', stems: true },
    intl: 'it-IT',
    ogLocale: 'it_IT',
    feedLanguage: 'it-IT',
    dayDate: 'long',
    period: { since: 'da {date}', until: 'fino a {date}', ongoing: 'attività continuativa' },
    countedItems: { one: '{n} voce', other: '{n} voci' },
    holidayNames: [
      'Capodanno',
      'Capodanno',
      'Giornata di Prešeren',
      "Giornata dell'insurrezione contro l'occupatore",
      'Festa del lavoro',
      'Festa del lavoro',
      'Festa della statualità',
      'Assunzione di Maria',
      'Giornata della Riforma',
      'Giornata della memoria dei defunti',
      'Natale',
      "Giornata dell'indipendenza e dell'unità",
      'Pasqua',
      "Lunedì dell'Angelo",
      'Pentecoste',
    ],
    // prettier-ignore
    stopWords: ['il', 'lo', 'la', 'i', 'gli', 'le', 'un', 'uno', 'una', 'di', 'a', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'e', 'o', 'che', 'del', 'della', 'dei', 'delle', 'al', 'alla', 'nel', 'nella', 'come', 'dove', 'cosa'],
    europaPortal: 'it',
    urls: {
      programmes: 'programmi',
      projects: 'progetti',
      partners: 'partner',
      centres: 'centri',
      opportunities: 'opportunita',
      events: 'eventi',
      page: 'pagina',
      archive: 'archivio',
      search: 'cerca',
      start: 'come-iniziare',
      fitCheck: 'verifica',
      faq: 'domande',
      easyRead: 'lettura-facile',
      poster: 'manifesto',
      shareCard: 'scheda.png',
      eventsCalendar: 'calendario',
      eventCalendar: 'evento',
      deadlinesCalendar: 'scadenze',
      deadlineCalendar: 'scadenza',
      fitAnswers: { home: 'in-patria', abroad: 'all-estero', individual: 'da-solo', group: 'in-gruppo' },
    },
  },
} as const satisfies Record<string, LocaleDefinition>;

export type Locale = keyof typeof LOCALE_DEFINITIONS;

/** The codes of every language, the default first. @example LOCALES // ["sl", "en", "it"] */
export const LOCALES = /* @__PURE__ */ Object.keys(LOCALE_DEFINITIONS) as Locale[];

/** The language at the root, whose entries hold the facts; the others translate its words. */
export const DEFAULT_LOCALE = 'sl' satisfies Locale;

/** Every language but the default: those with translation files beside the default's entries. */
export const TRANSLATED_LOCALES: readonly Locale[] = /* @__PURE__ */ LOCALES.filter((locale) => locale !== DEFAULT_LOCALE);

/** @example localeDefinition("it").name // "Italiano" */
export const localeDefinition = (locale: Locale): LocaleDefinition => LOCALE_DEFINITIONS[locale];

/**
 * Whether a folder name or attribute value is one of the site's languages.
 * @example isLocale("it") // true
 * @example isLocale("si") // false
 */
export const isLocale = (value: string): value is Locale => Object.hasOwn(LOCALE_DEFINITIONS, value);

/**
 * The language of a text shown on a page in `pageLocale`, as a `lang` attribute: undefined when
 * it is the page's own language, so only a part in another language is marked.
 * @example langIfOther("sl", "it") // "sl"
 * @example langIfOther("sl", "sl") // undefined
 */
export const langIfOther = (textLocale: Locale, pageLocale: Locale): Locale | undefined =>
  textLocale === pageLocale ? undefined : textLocale;

/** A value for every language. @example inEveryLocale((l) => l.toUpperCase()) // { sl: "SL", en: "EN", it: "IT" } */
export const inEveryLocale = <T>(value: (locale: Locale) => T): Record<Locale, T> =>
  Object.fromEntries(LOCALES.map((locale) => [locale, value(locale)])) as Record<Locale, T>;

/**
 * What the search page needs of a language, as data for the browser (src/lib/search.ts).
 * @example queryLanguage("en").pagefindStems // true
 */
export const queryLanguage = (locale: Locale): { stopWords: readonly string[]; pagefindStems: boolean } => ({
  stopWords: LOCALE_DEFINITIONS[locale].stopWords,
  pagefindStems: LOCALE_DEFINITIONS[locale].pagefind.stems,
});
