/**
 * One centre, four readings of its hours, at any instant of a year: the badge (the island's
 * status line), today's row of the weekly table (the island's words over the build's table),
 * schema.org JSON-LD and `/hours.json`. Over random schedules (holidays closed, regular or with
 * their own hours; dated closures, other hours and event nights; an assumed opening time, an
 * assumed holiday rule) and
 * random instants, with holidays and exception days drawn often, none may contradict another.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusText } from '../../src/components/centre-status';
import { liveStrings } from '../../src/components/live-strings';
import { specialDayRows, todayRowText } from '../../src/lib/hours/today-row';
import { en } from '../../src/i18n/en';
import { sl } from '../../src/i18n/sl';
import { eventNightExceptions } from '../../src/lib/events';
import { formatTimeRange } from '../../src/lib/format';
import { addDays, holidaysOf } from '../../src/lib/hours/holidays';
import { dayPlan, hoursStatus, instantOf, wallOf, weekdayOf, type Schedule } from '../../src/lib/hours/status';
import { centreJsonLd, publicSchedule } from '../../src/lib/hours/json-ld';
import { hoursOn } from '../../src/lib/hours/schedule';
import { ASSUMABLE_FIELDS, type Centre, type HoursException } from '../../src/schemas/centre';
import { realCentre } from './support/ljubljana';

const LANGUAGES = [
  { dictionary: sl, strings: liveStrings('sl'), lang: 'sl' as const },
  { dictionary: en, strings: liveStrings('en'), lang: 'en' as const },
];
const YEAR = 2026;
const FIRST_DAY = `${YEAR}-01-01`;
const koper = realCentre('center-mladih-koper');

const hhmm = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
/** Whole hours from 06:00: no range touches the hour that summer time skips or repeats. */
const range = fc
  .tuple(fc.integer({ min: 6, max: 23 }), fc.integer({ min: 1, max: 18 }))
  .map(([opens, length]) => ({ opens: hhmm(opens), closes: hhmm(Math.min(24, opens + length)) }));
const dayOfYear = fc.integer({ min: 0, max: 364 }).map((day) => addDays(FIRST_DAY, day));
const HOLIDAYS = holidaysOf(YEAR).map((holiday) => holiday.date);

const exception: fc.Arbitrary<HoursException> = fc.oneof(
  fc.record({ date: dayOfYear, length: fc.integer({ min: 0, max: 3 }) }).map(({ date, length }) => ({
    date,
    ...(length ? { until: addDays(date, length) } : {}),
    closed: true as const,
    reason: 'Inventura',
  })),
  fc
    .record({ date: fc.constantFrom(...HOLIDAYS, '2026-12-24'), hours: fc.array(range, { minLength: 1, maxLength: 1 }) })
    .map(({ date, hours }) => ({ date, hours, reason: 'Krajši delovni čas' })),
);

/** A centre as content could write it, with the event nights its events make, as the build does. */
const centre: fc.Arbitrary<Centre> = fc
  .record({
    publicHolidays: fc.constantFrom<Centre['publicHolidays']>('closed', 'regular', 'hours'),
    holidayHours: fc.array(range, { minLength: 1, maxLength: 1 }),
    exceptions: fc.array(exception, { maxLength: 6 }),
    eventDays: fc.array(dayOfYear, { maxLength: 8 }),
    assumed: fc.subarray([...ASSUMABLE_FIELDS]),
  })
  .map(({ publicHolidays, holidayHours, exceptions, eventDays, assumed }) => {
    const nights = eventNightExceptions(
      koper.eventNights,
      eventDays.map((date) => ({ title: 'Koncert', start: { date, time: '20:00' }, cancelled: false })),
    );
    return {
      ...koper,
      publicHolidays,
      ...(publicHolidays === 'hours' ? { holidayHours } : { holidayHours: undefined }),
      exceptions: [...exceptions, ...nights].sort((a, b) => a.date.localeCompare(b.date)),
      assumed,
    };
  });

/** Any minute of the year, or one on a day that differs from the week. */
const instantIn = (c: Centre): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: instantOf(FIRST_DAY, 0), max: instantOf(`${YEAR + 1}-01-01`, 0) - 1 }).map((at) => at - (at % 6e4)),
    fc
      .record({
        date: fc.constantFrom(...HOLIDAYS, ...c.exceptions.map((e) => e.date), '2026-12-24'),
        minute: fc.integer({ min: 0, max: 1439 }),
      })
      .map(({ date, minute }) => instantOf(date, minute)),
  );

