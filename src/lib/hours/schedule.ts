/** Turns weekly hours into rows people read: "ponedeljek–petek 9:00–22:00". */
import { WEEKDAYS, type TimeRange, type Weekday, type WeeklyHours } from '../../schemas/shared';

export interface ScheduleGroup {
  first: Weekday;
  last: Weekday;
  ranges: TimeRange[];
}

const sameRanges = (a: TimeRange[], b: TimeRange[]): boolean =>
  a.length === b.length && a.every((range, i) => range.opens === b[i]!.opens && range.closes === b[i]!.closes);

/** Ranges of one weekday in time order; an empty list is a closed day. */
export const hoursOn = (week: WeeklyHours, day: Weekday): TimeRange[] =>
  [...(week[day] ?? [])].sort((a, b) => a.opens.localeCompare(b.opens));

/**
 * Consecutive weekdays with the same hours, closed days left out.
 * @example groupWeek({ monday: [r], tuesday: [r] }) // [{ first: "monday", last: "tuesday", ranges: [r] }]
 */
export function groupWeek(week: WeeklyHours): ScheduleGroup[] {
  const groups: ScheduleGroup[] = [];
  let previous: Weekday | undefined;
  for (const day of WEEKDAYS) {
    const ranges = hoursOn(week, day);
    const last = groups.at(-1);
    if (ranges.length > 0 && last && previous === last.last && sameRanges(last.ranges, ranges)) {
      last.last = day;
    } else if (ranges.length > 0) {
      groups.push({ first: day, last: day, ranges });
    }
    previous = day;
  }
  return groups;
}
