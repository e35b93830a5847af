import type { APIRoute, GetStaticPaths } from 'astro';
import { deadlineCalendar, deadlinesCalendar, eventCalendar, eventsCalendar } from '@/data/calendars';
import { calendarPaths, type CalendarProps } from '@/data/paths';

export const getStaticPaths = (() => calendarPaths()) satisfies GetStaticPaths;

export const GET: APIRoute<CalendarProps> = ({ props, site }) => {
  switch (props.calendar) {
    case 'events':
      return eventsCalendar(props.locale, site);
    case 'deadlines':
      return deadlinesCalendar(props.locale, site);
    case 'event':
      return eventCalendar(props.slug, props.locale, site);
    case 'deadline':
      return deadlineCalendar(props.slug, props.locale, site);
  }
};
