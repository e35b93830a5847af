/** Dates, times and money written the way each language's readers expect (src/lib/locales.ts). */
import { LOCALE_DEFINITIONS, type Locale } from './locales';
import { partialDateBounds } from '../schemas/dates';

const intlOf = (locale: Locale): string => LOCALE_DEFINITIONS[locale].intl;

const utcDate = (iso: string) => new Date(`${iso}T12:00:00Z`);

/**
 * Intl formatters are slow to build (tens of microseconds each) and a build formats hundreds of
 * thousands of dates; each distinct locale + options pair is built once and reused.
 */
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.ListFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
const monthYear = (locale: Locale) =>
  cached(`month-year:${locale}`, () => new Intl.DateTimeFormat(intlOf(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }));
const longDate = (locale: Locale) =>
  cached(
    `long-date:${locale}`,
    () => new Intl.DateTimeFormat(intlOf(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  );

/**
 * A date known to the day, month or year.
 * @example formatPartialDate("2019-06", "sl") // "junij 2019"
 * @example formatPartialDate("2019-06-01", "sl") // "1. 6. 2019"
 * @example formatPartialDate("2019-06-01", "en") // "1 June 2019"
 * @example formatPartialDate("2019-06-01", "it") // "1 giugno 2019"
 */
export function formatPartialDate(value: string, locale: Locale): string {
  // A site has a few hundred distinct dates and formats each on thousands of pages.
  const key = `${locale}|${value}`;
  let formatted = formattedDates.get(key);
  if (formatted === undefined) {
    formatted = formatPartialDateOnce(value, locale);
    formattedDates.set(key, formatted);
  }
  return formatted;
}

const formattedDates = new Map<string, string>();

function formatPartialDateOnce(value: string, locale: Locale): string {
  const parts = value.split('-');
  if (parts.length === 1) return value;
  const date = utcDate(partialDateBounds(value).first);
  if (parts.length === 2) {
    return monthYear(locale).format(date);
  }
  if (LOCALE_DEFINITIONS[locale].dayDate === 'dots') return `${date.getUTCDate()}. ${date.getUTCMonth() + 1}. ${date.getUTCFullYear()}`;
  return longDate(locale).format(date);
}

/**
 * A period for people: both ends, or "od …" / "since …" when it goes on.
 * @example formatPeriod({ start: "2019-11", end: "2022-01" }, "sl") // "november 2019 – januar 2022"
 */
export function formatPeriod(period: { start?: string | undefined; end?: string | undefined }, locale: Locale): string {
  const start = period.start ? formatPartialDate(period.start, locale) : undefined;
  const end = period.end ? formatPartialDate(period.end, locale) : undefined;
  if (start && end) return `${start} – ${end}`;
  const words = LOCALE_DEFINITIONS[locale].period;
  if (start) return words.since.replace('{date}', start);
  if (end) return words.until.replace('{date}', end);
  return words.ongoing;
}

/**
 * A wall-clock time without a leading zero.
 * @example formatTime("09:00") // "9:00"
 */
export const formatTime = (hhmm: string): string => hhmm.replace(/^0(\d)/, '$1');

/**
 * A range of times with an en dash.
 * @example formatTimeRange({ opens: "09:00", closes: "22:00" }) // "9:00–22:00"
 */
export const formatTimeRange = (range: { opens: string; closes: string }): string =>
  `${formatTime(range.opens)}–${formatTime(range.closes)}`;

/**
 * An amount in euro.
 * @example formatEuro(125000, "sl") // "125.000,00 €"
 */
export function formatEuro(amount: number, locale: Locale): string {
  return cached(
    `euro:${locale}`,
    () => new Intl.NumberFormat(intlOf(locale), { style: 'currency', currency: 'EUR', minimumFractionDigits: 2 }),
  ).format(amount);
}

/**
 * A list joined the way the language does it.
 * @example formatList(["petkih", "sobotah"], "sl") // "petkih in sobotah"
 */
export const formatList = (items: readonly string[], locale: Locale): string =>
  cached(`list:${locale}`, () => new Intl.ListFormat(intlOf(locale), { style: 'long', type: 'conjunction' })).format(items);

/**
 * The document title: the page's title and the site's name, within the length search results
 * show (70 characters). A long title drops the site name; a very long one is cut at a word.
 * @example documentTitle("Projekti", "Prostovoljstvo za mlade") // "Projekti · Prostovoljstvo za mlade"
 */
export function documentTitle(title: string, siteName: string, max = 70): string {
  if (title === siteName) return title;
  const full = `${title} · ${siteName}`;
  if (full.length <= max) return full;
  if (title.length <= max) return title;
  const cut = title.slice(0, max - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : cut.length)}…`;
}
