/**
 * The live "open now" line in Chromium, with Playwright's clock: the two real
 * centres at chosen instants, a visitor in New York, a page left open across
 * 22:00, tab and back/forward refreshes, JavaScript off, axe in both colour
 * schemes, and the machine-readable hours.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const KOPER = 'center-mladih-koper';
const MARKOVEC = 'mladinski-center-markovec-city';
const session = useBrowserSession();

interface OpenOptions {
  /** The browser clock starts here (ISO with offset) and runs only when the test says so. */
  time?: string;
  timezoneId?: string;
  javaScript?: boolean;
  colorScheme?: 'light' | 'dark';
}

async function open(
  path: string,
  { time, timezoneId = 'Europe/Ljubljana', javaScript = true, colorScheme = 'light' }: OpenOptions = {},
): Promise<Page> {
  const context = await session.newContext({ timezoneId, javaScriptEnabled: javaScript, colorScheme });
  const page = await context.newPage();
  if (time) await page.clock.install({ time: new Date(time) });
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

const statusLine = (page: Page, centre: string) => page.locator(`[data-centre="${centre}"] [data-status]`);

/** Waits for the island, then gives the status and the visible line. */
async function statusOf(page: Page, centre: string): Promise<{ status: string | null; text: string }> {
  const line = statusLine(page, centre);
  await expect.poll(() => line.getAttribute('data-status')).not.toBe('unknown');
  return { status: await line.getAttribute('data-status'), text: (await line.locator('[data-status-text]').textContent()) ?? '' };
}

describe('the status line at chosen instants', () => {
  it('shows Koper open and Markovec City opening later on a Monday morning', async () => {
    const page = await open('/centri/', { time: '2026-11-23T10:00:00+01:00' });
    expect(await statusOf(page, KOPER)).toEqual({ status: 'open', text: 'Odprto · zapre ob 22:00' });
    expect(await statusOf(page, MARKOVEC)).toEqual({ status: 'closed', text: 'Zaprto · odpre ob 12:30' });
  });

  it('shows both closed on a Saturday, opening on Monday', async () => {
    const page = await open('/', { time: '2026-11-28T12:00:00+01:00' });
    expect(await statusOf(page, KOPER)).toEqual({ status: 'closed', text: 'Zaprto · odpre v ponedeljek ob 9:00' });
    expect(await statusOf(page, MARKOVEC)).toEqual({ status: 'closed', text: 'Zaprto · odpre v ponedeljek ob 12:30' });
  });

  it('names the holiday on Christmas Day and says the assumed closure is not confirmed, in all three languages', async () => {
    const sl = await open(`/centri/${KOPER}/`, { time: '2026-12-25T10:00:00+01:00' });
    expect(await statusOf(sl, KOPER)).toEqual({
      status: 'closed',
      text: 'Zaprto · praznik (božič) · odpre v ponedeljek ob 9:00 · praznični urnik ni potrjen, preveri ga v centru',
    });
    const en = await open(`/en/centres/${KOPER}/`, { time: '2026-12-25T10:00:00+01:00' });
    expect(await statusOf(en, KOPER)).toEqual({
      status: 'closed',
      text: 'Closed · public holiday (Christmas Day) · opens on Monday at 9:00 · holiday hours not confirmed, check with the centre',
    });
    const italian = await open(`/it/centri/${MARKOVEC}/`, { time: '2026-12-25T10:00:00+01:00' });
    expect((await statusOf(italian, MARKOVEC)).text).toContain('orario dei giorni festivi non confermato, verificalo con il centro');
  });

  it('says the opening after Christmas is not confirmed on Christmas Eve evening, since it passes over the assumed closure', async () => {
    const en = await open(`/en/centres/${KOPER}/`, { time: '2026-12-24T22:30:00+01:00' });
    expect(await statusOf(en, KOPER)).toEqual({
      status: 'closed',
      text: 'Closed · opens on Monday at 9:00 · holiday hours not confirmed, check with the centre',
    });
  });

  it('says "closing soon" in the last hour, in both languages', async () => {
    const sl = await open(`/centri/${KOPER}/`, { time: '2026-11-24T21:30:00+01:00' });
    expect(await statusOf(sl, KOPER)).toEqual({ status: 'open', text: 'Kmalu zapre · ob 22:00' });
    const en = await open('/en/', { time: '2026-11-24T21:30:00+01:00' });
    expect(await statusOf(en, KOPER)).toEqual({ status: 'open', text: 'Closing soon · at 22:00' });
    expect(await statusOf(en, MARKOVEC)).toEqual({ status: 'closed', text: 'Closed · opens tomorrow at 12:30' });
  });

  it('gives each centre exactly one status on the home page, the list and the centre pages, in both languages', async () => {
    for (const path of [
      '/',
      '/centri/',
      `/centri/${KOPER}/`,
      `/centri/${MARKOVEC}/`,
      '/en/',
      '/en/centres/',
      `/en/centres/${KOPER}/`,
      `/en/centres/${MARKOVEC}/`,
    ]) {
      const page = await open(path, { time: '2026-11-23T10:00:00+01:00' });
      const centres = page.locator('[data-centre]');
      expect(await centres.count(), path).toBeGreaterThan(0);
      for (const centre of await centres.all()) {
        expect(await centre.locator('[data-status]').count(), path).toBe(1);
        await expect.poll(() => centre.locator('[data-status]').getAttribute('data-status')).toMatch(/^(open|closed)$/);
      }
    }
  });
});

describe("today's row of the weekly hours (#30)", () => {
  const todayRow = (page: Page) => page.locator('[data-weekday][aria-current="date"]');

  it('is closed on Christmas Day, with the holiday, as the badge says', async () => {
    const page = await open(`/en/centres/${KOPER}/`, { time: '2026-12-25T10:00:00+01:00' });
    expect((await statusOf(page, KOPER)).status).toBe('closed');
    expect(await todayRow(page).getAttribute('data-weekday')).toBe('friday');
    expect(await todayRow(page).locator('[data-today-hours]').textContent()).toBe(
      'closed · public holiday (Christmas Day) · holiday hours not confirmed, check with the centre',
    );
    expect(await todayRow(page).locator('[data-regular-hours]').isVisible()).toBe(false);
    expect(await todayRow(page).innerText()).not.toContain('22:00');
    // The other days keep their weekly hours.
    expect(await page.locator('[data-weekday="thursday"]').textContent()).toContain('9:00–22:00');
    expect(await page.locator('[data-today-hours]:not([hidden])').count()).toBe(1);
  });

  it('is the weekly row again on the next ordinary day', async () => {
    const page = await open(`/centri/${KOPER}/`, { time: '2026-12-28T10:00:00+01:00' });
    expect(await statusOf(page, KOPER)).toEqual({ status: 'open', text: 'Odprto · zapre ob 22:00' });
    expect(await todayRow(page).locator('[data-regular-hours]').textContent()).toContain('9:00–22:00');
    expect(await page.locator('[data-today-hours]:not([hidden])').count()).toBe(0);
  });

  it('shows the weekly hours in every row without JavaScript', async () => {
    const page = await open(`/en/centres/${KOPER}/`, { time: '2026-12-25T10:00:00+01:00', javaScript: false });
    expect(await page.locator('[data-weekday="friday"]').textContent()).toContain('9:00–22:00');
    expect(await page.locator('[data-today-hours]:not([hidden])').count()).toBe(0);
    expect(await page.locator('[data-weekday][aria-current]').count()).toBe(0);
  });

  it('says the event-night opening on closed days and the holiday rule are not confirmed', async () => {
    const page = await open(`/en/centres/${KOPER}/`, { javaScript: false });
    expect(await page.locator('main [data-unconfirmed]').allTextContents()).toEqual([
      ' (opening time not confirmed, check with the centre)',
      ' (holiday hours not confirmed, check with the centre)',
    ]);
  });
});

describe('a visitor in another time zone', () => {
  it('sees Ljubljana hours, marked as Slovenian time, from New York', async () => {
    // 10:30 in New York is 16:30 in Ljubljana.
    const page = await open(`/centri/${KOPER}/`, { time: '2026-11-23T15:30:00Z', timezoneId: 'America/New_York' });
    expect(await statusOf(page, KOPER)).toEqual({ status: 'open', text: 'Odprto · zapre ob 22:00 (slovenski čas)' });
    const en = await open(`/en/centres/${MARKOVEC}/`, { time: '2026-11-23T15:30:00Z', timezoneId: 'America/New_York' });
    expect(await statusOf(en, MARKOVEC)).toEqual({ status: 'open', text: 'Open · closes at 20:00 (Slovenian time)' });
  });

  it('uses the Ljubljana day when it is still the day before in New York', async () => {
    // Friday 20:30 in New York is Saturday 02:30 in Ljubljana: closed until Monday.
    const page = await open(`/centri/${KOPER}/`, { time: '2026-11-28T01:30:00Z', timezoneId: 'America/New_York' });
    expect(await statusOf(page, KOPER)).toEqual({ status: 'closed', text: 'Zaprto · odpre v ponedeljek ob 9:00 (slovenski čas)' });
    expect(await page.locator('[data-weekday][aria-current="date"]').getAttribute('data-weekday')).toBe('saturday');
  });

  it('adds no note in a zone that keeps Ljubljana time', async () => {
    const page = await open(`/centri/${KOPER}/`, { time: '2026-11-23T10:00:00+01:00', timezoneId: 'Europe/Rome' });
    expect((await statusOf(page, KOPER)).text).toBe('Odprto · zapre ob 22:00');
  });
});

describe('a page left open', () => {
  it('turns to "closing soon" at 21:00 and to closed at 22:00 by itself', async () => {
    const page = await open(`/centri/${KOPER}/`, { time: '2026-11-23T20:58:00+01:00' });
    expect(await statusOf(page, KOPER)).toEqual({ status: 'open', text: 'Odprto · zapre ob 22:00' });
    // From here on the clock moves only when the test moves it.
    await page.clock.pauseAt(new Date('2026-11-23T20:59:00+01:00'));
    await page.clock.runFor('01:01');
    expect(await statusOf(page, KOPER)).toEqual({ status: 'open', text: 'Kmalu zapre · ob 22:00' });
    await page.clock.runFor('59:58');
    expect((await statusOf(page, KOPER)).status).toBe('open');
    await page.clock.runFor('00:02');
    expect(await statusOf(page, KOPER)).toEqual({ status: 'closed', text: 'Zaprto · odpre jutri ob 9:00' });
  });

  it("moves today's row and the wording at midnight", async () => {
    const page = await open(`/centri/${KOPER}/`, { time: '2026-11-23T23:58:00+01:00' });
    const today = page.locator('[data-weekday][aria-current="date"]');
    expect(await statusOf(page, KOPER)).toEqual({ status: 'closed', text: 'Zaprto · odpre jutri ob 9:00' });
    expect(await today.getAttribute('data-weekday')).toBe('monday');
    await page.clock.pauseAt(new Date('2026-11-23T23:59:00+01:00'));
    await page.clock.runFor('01:01');
    expect(await statusOf(page, KOPER)).toEqual({ status: 'closed', text: 'Zaprto · odpre ob 9:00' });
    expect(await today.getAttribute('data-weekday')).toBe('tuesday');
    expect(await today.textContent()).toContain('(danes)');
    expect(await page.locator('[data-weekday][aria-current]').count()).toBe(1);
  });

  it('catches up when the tab becomes visible again after the clock jumped', async () => {
    const page = await open(`/centri/${MARKOVEC}/`, { time: '2026-11-23T19:00:00+01:00' });
    expect((await statusOf(page, MARKOVEC)).status).toBe('open');
    // A sleeping laptop: time moves on, no timer fires.
    await page.clock.pauseAt(new Date('2026-11-23T19:01:00+01:00'));
    await page.clock.setSystemTime(new Date('2026-11-24T12:00:00+01:00'));
    expect((await statusOf(page, MARKOVEC)).status).toBe('open');
    await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
    expect(await statusOf(page, MARKOVEC)).toEqual({ status: 'closed', text: 'Kmalu odpre · ob 12:30' });
  });

  it('catches up when the page comes back from the back/forward cache', async () => {
    const page = await open(`/centri/${MARKOVEC}/`, { time: '2026-11-23T19:00:00+01:00' });
    expect((await statusOf(page, MARKOVEC)).status).toBe('open');
    await page.clock.pauseAt(new Date('2026-11-23T19:01:00+01:00'));
    await page.clock.setSystemTime(new Date('2026-11-23T20:30:00+01:00'));
    expect((await statusOf(page, MARKOVEC)).status).toBe('open');
    await page.evaluate(() => dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));
    expect(await statusOf(page, MARKOVEC)).toEqual({ status: 'closed', text: 'Zaprto · odpre jutri ob 12:30' });
  });
});

