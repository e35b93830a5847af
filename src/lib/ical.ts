/**
 * Calendar files (iCalendar, RFC 5545) for "add to calendar" and for the feeds people subscribe to.
 * Pure: entries in, text out. Times are Ljubljana wall times with a `VTIMEZONE`, so a calendar
 * shows 12:00 in Ljubljana as 12:00 there and as the same instant anywhere else.
 */

export const CALENDAR_TIME_ZONE = 'Europe/Ljubljana';
const CRLF = '\r\n';
/** RFC 5545 §3.1: lines are at most 75 octets, excluding the line break. */
const MAX_OCTETS = 75;

/** A wall time in Ljubljana: a day and, unless the event lasts all day, minutes after midnight. */
export interface WallTime {
  date: string;
  minutes?: number | undefined;
}

export interface CalendarEvent {
  /** Stable across builds, so a subscribed calendar updates the event instead of adding another. */
  uid: string;
  /** When the entry last changed (`YYYY-MM-DD`); DTSTAMP, stable across builds too. */
  updated: string;
  start: WallTime;
  /** Exclusive; for an all-day event, the day after the last. */
  end: WallTime;
  summary: string;
  description?: string | undefined;
  location?: string | undefined;
  url?: string | undefined;
  cancelled?: boolean | undefined;
  /** Minutes before the start at which to remind, if at all. */
  alarmMinutesBefore?: number | undefined;
}

/**
 * TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks.
 * @example escapeText("Koper, Slovenija; 1\\n2") // "Koper\\, Slovenija\\; 1\\\\n2"
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a space,
 * never splitting a UTF-8 character.
 * @example foldLine("SUMMARY:" + "a".repeat(80)) // "SUMMARY:aaa…(67 a)\r\n aaaaaaaaaaaaa"
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = encoder.encode(character).length;
    // Continuation lines begin with a space, which counts towards their 75 octets.
    if (octets + size > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += character;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

const two = (value: number) => String(value).padStart(2, '0');

/**
 * A wall time as an iCalendar DATE or local DATE-TIME value.
 * @example wallValue({ date: "2027-01-15", minutes: 720 }) // "20270115T120000"
 * @example wallValue({ date: "2027-01-15" }) // "20270115"
 */
export function wallValue(time: WallTime): string {
  const day = time.date.replaceAll('-', '');
  return time.minutes === undefined ? day : `${day}T${two(Math.floor(time.minutes / 60))}${two(time.minutes % 60)}00`;
}

/** `DTSTART;TZID=Europe/Ljubljana:20270115T120000`, or `DTSTART;VALUE=DATE:20270115` for a whole day. */
const timeProperty = (name: string, time: WallTime): string =>
  time.minutes === undefined ? `${name};VALUE=DATE:${wallValue(time)}` : `${name};TZID=${CALENDAR_TIME_ZONE}:${wallValue(time)}`;

/**
 * Ljubljana's rules since 1996: summer time from the last Sunday of March at 02:00 to the last
 * Sunday of October at 03:00 (EU rules); every date the site names is after 1990.
 */
const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${CALENDAR_TIME_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19810329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19961027T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** The lines of one VEVENT. */
function eventLines(event: CalendarEvent): string[] {
  return [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${event.updated.replaceAll('-', '')}T000000Z`,
    timeProperty('DTSTART', event.start),
    timeProperty('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    ...(event.cancelled ? ['STATUS:CANCELLED'] : []),
    ...(event.alarmMinutesBefore !== undefined
      ? [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(event.summary)}`,
          `TRIGGER:-PT${event.alarmMinutesBefore}M`,
          'END:VALARM',
        ]
      : []),
    'END:VEVENT',
  ];
}

/**
 * A whole calendar file: CRLF line breaks, folded lines, one VTIMEZONE, the events in order.
 * `name` is what a subscribing app calls the calendar.
 * @example calendar({ name: "Roki", language: "sl", events: [] }).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0") // true
 */
export function calendar({ name, language, events }: { name: string; language: string; events: readonly CalendarEvent[] }): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//Prostovoljstvo za mlade//${language.toUpperCase()}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
    `X-WR-TIMEZONE:${CALENDAR_TIME_ZONE}`,
    // Subscribing apps check for changes about twice a day.
    'REFRESH-INTERVAL;VALUE=DURATION:PT12H',
    'X-PUBLISHED-TTL:PT12H',
    ...VTIMEZONE,
    ...events.flatMap(eventLines),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
