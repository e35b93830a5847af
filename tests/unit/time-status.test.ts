/**
 * The status badges compare the browser's clock with two instants the build wrote
 * (src/components/time-status.ts). Here those instants are checked against the rules the rest of
 * the site uses (a project's day in Ljubljana, a call's deadline, an event's start and end), at
 * the edges and at many instants around them, daylight-saving changes included.
 */
import { describe, expect, it } from 'vitest';
import { statusStep } from '../../src/components/time-status';
import { deadlineChanges, deadlineInstant, OPPORTUNITY_STATUSES, opportunityStatus } from '../../src/lib/deadline';
import { EVENT_STATUSES, eventInstant, eventStatus } from '../../src/lib/events';
import { dayInZone, periodChanges, projectStatus } from '../../src/lib/period';
import { addDays } from '../../src/lib/hours/holidays';
import { partialDateBounds } from '../../src/schemas/dates';
import type { Period } from '../../src/schemas/shared';

const PROJECT_STATUSES = ['upcoming', 'ongoing', 'finished'] as const;
const HOUR = 36e5;
/** What the badge shows: the build's instants, written as the attribute, read back as the island reads them. */
const step = (changes: readonly [number, number], now: number) => statusStep(changes.join(' '), now);

/** Every hour and a few odd minutes from `from` for `days` days. */
function instantsAround(from: string, days: number): number[] {
  const start = Date.parse(from);
  return Array.from({ length: days * 24 * 3 }, (_, i) => start + Math.floor(i / 3) * HOUR + [0, 59, 61][i % 3]! * 6e4 - 6e4);
}

describe('a project badge', () => {
  const periods: Period[] = [
    { start: '2019-11', end: '2022-01' },
    { start: '2027-03-28', end: '2027-10-31' },
    { start: '2011' },
    { end: '2026-03' },
    {},
  ];
  it.each(periods)('agrees with the day in Ljubljana around the start and end of %o', (period) => {
    const changes = periodChanges(period);
    const edges = [
      ...(period.start ? [partialDateBounds(period.start).first] : []),
      ...(period.end ? [addDays(partialDateBounds(period.end).last, 1)] : []),
    ].map((date) => `${date}T00:00:00Z`);
    // From a day before the edge, in UTC, to two days after: Ljubljana's midnight is at 22:00 or 23:00 UTC.
    for (const edge of edges) {
      for (const now of instantsAround(new Date(Date.parse(edge) - 864e5).toISOString(), 3)) {
        expect(PROJECT_STATUSES[step(changes, now)], new Date(now).toISOString()).toBe(projectStatus(period, dayInZone(new Date(now))));
      }
    }
  });
  it('turns finished at midnight in Ljubljana after the last day of the last month', () => {
    const changes = periodChanges({ start: '2019-11', end: '2022-01' });
    expect(step(changes, Date.parse('2022-01-31T22:59:59Z'))).toBe(1);
    expect(step(changes, Date.parse('2022-01-31T23:00:00Z'))).toBe(2);
    expect(step(changes, Date.parse('2019-10-31T22:59:59Z'))).toBe(0);
    expect(step(changes, Date.parse('2019-10-31T23:00:00Z'))).toBe(1);
  });
  it('never starts or ends a period with an open start or end', () => {
    expect(step(periodChanges({}), Date.parse('1990-01-01T00:00:00Z'))).toBe(1);
    expect(step(periodChanges({}), Date.parse('2990-01-01T00:00:00Z'))).toBe(1);
  });
});

describe('a call badge', () => {
  it.each([{ date: '2027-01-15', time: '12:00' }, { date: '2027-04-02' }, { date: '2027-10-31' }])(
    'agrees with opportunityStatus around the deadline %o',
    (deadline) => {
      const changes = deadlineChanges(deadline);
      const closes = deadlineInstant(deadline);
      const instants = [...instantsAround(new Date(closes - 9 * 864e5).toISOString(), 11), closes - 1, closes, closes - 7 * 864e5];
      for (const now of instants) {
        expect(OPPORTUNITY_STATUSES[step(changes, now)], new Date(now).toISOString()).toBe(opportunityStatus(closes, now));
      }
    },
  );
});

describe('an event badge', () => {
  it('agrees with eventStatus around the start and end, also over the night the clocks go back', () => {
    const start = eventInstant({ date: '2027-10-30', time: '22:00' });
    const end = eventInstant({ date: '2027-10-31', time: '02:30' });
    for (const now of [...instantsAround('2027-10-30T00:00:00Z', 3), start - 1, start, end - 1, end]) {
      expect(EVENT_STATUSES[step([start, end], now)], new Date(now).toISOString()).toBe(eventStatus(start, end, now));
    }
  });
});
