/**
 * /objava.json: what this copy of the site was built from (commit, build time, branch), so staff
 * can tell whether their change is live; the editor's page /admin/ shows it (src/lib/publication.ts).
 */
import type { APIRoute } from 'astro';
import { publicationOf } from '../lib/publication-source';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(publicationOf(process.env, new Date()), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
