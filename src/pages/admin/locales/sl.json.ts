/**
 * /admin/locales/sl.json: the editor's own interface in Slovenian (menus, buttons, dialogs,
 * validation messages), which Sveltia CMS does not ship. The served build fetches it from here
 * (src/cms/sveltia-patches.ts); tests/unit/editor-locale.test.ts keeps it complete
 * against the package's English strings.
 */
import type { APIRoute } from 'astro';
import strings from '@/cms/sveltia-sl.json';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(strings), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
