/**
 * Ongoing or finished is derived from a project's period, for a given day.
 * The page decides it in the browser (src/components/time-status.ts, from the
 * instants `periodChanges` gives), so a site built months ago still tells the truth.
 */
import { partialDateBounds } from '../schemas/dates';
import type { Period } from '../schemas/shared';
import { addDays } from './hours/holidays';
import { instantOf } from './hours/status';

export type ProjectStatus = 'upcoming' | 'ongoing' | 'finished';

/**
 * Status of a period on a day (`YYYY-MM-DD`). An open end means the work goes on;
 * a month or year end covers the whole month or year.
 * @example projectStatus({ start: "2019-06", end: "2020-11" }, "2020-11-30") // "ongoing"
 */
export function projectStatus(period: Period, today: string): ProjectStatus {
  if (period.start && today < partialDateBounds(period.start).first) return 'upcoming';
  if (period.end && today > partialDateBounds(period.end).last) return 'finished';
  return 'ongoing';
}

/**
 * The instants a period's status changes, for the browser to compare with its clock: upcoming
 * until the first, ongoing until the second, finished from then on; each is midnight in Ljubljana
 * (the first day, the day after the last), and an open start or end never comes.
 * @example periodChanges({ start: "2019-11", end: "2022-01" }) // [Date.parse("2019-10-31T23:00Z"), Date.parse("2022-01-31T23:00Z")]
 */
export function periodChanges(period: Period): [number, number] {
  const key = `${period.start ?? ''}/${period.end ?? ''}`;
  let changes = changesByPeriod.get(key);
  if (changes === undefined) {
    changes = [
      period.start ? instantOf(partialDateBounds(period.start).first, 0) : -Infinity,
      period.end ? instantOf(addDays(partialDateBounds(period.end).last, 1), 0) : Infinity,
    ];
    changesByPeriod.set(key, changes);
  }
  return [...changes];
}

/**
 * periodChanges, worked out once per period: a build asks again on every card of a project, and
 * Intl's formatToParts behind instantOf took 2.7 s of the render at 5,000 entries (docs/performance.md, "Issue 19").
 */
const changesByPeriod = /* @__PURE__ */ new Map<string, [number, number]>();

/**
 * Today's date in the centre's time zone, whatever the visitor's clock zone.
 * @example dayInZone(new Date("2026-11-21T23:30:00Z")) // "2026-11-22"
 */
export function dayInZone(instant: Date, timeZone = 'Europe/Ljubljana'): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Sort key that puts the newest work first and open-ended work before finished work. */
export function periodSortKey(period: Period): string {
  return period.end ? partialDateBounds(period.end).last : '9999-12-31';
}
