/**
 * /admin/config.yml: the editor's configuration, generated from the zod schemas at build time.
 * The sign-in backend comes from CMS_* environment variables (see README.md, "Browser editor").
 */
import type { APIRoute } from 'astro';
import { backendFromEnv, cmsConfigYaml, generateCmsConfig } from '@/cms/cms-config';

export const GET: APIRoute = () => {
  const { config, problems } = generateCmsConfig(backendFromEnv(process.env));
  // Schema work in progress should not stop the site; tests/unit/cms-config.test.ts fails instead.
  for (const problem of problems) console.warn(`[cms-config] ${problem}`);
  return new Response(cmsConfigYaml(config), { headers: { 'Content-Type': 'application/yaml; charset=utf-8' } });
};
