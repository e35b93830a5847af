/**
 * Today's row of a centre's weekly table on a day that differs from the week, in words, worked out
 * at build time for every such day in sight (dated exceptions, event nights and work-free days of
 * three years), so that the browser island only looks today up: its JavaScript stays small.
 */
import { addDays, holidaysOf } from './holidays';
import { dayPlan, type Reason, type Schedule } from './status';
import type { AssumableField } from '../../schemas/centre';

/** The words a row needs; the island's `LiveStrings` have them. */
export interface RowStrings {
  event: string;
  /** What is said of a value the content only assumes, by its field. */
  unconfirmed: Readonly<Record<AssumableField, string>>;
  /** A closed day in the weekly table ("zaprto"), as WeeklySchedule.astro writes it. */
  closedDay: string;
  /** Each work-free day in its phrase, "praznik (božič)", by `HOLIDAY_NAMES`' index (src/lib/hours/holidays.ts). */
  holidays: readonly string[];
}

const fill = (template: string, name: string): string => template.replace('{name}', name);
const clock = (hhmm: string): string => hhmm.replace(/^0(?=\d)/, '');

/** Why a day differs, in words: "praznik (božič)", "prireditev (Koncert)" or the exception's reason. */
const reasonText = (reason: Reason | undefined, s: RowStrings): string =>
  !reason
    ? ''
    : reason.kind === 'holiday'
      ? (s.holidays[reason.holiday] ?? '')
      : reason.kind === 'event'
        ? fill(s.event, reason.text)
        : reason.text;

/**
 * What today's row shows in place of the weekly hours (the day's real hours, why, and that an
 * assumed value is not confirmed), in the table's words; undefined when the weekly hours hold.
 * @example todayRowText(koper, "2026-12-25", sl) // "zaprto · praznik (božič)"
 */
export function todayRowText(schedule: Schedule, date: string, s: RowStrings): string | undefined {
  const { ranges, reason, assumed } = dayPlan(schedule, date);
  if (!reason && !assumed) return undefined;
  const hours = ranges.map((range) => `${clock(range.opens)}–${clock(range.closes)}`).join(', ') || s.closedDay;
  return [hours, reasonText(reason, s), assumed && s.unconfirmed[assumed]].filter(Boolean).join(' · ');
}

/** Longest exception range spelt out day by day; anything longer is a content mistake. */
const MAX_EXCEPTION_DAYS = 366;

/**
 * Every day that differs from the week, by date, with its row: the dated exceptions and the
 * work-free days of `years`.
 * @example specialDayRows(koper, [2026], sl)["2026-12-25"] // "zaprto · praznik (božič)"
 */
export function specialDayRows(schedule: Schedule, years: readonly number[], s: RowStrings): Record<string, string> {
  const dates = new Set(years.flatMap((year) => holidaysOf(year).map((holiday) => holiday.date)));
  for (const exception of schedule.exceptions ?? []) {
    for (let i = 0, date = exception.date; date <= (exception.until ?? exception.date) && i < MAX_EXCEPTION_DAYS; i++) {
      dates.add(date);
      date = addDays(date, 1);
    }
  }
  const rows: Record<string, string> = {};
  for (const date of [...dates].sort()) {
    const text = todayRowText(schedule, date, s);
    if (text !== undefined) rows[date] = text;
  }
  return rows;
}
