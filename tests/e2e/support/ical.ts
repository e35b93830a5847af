/** Calendar files read by a real parser (ical.js), for the unit tests of the writer and the e2e tests of the built site. */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  /** An instant (ISO, UTC) for a timed event; the day (`YYYY-MM-DD`) for an all-day one. */
  start: string;
  end: string;
  allDay: boolean;
  description: string;
  cancelled: boolean;
}

/** Every VEVENT of a calendar text as ical.js reads it, with the calendar's own time zones. */
export function parseEvents(text: string): ParsedEvent[] {
  const root = new ICAL.Component(ICAL.parse(text) as unknown[]);
  for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return root.getAllSubcomponents('vevent').map((component) => {
    const event = new ICAL.Event(component);
    const value = (time: ICAL.Time) => (time.isDate ? time.toString() : time.toJSDate().toISOString());
    return {
      uid: event.uid,
      summary: event.summary,
      start: value(event.startDate),
      end: value(event.endDate),
      allDay: event.startDate.isDate,
      description: event.description ?? '',
      cancelled: component.getFirstPropertyValue('status') === 'CANCELLED',
    };
  });
}
