/**
 * Calendar arithmetic on ISO date strings, with no dependencies: the browser
 * islands use it too, so it must not pull in zod.
 */

/**
 * True when year, month and day name a day that exists in the Gregorian calendar.
 * @example isRealDate(2019, 2, 30) // false
 */
export function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * First and last calendar day covered by a partial date.
 * @example partialDateBounds("2020-11") // { first: "2020-11-01", last: "2020-11-30" }
 */
export function partialDateBounds(value: string): { first: string; last: string } {
  const [year = '0000', month, day] = value.split('-');
  if (day !== undefined) return { first: value, last: value };
  if (month === undefined) return { first: `${year}-01-01`, last: `${year}-12-31` };
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return { first: `${year}-${month}-01`, last: `${year}-${month}-${String(lastDay).padStart(2, '0')}` };
}

/**
 * One formatter per time zone: making an Intl.DateTimeFormat costs far more than using one, and
 * every entry's `updated` date asks for today (at 1,000 entries, 1.5 s of the build's profile).
 */
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar day of an instant in a time zone, as `YYYY-MM-DD`.
 * @example calendarDay(new Date("2026-12-31T23:30:00Z"), "Europe/Ljubljana") // "2027-01-01"
 */
export function calendarDay(instant: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format)
    dayFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  const parts = format.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((item) => item.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The ISO day `days` after another (before, if negative).
 * @example addDays("2026-12-31", 1) // "2027-01-01"
 */
export function addDays(day: string, days: number): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}
