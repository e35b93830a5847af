/**
 * Slovenian work-free days (dela prosti dnevi), computed for any year.
 *
 * Per the Public Holidays and Work-Free Days Act: twelve fixed dates plus Easter
 * Sunday, Easter Monday and Pentecost Sunday. A holiday on a Sunday is not moved
 * to Monday (Slovenia has no substitute days), and Whit Monday or the state
 * holidays that are working days (e.g. 15 September, 23 November) are not here.
 * Pure and small: `holidayIndex` ships to the browser with the opening-hours island; the
 * names stay here, and the island gets those of its page's language as data.
 */
import { inEveryLocale, LOCALE_DEFINITIONS, LOCALES, type Locale } from '../locales';

/** A work-free day: its date, and its name in every language (`sl`, `en`, …). */
export type Holiday = { date: string } & Record<Locale, string>;

/** Month-days of the twelve fixed work-free days, in the order of `HOLIDAY_NAMES`. */
const FIXED = ['01-01', '01-02', '02-08', '04-27', '05-01', '05-02', '06-25', '08-15', '10-31', '11-01', '12-25', '12-26'];

/** Days after Easter Sunday of the three movable ones, which follow the fixed ones in `HOLIDAY_NAMES`. */
const MOVABLE = [0, 1, 49];

/**
 * The names of the fifteen work-free days in every language, by the index `holidayIndex` gives:
 * the fixed ones in calendar order, then Easter Sunday, Easter Monday and Pentecost Sunday. Each
 * language's list is its `holidayNames` (src/lib/locales.ts); kept apart from the dates so that
 * the browser island receives the names of the page's language only, as data.
 */
export const HOLIDAY_NAMES: Record<Locale, readonly string[]> = /* @__PURE__ */ inEveryLocale(
  (locale) => LOCALE_DEFINITIONS[locale].holidayNames,
);

/**
 * The day `days` after an ISO date, in the calendar (no time zone involved).
 * @example addDays("2026-12-31", 1) // "2027-01-01"
 */
export const addDays = (date: string, days: number): string => new Date(Date.parse(date) + days * 864e5).toISOString().slice(0, 10);

/**
 * Western (Gregorian) Easter Sunday, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher).
 * @example easterSunday(2026) // "2026-04-05"
 */
export function easterSunday(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  // Meeus's month and day are 22 March plus h + l - 7m days; Date.UTC carries a day past 31 March
  // into April, and the ISO date comes out padded (fewer bytes for the island than both by hand).
  return new Date(Date.UTC(year, 2, 22 + h + l - 7 * m)).toISOString().slice(0, 10);
}

/**
 * Which of the fifteen work-free days a date is, as an index into `HOLIDAY_NAMES`; undefined on
 * any other day. What the browser island evaluates: dates only, no names.
 * @example holidayIndex("2026-12-25") // 10
 * @example holidayIndex("2026-05-25") // undefined (Whit Monday is a working day)
 */
export function holidayIndex(date: string): number | undefined {
  const fixed = FIXED.indexOf(date.slice(5));
  if (fixed >= 0) return fixed;
  const afterEaster = Math.round((Date.parse(date) - Date.parse(easterSunday(Number(date.slice(0, 4))))) / 864e5);
  const movable = MOVABLE.indexOf(afterEaster);
  return movable < 0 ? undefined : FIXED.length + movable;
}

const named = (date: string, index: number): Holiday =>
  ({ date, ...Object.fromEntries(LOCALES.map((locale) => [locale, HOLIDAY_NAMES[locale][index]!])) }) as Holiday;

/**
 * Every work-free day of a year, in date order.
 * @example holidaysOf(2026)[3] // { date: "2026-04-05", sl: "velikonočna nedelja", en: "Easter Sunday" }
 */
export function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  return [
    ...FIXED.map((monthDay, index) => named(`${year}-${monthDay}`, index)),
    ...MOVABLE.map((offset, index) => named(addDays(easter, offset), FIXED.length + index)),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The work-free day on a date, if it is one.
 * @example holidayOn("2026-12-25") // { date: "2026-12-25", sl: "božič", en: "Christmas Day" }
 * @example holidayOn("2026-05-25") // undefined (Whit Monday is a working day)
 */
export const holidayOn = (date: string): Holiday | undefined => {
  const index = holidayIndex(date);
  return index === undefined ? undefined : named(date, index);
};
