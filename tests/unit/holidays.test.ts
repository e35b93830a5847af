/** Slovenian work-free days: fixed dates, Easter-based days, and what is not one. */
import { describe, expect, it } from 'vitest';
import { addDays, easterSunday, holidayOn, holidaysOf } from '../../src/lib/hours/holidays';

const dates = (year: number) => holidaysOf(year).map((holiday) => holiday.date);

describe('Easter Sunday', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2028, '2028-04-16'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('falls in %i on %s', (year, date) => expect(easterSunday(year)).toBe(date));
});

describe('work-free days', () => {
  it('lists the fifteen days of 2026 in date order', () =>
    expect(dates(2026)).toEqual([
      '2026-01-01',
      '2026-01-02',
      '2026-02-08',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-01',
      '2026-05-02',
      '2026-05-24',
      '2026-06-25',
      '2026-08-15',
      '2026-10-31',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]));
  it('lists the fifteen days of 2027 in date order', () =>
    expect(dates(2027)).toEqual([
      '2027-01-01',
      '2027-01-02',
      '2027-02-08',
      '2027-03-28',
      '2027-03-29',
      '2027-04-27',
      '2027-05-01',
      '2027-05-02',
      '2027-05-16',
      '2027-06-25',
      '2027-08-15',
      '2027-10-31',
      '2027-11-01',
      '2027-12-25',
      '2027-12-26',
    ]));
  it('names Easter 2026 and Pentecost 2026 in every language', () => {
    expect(holidayOn('2026-04-05')).toEqual({ date: '2026-04-05', sl: 'velikonočna nedelja', en: 'Easter Sunday', it: 'Pasqua' });
    expect(holidayOn('2026-04-06')).toEqual({
      date: '2026-04-06',
      sl: 'velikonočni ponedeljek',
      en: 'Easter Monday',
      it: "Lunedì dell'Angelo",
    });
    expect(holidayOn('2026-05-24')).toEqual({ date: '2026-05-24', sl: 'binkošti', en: 'Pentecost Sunday', it: 'Pentecoste' });
  });
  it('names Easter 2027 and Pentecost 2027', () => {
    expect(holidayOn('2027-03-28')?.sl).toBe('velikonočna nedelja');
    expect(holidayOn('2027-03-29')?.sl).toBe('velikonočni ponedeljek');
    expect(holidayOn('2027-05-16')?.sl).toBe('binkošti');
  });
  it('names Christmas božič / Christmas Day', () => expect(holidayOn('2026-12-25')).toMatchObject({ sl: 'božič', en: 'Christmas Day' }));
  it('keeps Whit Monday a working day', () => {
    expect(holidayOn('2026-05-25')).toBeUndefined();
    expect(holidayOn('2027-05-17')).toBeUndefined();
  });
  it('keeps Good Friday a working day', () => expect(holidayOn('2026-04-03')).toBeUndefined());
  it('keeps the state holidays that are working days as working days', () => {
    for (const date of ['2026-06-08', '2026-08-17', '2026-09-15', '2026-10-25', '2026-11-23'])
      expect(holidayOn(date), date).toBeUndefined();
  });
  it('moves no holiday that falls on a Sunday to the Monday', () => {
    // 1 November 2026 and 2 May 2027 are Sundays; the Mondays after stay working days.
    expect(holidayOn('2026-11-01')?.sl).toBe('dan spomina na mrtve');
    expect(holidayOn('2026-11-02')).toBeUndefined();
    expect(holidayOn('2027-05-02')?.sl).toBe('praznik dela');
    expect(holidayOn('2027-05-03')).toBeUndefined();
  });
  it('gives every day a Slovenian and an English name', () => {
    for (const holiday of holidaysOf(2026)) {
      expect(holiday.sl.length, holiday.date).toBeGreaterThan(2);
      expect(holiday.en.length, holiday.date).toBeGreaterThan(2);
    }
  });
});

describe('calendar arithmetic', () => {
  it('adds days across a year end and a leap day', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