describe('without JavaScript', () => {
  it('shows the full week and no status', async () => {
    const page = await open(`/centri/${KOPER}/`, { javaScript: false });
    const line = statusLine(page, KOPER);
    expect(await line.getAttribute('data-status')).toBe('unknown');
    expect(await line.isVisible()).toBe(false);
    const rows = page.locator('[data-weekday]');
    expect(await rows.count()).toBe(7);
    expect(await rows.filter({ hasText: '9:00–22:00' }).count()).toBe(5);
    expect(await page.locator('[data-weekday="saturday"]').textContent()).toContain('zaprto');
    expect(await page.locator('[aria-current="date"]').count()).toBe(0);
    expect(await page.textContent('main')).toContain(
      'Ob državnih praznikih in dela prostih dnevih zaprto (praznični urnik ni potrjen, preveri ga v centru).',
    );
  });

  it('lists both centres with their hours and no status on the list page', async () => {
    const page = await open('/en/centres/', { javaScript: false });
    for (const centre of [KOPER, MARKOVEC]) expect(await statusLine(page, centre).isVisible()).toBe(false);
    expect(await page.textContent('main')).toContain('12:30–20:00');
  });
});

describe('accessibility of the status line', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const [label, time] of [
      ['open', '2026-11-23T10:00:00+01:00'],
      ['closing soon', '2026-11-23T21:30:00+01:00'],
      ['closed', '2026-11-28T10:00:00+01:00'],
    ] as const) {
      it(`passes axe when ${label}, in ${colorScheme} mode`, async () => {
        const page = await open(`/centri/${KOPER}/`, { time, colorScheme });
        await statusOf(page, KOPER);
        await page.evaluate(axeSource);
        const results = await page.evaluate(() =>
          (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
          }),
        );
        const violations = results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
        );
        expect(violations).toEqual([]);
      });
    }
  }
});

