/**
 * The words of the live status line, in both languages, for every kind of
 * moment: open, closing soon, closed, a holiday, an exception, an event night.
 */
import { describe, expect, it } from 'vitest';
import { aroundReason, statusText } from '../../src/components/centre-status';
import { liveStrings } from '../../src/components/live-strings';
import { hoursStatus, type Schedule } from '../../src/lib/hours/status';
import { todayRowText } from '../../src/lib/hours/today-row';
import { lj, realSchedule } from './support/ljubljana';

const SL = liveStrings('sl');
const EN = liveStrings('en');
const IT = liveStrings('it');
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

describe('the evening before a public holiday (#30)', () => {
  // Christmas Eve 2026 is a Thursday; Christmas Day (Friday) and Independence Day (Saturday) are
  // work-free days, Koper's weekend follows: it opens again on Monday.
  it('says the next opening is not confirmed when it passes over an assumed holiday closure', () => {
    expect(line(koper, '2026-12-24 22:30')).toBe('Zaprto · odpre v ponedeljek ob 9:00 · praznični urnik ni potrjen, preveri ga v centru');
    expect(line(koper, '2026-12-24 22:30', EN)).toBe(
      'Closed · opens on Monday at 9:00 · holiday hours not confirmed, check with the centre',
    );
    expect(line(koper, '2026-12-24 22:30', IT)).toMatch(/ · orario dei giorni festivi non confermato, verificalo con il centro$/);
    expect(hoursStatus(koper, lj('2026-12-24 22:30')).next).toMatchObject({ date: '2026-12-28', time: '09:00', assumed: 'publicHolidays' });
  });
  it('says nothing of it once the holiday rule is confirmed, or when no holiday is passed over', () => {
    expect(line({ ...koper, assumed: [] }, '2026-12-24 22:30')).toBe('Zaprto · odpre v ponedeljek ob 9:00');
    expect(line(koper, '2026-12-23 22:30')).toBe('Zaprto · odpre jutri ob 9:00');
    expect(hoursStatus(koper, lj('2026-12-23 22:30')).next?.assumed).toBeUndefined();
  });
  it('says nothing of a holiday on a day the centre is closed anyway', () => {
    // Saturday 31 October and Sunday 1 November 2026 are work-free days; Koper is closed at the
    // weekend whatever the holiday rule says, so Friday evening's "Monday" rests on nothing assumed.
    expect(line(koper, '2026-10-30 22:30')).toBe('Zaprto · odpre v ponedeljek ob 9:00');
  });
});

describe('the reason in its own language (#30)', () => {
  const closed: Schedule = { ...koper, exceptions: [{ date: '2026-11-23', until: '2026-11-24', closed: true, reason: 'Inventura' }] };
  it('cuts the English line around the Slovenian reason, for its lang span', () =>
    expect(aroundReason(line(closed, '2026-11-23 10:00', EN), 'Inventura')).toEqual([
      'Closed · ',
      'Inventura',
      ' · opens on Wednesday at 9:00',
    ]));
  it("cuts today's row around it, an event's title too", () => {
    expect(aroundReason(todayRowText(closed, '2026-11-23', EN)!, 'Inventura')).toEqual(['closed · ', 'Inventura', '']);
    const night: Schedule = { ...koper, exceptions: [{ date: '2026-12-05', eventNight: true, reason: 'Koncert' }] };
    expect(aroundReason(todayRowText(night, '2026-12-05', IT)!, 'Koncert')).toEqual([
      expect.stringMatching(/^18:00–24:00 · .*\($/),
      'Koncert',
      expect.stringMatching(/^\) · /),
    ]);
  });
  it('finds the reason after the state even when the state holds the same word', () =>
    expect(aroundReason('Closed · Closed · opens tomorrow at 9:00', 'Closed')).toEqual([
      'Closed · ',
      'Closed',
      ' · opens tomorrow at 9:00',
    ]));
  it('leaves a line whole without a reason, or one that does not name it', () => {
    expect(aroundReason('Open · closes at 22:00', undefined)).toEqual(['Open · closes at 22:00']);
    expect(aroundReason('Event today · open until 24:00', 'Koncert')).toEqual(['Event today · open until 24:00']);
  });
});