/** The time ranges a text names ("9:00–22:00, 18:00–24:00"), in minutes. */
const rangesIn = (text: string): [number, number][] =>
  [...text.matchAll(/(\d{1,2}):(\d\d)–(\d{1,2}):(\d\d)/g)].map((m) => [Number(m[1]) * 60 + Number(m[2]), Number(m[3]) * 60 + Number(m[4])]);

/** Open at a minute of a day, as schema.org JSON-LD says: a special day wins over the weekday. */
function openByJsonLd(ld: Record<string, unknown>, date: string, minute: number): boolean {
  type Spec = { opens: string; closes: string; dayOfWeek?: string[]; validFrom?: string; validThrough?: string };
  const special = ((ld['specialOpeningHoursSpecification'] ?? []) as Spec[]).filter(
    (spec) => spec.validFrom! <= date && date <= spec.validThrough!,
  );
  const day = weekdayOf(date);
  const weekly = (ld['openingHoursSpecification'] as Spec[]).filter((spec) =>
    spec.dayOfWeek!.includes(day[0]!.toUpperCase() + day.slice(1)),
  );
  // 23:59 is how schema.org writes a closing at midnight.
  return (special.length ? special : weekly).some(
    (spec) => minutesOf(spec.opens) <= minute && minute < (spec.closes === '23:59' ? 1440 : minutesOf(spec.closes)),
  );
}

const scenario = centre.chain((c) => fc.record({ centre: fc.constant(c), at: instantIn(c) }));

// 400 scenarios, each with two years of rows in two languages: a generous timeout, as in
// tests/unit/hours.test.ts, since the machines that run it are often busy.
describe('the badge, the table, JSON-LD and /hours.json agree', { timeout: 60_000 }, () => {
  it('at any instant of a year, holidays and exceptions included, in both languages', () => {
    fc.assert(
      fc.property(scenario, ({ centre: c, at }) => {
        const schedule = publicSchedule(c);
        // What the page carries to the browser and /hours.json publishes: the same schedule as JSON.
        const published = JSON.parse(JSON.stringify(schedule)) as Schedule;
        const status = hoursStatus(published, new Date(at));
        const { date, minutes } = wallOf(at);
        const plan = dayPlan(schedule, date);

        for (const { dictionary, strings } of LANGUAGES) {
          // Today's row: the island's words on a day that differs, else the build's weekly row.
          const weekly = hoursOn(c.weeklyHours, weekdayOf(date));
          // What the island shows: the build's row for today (src/lib/hours/today-row.ts), else the weekly row.
          const row =
            specialDayRows(published, [YEAR, YEAR + 1], strings)[date] ??
            (weekly.length ? weekly.map(formatTimeRange).join(', ') : dictionary.centres.closed);
          const badge = statusText(status, strings);
          const rowOpen = rangesIn(row).some(([opens, closes]) => opens <= minutes && minutes < closes);
          expect(rowOpen, `${date} ${minutes}: "${badge}" beside "${row}"`).toBe(status.open);
          if (status.reason?.kind === 'holiday') expect(row).toContain(strings.holidays[status.reason.holiday]!);
          if (status.reason && status.reason.kind !== 'holiday') expect(row).toContain(status.reason.text);
          // A closing time the badge names for today is one the row shows.
          if (status.open && status.next?.date === date)
            expect(rangesIn(row).map(([, closes]) => closes)).toContain(minutesOf(status.next.time));
          // An assumed value today (an opening time, a holiday closure) is said to be unconfirmed in
          // the badge, open or closed, and in the row; the badge names no value the content did not assume.
          if (plan.assumed) expect(badge).toContain(strings.unconfirmed[plan.assumed]);
          if (plan.assumed) expect(row).toContain(strings.unconfirmed[plan.assumed]);
          for (const field of ASSUMABLE_FIELDS)
            if (!c.assumed.includes(field)) expect(`${badge} ${row}`).not.toContain(strings.unconfirmed[field]);
          // A change in view that passes over a day whose weekly hours an assumed value took away
          // (Christmas Eve evening: "opens on Monday") is said to be unconfirmed too.
          for (let day = addDays(date, 1); status.next && day < status.next.date; day = addDays(day, 1)) {
            const passed = dayPlan(schedule, day);
            const weeklyThen = hoursOn(c.weeklyHours, weekdayOf(day));
            if (passed.assumed && JSON.stringify(passed.ranges) !== JSON.stringify(weeklyThen))
              expect(badge, `${date} ${minutes}: ${day} passed over`).toContain(strings.unconfirmed[passed.assumed]);
          }
        }

        // JSON-LD leaves a day with an assumed value out; every other day it says what the badge says.
        if (!plan.assumed) {
          const ld = centreJsonLd({ name: c.name, url: 'https://example.org/', centre: c, holidayYears: [YEAR, YEAR + 1] });
          expect(openByJsonLd(ld, date, minutes), `${date} ${minutes}`).toBe(status.open);
        }
        // /hours.json and the page hold the same schedule: the same status from either.
        expect(hoursStatus(schedule, new Date(at))).toEqual(status);
      }),
      { numRuns: 400 },
    );
  });
});

