/**
 * Plausible values: dates between 1990 and 2100, amounts finite and above zero, and an `updated`
 * date no later than tomorrow in Ljubljana, with a clock the tests set.
 */
import { describe, expect, it } from 'vitest';
import { addDays, calendarDay } from '../../src/schemas/dates';
import { projectSchema } from '../../src/schemas/project';
import { amountEur, isoDate, partialDate, updated, withClock } from '../../src/schemas/shared';

/** The messages of a failed parse, or [] when it passed. */
const messages = (result: { error?: { issues: readonly { message: string }[] } | undefined }) =>
  result.error?.issues.map((issue) => issue.message) ?? [];

describe('dates between 1990 and 2100', () => {
  it.each(['1990-01-01', '2019-06-01', '2100-12-31'])('accepts the day %s', (value) => expect(isoDate.safeParse(value).success).toBe(true));
  it.each(['1990', '2019-06', '2100-12', '2100'])('accepts the partial date %s', (value) =>
    expect(partialDate.safeParse(value).success).toBe(true),
  );

  it.each([
    [isoDate, '1989-12-31'],
    [isoDate, '2101-01-01'],
    [isoDate, '0219-06-01'],
    [partialDate, '1899'],
    [partialDate, '2109-06'],
    [partialDate, '1019-06-01'],
  ] as const)('rejects %#: %s as implausible, and says what to check', (schema, value) => {
    expect(messages(schema.safeParse(value))).toEqual([
      expect.stringMatching(
        new RegExp(`"${value}" ni verjetno.* \\| The year in "${value}" is implausible: dates lie between 1990 and 2100`),
      ),
    ]);
  });

  it('reports a day that does not exist once, not also as implausible', () => {
    expect(messages(isoDate.safeParse('2019-02-30'))).toHaveLength(1);
  });
});

describe('amounts in euro', () => {
  it('accepts a plain positive number', () => {
    expect(amountEur.parse(125000)).toBe(125000);
    expect(amountEur.parse(0.5)).toBe(0.5);
  });

  // js-yaml reads `.inf`, `-.inf` and `.nan` as numbers and `1e309` (beyond any number) as the text "1e309".
  it.each([Infinity, -Infinity, NaN, '1e309', '-1e309'])('rejects %s as not a finite number (zod 4 rejects Infinity itself)', (value) => {
    expect(messages(amountEur.safeParse(value))).toEqual([expect.stringContaining('The amount is not a finite number')]);
  });

  it.each([0, -1])('rejects %s: an amount is above zero', (value) => {
    expect(messages(amountEur.safeParse(value))).toEqual([expect.stringContaining('greater than 0')]);
  });

  it('asks for a plain number where "125.000,00 €" is written', () => {
    expect(messages(amountEur.safeParse('125.000,00 €'))).toEqual([expect.stringContaining('e.g. 125000')]);
  });

  it('is what a funder’s amountEur is', () => {
    const project = { title: 'T', summary: 'S', lead: 'sent', updated: '2026-11-21' };
    expect(projectSchema.safeParse({ ...project, funders: [{ partner: 'mju', amountEur: Infinity }] }).success).toBe(false);
    expect(projectSchema.safeParse({ ...project, funders: [{ partner: 'mju', amountEur: 125000 }] }).success).toBe(true);
  });
});

describe('updated is not in the future', () => {
  const at = (instant: string, value: string) =>
    withClock(
      () => new Date(instant),
      () => messages(updated.safeParse(value)),
    );

  it('accepts today and tomorrow, and rejects the day after, with today in Ljubljana', () => {
    expect(at('2026-12-01T11:00:00Z', '2026-12-01')).toEqual([]);
    expect(at('2026-12-01T11:00:00Z', '2026-12-02')).toEqual([]);
    expect(at('2026-12-01T11:00:00Z', '2026-12-03')).toEqual([
      expect.stringContaining('"2026-12-03" is in the future; write the day of the last change, today (2026-12-01) at the latest'),
    ]);
  });

  it('takes today from Ljubljana’s clock, not UTC: half past midnight on New Year is already 1 January', () => {
    expect(at('2026-12-31T23:30:00Z', '2027-01-02')).toEqual([]);
    expect(at('2026-12-31T22:30:00Z', '2027-01-02')).toHaveLength(1);
    // Summer time: UTC+2.
    expect(at('2026-06-30T22:30:00Z', '2026-07-02')).toEqual([]);
  });

  it('leaves a malformed date to the date check, with one message', () => {
    expect(at('2026-12-01T11:00:00Z', '2099-02-30')).toEqual([expect.stringContaining('does not exist')]);
  });

  it('reads the real clock again after a check, even one that throws', () => {
    expect(() =>
      withClock(
        () => new Date('1990-01-01T00:00:00Z'),
        () => {
          throw new Error('boom');
        },
      ),
    ).toThrow('boom');
    expect(messages(updated.safeParse(calendarDay(new Date(), 'Europe/Ljubljana')))).toEqual([]);
  });
});

describe('calendar days', () => {
  it('gives the day of an instant in a time zone', () => {
    expect(calendarDay(new Date('2026-12-31T23:30:00Z'), 'Europe/Ljubljana')).toBe('2027-01-01');
    expect(calendarDay(new Date('2026-12-31T22:30:00Z'), 'Europe/Ljubljana')).toBe('2026-12-31');
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
