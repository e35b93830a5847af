/**
 * `npm run screenshots:editor`: the pictures of the staff guide (UREJANJE.md, EDITING.md), made
 * in the editor on its test backend with the real content, so they stay current with the form:
 * the collections, then the three most common jobs (holiday hours at a centre, for one day and
 * for every holiday; a new event; a new open call, both with the English column beside the
 * Slovenian one), and a translation side by side, English and Italian (the right-hand column shows
 * any of the languages). Nothing is saved; the PNGs go to docs/img/.
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

/** Types into the form field with this exact label: the Slovenian column's (the first), or the last one where a list repeats it. */
const fill = async (page: Page, label: string, value: string, which: 'first' | 'last' = 'last'): Promise<void> => {
  await page.getByRole('textbox', { name: label, exact: true })[which]().fill(value);
};

/** What the right-hand column shows: a translation (English or Italian) beside the Slovenian file, or the preview. */
const rightColumn = async (page: Page, show: 'Angleščina' | 'Italijanščina' | 'Predogled'): Promise<void> => {
  await page.getByRole('radio', { name: show, exact: true }).last().click();
};

/** Opens an entry's form, waiting for its Slovenian title. */
const openEntry = async (page: Page, baseUrl: string, entry: string): Promise<void> => {
  await open(page, baseUrl, `/collections/${entry}`);
  await page.getByRole('textbox', { name: 'Naslov', exact: true }).first().waitFor();
};

/** An entry with one of its translations in the right-hand column, beside the Slovenian file. */
const sideBySide = async (page: Page, baseUrl: string, entry: string, language: 'Angleščina' | 'Italijanščina'): Promise<void> => {
  await openEntry(page, baseUrl, entry);
  await rightColumn(page, language);
  await page.getByRole('textbox', { name: 'Naslov', exact: true }).last().waitFor();
};

/** Opens a centre's form with the preview on the right: a centre's English file holds little to show. */
const openCentre = async (page: Page, baseUrl: string): Promise<void> => {
  await open(page, baseUrl, '/collections/centres/entries/center-mladih-koper');
  await page.getByRole('textbox', { name: 'Ime', exact: true }).first().waitFor();
  await rightColumn(page, 'Predogled');
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
      await openCentre(page, baseUrl);
      await page.getByRole('button', { name: /Dodaj.*Spremembe urnika/ }).click();
      await page.getByRole('textbox', { name: 'Razlog', exact: true }).waitFor();
      await page.getByLabel('Datum', { exact: true }).fill('2026-12-26');
      await page
        .getByRole('button', { name: /Dodaj\W*Ure\W*$/ })
        .last()
        .click();
      await fill(page, 'Odpre', '10:00');
      await fill(page, 'Zapre', '14:00');
      await fill(page, 'Razlog', 'Dan samostojnosti in enotnosti: krajši odpiralni čas');
      await page.getByRole('textbox', { name: 'Razlog', exact: true }).scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'urejanje-5-prazniki.png',
    act: async (page, baseUrl) => {
      await openCentre(page, baseUrl);
      await page.getByRole('radio', { name: 'drugačen urnik (ure spodaj)' }).check();
      await page.getByRole('button', { name: /Dodaj.*Ure ob praznikih/ }).click();
      await fill(page, 'Odpre', '10:00');
      await fill(page, 'Zapre', '14:00');
      await page.getByRole('radio', { name: 'drugačen urnik (ure spodaj)' }).scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'urejanje-3-dogodek.png',
    act: async (page, baseUrl) => {
      await open(page, baseUrl, '/collections/events/new');
      await rightColumn(page, 'Angleščina');
      await fill(page, 'Naslov', 'Večer družabnih iger', 'first');
      await fill(page, 'Povzetek', 'Igre za mizo in spoznavanje novih ljudi.', 'first');
      await fill(page, 'Naslov', 'Board games evening', 'last');
      await fill(page, 'Povzetek', 'Board games and meeting new people.', 'last');
      const [day, time] = [page.getByLabel('Dan', { exact: true }), page.getByRole('textbox', { name: 'Ura', exact: true })];
      await day.first().fill('2027-02-12');
      await time.first().fill('19:00');
      await day.last().fill('2027-02-12');
      await time.last().fill('22:00');
      await page.getByRole('textbox', { name: 'Povzetek', exact: true }).first().scrollIntoViewIfNeeded();
    },
  },
  {
    file: 'urejanje-4-poziv.png',
    act: async (page, baseUrl) => {
      await open(page, baseUrl, '/collections/opportunities/new');
      await rightColumn(page, 'Angleščina');
      await fill(page, 'Naslov', 'Prostovoljec v mladinskem centru', 'first');
      await fill(page, 'Povzetek', 'Deset mesecev pomoči pri delavnicah za mlade.', 'first');
      await page.getByRole('radio', { name: 'Evropska solidarnostna enota (ESE)' }).check();
    },
  },
  {
    file: 'urejanje-6-prevod.png',
    act: (page, baseUrl) => sideBySide(page, baseUrl, 'projects/entries/skupaj-na-delu', 'Angleščina'),
  },
  {
    file: 'urejanje-7-italijanscina.png',
    act: (page, baseUrl) => sideBySide(page, baseUrl, 'programmes/entries/ese', 'Italijanščina'),
  },
  {
    // A project with no Italian file yet: Sveltia marks the language "izklopljeno" and offers to switch it on.
    file: 'urejanje-8-vklop-jezika.png',
    act: async (page, baseUrl) => {
      await openEntry(page, baseUrl, 'projects/entries/skupaj-na-delu');
      await page.getByRole('radio', { name: 'Italijanščina (izklopljeno)', exact: true }).last().click();
      await page.getByRole('button', { name: /Vklopi jezik/ }).waitFor();
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
