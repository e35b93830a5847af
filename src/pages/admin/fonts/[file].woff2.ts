/**
 * /admin/fonts/<name>.woff2: the editor's fonts, copied from the pinned @sveltia/cms package
 * (npm/assets, where the file names carry a content hash) so the editor needs no font CDN.
 */
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { EDITOR_FONTS } from '@/cms/sveltia-fonts';

const assetsDir = (): string => join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), 'assets');

/** The route ends in .woff2, so the parameter is the name without it. */
export const getStaticPaths = (() =>
  EDITOR_FONTS.map((font) => ({ params: { file: font.file.replace(/\.woff2$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const stem = String(params['file']);
  const packaged = (await readdir(assetsDir())).find((name) => name.startsWith(`${stem}-`) && name.endsWith('.woff2'));
  if (!packaged)
    throw new Error(`@sveltia/cms no longer ships ${stem}-*.woff2 in npm/assets; update EDITOR_FONTS in src/cms/sveltia-fonts.ts`);
  return new Response(await readFile(join(assetsDir(), packaged)), { headers: { 'Content-Type': 'font/woff2' } });
};
