/**
 * Open or closed at an instant, for a centre's schedule in Europe/Ljubljana wall
 * time, whatever the clock zone of the computer running it.
 *
 * It ships to the browser (the centre-status island), so it uses `Intl` alone,
 * imports only types and the zod-free clock from the schemas (never zod) and stays small.
 *
 * Rules, in order of precedence for a local day:
 * 1. a dated exception covering the day (closed, other hours, or an event night);
 * 2. a Slovenian work-free day, unless `publicHolidays` is `regular`;
 * 3. the weekly hours.
 * An event night keeps the day's opening (or `opensOnClosedDays` on a day
 * without regular hours) and closes at `eventNights.closes`.
 * Ranges are half-open: open at 09:00, closed at 22:00. A range closing at
 * 24:00 runs on seamlessly into a range opening at 00:00 the next day.
 */
import type { AssumableField, EventNightRule, HolidayRule, HoursException } from '../../schemas/centre';
import type { TimeRange, WeeklyHours } from '../../schemas/shared';
import { minutesOf } from '../../schemas/clock';
import { addDays, holidayIndex } from './holidays';

export const TIME_ZONE = 'Europe/Ljubljana';

/** What the evaluator needs of a centre; the parsed centre data fits. */
export interface Schedule {
  weeklyHours: WeeklyHours;
  eventNights?: EventNightRule | undefined;
  exceptions?: readonly HoursException[] | undefined;
  publicHolidays: HolidayRule;
  /** Fields whose value the content assumes (not given by the client): see `ASSUMABLE_FIELDS`. */
  assumed?: readonly AssumableField[] | undefined;
}

/** Why a day differs from the weekly hours. */
/** `holiday` is an index into `HOLIDAY_NAMES` (src/lib/hours/holidays.ts), so no names ship with the island. */
export type Reason = { kind: 'holiday'; holiday: number } | { kind: 'exception'; text: string } | { kind: 'event'; text: string };

export interface DayPlan {
  ranges: readonly TimeRange[];
  reason?: Reason | undefined;
  /** The field whose assumed value the day rests on (an event night's `opensOnClosedDays`, the holiday rule). */
  assumed?: AssumableField | undefined;
}

export interface Change {
  at: Date;
  /** Local day of the change (`YYYY-MM-DD`); a closing at midnight belongs to the day before. */
  date: string;
  /** Local wall time `HH:MM`; a closing at midnight is `24:00`. */
  time: string;
  /**
   * The field whose assumed value this change rests on: the day it falls on (an event night's
   * opening time), or a day passed over on the way to it (a holiday closure: "opens on Monday"
   * on Christmas Eve evening).
   */
  assumed?: AssumableField | undefined;
}

export interface HoursStatus {
  open: boolean;
  /** The next change is at most 60 minutes away: "closes soon" or "opens soon". */
  soon: boolean;
  /** Local day of the instant, `YYYY-MM-DD`. */
  today: string;
  /** Undefined when nothing changes within `LOOKAHEAD_DAYS`. */
  next?: Change | undefined;
  /** Why today differs from the weekly hours, if it does. */
  reason?: Reason | undefined;
  /** The field whose assumed value today's hours or the opening in view rest on: say it is not confirmed. */
  assumed?: AssumableField | undefined;
}

export const SOON_MINUTES = 60;
export const LOOKAHEAD_DAYS = 14;
const MINUTE = 6e4;
const DAY = 864e5;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const;

let wallFormat: Intl.DateTimeFormat | undefined;

/**
 * Wall-clock fields of an instant in Ljubljana as a UTC timestamp ("what the
 * clock on the wall shows, read as if it were UTC"), to the minute. Swedish writes
 * dates and times the ISO way ("2026-12-24 22:30", 24-hour), so the formatted text
 * parses as it is, to the whole minute: fewer bytes for the island than reading `formatToParts`.
 */
function wallStamp(instant: number): number {
  wallFormat ??= new Intl.DateTimeFormat('sv-SE', { timeZone: TIME_ZONE, dateStyle: 'short', timeStyle: 'short' });
  return Date.parse(`${wallFormat.format(instant).replace(' ', 'T')}Z`);
}

/** Offset of Ljubljana from UTC at an instant, in milliseconds. */
const offsetAt = (instant: number): number => {
  const minute = instant - (instant % MINUTE);
  return wallStamp(minute) - minute;
};

/**
 * The instant a Ljubljana wall time occurs. A repeated time (October) is its
 * first occurrence; a skipped time (March) moves on by the gap, so 02:30 is 03:30.
 * @example instantOf("2026-07-01", 9 * 60) // 2026-07-01T07:00:00.000Z
 */
export function instantOf(date: string, minutes: number): number {
  const wall = Date.parse(date) + minutes * MINUTE;
  const before = wall - offsetAt(wall - DAY);
  const after = wall - offsetAt(wall + DAY);
  return [Math.min(before, after), Math.max(before, after)].find((candidate) => offsetAt(candidate) === wall - candidate) ?? before;
}

/**
 * Local day and minutes since local midnight of an instant.
 * @example wallOf(Date.parse("2026-11-21T23:30:00Z")) // { date: "2026-11-22", minutes: 30 }
 */
export function wallOf(instant: number): { date: string; minutes: number } {
  const stamp = wallStamp(instant);
  return { date: new Date(stamp).toISOString().slice(0, 10), minutes: (stamp % DAY) / MINUTE };
}

/** Weekday name of an ISO date. @example weekdayOf("2026-11-23") // "monday" */
export const weekdayOf = (date: string) => WEEKDAYS[new Date(date).getUTCDay()]!;

