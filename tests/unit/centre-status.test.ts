/**
 * The words of the live status line, in both languages, for every kind of
 * moment: open, closing soon, closed, a holiday, an exception, an event night.
 */
import { describe, expect, it } from 'vitest';
import { statusText, type LiveStrings } from '../../src/components/centre-status';
import { en } from '../../src/i18n/en';
import { sl } from '../../src/i18n/sl';
import { HOLIDAY_NAMES } from '../../src/lib/hours/holidays';
import { hoursStatus, type Schedule } from '../../src/lib/hours/status';
import { lj, realSchedule } from './support/ljubljana';

const strings = (dictionary: typeof sl, lang: 'sl' | 'en'): LiveStrings => ({
  ...dictionary.centres.live,
  holidays: HOLIDAY_NAMES[lang],
  weekdaysOn: dictionary.weekdaysOn,
  closedDay: dictionary.centres.closed,
});
const SL = strings(sl, 'sl');
const EN = strings(en, 'en');
const koper = realSchedule('center-mladih-koper');
const markovec = realSchedule('mladinski-center-markovec-city');
const line = (schedule: Schedule, local: string, words = SL) => statusText(hoursStatus(schedule, lj(local)), words);

describe('the status line in Slovenian', () => {
  it('says open and when it closes', () => expect(line(koper, '2026-11-23 10:00')).toBe('Odprto · zapre ob 22:00'));
  it('says closing soon in the last hour', () => expect(line(koper, '2026-11-23 21:00')).toBe('Kmalu zapre · ob 22:00'));
  it('says opening soon in the hour before', () => expect(line(markovec, '2026-11-23 11:30')).toBe('Kmalu odpre · ob 12:30'));
  it('says closed, opening later today', () => expect(line(markovec, '2026-11-23 10:00')).toBe('Zaprto · odpre ob 12:30'));
  it('says closed, opening tomorrow', () => expect(line(koper, '2026-11-23 22:00')).toBe('Zaprto · odpre jutri ob 9:00'));
  it('says closed, opening on Monday, with the accusative weekday', () =>
    expect(line(koper, '2026-11-28 12:00')).toBe('Zaprto · odpre v ponedeljek ob 9:00'));
  it('names the holiday, and says the holiday closure is not confirmed while it is only assumed', () => {
    expect(line(koper, '2026-12-25 10:00')).toBe(
      'Zaprto · praznik (božič) · odpre v ponedeljek ob 9:00 · praznični urnik ni potrjen, preveri ga v centru',
    );
    expect(line({ ...koper, assumed: [] }, '2026-12-25 10:00')).toBe('Zaprto · praznik (božič) · odpre v ponedeljek ob 9:00');
  });
  it('marks the holiday itself, not the ordinary day before it', () =>
    expect(line(koper, '2026-12-24 10:00')).toBe('Odprto · zapre ob 22:00'));
  it('says "Danes prireditev" on an event night', () => {
    const event: Schedule = { ...koper, exceptions: [{ date: '2026-12-04', until: '2026-12-05', eventNight: true, reason: 'Koncert' }] };
    expect(line(event, '2026-12-04 20:00')).toBe('Danes prireditev · odprto do 24:00');
    expect(line(event, '2026-12-04 23:30')).toBe('Kmalu zapre · ob 24:00');
    // Saturday: the centre is otherwise closed, and its 18:00 is an assumed time (`assumed` in content).
    expect(line(event, '2026-12-05 00:30')).toBe('Zaprto · odpre ob 18:00 · ura odprtja ni potrjena, preveri jo v centru');
    expect(line({ ...event, assumed: [] }, '2026-12-05 00:30')).toBe('Zaprto · odpre ob 18:00');
  });
  it('gives the reason of an exception', () => {
    const closed: Schedule = { ...koper, exceptions: [{ date: '2026-11-23', until: '2026-11-24', closed: true, reason: 'Inventura' }] };
    expect(line(closed, '2026-11-23 10:00')).toBe('Zaprto · Inventura · odpre v sredo ob 9:00');
  });
  it('writes a date when the next opening is a week or more away', () => {
    const closed: Schedule = { ...koper, exceptions: [{ date: '2026-11-23', until: '2026-12-01', closed: true, reason: 'Prenova' }] };
    expect(line(closed, '2026-11-23 10:00')).toBe('Zaprto · Prenova · odpre 2. 12. ob 9:00');
  });
  it('says only closed when no opening is in sight', () => {
    const closed: Schedule = {
      ...koper,
      exceptions: [{ date: '2026-07-01', until: '2026-08-31', closed: true, reason: 'Poletni premor' }],
    };
    expect(line(closed, '2026-07-10 10:00')).toBe('Zaprto · Poletni premor');
  });
});

describe('the status line in English', () => {
  it('says open and when it closes', () => expect(line(koper, '2026-11-23 10:00', EN)).toBe('Open · closes at 22:00'));
  it('says closing soon', () => expect(line(koper, '2026-11-23 21:30', EN)).toBe('Closing soon · at 22:00'));
  it('names the holiday in English', () =>
    expect(line(koper, '2026-12-25 10:00', EN)).toBe(
      'Closed · public holiday (Christmas Day) · opens on Monday at 9:00 · holiday hours not confirmed, check with the centre',
    ));
  it('says event today on an event night', () => {
    const event: Schedule = { ...koper, exceptions: [{ date: '2026-12-05', eventNight: true, reason: 'Koncert' }] };
    expect(line(event, '2026-12-05 19:00', EN)).toBe('Event today · open until 24:00 · opening time not confirmed, check with the centre');
    // A Friday event night keeps the regular opening: nothing assumed.
    const friday: Schedule = { ...koper, exceptions: [{ date: '2026-12-04', eventNight: true, reason: 'Koncert' }] };
    expect(line(friday, '2026-12-04 19:00', EN)).toBe('Event today · open until 24:00');
  });
  it('writes the date with the month name when a week or more away', () => {
    const closed: Schedule = { ...markovec, exceptions: [{ date: '2026-11-23', until: '2026-12-01', closed: true, reason: 'Prenova' }] };
    expect(line(closed, '2026-11-23 10:00', EN)).toBe('Closed · Prenova · opens on 2 December at 12:30');
  });
});
