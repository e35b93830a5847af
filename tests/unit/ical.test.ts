/**
 * The calendar writer (src/lib/ical.ts) against RFC 5545 and a real parser (ical.js): instants in
 * Ljubljana across the changes to and from summer time, escaped text, folded lines, CRLF.
 */
import { describe, expect, it } from 'vitest';
import { calendar, escapeText, foldLine, wallValue, type CalendarEvent } from '../../src/lib/ical';
import { parseEvents } from '../e2e/support/ical';

const event = (overrides: Partial<CalendarEvent>): CalendarEvent => ({
  uid: 'test@prostovoljstvo-za-mlade',
  updated: '2026-11-20',
  start: { date: '2027-01-15', minutes: 690 },
  end: { date: '2027-01-15', minutes: 720 },
  summary: 'Rok prijave',
  ...overrides,
});

describe('the calendar writer', () => {
  it('escapes backslashes, semicolons, commas and line breaks in text', () => {
    expect(escapeText('Koper, Slovenija; a\\b\nc')).toBe('Koper\\, Slovenija\\; a\\\\b\\nc');
  });

  it('folds lines at 75 octets without splitting a UTF-8 character', () => {
    const folded = foldLine(`SUMMARY:${'ž'.repeat(100)}`);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'ž'.repeat(100)}`);
  });

  it('writes wall times as local DATE-TIME values and whole days as DATE values', () => {
    expect(wallValue({ date: '2027-01-15', minutes: 720 })).toBe('20270115T120000');
    expect(wallValue({ date: '2027-01-15' })).toBe('20270115');
  });

  it('ends every line with CRLF and has one VTIMEZONE for Europe/Ljubljana', () => {
    const text = calendar({ name: 'Roki', language: 'sl', events: [event({})] });
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    expect(text.match(/BEGIN:VTIMEZONE\r\nTZID:Europe\/Ljubljana/g)).toHaveLength(1);
  });

  it('gives the right instants in winter, in summer and on both days the clocks change', () => {
    const text = calendar({
      name: 'Roki',
      language: 'sl',
      events: [
        event({ uid: 'winter', start: { date: '2027-01-15', minutes: 690 }, end: { date: '2027-01-15', minutes: 720 } }),
        event({ uid: 'summer', start: { date: '2027-07-15', minutes: 690 }, end: { date: '2027-07-15', minutes: 720 } }),
        // 28 March 2027: 02:00 becomes 03:00; 31 October 2027: 03:00 becomes 02:00.
        event({ uid: 'spring', start: { date: '2027-03-28', minutes: 60 }, end: { date: '2027-03-28', minutes: 240 } }),
        event({ uid: 'autumn', start: { date: '2027-10-31', minutes: 60 }, end: { date: '2027-10-31', minutes: 240 } }),
        event({ uid: 'day', start: { date: '2027-01-15' }, end: { date: '2027-01-16' } }),
      ],
    });
    const byUid = Object.fromEntries(parseEvents(text).map((parsed) => [parsed.uid, parsed]));
    expect(byUid['winter']).toMatchObject({ start: '2027-01-15T10:30:00.000Z', end: '2027-01-15T11:00:00.000Z' });
    expect(byUid['summer']).toMatchObject({ start: '2027-07-15T09:30:00.000Z', end: '2027-07-15T10:00:00.000Z' });
    expect(byUid['spring']).toMatchObject({ start: '2027-03-28T00:00:00.000Z', end: '2027-03-28T02:00:00.000Z' });
    expect(byUid['autumn']).toMatchObject({ start: '2027-10-30T23:00:00.000Z', end: '2027-10-31T03:00:00.000Z' });
    expect(byUid['day']).toMatchObject({ allDay: true, start: '2027-01-15', end: '2027-01-16' });
  });

  it('reads back escaped and folded text exactly', () => {
    const summary = `Rok prijave: Prostovoljstvo v Gradcu, Avstrija; ${'šumniki čšž '.repeat(8)}`;
    const [parsed] = parseEvents(
      calendar({ name: 'Roki', language: 'sl', events: [event({ summary, description: 'a\nb, c; d\\e', cancelled: true })] }),
    );
    expect(parsed).toMatchObject({ summary, description: 'a\nb, c; d\\e', cancelled: true });
  });
});
