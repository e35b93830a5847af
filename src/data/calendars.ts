/** The calendar files of the site: each call's deadline, and all deadlines in one feed per language. */
import { dictionary } from '../i18n';
import { deadlineInstant } from '../lib/deadline';
import { calendar, type CalendarEvent } from '../lib/ical';
import { wallOf } from '../lib/hours/status';
import { addDays } from '../lib/hours/holidays';
import type { Locale } from '../lib/locales';
import { minutesOf } from '../schemas/clock';
import { formatDeadline } from '../lib/opportunity-format';
import { entryUrl } from '../lib/routes';
import { siteData, type Event, type Opportunity } from './collections';
import { eventPlace } from './places';

/** UIDs name the site, not a host name: they must not change if the site moves. */
const UID_DOMAIN = 'prostovoljstvo-za-mlade';
/** A timed deadline is a half-hour slot ending at it: "apply before 12:00". */
const SLOT_MINUTES = 30;
/** Reminder a day before a deadline. */
const REMIND_MINUTES = 24 * 60;

const calendarResponse = (body: string): Response => new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });

/** A call's deadline as a calendar event, in the page's language. */
export function deadlineEvent(opportunity: Opportunity, locale: Locale, site: URL | undefined): CalendarEvent {
  const t = dictionary(locale);
  const { data } = opportunity;
  const url = new URL(entryUrl('opportunities', opportunity.slug, locale), site ?? 'https://example.invalid').href;
  const timed = data.deadline.time !== undefined;
  const start = timed ? wallOf(deadlineInstant(data.deadline) - SLOT_MINUTES * 6e4) : { date: data.deadline.date };
  return {
    // One UID per call and language: both languages may be subscribed to at once.
    uid: `opportunity-${opportunity.slug}-deadline-${locale}@${UID_DOMAIN}`,
    updated: opportunity.updated,
    start,
    end: timed ? { date: data.deadline.date, minutes: minutesOf(data.deadline.time!) } : { date: addDays(data.deadline.date, 1) },
    summary: t.calendar.deadlineEvent(data.title),
    description: `${data.summary}\n${t.opportunities.deadline}: ${formatDeadline(data.deadline, locale, t.opportunities)}\n${site ? url : entryUrl('opportunities', opportunity.slug, locale)}`,
    location: `${data.place.town}, ${data.place.country}`,
    url: site ? url : undefined,
    alarmMinutesBefore: REMIND_MINUTES,
  };
}

/** One call's deadline, for "add to calendar". */
export async function deadlineCalendar(slug: string, locale: Locale, site: URL | undefined): Promise<Response> {
  const { opportunities } = await siteData(locale);
  const opportunity = opportunities.find((entry) => entry.slug === slug)!;
  return calendarResponse(calendar({ name: opportunity.data.title, language: locale, events: [deadlineEvent(opportunity, locale, site)] }));
}

/** Every call's deadline, past ones too (a calendar keeps its history), to subscribe to. */
export async function deadlinesCalendar(locale: Locale, site: URL | undefined): Promise<Response> {
  const { opportunities } = await siteData(locale);
  return calendarResponse(
    calendar({
      name: dictionary(locale).calendar.deadlinesName,
      language: locale,
      events: opportunities.map((entry) => deadlineEvent(entry, locale, site)),
    }),
  );
}

/** An event as a calendar event; a cancelled one stays, marked CANCELLED, so subscribed calendars drop it. */
export function eventEvent(event: Event, locale: Locale, site: URL | undefined, where: string): CalendarEvent {
  const { data } = event;
  const url = new URL(entryUrl('events', event.slug, locale), site ?? 'https://example.invalid').href;
  return {
    uid: `event-${event.slug}-${locale}@${UID_DOMAIN}`,
    updated: event.updated,
    start: { date: data.start.date, minutes: minutesOf(data.start.time) },
    end: { date: data.end.date, minutes: minutesOf(data.end.time) },
    summary: data.title,
    description: `${data.summary}\n${url}`,
    location: where,
    url,
    cancelled: data.cancelled,
  };
}

/** One event, for "add to calendar". */
export async function eventCalendar(slug: string, locale: Locale, site: URL | undefined): Promise<Response> {
  const data = await siteData(locale);
  const event = data.events.find((entry) => entry.slug === slug)!;
  return calendarResponse(
    calendar({ name: event.data.title, language: locale, events: [eventEvent(event, locale, site, eventPlace(event, data))] }),
  );
}

/** Every event, past ones too, to subscribe to. */
export async function eventsCalendar(locale: Locale, site: URL | undefined): Promise<Response> {
  const data = await siteData(locale);
  return calendarResponse(
    calendar({
      name: dictionary(locale).calendar.eventsName,
      language: locale,
      events: data.events.map((event) => eventEvent(event, locale, site, eventPlace(event, data))),
    }),
  );
}
