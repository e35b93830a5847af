/**
 * Slovenian work-free days (dela prosti dnevi), computed for any year.
 *
 * Per the Public Holidays and Work-Free Days Act: twelve fixed dates plus Easter
 * Sunday, Easter Monday and Pentecost Sunday. A holiday on a Sunday is not moved
 * to Monday (Slovenia has no substitute days), and Whit Monday or the state
 * holidays that are working days (e.g. 15 September, 23 November) are not here.
 * Pure and small: it ships to the browser with the opening-hours island.
 */

export interface Holiday {
  /** `YYYY-MM-DD` */
  date: string;
  sl: string;
  en: string;
}

/** Month-day, Slovenian name, English name. */
const FIXED: readonly (readonly [string, string, string])[] = [
  ['01-01', 'novo leto', "New Year's Day"],
  ['01-02', 'novo leto', "New Year's Day"],
  ['02-08', 'Prešernov dan', 'Prešeren Day'],
  ['04-27', 'dan upora proti okupatorju', 'Day of Uprising Against Occupation'],
  ['05-01', 'praznik dela', 'Labour Day'],
  ['05-02', 'praznik dela', 'Labour Day'],
  ['06-25', 'dan državnosti', 'Statehood Day'],
  ['08-15', 'Marijino vnebovzetje', 'Assumption Day'],
  ['10-31', 'dan reformacije', 'Reformation Day'],
  ['11-01', 'dan spomina na mrtve', 'Remembrance Day'],
  ['12-25', 'božič', 'Christmas Day'],
  ['12-26', 'dan samostojnosti in enotnosti', 'Independence and Unity Day'],
];

/** Days after Easter Sunday, Slovenian name, English name. */
const MOVABLE: readonly (readonly [number, string, string])[] = [
  [0, 'velikonočna nedelja', 'Easter Sunday'],
  [1, 'velikonočni ponedeljek', 'Easter Monday'],
  [49, 'binkošti', 'Pentecost Sunday'],
];

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
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every work-free day of a year, in date order.
 * @example holidaysOf(2026)[3] // { date: "2026-04-05", sl: "velikonočna nedelja", en: "Easter Sunday" }
 */
export function holidaysOf(year: number): Holiday[] {
  const easter = easterSunday(year);
  return [
    ...FIXED.map(([monthDay, sl, en]) => ({ date: `${year}-${monthDay}`, sl, en })),
    ...MOVABLE.map(([offset, sl, en]) => ({ date: addDays(easter, offset), sl, en })),
  ].sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * The work-free day on a date, if it is one.
 * @example holidayOn("2026-12-25") // { date: "2026-12-25", sl: "božič", en: "Christmas Day" }
 * @example holidayOn("2026-05-25") // undefined (Whit Monday is a working day)
 */
export const holidayOn = (date: string): Holiday | undefined =>
  holidaysOf(Number(date.slice(0, 4))).find((holiday) => holiday.date === date);
