import type { APIRoute } from 'astro';
import { projectsFeed } from '../../data/feeds';

export const GET: APIRoute = ({ site }) => projectsFeed('sl', site);
