import type { APIRoute } from 'astro';
import { eventsCalendar } from '../../../data/calendars';

export const GET: APIRoute = ({ site }) => eventsCalendar('en', site);
