/**
 * The staff editor at /admin/ in Chromium. With the built configuration it must load everything
 * from this site; with Sveltia's test backend (files kept in the browser, seeded with our real
 * content) it must list the entries, show the forms in Slovenian and save files the schemas accept.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page, Request } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, cmsConfigYaml } from '../../src/cms/cms-config';
import { COLLECTIONS, schemas, type CollectionName } from '../../src/schemas';
import { contentDir, distDir } from '../../tools/harness/paths';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const siteHost = new URL(baseUrl).host;
/** Sveltia's test backend keeps the repository in this folder of the browser's private file system. */
const TEST_REPO_FOLDER = 'sveltia-cms-test';

const session = useBrowserSession();

/** Every content file as `content/<collection>/<locale>/<file>` → text, the repository the editor sees. */
function contentFiles(): Record<string, string> {
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

/** The frontmatter of a Markdown file as data. */
const frontmatter = (text: string): Record<string, unknown> => parse(text.split(/^---$/m)[1] ?? '') as Record<string, unknown>;

interface Visit {
  page: Page;
  /** Requests the page made to other hosts, and how each ended. */
  foreign: { url: string; failure: string | undefined }[];
  /** Requests to other hosts that got past the browser onto the network. */
  reachedNetwork: string[];
}

/**
 * Opens /admin/. With `testBackend`, the configuration is the generated one with Sveltia's
 * test backend, whose repository is seeded with the real content files first.
 */
async function openEditor({ testBackend }: { testBackend: boolean }): Promise<Visit> {
  const context = await session.newContext({ viewport: { width: 1400, height: 1000 } });
  const reachedNetwork: string[] = [];
  // Anything the browser lets out to another host passes through here; it is recorded and dropped.
  await context.route((url) => url.host !== siteHost, (route) => {
    reachedNetwork.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const foreign: Visit['foreign'] = [];
  const isForeign = (request: Request) => /^https?:/.test(request.url()) && new URL(request.url()).host !== siteHost;
  page.on('requestfailed', (request) => {
    if (isForeign(request)) foreign.push({ url: request.url(), failure: request.failure()?.errorText });
  });
  page.on('requestfinished', (request) => {
    if (isForeign(request)) foreign.push({ url: request.url(), failure: undefined });
  });
  if (testBackend) {
    const testConfig = cmsConfigYaml(cmsConfig({ name: 'test-repo' }));
    await page.route((url) => url.pathname === '/admin/config.yml', (route) => route.fulfill({ contentType: 'application/yaml', body: testConfig }));
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
  await page.goto(new URL('/admin/', baseUrl).href);
  if (testBackend) await page.getByRole('button', { name: 'Work with Test Repository' }).click();
  return { page, foreign, reachedNetwork };
}

/** A file of the test backend's repository, as the editor last saved it. */
async function readRepositoryFile(page: Page, filePath: string): Promise<string> {
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

/** Opens an entry's form and waits until its fields are there. */
async function openEntry(page: Page, collection: CollectionName, id: string, firstLabel: string): Promise<void> {
  await page.goto(new URL(`/admin/#/collections/${collection}/entries/${id}`, baseUrl).href);
  await page.getByRole('textbox', { name: firstLabel, exact: true }).waitFor();
}

/**
 * Everything `read` finds while the pane under `start` is scrolled to its end. Sveltia renders
 * long lists and forms as they scroll into view, so a test scrolls the way a person does.
 */
async function scrollAndCollect(page: Page, start: Locator, read: () => Promise<string[]>): Promise<Set<string>> {
  const box = await start.boundingBox();
  if (!box) throw new Error('nothing to start scrolling from');
  await page.mouse.move(box.x + 10, box.y + box.height / 2);
  const seen = new Set<string>();
  for (let round = 0, quiet = 0; round < 60 && quiet < 3; round++) {
    const before = seen.size;
    for (const text of await read()) seen.add(text.trim());
    quiet = seen.size === before ? quiet + 1 : 0;
    await page.mouse.wheel(0, 600);
    await page.waitForTimeout(150);
  }
  return seen;
}

/** The labels of the open form's fields, down to the last one. */
const formLabels = (page: Page) =>
  scrollAndCollect(page, page.getByRole('textbox').first(), () => page.locator('[id$="-label"]').allTextContents());

/** Saves the open entry and waits until the file in the repository has changed. */
async function saveAndRead(page: Page, filePath: string, before: string): Promise<string> {
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(() => readRepositoryFile(page, filePath), { timeout: 15_000 }).not.toBe(before);
  return readRepositoryFile(page, filePath);
}

describe('the staff editor at /admin/', () => {
  it('loads from this site only: nothing reaches another host, and the fonts are ours', async () => {
    const { page, foreign, reachedNetwork } = await openEditor({ testBackend: false });
    // Sveltia wraps names in Unicode isolation marks: "Sign In with ⁨GitLab⁩".
    await page.getByRole('button', { name: /Sign In with\W*GitLab/ }).waitFor();
    // Sveltia's status check of the Git host and its update check start once the sign-in page is up.
    await page.waitForTimeout(1_000);
    expect(reachedNetwork).toEqual([]);
    // What Sveltia tries on its own (CDN fonts, an update check, the Git host's status page) is
    // refused by the page's policy inside the browser.
    for (const attempt of foreign) expect(attempt, attempt.url).toEqual({ url: attempt.url, failure: 'csp' });
    const loadedFonts = await page.evaluate(() => [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replaceAll('"', '')));
    expect(loadedFonts).toEqual(expect.arrayContaining(['Source Sans 3', 'Material Symbols Outlined']));
  });

  it('is not loaded by any public page, and asks search engines to stay away', () => {
    const htmlFiles = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory() ? htmlFiles(path.join(folder, entry.name)) : entry.name.endsWith('.html') ? [path.join(folder, entry.name)] : [],
      );
    const adminDir = path.join(distDir, 'admin');
    const publicPages = htmlFiles(distDir).filter((file) => !file.startsWith(adminDir + path.sep));
    expect(publicPages.length).toBeGreaterThan(10);
    for (const file of publicPages) expect(readFileSync(file, 'utf8'), file).not.toMatch(/sveltia|cms-config-url/i);
    expect(readFileSync(path.join(adminDir, 'index.html'), 'utf8')).toMatch(/<meta name="robots" content="noindex, nofollow">/);
  });

  it('lists the entries of every collection with the test backend', async () => {
    const { page } = await openEditor({ testBackend: true });
    for (const collection of COLLECTIONS) {
      const nameField = collection === 'partners' || collection === 'centres' ? 'name' : 'title';
      const folder = path.join(contentDir, collection, 'sl');
      // Hidden files (.gitkeep keeps the folder of a collection with no entries yet) are no entries.
      const entries = readdirSync(folder).filter((file) => /\.mdx?$/.test(file));
      if (entries.length === 0) continue;
      const names = entries.map((file) => String(frontmatter(readFileSync(path.join(folder, file), 'utf8'))[nameField]));
      await page.goto(new URL(`/admin/#/collections/${collection}`, baseUrl).href);
      await page.getByText(new RegExp(`collection, which has \\W*${names.length}\\W* entr`)).waitFor({ state: 'attached', timeout: 20_000 });
      const listed = await scrollAndCollect(page, page.getByRole('row').first(), () => page.getByRole('row').allInnerTexts());
      expect(names.filter((name) => !listed.has(name)), collection).toEqual([]);
    }
  });

  it('shows a project’s fields with Slovenian labels and hints, and partners by name', async () => {
    const { page } = await openEditor({ testBackend: true });
    await openEntry(page, 'projects', 'ko-prosto', 'Naslov');
    const expected = (cmsConfig({ name: 'test-repo' }).collections ?? [])
      .flatMap((collection) => ('name' in collection && collection.name === 'projects' && 'fields' in collection ? collection.fields : []))
      .map((field) => field.label!);
    expect(expected).toContain('Prijavitelj');
    expect([...(await formLabels(page))]).toEqual(expect.arrayContaining([...expected, 'Začetek', 'Konec']));
    expect(await page.getByText('Oznaka partnerja (ime datoteke v content/partners/sl/).').count()).toBeGreaterThan(0);
    expect(await page.getByText('ŠENT – Slovensko združenje za duševno zdravje').count()).toBeGreaterThan(0);
  });

  it.each([
    ['projects', 'ko-prosto', 'Naslov', 'title'],
    ['centres', 'center-mladih-koper', 'Ime', 'name'],
  ] as const)('saves an edited %s entry the schema accepts, with every other value kept', async (collection, id, label, field) => {
    const { page } = await openEditor({ testBackend: true });
    const filePath = `content/${collection}/sl/${id}.md`;
    const before = await readRepositoryFile(page, filePath);
    await openEntry(page, collection, id, label);
    const box = page.getByRole('textbox', { name: label, exact: true });
    await box.fill(`${await box.inputValue()} (popravljeno)`);
    const after = await saveAndRead(page, filePath, before);

    const saved = schemas[collection].safeParse(frontmatter(after));
    expect(saved.success, JSON.stringify(saved.error?.issues)).toBe(true);
    const original = schemas[collection].parse(frontmatter(before)) as Record<string, unknown>;
    expect(saved.data).toEqual({ ...original, [field]: `${String(original[field])} (popravljeno)` });
    expect(after.split(/^---$/m).slice(2).join('---'), 'the body').toBe(before.split(/^---$/m).slice(2).join('---'));
  });

  it('adds a closing day to a centre that the schema accepts', async () => {
    const { page } = await openEditor({ testBackend: true });
    const filePath = 'content/centres/sl/center-mladih-koper.md';
    const before = await readRepositoryFile(page, filePath);
    await openEntry(page, 'centres', 'center-mladih-koper', 'Ime');
    await page.getByRole('button', { name: /Add.*Spremembe urnika/ }).click();
    const reason = page.getByRole('textbox', { name: 'Razlog', exact: true });
    await reason.waitFor();
    await page.getByLabel('Datum', { exact: true }).fill('2026-12-24');
    await page.getByRole('combobox', { name: 'Zaprto' }).click();
    await page.getByRole('option', { name: 'da' }).click();
    await reason.fill('Zaprto zaradi inventure');
    const after = await saveAndRead(page, filePath, before);

    const saved = schemas.centres.safeParse(frontmatter(after));
    expect(saved.success, JSON.stringify(saved.error?.issues)).toBe(true);
    expect(saved.data?.exceptions).toEqual([{ date: '2026-12-24', closed: true, reason: 'Zaprto zaradi inventure' }]);
  });
});