describe('machine-readable hours', () => {
  it('describes each centre page in schema.org JSON-LD', async () => {
    const page = await open(`/centri/${KOPER}/`, { javaScript: false });
    // The layout adds the site's own WebSite block; the centre is the block with opening hours.
    const blocks = (await page.locator('script[type="application/ld+json"]').allTextContents()).map(
      (text) => JSON.parse(text) as Record<string, unknown>,
    );
    const data = blocks.find((block) => 'openingHoursSpecification' in block) ?? {};
    expect(data['name']).toBe('Center mladih Koper');
    expect(data['openingHoursSpecification']).toEqual([
      {
        '@type': 'OpeningHoursSpecification',
        dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'],
        opens: '09:00',
        closes: '22:00',
      },
    ]);
    // The holiday closure is only assumed (`assumed` in content): search engines are not told it as fact.
    expect(JSON.stringify(data['specialOpeningHoursSpecification'] ?? [])).not.toContain('2026-12-25');
  });

  it('serves /hours.json with every centre', async () => {
    const response = await fetch(new URL('/hours.json', baseUrl));
    expect(response.ok).toBe(true);
    const hours = (await response.json()) as {
      timeZone: string;
      centres: { id: string; weeklyHours: Record<string, unknown>; assumed?: string[] }[];
    };
    expect(hours.timeZone).toBe('Europe/Ljubljana');
    expect(hours.centres.map((centre) => centre.id).sort()).toEqual([KOPER, MARKOVEC]);
    expect(hours.centres.find((centre) => centre.id === MARKOVEC)?.weeklyHours['monday']).toEqual([{ opens: '12:30', closes: '20:00' }]);
    // The flag of a value the centre has not confirmed: both holiday rules are ours.
    for (const centre of hours.centres) expect(centre.assumed, centre.id).toContain('publicHolidays');
  });
});
