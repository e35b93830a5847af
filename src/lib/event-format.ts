/** How an event's time is written out for people. */
import type { EventTime } from '../schemas/event';
import { formatPartialDate, formatTime } from './format';
import type { Locale } from './locales';

/**
 * Start and end in Ljubljana time: one day with its hours, or both ends in full.
 * @example formatEventTime({ date: "2027-02-12", time: "19:00" }, { date: "2027-02-12", time: "22:00" }, "sl", "(slovenski čas)") // "12. 2. 2027, 19:00–22:00 (slovenski čas)"
 * @example formatEventTime({ date: "2027-02-12", time: "20:00" }, { date: "2027-02-13", time: "01:00" }, "en", "(Slovenian time)") // "12 February 2027, 20:00 – 13 February 2027, 1:00 (Slovenian time)"
 */
export function formatEventTime(start: EventTime, end: EventTime, locale: Locale, zoneNote: string): string {
  const day = (moment: EventTime) => formatPartialDate(moment.date, locale);
  if (start.date === end.date) return `${day(start)}, ${formatTime(start.time)}–${formatTime(end.time)} ${zoneNote}`;
  return `${day(start)}, ${formatTime(start.time)} – ${day(end)}, ${formatTime(end.time)} ${zoneNote}`;
}
