import type { APIRoute } from 'astro';
import { opportunitiesFeed } from '../../data/feeds';

export const GET: APIRoute = ({ site }) => opportunitiesFeed('sl', site);
