/**
 * `npm run screenshots:editor`: the pictures of the staff guide (UREJANJE.md, EDITING.md), made
 * in the editor on its test backend with the real content, so they stay current with the form:
 * the collections, then the three most common jobs (holiday hours at a centre, a new event, a
 * new open call). Nothing is saved; the PNGs go to docs/img/.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './harness/browser';
import { ensureFreshBuild } from './harness/build';
import { prepareTestBackend, TEST_BACKEND_BUTTON } from './harness/editor';
import { distDir, projectRoot } from './harness/paths';
import { startServer, stopServer } from './harness/server';

/** Where the guide's pictures live, beside the guides. */
export const GUIDE_IMAGES = path.join(projectRoot, 'docs', 'img');

/** One picture: what to do in the editor before taking it. */
interface Shot {
  file: string;
  act: (page: Page, baseUrl: string) => Promise<void>;
}

const open = async (page: Page, baseUrl: string, hash: string): Promise<void> => {
  await page.goto(new URL(`/admin/#${hash}`, baseUrl).href);
};

/** Types into the form field with this exact label (the last one, where a list repeats it). */
const fill = async (page: Page, label: string, value: string): Promise<void> => {
  await page.getByRole('textbox', { name: label, exact: true }).last().fill(value);
};

const SHOTS: Shot[] = [
  {
    file: 'urejanje-1-zbirke.png',
    act: async (page, baseUrl) => {
      await open(page, baseUrl, '/collections/centres');
      await page.getByRole('row').first().waitFor();
    },
  },
  {
    file: 'urejanje-2-praznik.png',
    act: async (page, baseUrl) => {
      await open(page, baseUrl, '/collections/centres/entries/center-mladih-koper');
      await page.getByRole('textbox', { name: 'Ime', exact: true }).waitFor();
      await page.getByRole('button', { name: /Dodaj.*Spremembe urnika/ }).click();
      await page.getByRole('textbox', { name: 'Razlog', exact: true }).waitFor();
      await page.getByLabel('Datum', { exact: true }).fill('2026-12-26');
      await page
        .getByRole('button', { name: /Dodaj.*Ure/ })
        .last()
        .click();
      await fill(page, 'Odpre', '10:00');
      await fill(page, 'Zapre', '14:00');
      await fill(page, 'Razlog', 'Dan samostojnosti in enotnosti: krajši odpiralni čas');
      await page.getByRole('textbox', { name: 'Razlog', exact: true }).scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'urejanje-3-dogodek.png',
    act: async (page, baseUrl) => {
      await open(page, baseUrl, '/collections/events/new');
      await fill(page, 'Naslov', 'Večer družabnih iger');
      await fill(page, 'Povzetek', 'Igre za mizo in spoznavanje novih ljudi.');
      const [day, time] = [page.getByLabel('Dan', { exact: true }), page.getByRole('textbox', { name: 'Ura', exact: true })];
      await day.first().fill('2027-02-12');
      await time.first().fill('19:00');
      await day.last().fill('2027-02-12');
      await time.last().fill('22:00');
      await page.getByRole('textbox', { name: 'Povzetek', exact: true }).scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'urejanje-4-poziv.png',
    act: async (page, baseUrl) => {
      await open(page, baseUrl, '/collections/opportunities/new');
      await fill(page, 'Naslov', 'Prostovoljec v mladinskem centru');
      await fill(page, 'Povzetek', 'Deset mesecev pomoči pri delavnicah za mlade.');
      await page.getByRole('radio', { name: 'Evropska solidarnostna enota (ESE)' }).check();
    },
  },
];

async function main(): Promise<void> {
  ensureFreshBuild();
  mkdirSync(GUIDE_IMAGES, { recursive: true });
  const server = await startServer(distDir);
  const browser = await launchBrowser();
  try {
    // Slovenian dates in the date fields, as staff see them.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'sl-SI' });
    const page = await context.newPage();
    await prepareTestBackend(page, server.baseUrl);
    await page.goto(new URL('/admin/', server.baseUrl).href);
    await page.getByRole('button', { name: TEST_BACKEND_BUTTON }).click();
    for (const shot of SHOTS) {
      await shot.act(page, server.baseUrl);
      // Let the last keystroke's validation and any opening animation settle.
      await page.waitForTimeout(500);
      const file = path.join(GUIDE_IMAGES, shot.file);
      await page.screenshot({ path: file });
      console.log(path.relative(projectRoot, file));
    }
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
