/**
 * Dated events: when they happen as instants, whether they are still to come, and the event nights
 * they make at a centre. Imports no zod, so that it could ship to the browser; the event badges
 * get their instants from the build (src/components/time-status.ts).
 */
import type { EventNightRule, HoursException } from '../schemas/centre';
import type { EventTime } from '../schemas/event';
import { minutesOf } from '../schemas/clock';
import { instantOf, weekdayOf } from './hours/status';

export const EVENT_STATUSES = ['upcoming', 'ongoing', 'past'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/**
 * The instant of a Ljubljana wall time, as a timestamp.
 * @example new Date(eventInstant({ date: "2027-07-02", time: "20:00" })).toISOString() // "2027-07-02T18:00:00.000Z"
 */
export const eventInstant = (moment: EventTime): number => instantOf(moment.date, minutesOf(moment.time));

/**
 * Still to come, going on, or over, at `now`.
 * @example eventStatus(Date.parse("2027-07-02T18:00Z"), Date.parse("2027-07-02T21:00Z"), Date.parse("2027-07-02T19:00Z")) // "ongoing"
 */
export function eventStatus(start: number, end: number, now: number): EventStatus {
  if (now < start) return 'upcoming';
  return now < end ? 'ongoing' : 'past';
}

/** What an event needs to be a centre's event night. */
export interface CentreEvent {
  title: string;
  start: EventTime;
  cancelled: boolean;
}

/**
 * The event nights a centre's events make: a day of an event that is not cancelled, on a weekday
 * the centre's rule names, is an event night, with the events' titles as its reason. Days the rule
 * does not name keep their hours: the centre does not stay open late for that event.
 * @example eventNightExceptions({ days: ["friday"], closes: "24:00" }, [{ title: "Koncert", start: { date: "2027-02-12", time: "20:00" }, cancelled: false }])
 *   // [{ date: "2027-02-12", eventNight: true, reason: "Koncert" }]
 */
export function eventNightExceptions(rule: EventNightRule | undefined, events: readonly CentreEvent[]): HoursException[] {
  if (!rule) return [];
  const titles = new Map<string, string[]>();
  for (const event of events) {
    if (event.cancelled || !rule.days.includes(weekdayOf(event.start.date))) continue;
    titles.set(event.start.date, [...(titles.get(event.start.date) ?? []), event.title]);
  }
  return [...titles]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, names]) => ({ date, eventNight: true as const, reason: names.join(', ') }));
}
