/**
 * /admin/sveltia-cms.js: the pinned Sveltia CMS build, served from our own origin so the editor
 * loads nothing from a CDN, with the patches of src/cms/sveltia-patches.ts (Slovenian, no other host).
 * Only /admin/ links to it; no public page does.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute } from 'astro';
import { patchBundle } from '@/cms/sveltia-patches';

/** The package exports only its npm entry, so the single-file build is found beside it. */
export const bundlePath = (): string =>
  join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..', 'dist', 'sveltia-cms.js');

export const GET: APIRoute = async () =>
  new Response(patchBundle(await readFile(bundlePath(), 'utf8')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
