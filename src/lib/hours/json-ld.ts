/**
 * Opening hours for machines: the schedule the browser island evaluates, and
 * schema.org JSON-LD for search engines and maps.
 */
import { holidayRuleOf, type Centre } from '../../schemas/centre';
import type { TimeRange, Weekday } from '../../schemas/shared';
import { addDays, holidaysOf } from './holidays';
import { dayPlan, type Schedule } from './status';

const DAYS: readonly Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Longest exception range spelt out day by day; anything longer is a content mistake. */
const MAX_EXCEPTION_DAYS = 366;

/**
 * Only what the opening hours need, in a stable field order, for the page and `/hours.json`.
 * @example publicSchedule(koper).publicHolidays // "closed"
 */
export const publicSchedule = (centre: Centre): Schedule => ({
  weeklyHours: centre.weeklyHours,
  ...(centre.eventNights ? { eventNights: centre.eventNights } : {}),
  exceptions: centre.exceptions,
  publicHolidays: holidayRuleOf(centre),
  ...(centre.assumed?.length ? { assumed: centre.assumed } : {}),
});

/** schema.org has no 24:00; a day that ends at midnight closes at 23:59. */
const ldTime = (hhmm: string): string => (hhmm === '24:00' ? '23:59' : hhmm);

const capitalised = (day: Weekday): string => day[0]!.toUpperCase() + day.slice(1);

/**
 * Weekly hours as schema.org `OpeningHoursSpecification`s, one per time range,
 * with the days that share it.
 * @example openingHoursSpecification({ monday: [r], tuesday: [r] })
 * // [{ "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday"], opens: "09:00", closes: "22:00" }]
 */
export function openingHoursSpecification(week: Centre['weeklyHours']): Record<string, unknown>[] {
  const byRange = new Map<string, Weekday[]>();
  for (const day of DAYS) {
    for (const range of week[day] ?? []) {
      const key = `${range.opens}-${range.closes}`;
      byRange.set(key, [...(byRange.get(key) ?? []), day]);
    }
  }
  return [...byRange].map(([key, days]) => ({
    '@type': 'OpeningHoursSpecification',
    dayOfWeek: days.map(capitalised),
    opens: key.slice(0, 5),
    closes: ldTime(key.slice(6)),
  }));
}

/** One day's ranges for schema.org; a closed day is 00:00–00:00, as Google reads it. */
const specialDay = (from: string, through: string, ranges: readonly TimeRange[]): Record<string, unknown>[] =>
  (ranges.length ? ranges : [{ opens: '00:00', closes: '00:00' }]).map((range) => ({
    '@type': 'OpeningHoursSpecification',
    validFrom: from,
    validThrough: through,
    opens: range.opens,
    closes: ldTime(range.closes),
  }));

/**
 * Days that differ from the week: every dated exception, and the work-free days
 * of the given years unless holidays keep regular hours. Consecutive days with
 * the same hours become one specification. A day whose hours rest on an assumed
 * time is left out: search engines would show it as fact.
 * @example specialOpeningHours(koper, [2026])[0] // { validFrom: "2026-01-01", validThrough: "2026-01-02", opens: "00:00", closes: "00:00", … }
 */
export function specialOpeningHours(schedule: Schedule, holidayYears: readonly number[]): Record<string, unknown>[] {
  const dates = new Set<string>();
  for (const exception of schedule.exceptions ?? []) {
    for (
      let i = 0, date = exception.date;
      date <= (exception.until ?? exception.date) && i < MAX_EXCEPTION_DAYS;
      i++, date = addDays(date, 1)
    )
      dates.add(date);
  }
  if (schedule.publicHolidays !== 'regular')
    for (const year of holidayYears) for (const holiday of holidaysOf(year)) dates.add(holiday.date);

  const runs: { from: string; through: string; ranges: readonly TimeRange[] }[] = [];
  for (const date of [...dates].sort()) {
    const { ranges, assumed } = dayPlan(schedule, date);
    if (assumed) continue;
    const last = runs.at(-1);
    if (last && addDays(last.through, 1) === date && JSON.stringify(last.ranges) === JSON.stringify(ranges)) last.through = date;
    else runs.push({ from: date, through: date, ranges });
  }
  return runs.flatMap((run) => specialDay(run.from, run.through, run.ranges));
}

export interface CentrePage {
  name: string;
  url: string;
  centre: Centre;
  /** Years whose work-free days are spelt out, e.g. the year of `updated` and the next. */
  holidayYears: readonly number[];
}

/**
 * A centre as schema.org JSON-LD (a `CivicStructure`, which can have opening hours).
 * @example centreJsonLd({ name: "Center mladih Koper", url: "https://…/centri/center-mladih-koper/", centre, holidayYears: [2026, 2027] })["@type"] // "CivicStructure"
 */
export function centreJsonLd({ name, url, centre, holidayYears }: CentrePage): Record<string, unknown> {
  const special = specialOpeningHours(publicSchedule(centre), holidayYears);
  return {
    '@context': 'https://schema.org',
    '@type': 'CivicStructure',
    name,
    url,
    address: {
      '@type': 'PostalAddress',
      streetAddress: centre.address.street,
      postalCode: centre.address.postcode,
      addressLocality: centre.address.town,
      addressCountry: 'SI',
    },
    ...(centre.geo ? { geo: { '@type': 'GeoCoordinates', latitude: centre.geo.lat, longitude: centre.geo.lon } } : {}),
    ...(centre.email ? { email: centre.email } : {}),
    ...(centre.phone ? { telephone: centre.phone } : {}),
    openingHoursSpecification: openingHoursSpecification(centre.weeklyHours),
    ...(special.length ? { specialOpeningHoursSpecification: special } : {}),
  };
}

/**
 * JSON for a `<script type="application/ld+json">`: `<` escaped so that no text
 * in the data can close the script element.
 * @example jsonForScript({ a: "</script>" }) // '{"a":"\\u003c/script>"}'
 */
export const jsonForScript = (value: unknown): string => JSON.stringify(value).replaceAll('<', '\\u003c');
