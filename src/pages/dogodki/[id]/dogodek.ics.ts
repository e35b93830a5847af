import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../data/collections';
import { eventCalendar } from '../../../data/calendars';

export const getStaticPaths = (async () => (await siteData('sl')).events.map((event) => ({ params: { id: event.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => eventCalendar(params.id!, 'sl', site);
