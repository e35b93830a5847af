import type { APIRoute, GetStaticPaths } from 'astro';
import { siteData } from '../../../data/collections';
import { deadlineCalendar } from '../../../data/calendars';

export const getStaticPaths = (async () => (await siteData('sl')).opportunities.map((opportunity) => ({ params: { id: opportunity.slug } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => deadlineCalendar(params.id!, 'sl', site);