describe("today's row on the three days visitors tried", () => {
  const withNight = {
    ...koper,
    exceptions: eventNightExceptions(koper.eventNights, [
      { title: 'Koncert', start: { date: '2026-12-12', time: '20:00' }, cancelled: false },
    ]),
  };
  const withEve = { ...koper, exceptions: [{ date: '2026-12-24', hours: [{ opens: '09:00', closes: '14:00' }], reason: 'Božični večer' }] };
  const SL = liveStrings('sl');
  const EN = liveStrings('en');
  it('is closed for the holiday on Christmas Day, and says the holiday rule is not confirmed', () => {
    expect(todayRowText(publicSchedule(koper), '2026-12-25', EN)).toBe(
      'closed · public holiday (Christmas Day) · holiday hours not confirmed, check with the centre',
    );
    expect(todayRowText(publicSchedule(koper), '2026-12-25', SL)).toBe(
      'zaprto · praznik (božič) · praznični urnik ni potrjen, preveri ga v centru',
    );
    expect(todayRowText(publicSchedule({ ...koper, assumed: [] }), '2026-12-25', SL)).toBe('zaprto · praznik (božič)');
  });
  it('closes at 14:00 on an exception day, with the reason', () =>
    expect(todayRowText(publicSchedule(withEve), '2026-12-24', SL)).toBe('9:00–14:00 · Božični večer'));
  it('runs to 24:00 on a Saturday event night, and says the opening time is not confirmed', () =>
    expect(todayRowText(publicSchedule(withNight), '2026-12-12', EN)).toBe(
      '18:00–24:00 · event (Koncert) · opening time not confirmed, check with the centre',
    ));
  it('keeps the weekly row on an ordinary day', () => expect(todayRowText(publicSchedule(koper), '2026-12-09', SL)).toBeUndefined());
});

describe('an assumed opening time in the machine-readable hours', () => {
  const saturday = eventNightExceptions(koper.eventNights, [
    { title: 'Koncert', start: { date: '2026-12-12', time: '20:00' }, cancelled: false },
  ]);
  const special = (c: Centre) =>
    (centreJsonLd({ name: c.name, url: 'https://example.org/', centre: c, holidayYears: [YEAR] })['specialOpeningHoursSpecification'] ??
      []) as { validFrom: string }[];
  it('leaves the day out of JSON-LD while it is assumed, and gives it once confirmed', () => {
    expect(special({ ...koper, exceptions: saturday }).map((spec) => spec.validFrom)).not.toContain('2026-12-12');
    expect(special({ ...koper, exceptions: saturday, assumed: [] }).map((spec) => spec.validFrom)).toContain('2026-12-12');
  });
  it('publishes which fields are assumed with the schedule (/hours.json and the page)', () =>
    expect(publicSchedule(koper).assumed).toEqual(['eventNights.opensOnClosedDays', 'publicHolidays']));
  it('leaves an assumed holiday closure out of JSON-LD, and gives it once confirmed', () => {
    expect(special(koper).map((spec) => spec.validFrom)).not.toContain('2026-12-25');
    expect(special({ ...koper, assumed: [] }).map((spec) => spec.validFrom)).toContain('2026-12-25');
  });
});
