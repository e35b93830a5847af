/**
 * The staff editor at /admin/ on Sveltia's test backend, for the editor's browser tests and for
 * the screenshots of the staff guide: the repository lives in the browser's private file system,
 * seeded with the real content, and the configuration is the generated one with that backend.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { cmsConfig, cmsConfigYaml } from '../../src/cms/cms-config';
import { contentDir } from './paths';

/** Sveltia's test backend keeps the repository in this folder of the browser's private file system. */
export const TEST_REPO_FOLDER = 'sveltia-cms-test';

/** The button that opens the test backend, as the Slovenian interface names it. */
export const TEST_BACKEND_BUTTON = 'Delo s preizkusnim repozitorijem';

/** Every content file as `content/<collection>/<locale>/<file>` → text, the repository the editor sees. */
export function contentFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const collection of readdirSync(contentDir)) {
    for (const locale of readdirSync(path.join(contentDir, collection))) {
      for (const file of readdirSync(path.join(contentDir, collection, locale))) {
        files[`content/${collection}/${locale}/${file}`] = readFileSync(path.join(contentDir, collection, locale, file), 'utf8');
      }
    }
  }
  return files;
}

/**
 * Serves the test-backend configuration to `page` and seeds its repository with the real
 * content; the next visit of /admin/ offers the test backend.
 */
export async function prepareTestBackend(page: Page, baseUrl: string): Promise<void> {
  const testConfig = cmsConfigYaml(cmsConfig({ name: 'test-repo' }));
  await page.route(
    (url) => url.pathname === '/admin/config.yml',
    (route) => route.fulfill({ contentType: 'application/yaml', body: testConfig }),
  );
  // The private file system belongs to the origin, so seed it from a small page of the site.
  await page.goto(new URL('/favicon.svg', baseUrl).href);
  await page.evaluate(
    async ({ folder, files }) => {
      const repository = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder, { create: true });
      for (const [filePath, text] of Object.entries(files)) {
        const parts = filePath.split('/');
        let directory = repository;
        for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part, { create: true });
        const writable = await (await directory.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
        await writable.write(text);
        await writable.close();
      }
    },
    { folder: TEST_REPO_FOLDER, files: contentFiles() },
  );
}

/** A file of the test backend's repository, as the editor last saved it. */
export async function readRepositoryFile(page: Page, filePath: string): Promise<string> {
  return page.evaluate(
    async ({ folder, filePath }) => {
      const parts = filePath.split('/');
      let directory = await (await navigator.storage.getDirectory()).getDirectoryHandle(folder);
      for (const part of parts.slice(0, -1)) directory = await directory.getDirectoryHandle(part);
      return (await (await directory.getFileHandle(parts.at(-1)!)).getFile()).text();
    },
    { folder: TEST_REPO_FOLDER, filePath },
  );
}
