/**
 * The opening-hours evaluator, scenario by scenario, in Ljubljana wall time.
 *
 * Nothing here depends on the zone of the process running it: instants come from
 * `lj()` (the EU summer-time rule, not Intl) and tests/integration/hours-zones.test.ts runs this
 * file again under UTC, America/New_York and Pacific/Kiritimati.
 */
import fc from 'fast-check';
import opening_hours from 'opening_hours';
import { describe, expect, it } from 'vitest';
import { addDays, HOLIDAY_NAMES, holidaysOf } from '../../src/lib/hours/holidays';
import { dayPlan, hoursStatus, instantOf, wallOf, type HoursStatus, type Schedule } from '../../src/lib/hours/status';
import type { HoursException } from '../../src/schemas/centre';
import type { TimeRange, Weekday, WeeklyHours } from '../../src/schemas/shared';
import { lj, realSchedule, wallString } from './support/ljubljana';

const koper = realSchedule('center-mladih-koper');
const markovec = realSchedule('mladinski-center-markovec-city');
const MINUTE = 6e4;

/** Koper with an event weekend: Friday 4 and Saturday 5 December 2026. */
const koperEventWeekend: Schedule = {
  ...koper,
  exceptions: [{ date: '2026-12-04', until: '2026-12-05', eventNight: true, reason: 'Koncert' }],
};

/**
 * Status at a Ljubljana wall time as one readable line, after checking that the
 * next change's instant really is the wall time it claims to be.
 */
function at(schedule: Schedule, local: string | Date): string {
  return describeStatus(hoursStatus(schedule, typeof local === 'string' ? lj(local) : local));
}

function describeStatus(status: HoursStatus): string {
  const { open, soon, next, reason } = status;
  const parts = [open ? 'open' : 'closed'];
  if (next) {
    const wall = next.time === '24:00' ? `${addDays(next.date, 1)} 00:00` : `${next.date} ${next.time}`;
    expect(wallString(next.at), 'next change instant').toBe(wall);
    parts.push(`${open ? 'closes' : 'opens'}${soon ? ' soon' : ''} ${next.date} ${next.time}`);
  } else {
    expect(soon).toBe(false);
    parts.push('no change in sight');
  }
  if (reason)
    parts.push(
      reason.kind === 'holiday'
        ? `holiday ${HOLIDAY_NAMES.sl[reason.holiday]} / ${HOLIDAY_NAMES.en[reason.holiday]}`
        : `${reason.kind} ${reason.text}`,
    );
  return parts.join(', ');
}

