import type { APIRoute } from 'astro';
import { deadlinesCalendar } from '../../data/calendars';

export const GET: APIRoute = ({ site }) => deadlinesCalendar('sl', site);