/**
 * The opening ranges of one local day and why they differ from the week, if they do.
 * @example dayPlan(koper, "2026-12-25") // { ranges: [], reason: { kind: "holiday", holiday: 10 } } (božič)
 */
export function dayPlan(schedule: Schedule, date: string): DayPlan {
  // In order of opening: the schema sorts each day's ranges (`dayHours`).
  const regular = schedule.weeklyHours[weekdayOf(date)] ?? [];
  const exception = schedule.exceptions?.find((e) => e.date <= date && date <= (e.until ?? e.date));
  if (exception?.eventNight) {
    const ranges = eventNight(regular, schedule.eventNights);
    // Open on a day without regular hours only by `opensOnClosedDays`, the assumable field that is
    // not the holiday rule (ONE_MORE_FIELD below guards that; naming it would cost the island bytes).
    return {
      ranges,
      reason: { kind: 'event', text: exception.reason },
      assumed: !regular.length && ranges.length ? schedule.assumed?.find((field) => field !== HOLIDAY_RULE) : undefined,
    };
  }
  if (exception) return { ranges: exception.hours ?? [], reason: { kind: 'exception', text: exception.reason } };
  const holiday = holidayIndex(date);
  const rule = schedule.publicHolidays;
  // Regular hours on a holiday are no change to the week (the page's holiday note marks an assumed "regular").
  if (holiday === undefined || rule === 'regular') return { ranges: regular };
  return {
    ranges: rule === 'closed' ? [] : rule.hours,
    reason: { kind: 'holiday', holiday },
    assumed: schedule.assumed?.find((field) => field === HOLIDAY_RULE),
  };
}

const HOLIDAY_RULE = 'publicHolidays';
/** Fails to compile once `ASSUMABLE_FIELDS` holds a third field: `dayPlan` must then name the event-night one. */
const ONE_MORE_FIELD: Exclude<AssumableField, typeof HOLIDAY_RULE> extends 'eventNights.opensOnClosedDays' ? true : never = true;
void ONE_MORE_FIELD;

/** Regular ranges with the last one running on to the event-night closing. */
function eventNight(regular: TimeRange[], rule: EventNightRule | undefined): TimeRange[] {
  if (!rule) return regular;
  const last = regular.at(-1);
  if (last) return [...regular.slice(0, -1), { ...last, closes: rule.closes }];
  return rule.opensOnClosedDays ? [{ opens: rule.opensOnClosedDays, closes: rule.closes }] : [];
}

/** Open intervals as instants from local day `from` for `days` days, merged where they touch. */
function openIntervals(schedule: Schedule, from: string, days: number): [number, number][] {
  const intervals: [number, number][] = [];
  for (let i = 0; i < days; i++) {
    const date = addDays(from, i);
    for (const range of dayPlan(schedule, date).ranges) {
      const start = instantOf(date, minutesOf(range.opens));
      const end = instantOf(date, minutesOf(range.closes));
      const last = intervals.at(-1);
      if (end <= start) continue;
      if (last && start <= last[1]) last[1] = Math.max(last[1], end);
      else intervals.push([start, end]);
    }
  }
  return intervals;
}

/** A change as people read it: a closing at local midnight is 24:00 of the day before. */
function changeAt(at: number, closing: boolean): Change {
  const wall = wallOf(at);
  const midnight = closing && wall.minutes === 0;
  // "HH:MM" of the wall minutes, read off an ISO timestamp (fewer bytes for the island than padding).
  const hhmm = midnight ? '24:00' : new Date(wall.minutes * MINUTE).toISOString().slice(11, 16);
  return { at: new Date(at), date: midnight ? addDays(wall.date, -1) : wall.date, time: hhmm };
}

/**
 * The assumed value a change on `to` rests on, seen from `from`: that day's own (an event night's
 * opening time), or a day passed over on the way whose weekly hours an assumed rule took away (a
 * holiday closure); a day closed anyway changes nothing.
 * @example restsOn(koper, "2026-12-24", "2026-12-28") // "publicHolidays" (Christmas Day is passed over)
 */
function restsOn(schedule: Schedule, from: string, to: string): AssumableField | undefined {
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const { assumed } = dayPlan(schedule, date);
    if (assumed && (date === to || schedule.weeklyHours[weekdayOf(date)]?.length)) return assumed;
  }
  return undefined;
}

/**
 * Open or closed at an instant, the next change within two weeks, and why today is special.
 * @example hoursStatus(koper, new Date("2026-11-23T20:30:00+01:00"))
 * // { open: true, soon: true, today: "2026-11-23", next: { time: "22:00", … } }
 */
export function hoursStatus(schedule: Schedule, instant: Date): HoursStatus {
  const now = instant.getTime();
  const today = wallOf(now).date;
  // From yesterday to a day past the lookahead, so an interval cut off by the window is never "in sight".
  const intervals = openIntervals(schedule, addDays(today, -1), LOOKAHEAD_DAYS + 3);
  const current = intervals.find(([start, end]) => start <= now && now < end);
  const nextAt = current ? current[1] : intervals.find(([start]) => start > now)?.[0];
  const inSight = nextAt !== undefined && nextAt - now <= LOOKAHEAD_DAYS * DAY;
  const { reason, assumed } = dayPlan(schedule, today);
  let next: Change | undefined;
  if (inSight) {
    next = changeAt(nextAt, current !== undefined);
    next.assumed = restsOn(schedule, today, next.date);
  }
  return {
    open: current !== undefined,
    soon: inSight && nextAt - now <= SOON_MINUTES * MINUTE,
    today,
    next,
    reason,
    // Today's hours (a holiday closure), or the change in view (an event night's opening time, a
    // holiday passed over on the way to it), rest on an assumed value.
    assumed: assumed ?? next?.assumed,
  };
}