const r = (opens: string, closes: string): TimeRange => ({ opens, closes });
const week = (days: Weekday[], ranges: TimeRange[]): WeeklyHours => Object.fromEntries(days.map((day) => [day, ranges]));
const ALL_DAYS: Weekday[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

describe('the real data', () => {
  it('reads Koper as Monday to Friday 9:00 to 22:00 with Friday and Saturday event nights until 24:00', () => {
    expect(koper.weeklyHours.monday).toEqual([r('09:00', '22:00')]);
    expect(koper.weeklyHours.saturday).toBeUndefined();
    expect(koper.eventNights).toMatchObject({ days: ['friday', 'saturday'], closes: '24:00' });
    expect(koper.publicHolidays).toBe('closed');
  });
  it('reads Markovec City as Monday to Friday 12:30 to 20:00 without event nights', () => {
    expect(markovec.weeklyHours.friday).toEqual([r('12:30', '20:00')]);
    expect(markovec.eventNights).toBeUndefined();
  });
});

describe('Center mladih Koper on ordinary days', () => {
  it('opens at 9:00 to the minute on a Monday', () => expect(at(koper, '2026-11-23 09:00')).toBe('open, closes 2026-11-23 22:00'));
  it('is closed at 8:59 and opens soon', () => expect(at(koper, '2026-11-23 08:59')).toBe('closed, opens soon 2026-11-23 09:00'));
  it('counts exactly 60 minutes before opening as soon', () =>
    expect(at(koper, '2026-11-23 08:00')).toBe('closed, opens soon 2026-11-23 09:00'));
  it('does not count 61 minutes before opening as soon', () =>
    expect(at(koper, '2026-11-23 07:59')).toBe('closed, opens 2026-11-23 09:00'));
  it('is open and not closing soon at 20:59', () => expect(at(koper, '2026-11-25 20:59')).toBe('open, closes 2026-11-25 22:00'));
  it('closes soon from 21:00', () => expect(at(koper, '2026-11-25 21:00')).toBe('open, closes soon 2026-11-25 22:00'));
  it('is still open at 21:59', () => expect(at(koper, '2026-11-25 21:59')).toBe('open, closes soon 2026-11-25 22:00'));
  it('is closed at 22:00 to the minute and opens the next morning', () =>
    expect(at(koper, '2026-11-25 22:00')).toBe('closed, opens 2026-11-26 09:00'));
  it('is closing soon half a minute before 22:00', () => {
    expect(at(koper, new Date(lj('2026-11-25 22:00').getTime() - 30_000))).toBe('open, closes soon 2026-11-25 22:00');
  });
  it('opens on Monday after a Friday evening', () => expect(at(koper, '2026-11-27 22:00')).toBe('closed, opens 2026-11-30 09:00'));
  it('is closed on a Saturday without an event', () => expect(at(koper, '2026-11-28 12:00')).toBe('closed, opens 2026-11-30 09:00'));
  it('closes at 22:00 on a Friday without an event, whatever the event-night rule says', () =>
    expect(at(koper, '2026-11-27 22:30')).toBe('closed, opens 2026-11-30 09:00'));
  it('uses the day in Ljubljana, not in UTC: 23:30 UTC on Sunday is already Monday', () => {
    const status = hoursStatus(koper, new Date('2026-11-22T23:30:00Z'));
    expect(status.today).toBe('2026-11-23');
    expect(status.next?.time).toBe('09:00');
  });
});

describe('Mladinski center Markovec City', () => {
  it('is closed at 12:29 and opens soon at 12:30', () =>
    expect(at(markovec, '2026-11-24 12:29')).toBe('closed, opens soon 2026-11-24 12:30'));
  it('opens at 12:30', () => expect(at(markovec, '2026-11-24 12:30')).toBe('open, closes 2026-11-24 20:00'));
  it('closes soon at 19:59 and is closed at 20:00', () => {
    expect(at(markovec, '2026-11-24 19:59')).toBe('open, closes soon 2026-11-24 20:00');
    expect(at(markovec, '2026-11-24 20:00')).toBe('closed, opens 2026-11-25 12:30');
  });
  it('opens on Monday after a Friday', () => expect(at(markovec, '2026-11-27 20:00')).toBe('closed, opens 2026-11-30 12:30'));
});

describe('work-free days', () => {
  const days = [...holidaysOf(2026), ...holidaysOf(2027)];
  it('covers fifteen work-free days a year', () => expect(days).toHaveLength(30));
  it.each(days)('Koper is closed all day on $date ($sl)', ({ date, sl, en }) => {
    const status = hoursStatus(koper, lj(`${date} 12:00`));
    expect(status.open).toBe(false);
    expect(status.reason).toEqual({ kind: 'holiday', holiday: expect.any(Number) as unknown });
    const { holiday } = status.reason as { holiday: number };
    expect([HOLIDAY_NAMES.sl[holiday], HOLIDAY_NAMES.en[holiday]]).toEqual([sl, en]);
    expect(hoursStatus(markovec, lj(`${date} 12:30`)).open).toBe(false);
  });
  it('keeps Whit Monday a working day', () => expect(at(koper, '2026-05-25 10:00')).toBe('open, closes 2026-05-25 22:00'));
  it('keeps the state holidays that are working days (15 September, 23 November) open', () => {
    expect(at(koper, '2026-09-15 10:00')).toBe('open, closes 2026-09-15 22:00');
    expect(at(koper, '2026-11-23 10:00')).toBe('open, closes 2026-11-23 22:00');
  });
  it('names the holiday on Christmas Day and opens on the Monday after', () =>
    expect(at(koper, '2026-12-25 10:00')).toBe('closed, opens 2026-12-28 09:00, holiday božič / Christmas Day'));
  it('skips Christmas Eve evening over Christmas, Independence Day and Sunday', () =>
    expect(at(koper, '2026-12-24 22:00')).toBe('closed, opens 2026-12-28 09:00'));
  it('skips Easter Monday 2026 after Good Friday', () => expect(at(koper, '2026-04-03 22:00')).toBe('closed, opens 2026-04-07 09:00'));
  it('skips New Year 2027 (Friday 1 and Saturday 2 January)', () =>
    expect(at(koper, '2026-12-31 22:00')).toBe('closed, opens 2027-01-04 09:00'));
  it('skips 27 April and 1 May 2027 but opens on Friday 30 April between them', () => {
    expect(at(koper, '2027-04-27 10:00')).toBe(
      'closed, opens 2027-04-28 09:00, holiday dan upora proti okupatorju / Day of Uprising Against Occupation',
    );
    expect(at(koper, '2027-04-30 21:30')).toBe('open, closes soon 2027-04-30 22:00');
    expect(at(koper, '2027-04-30 22:00')).toBe('closed, opens 2027-05-03 09:00');
  });
  it('keeps the weekly hours on holidays when the rule is "regular"', () =>
    expect(at({ ...koper, publicHolidays: 'regular', assumed: [] }, '2026-12-25 10:00')).toBe('open, closes 2026-12-25 22:00'));
  it('says which assumed field a holiday rests on, and none on an ordinary day', () => {
    expect(dayPlan(koper, '2026-12-25').assumed).toBe('publicHolidays');
    expect(dayPlan({ ...koper, assumed: [] }, '2026-12-25').assumed).toBeUndefined();
    expect(dayPlan(koper, '2026-12-23').assumed).toBeUndefined();
  });
  it('uses the holiday hours when the rule gives other hours', () =>
    expect(at({ ...koper, publicHolidays: { hours: [r('10:00', '14:00')] } }, '2026-12-25 13:30')).toBe(
      'open, closes soon 2026-12-25 14:00, holiday božič / Christmas Day',
    ));
  it('lets a dated exception win over the holiday rule', () => {
    const schedule: Schedule = { ...koper, exceptions: [{ date: '2026-12-25', hours: [r('10:00', '14:00')], reason: 'Božični sejem' }] };
    expect(at(schedule, '2026-12-25 11:00')).toBe('open, closes 2026-12-25 14:00, exception Božični sejem');
  });
});

describe('daylight-saving days', () => {
  const night: Schedule = { weeklyHours: week(['sunday'], [r('01:00', '05:00')]), publicHolidays: 'regular' };
  it('opens Koper on Monday at 9:00 summer time after the March change', () => {
    expect(at(koper, '2026-03-27 22:00')).toBe('closed, opens 2026-03-30 09:00');
    expect(hoursStatus(koper, lj('2026-03-27 22:00')).next?.at.toISOString()).toBe('2026-03-30T07:00:00.000Z');
  });
  it('opens Koper on Monday at 9:00 winter time after the October change', () => {
    expect(at(koper, '2026-10-23 22:00')).toBe('closed, opens 2026-10-26 09:00');
    expect(hoursStatus(koper, lj('2026-10-23 22:00')).next?.at.toISOString()).toBe('2026-10-26T08:00:00.000Z');
  });
  it('is open for three hours from 1:00 to 5:00 on the March change day', () => {
    expect(at(night, '2026-03-29 01:59')).toBe('open, closes 2026-03-29 05:00');
    expect(at(night, new Date('2026-03-29T01:00:00Z'))).toBe('open, closes 2026-03-29 05:00');
    expect(hoursStatus(night, lj('2026-03-29 01:00')).next!.at.getTime() - lj('2026-03-29 01:00').getTime()).toBe(3 * 60 * MINUTE);
  });
  it('is open for five hours from 1:00 to 5:00 on the October change day, through both 2:30s', () => {
    expect(at(night, new Date('2026-10-25T00:30:00+02:00'))).toBe('closed, opens soon 2026-10-25 01:00');
    expect(at(night, new Date('2026-10-25T02:30:00+02:00'))).toBe('open, closes 2026-10-25 05:00');
    expect(at(night, new Date('2026-10-25T02:30:00+01:00'))).toBe('open, closes 2026-10-25 05:00');
    expect(hoursStatus(night, lj('2026-10-25 01:00')).next!.at.getTime() - lj('2026-10-25 01:00').getTime()).toBe(5 * 60 * MINUTE);
  });
  it('opens a range that starts in the skipped hour (2:30 in March) at 3:30, after the gap', () => {
    const skipped: Schedule = { weeklyHours: week(['sunday'], [r('02:30', '06:00')]), publicHolidays: 'regular' };
    expect(at(skipped, new Date('2026-03-29T01:29:00Z'))).toBe('closed, opens soon 2026-03-29 03:30');
    expect(at(skipped, new Date('2026-03-29T01:30:00Z'))).toBe('open, closes 2026-03-29 06:00');
  });
  it('closes a range that ends in the repeated hour (2:30 in October) at its first occurrence', () => {
    const repeated: Schedule = { weeklyHours: week(['sunday'], [r('00:00', '02:30')]), publicHolidays: 'regular' };
    expect(at(repeated, new Date('2026-10-25T02:29:00+02:00'))).toBe('open, closes soon 2026-10-25 02:30');
    expect(hoursStatus(repeated, new Date('2026-10-25T02:29:00+02:00')).next?.at.toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(at(repeated, new Date('2026-10-25T02:15:00+01:00'))).toBe('closed, opens 2026-11-01 00:00');
  });
  it('knows Easter Sunday 2027 is also the March change day, and Reformation Day 2027 the October one', () => {
    expect(at(koper, '2027-03-28 12:00')).toBe('closed, opens 2027-03-30 09:00, holiday velikonočna nedelja / Easter Sunday');
    expect(hoursStatus(koper, lj('2027-03-28 12:00')).next?.at.toISOString()).toBe('2027-03-30T07:00:00.000Z');
    expect(at(koper, '2027-10-31 12:00')).toBe('closed, opens 2027-11-02 09:00, holiday dan reformacije / Reformation Day');
    expect(hoursStatus(koper, lj('2027-10-31 12:00')).next?.at.toISOString()).toBe('2027-11-02T08:00:00.000Z');
  });
  it('converts wall times both ways on the change days', () => {
    expect(new Date(instantOf('2026-03-29', 150)).toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(new Date(instantOf('2026-10-25', 150)).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(instantOf('2026-10-25', 180)).toISOString()).toBe('2026-10-25T02:00:00.000Z');
    expect(wallOf(Date.parse('2026-10-25T01:30:00Z'))).toEqual({ date: '2026-10-25', minutes: 150 });
    expect(wallOf(Date.parse('2026-11-21T23:30:00Z'))).toEqual({ date: '2026-11-22', minutes: 30 });
  });
});

describe('event nights', () => {
  it('is open until 24:00 on Friday 23:30 of an event weekend, closing soon', () =>
    expect(at(koperEventWeekend, '2026-12-04 23:30')).toBe('open, closes soon 2026-12-04 24:00, event Koncert'));
  it('is closed at 00:30 on the Saturday of an event weekend and opens at 18:00', () =>
    expect(at(koperEventWeekend, '2026-12-05 00:30')).toBe('closed, opens 2026-12-05 18:00, event Koncert'));
  it('stays open past the regular 22:00 on an event Friday', () =>
    expect(at(koperEventWeekend, '2026-12-04 22:00')).toBe('open, closes 2026-12-04 24:00, event Koncert'));
  it('opens at its regular 9:00 on an event Friday', () =>
    expect(at(koperEventWeekend, '2026-12-04 08:59')).toBe('closed, opens soon 2026-12-04 09:00, event Koncert'));
  it('opens at 18:00 on an event Saturday, a day without regular hours', () => {
    expect(at(koperEventWeekend, '2026-12-05 17:59')).toBe('closed, opens soon 2026-12-05 18:00, event Koncert');
    expect(at(koperEventWeekend, '2026-12-05 18:00')).toBe('open, closes 2026-12-05 24:00, event Koncert');
  });
  it('closes at midnight after the event Saturday and opens on Monday', () => {
    expect(at(koperEventWeekend, '2026-12-05 23:59')).toBe('open, closes soon 2026-12-05 24:00, event Koncert');
    expect(at(koperEventWeekend, '2026-12-06 00:00')).toBe('closed, opens 2026-12-07 09:00');
  });
  it('applies the event night only to the listed Friday, not the Saturday after it', () => {
    const friday: Schedule = { ...koper, exceptions: [{ date: '2026-12-11', eventNight: true, reason: 'Filmski večer' }] };
    expect(at(friday, '2026-12-11 23:00')).toBe('open, closes soon 2026-12-11 24:00, event Filmski večer');
    expect(at(friday, '2026-12-12 18:30')).toBe('closed, opens 2026-12-14 09:00');
  });
  it('keeps the regular hours when a centre has no event-night rule', () => {
    const schedule: Schedule = { ...markovec, exceptions: [{ date: '2026-12-04', eventNight: true, reason: 'Koncert' }] };
    expect(at(schedule, '2026-12-04 19:30')).toBe('open, closes soon 2026-12-04 20:00, event Koncert');
  });
});

describe('dated exceptions', () => {
  const shortWeek: HoursException = { date: '2026-12-28', until: '2026-12-30', hours: [r('10:00', '16:00')], reason: 'Krajši delovni čas' };
  const schedule: Schedule = { ...koper, exceptions: [shortWeek] };
  it('uses other hours on the first day of a date range', () =>
    expect(at(schedule, '2026-12-28 09:30')).toBe('closed, opens soon 2026-12-28 10:00, exception Krajši delovni čas'));
  it('closes at the exception closing time inside the range', () =>
    expect(at(schedule, '2026-12-29 15:59')).toBe('open, closes soon 2026-12-29 16:00, exception Krajši delovni čas'));
  it('applies through the last day of the range', () =>
    expect(at(schedule, '2026-12-30 16:00')).toBe('closed, opens 2026-12-31 09:00, exception Krajši delovni čas'));
  it('returns to the weekly hours the day after the range', () =>
    expect(at(schedule, '2026-12-31 21:00')).toBe('open, closes soon 2026-12-31 22:00'));
  it('is closed through a closed range and opens after it', () => {
    const inventory: Schedule = { ...koper, exceptions: [{ date: '2026-11-23', until: '2026-11-27', closed: true, reason: 'Inventura' }] };
    expect(at(inventory, '2026-11-20 22:00')).toBe('closed, opens 2026-11-30 09:00');
    expect(at(inventory, '2026-11-25 12:00')).toBe('closed, opens 2026-11-30 09:00, exception Inventura');
  });
  it('opens on a weekend day given hours by an exception', () => {
    const openDay: Schedule = {
      ...markovec,
      exceptions: [{ date: '2026-11-29', hours: [r('10:00', '13:00'), r('15:00', '18:00')], reason: 'Dan odprtih vrat' }],
    };
    expect(at(openDay, '2026-11-29 13:30')).toBe('closed, opens 2026-11-29 15:00, exception Dan odprtih vrat');
  });
});

describe('midnight and the edges of the lookahead', () => {
  const lateWeekend: Schedule = {
    weeklyHours: { friday: [r('18:00', '24:00')], saturday: [r('00:00', '02:00'), r('18:00', '24:00')] },
    publicHolidays: 'regular',
  };
  it('stays open across midnight when 24:00 meets 00:00, with the later close as the next change', () => {
    expect(at(lateWeekend, '2026-11-27 23:30')).toBe('open, closes 2026-11-28 02:00');
    expect(at(lateWeekend, '2026-11-28 00:00')).toBe('open, closes 2026-11-28 02:00');
    expect(at(lateWeekend, '2026-11-28 01:30')).toBe('open, closes soon 2026-11-28 02:00');
  });
  it('says 24:00 on Saturday for a close at midnight that nothing follows', () =>
    expect(at(lateWeekend, '2026-11-28 23:00')).toBe('open, closes soon 2026-11-28 24:00'));
  it('sees no change when open around the clock', () =>
    expect(at({ weeklyHours: week(ALL_DAYS, [r('00:00', '24:00')]), publicHolidays: 'regular' }, '2026-03-29 03:00')).toBe(
      'open, no change in sight',
    ));
  it('sees no change when never open', () =>
    expect(at({ weeklyHours: {}, publicHolidays: 'closed' }, '2026-11-23 10:00')).toBe('closed, no change in sight'));
  it('sees no change when the next opening is more than 14 days away', () => {
    const longClosure: Schedule = {
      ...koper,
      exceptions: [{ date: '2026-07-01', until: '2026-08-31', closed: true, reason: 'Poletni premor' }],
    };
    expect(at(longClosure, '2026-07-10 12:00')).toBe('closed, no change in sight, exception Poletni premor');
    expect(at(longClosure, '2026-08-20 12:00')).toBe('closed, opens 2026-09-01 09:00, exception Poletni premor');
  });
  it('still sees an opening exactly 14 days ahead', () => {
    const twoWeeks: Schedule = {
      weeklyHours: {},
      exceptions: [{ date: '2026-12-07', hours: [r('09:00', '10:00')], reason: 'Dan odprtih vrat' }],
      publicHolidays: 'regular',
    };
    expect(at(twoWeeks, '2026-11-23 09:00')).toBe('closed, opens 2026-12-07 09:00');
    expect(at(twoWeeks, '2026-11-23 08:59')).toBe('closed, no change in sight');
  });
});

// ---------------------------------------------------------------- properties

const RANGE_START = Date.UTC(2025, 0, 1);
const RANGE_END = Date.UTC(2029, 0, 1);
const dstDays = ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31', '2028-03-26', '2028-10-29'].map((day) => Date.parse(day));
/** Any instant from 2025 to 2028, with a bias to the daylight-saving days and to whole minutes. */
const instant = fc.oneof(
  fc.integer({ min: RANGE_START, max: RANGE_END }),
  fc.integer({ min: RANGE_START / MINUTE, max: RANGE_END / MINUTE }).map((minute) => minute * MINUTE),
  fc.tuple(fc.constantFrom(...dstDays), fc.integer({ min: -24 * 60, max: 48 * 60 })).map(([day, minute]) => day + minute * MINUTE),
);
const hhmm = (halfHours: number) => `${String(Math.floor(halfHours / 2)).padStart(2, '0')}:${halfHours % 2 ? '30' : '00'}`;
/** Up to three ordered, non-overlapping ranges on a half-hour grid, often touching 00:00 or 24:00. */
const dayRanges = fc.uniqueArray(fc.oneof(fc.constantFrom(0, 48), fc.integer({ min: 0, max: 48 })), { maxLength: 6 }).map((points) => {
  const sorted = [...points].sort((a, b) => a - b);
  const ranges: TimeRange[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) ranges.push(r(hhmm(sorted[i]!), hhmm(sorted[i + 1]!)));
  return ranges;
});
const isoDay = fc
  .integer({ min: RANGE_START / 864e5, max: RANGE_END / 864e5 })
  .map((day) => new Date(day * 864e5).toISOString().slice(0, 10));
const exception: fc.Arbitrary<HoursException> = fc
  .tuple(
    isoDay,
    fc.integer({ min: 0, max: 20 }),
    fc.oneof(
      fc.constant({ closed: true as const }),
      dayRanges.map((hours) => ({ hours })),
      fc.constant({ eventNight: true as const }),
    ),
  )
  .map(([date, length, kind]) => ({ date, until: addDays(date, length), ...kind, reason: 'Izjema' }));
const schedule: fc.Arbitrary<Schedule> = fc.record({
  weeklyHours: fc.record(Object.fromEntries(ALL_DAYS.map((day) => [day, dayRanges])) as Record<Weekday, typeof dayRanges>),
  eventNights: fc.record({
    days: fc.subarray(ALL_DAYS, { minLength: 1 }),
    closes: fc.constantFrom('23:00', '24:00'),
    opensOnClosedDays: fc.constantFrom('18:00', '20:00'),
  }),
  exceptions: fc.array(exception, { maxLength: 2 }),
  publicHolidays: fc.oneof(
    fc.constantFrom('closed' as const, 'regular' as const),
    dayRanges.map((hours) => ({ hours })),
  ),
});
const anySchedule = fc.oneof(fc.constantFrom<Schedule>(koper, markovec, koperEventWeekend), schedule);

// Hundreds of evaluations each: generous timeouts, since CI machines are often busy.
describe('properties (fast-check)', { timeout: 60_000 }, () => {
  it('puts the next change in the future and within 14 days', () => {
    fc.assert(
      fc.property(anySchedule, instant, (hours, now) => {
        const { next } = hoursStatus(hours, new Date(now));
        if (next) expect(next.at.getTime()).toBeGreaterThan(now);
        if (next) expect(next.at.getTime() - now).toBeLessThanOrEqual(14 * 864e5);
      }),
      { seed: 4, numRuns: 300 },
    );
  });
  it('flips the status exactly at the next change: the same one minute before, the other at it', () => {
    fc.assert(
      fc.property(anySchedule, instant, (hours, now) => {
        const status = hoursStatus(hours, new Date(now));
        if (!status.next) return;
        const at = status.next.at.getTime();
        expect(hoursStatus(hours, new Date(Math.max(now, at - MINUTE))).open).toBe(status.open);
        expect(hoursStatus(hours, new Date(at)).open).toBe(!status.open);
      }),
      { seed: 44, numRuns: 300 },
    );
  });
  it('calls a change soon exactly when it is at most 60 minutes away', () => {
    fc.assert(
      fc.property(anySchedule, instant, (hours, now) => {
        const { next, soon } = hoursStatus(hours, new Date(now));
        expect(soon).toBe(next !== undefined && next.at.getTime() - now <= 60 * MINUTE);
      }),
      { seed: 444, numRuns: 200 },
    );
  });
  it('reports today as the Ljubljana day of the instant', () => {
    fc.assert(
      fc.property(instant, (now) => {
        expect(hoursStatus(koper, new Date(now)).today).toBe(wallString(now).slice(0, 10));
      }),
      { seed: 4444, numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------- oracle

/** An OpenStreetMap opening_hours rule for weekly hours, e.g. "Mo-Fr 09:00-22:00; PH off". */
function osmRule(hours: Schedule): string {
  const abbreviations: Record<Weekday, string> = {
    monday: 'Mo',
    tuesday: 'Tu',
    wednesday: 'We',
    thursday: 'Th',
    friday: 'Fr',
    saturday: 'Sa',
    sunday: 'Su',
  };
  const rules = ALL_DAYS.flatMap((day) => {
    const ranges = hours.weeklyHours[day] ?? [];
    return ranges.length ? [`${abbreviations[day]} ${ranges.map((range) => `${range.opens}-${range.closes}`).join(',')}`] : [];
  });
  return `${rules.join('; ')}; PH ${hours.publicHolidays === 'closed' ? 'off' : 'open'}`;
}

/**
 * Compares with the opening_hours package (test-only; it never reaches src/).
 * It reads the clock of the process, so it is given Ljubljana wall time as a
 * local Date; an instant whose wall time does not exist in the process zone is
 * skipped.
 */
function compareWithOracle(hours: Schedule, seed: number): number {
  const oracle = new opening_hours(osmRule(hours), { lat: 45.55, lon: 13.73, address: { country_code: 'si', state: '' } });
  const asLocal = (wall: string) =>
    new Date(
      Number(wall.slice(0, 4)),
      Number(wall.slice(5, 7)) - 1,
      Number(wall.slice(8, 10)),
      Number(wall.slice(11, 13)),
      Number(wall.slice(14, 16)),
    );
  const localWall = (date: Date) =>
    `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')} ${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  let compared = 0;
  fc.assert(
    fc.property(fc.integer({ min: Date.UTC(2025, 0, 1) / MINUTE, max: Date.UTC(2028, 11, 31) / MINUTE }), (minute) => {
      const now = minute * MINUTE;
      const wall = wallString(now);
      const local = asLocal(wall);
      if (localWall(local) !== wall) return;
      const ours = hoursStatus(hours, new Date(now));
      expect(ours.open, `open at ${wall}`).toBe(oracle.getState(local));
      const theirs = oracle.getNextChange(local);
      expect(ours.next && wallString(ours.next.at), `next change after ${wall}`).toBe(theirs && localWall(theirs));
      expect(ours.reason?.kind === 'holiday', `holiday at ${wall}`).toBe(oracle.getComment(local) !== undefined);
      compared++;
    }),
    { seed, numRuns: 400 },
  );
  return compared;
}

describe('the opening_hours package as an oracle', { timeout: 60_000 }, () => {
  it('agrees on Koper at 400 random instants, holidays included', () => expect(compareWithOracle(koper, 2026)).toBeGreaterThan(390));
  it('agrees on Markovec City at 400 random instants, holidays included', () =>
    expect(compareWithOracle(markovec, 2027)).toBeGreaterThan(390));
});

// Only in the runs tests/integration/hours-zones.test.ts starts under another TZ: there it proves the
// zone took. Defined there and nowhere else (not skipped elsewhere: CI runs no skipped test).
const expectedZone = process.env['HOURS_EXPECT_TZ'];
if (expectedZone) {
  describe('the process zone', () => {
    it(`runs under TZ=${expectedZone}`, () => {
      expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(expectedZone);
    });
  });
}
