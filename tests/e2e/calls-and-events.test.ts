/**
 * Open calls and events on a fixture site (tests/fixtures/calls-and-events: a call closing on
 * 15 January 2027 at 12:00 in Graz, one on 31 March 2027 in Koper, one closed in October 2026; a
 * concert at Center mladih Koper on Friday 12 February 2027, a workshop elsewhere, a cancelled
 * Saturday trip and a past workshop), built in a throw-away copy: status and lists follow the
 * browser's clock in Ljubljana, readers without JavaScript see everything with its dates, the
 * concert makes the centre's event night everywhere its hours appear (today's row of the table
 * too, as does a shorter Christmas Eve at Markovec City), a closed call stops inviting, and every
 * calendar file parses in ical.js with the right instants.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/harness/browser';
import { buildFixtureSite } from './support/fixture-site';
import { parseEvents } from './support/ical';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';

let project: string;
let dist: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  project = buildFixtureSite('calls-and-events');
  dist = join(project, 'dist');
  server = await startServer(dist);
  browser = await launchBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

/** Opens a page of the fixture site with the browser clock fixed at `instant`. */
async function open(
  path: string,
  { instant, javaScript = true, timezoneId = 'Europe/Ljubljana' }: { instant?: string; javaScript?: boolean; timezoneId?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, timezoneId });
  const page = await context.newPage();
  if (instant) await page.clock.setFixedTime(new Date(instant));
  await page.goto(new URL(path, server.baseUrl).href);
  return page;
}

/** Titles of the calls a list shows, in order. */
const shownTitles = (page: Page, within = 'main') =>
  page
    .locator(`${within} :is([data-opportunity-list], [data-event-list]) > li:not([hidden]) :is(h2, h3)`)
    .allTextContents()
    .then((titles) => titles.map((title) => title.trim()));
const statusOf = (page: Page) => page.locator('[data-opportunity-status]').first().getAttribute('data-opportunity-status');

describe('open calls in the browser', () => {
  it('lists open calls by deadline and moves the closed one to the archive', async () => {
    const list = await open('/priloznosti/', { instant: '2026-12-01T10:00:00+01:00' });
    expect(await shownTitles(list)).toEqual(['Prostovoljstvo v mladinskem centru v Gradcu', 'Poletni tabor ob morju v Kopru']);
    const archive = await open('/priloznosti/arhiv/', { instant: '2026-12-01T10:00:00+01:00' });
    expect(await shownTitles(archive)).toEqual(['Okoljska izmenjava, ki se je že zaprla']);
    await list.context().close();
    await archive.context().close();
  });

  it('says a call closes soon in its last 7 days and closed at 12:00 in Ljubljana, whatever the visitor’s zone', async () => {
    const week = await open('/priloznosti/prostovoljstvo-v-gradcu/', { instant: '2027-01-08T12:00:00+01:00' });
    expect(await statusOf(week)).toBe('soon');
    expect(await week.locator('[data-opportunity-status]').first().textContent()).toBe('Rok se izteka');
    const before = await open('/en/opportunities/prostovoljstvo-v-gradcu/', {
      instant: '2027-01-15T10:59:00Z',
      timezoneId: 'America/New_York',
    });
    expect(await statusOf(before)).toBe('soon');
    expect(await before.locator('[data-opportunity-status]').first().textContent()).toBe('Closing soon');
    const after = await open('/priloznosti/prostovoljstvo-v-gradcu/', { instant: '2027-01-15T11:00:00Z', timezoneId: 'America/New_York' });
    expect(await statusOf(after)).toBe('closed');
    for (const page of [week, before, after]) await page.context().close();
  });

  it('hides the open calls of a programme once all have closed, and shows them while one is open', async () => {
    const open1 = await open('/programi/ese/', { instant: '2027-02-01T10:00:00+01:00' });
    expect(await open1.locator('#open-calls').isVisible()).toBe(true);
    expect(await shownTitles(open1)).toEqual(['Poletni tabor ob morju v Kopru']);
    const later = await open('/programi/ese/', { instant: '2027-05-01T10:00:00+02:00' });
    expect(await later.locator('#open-calls').isVisible()).toBe(false);
    const centre = await open('/centri/center-mladih-koper/', { instant: '2027-02-01T10:00:00+01:00' });
    expect(await shownTitles(centre, '[aria-labelledby="open-calls"]')).toEqual(['Poletni tabor ob morju v Kopru']);
    expect(await shownTitles(centre, '[aria-labelledby="centre-events"]')).toEqual(['Koncert mladih skupin', 'Sobotni izlet, odpovedan']);
    for (const page of [open1, later, centre]) await page.context().close();
  });

  it('lists every call with its deadline written out for readers without JavaScript', async () => {
    const page = await open('/priloznosti/', { javaScript: false });
    // The call closed in October 2026 was closed at the build: only its archive lists it (#30 item 18).
    expect(await page.locator('[data-opportunity-list] > li').count()).toBe(2);
    expect(await page.textContent('main')).toContain('15. 1. 2027 ob 12:00 (slovenski čas)');
    const archive = await open('/priloznosti/arhiv/', { javaScript: false });
    expect(await archive.locator('[data-opportunity-list] > li').count()).toBe(3);
    for (const opened of [page, archive]) await opened.context().close();
  });
});

/** Every .ics file of the build, by URL path. */
function calendarsIn(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ics'))
    .map((entry) => `/${relative(dist, join(entry.parentPath, entry.name))}`);
}

describe('events in the browser', () => {
  it('lists events still to come by start, cancelled ones marked, and past ones in the archive', async () => {
    const list = await open('/dogodki/', { instant: '2027-03-01T10:00:00+01:00' });
    expect(await shownTitles(list)).toEqual(['Delavnica: kako se prijaviti na ESE', 'Sobotni izlet, odpovedan']);
    expect(await list.locator('main').textContent()).toContain('Odpovedano');
    const archive = await open('/en/events/archive/', { instant: '2027-03-01T10:00:00+01:00' });
    expect(await shownTitles(archive)).toEqual(['Young bands in concert', 'Pretekla delavnica o prostovoljstvu']);
    for (const page of [list, archive]) await page.context().close();
  });

  it('keeps the centre open until midnight on the concert night, and not on a Friday without an event', async () => {
    const statusAt = async (instant: string) => {
      const page = await open('/centri/center-mladih-koper/', { instant });
      const status = await page.locator('[data-centre="center-mladih-koper"] [data-status]').first().getAttribute('data-status');
      await page.context().close();
      return status;
    };
    expect(await statusAt('2027-02-12T23:30:00+01:00')).toBe('open');
    expect(await statusAt('2027-02-19T23:30:00+01:00')).toBe('closed');
    // The cancelled Saturday trip keeps the centre closed that Saturday evening.
    expect(await statusAt('2027-04-03T19:00:00+02:00')).toBe('closed');
  });

  it('puts the event night in /hours.json and in the centre page’s JSON-LD', () => {
    const hours = JSON.parse(readFileSync(join(dist, 'hours.json'), 'utf8')) as { centres: { id: string; exceptions: unknown[] }[] };
    expect(hours.centres.find((centre) => centre.id === 'center-mladih-koper')?.exceptions).toEqual([
      { date: '2027-02-12', eventNight: true, reason: 'Koncert mladih skupin' },
    ]);
    const page = readFileSync(join(dist, 'centri/center-mladih-koper/index.html'), 'utf8');
    expect(page).toContain(
      '{"@type":"OpeningHoursSpecification","validFrom":"2027-02-12","validThrough":"2027-02-12","opens":"09:00","closes":"23:59"}',
    );
  });

  it('no longer says that no event is in the calendar once one names the centre (#22)', () => {
    for (const file of ['centri/center-mladih-koper/index.html', 'en/centres/center-mladih-koper/index.html']) {
      const page = readFileSync(join(dist, file), 'utf8');
      expect(page).toMatch(/ko je v koledarju objavljena prireditev|with an event in the calendar/);
      expect(page).not.toContain('data-no-event-nights');
    }
  });
});

describe('a closed call stops inviting (#30)', () => {
  const GRAZ = '/priloznosti/prostovoljstvo-v-gradcu/';
  it('hides how to apply and the calendar link from the deadline on, and says the call has closed', async () => {
    const before = await open(GRAZ, { instant: '2027-01-15T10:59:00Z' });
    await expect.poll(() => statusOf(before)).toBe('soon');
    expect(await before.locator('#opportunity-apply').isVisible()).toBe(true);
    expect(await before.locator('a[type="text/calendar"]').isVisible()).toBe(true);
    expect(await before.locator('[data-call-closed]').isVisible()).toBe(false);
    const after = await open(GRAZ, { instant: '2027-01-15T11:00:00Z', timezoneId: 'America/New_York' });
    await expect.poll(() => statusOf(after)).toBe('closed');
    expect(await after.locator('#opportunity-apply').isVisible()).toBe(false);
    expect(await after.locator('a[type="text/calendar"]').isVisible()).toBe(false);
    expect(await after.locator('[data-call-closed]').isVisible()).toBe(true);
    expect(await after.locator('[data-call-closed]').textContent()).toContain('Rok za prijavo je potekel');
    for (const page of [before, after]) await page.context().close();
  });

  it('leaves them out of the HTML of a call whose deadline passed before the build, for readers without JavaScript', async () => {
    const page = await open('/priloznosti/izmenjava-ki-se-je-zaprla/', { javaScript: false });
    expect(await page.locator('#opportunity-apply').count()).toBe(0);
    expect(await page.locator('a[href="mailto:info@primer.si"]').count()).toBe(0);
    expect(await page.locator('a[type="text/calendar"]').count()).toBe(0);
    expect(await page.locator('[data-call-closed]').isVisible()).toBe(true);
    // A call still open at the build keeps inviting without JavaScript.
    const open1 = await open('/priloznosti/poletni-tabor-v-kopru/', { javaScript: false });
    expect(await open1.locator('#opportunity-apply').isVisible()).toBe(true);
    expect(await open1.locator('[data-call-closed]').isVisible()).toBe(false);
    for (const p of [page, open1]) await p.context().close();
  });
});

describe("today's row of the weekly hours agrees with the badge (#30)", () => {
  const todayRow = (page: Page) => page.locator('[data-weekday][aria-current="date"]');
  const badge = async (page: Page, centre: string) => {
    const line = page.locator(`[data-centre="${centre}"] [data-status]`).first();
    await expect.poll(() => line.getAttribute('data-status')).not.toBe('unknown');
    return line.locator('[data-status-text]').textContent();
  };

  it('runs to 24:00 on the concert night, with the event', async () => {
    const page = await open('/en/centres/center-mladih-koper/', { instant: '2027-02-12T21:00:00+01:00' });
    expect(await badge(page, 'center-mladih-koper')).toBe('Event today · open until 24:00');
    expect(await todayRow(page).getAttribute('data-weekday')).toBe('friday');
    expect(await todayRow(page).locator('[data-today-hours]').textContent()).toBe('9:00–24:00 · event (Young bands in concert)');
    expect(await todayRow(page).locator('[data-regular-hours]').isVisible()).toBe(false);
    // A week later the Friday row is the weekly one again.
    const later = await open('/en/centres/center-mladih-koper/', { instant: '2027-02-19T21:00:00+01:00' });
    expect(await badge(later, 'center-mladih-koper')).toBe('Closing soon · at 22:00');
    expect(await todayRow(later).locator('[data-regular-hours]').textContent()).toContain('9:00–22:00');
    expect(await todayRow(later).locator('[data-today-hours]').isVisible()).toBe(false);
    for (const p of [page, later]) await p.context().close();
  });

  it('closes at 14:00 on an exception day, with the reason', async () => {
    const page = await open('/centri/mladinski-center-markovec-city/', { instant: '2026-12-24T12:45:00+01:00' });
    expect(await badge(page, 'mladinski-center-markovec-city')).toBe('Odprto · Krajši delovni čas na božični večer · zapre ob 14:00');
    expect(await todayRow(page).locator('[data-today-hours]').textContent()).toBe('12:30–14:00 · Krajši delovni čas na božični večer');
    expect(await page.locator('[data-today-hours]:not([hidden])').count()).toBe(1);
    await page.context().close();
  });

  it('marks the Slovenian reason with lang="sl" in the list of changes, the line and today\'s row on English and Italian pages', async () => {
    const reason = 'Krajši delovni čas na božični večer';
    for (const path of ['/en/centres/mladinski-center-markovec-city/', '/it/centri/mladinski-center-markovec-city/']) {
      const page = await open(path, { instant: '2026-12-24T12:45:00+01:00' });
      await badge(page, 'mladinski-center-markovec-city');
      expect(await page.locator('[data-until] [lang="sl"]').allTextContents(), path).toEqual([reason]);
      // The island writes the live line and today's row with the reason in its own span.
      expect(await page.locator('[data-status-text] [lang="sl"]').allTextContents(), path).toEqual([reason]);
      expect(await todayRow(page).locator('[data-today-hours] [lang="sl"]').allTextContents(), path).toEqual([reason]);
      // The date and its colon stay together ("24 December 2026: 12:30–14:00 — …").
      expect(await page.locator('[data-until]').textContent()).toMatch(/2026: 12:30–14:00 — /);
      await page.context().close();
    }
    // On the Slovenian page nothing needs it.
    const sl = await open('/centri/mladinski-center-markovec-city/', { instant: '2026-12-24T12:45:00+01:00' });
    await badge(sl, 'mladinski-center-markovec-city');
    expect(await sl.locator('main [data-centre] [lang]').count()).toBe(0);
    await sl.context().close();
  });
});

describe('search over calls and events', () => {
  it('filters by type, status at the moment of the search, place, strand and town', async () => {
    const results = async (query: string) => {
      const page = await open(`/iskanje/${query}`, { instant: '2027-01-10T10:00:00+01:00' });
      await page.locator('[data-search-root][data-search-state="done"]').waitFor({ state: 'attached' });
      const titles = (await page.locator('[data-search-results] li a').allTextContents()).map((title) => title.trim()).sort();
      await page.context().close();
      return titles;
    };
    expect(await results('?status=soon')).toEqual(['Prostovoljstvo v mladinskem centru v Gradcu']);
    expect(await results('?strand=ese&status=open')).toEqual(['Poletni tabor ob morju v Kopru']);
    expect(await results('?place=abroad')).toEqual([
      'Okoljska izmenjava, ki se je že zaprla',
      'Prostovoljstvo v mladinskem centru v Gradcu',
    ]);
    expect(await results('?type=event&town=Koper')).toHaveLength(4);
  });

  // The workshop in the library has no English file: its English page shows the Slovenian text.
  it('finds an untranslated entry in English by its title, and its Slovenian words only in Slovenian (#19)', async () => {
    const resultPaths = async (search: string, query: string) => {
      const page = await open(`${search}?q=${encodeURIComponent(query)}`);
      await page.locator('[data-search-root][data-search-state="done"]').waitFor({ state: 'attached' });
      const paths = await page.$$eval('[data-search-results] > li h2 a', (links) =>
        links.map((link) => new URL((link as HTMLAnchorElement).href).pathname),
      );
      await page.context().close();
      return paths;
    };
    const english = '/en/events/delavnica-v-knjiznici/';
    const englishPage = readFileSync(join(dist, english, 'index.html'), 'utf8');
    expect(englishPage).toContain('data-untranslated');
    expect(englishPage).toMatch(/<div class="prose-body" lang="sl" data-pagefind-ignore>\s*<p>Testni dogodek/);
    expect(await resultPaths('/en/search/', 'Delavnica prijaviti ESE')).toContain(english);
    // A word of the summary and one of the body: in the Slovenian index, not in the English one.
    for (const word of ['motivacijsko', 'naslovu']) {
      expect(await resultPaths('/iskanje/', word), word).toContain('/dogodki/delavnica-v-knjiznici/');
      expect(await resultPaths('/en/search/', word), word).toEqual([]);
    }
  });
});

describe('calendar files of the fixture site', () => {
  it('parse in ical.js, every one of them, with CRLF lines of at most 75 octets', () => {
    const files = calendarsIn(dist);
    expect(files).toEqual(
      expect.arrayContaining([
        '/priloznosti/roki.ics',
        '/en/opportunities/deadlines.ics',
        '/priloznosti/prostovoljstvo-v-gradcu/rok.ics',
        '/dogodki/koledar.ics',
        '/en/events/calendar.ics',
        '/dogodki/koncert-v-centru-mladih/dogodek.ics',
      ]),
    );
    for (const file of files) {
      const text = readFileSync(join(dist, file), 'utf8');
      expect(text.endsWith('\r\n'), file).toBe(true);
      for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length, `${file}: ${line}`).toBeLessThanOrEqual(75);
      expect(parseEvents(text).length, file).toBeGreaterThan(0);
    }
  });

  it('put each deadline at the right instant, with stable UIDs in both languages', () => {
    const sl = Object.fromEntries(parseEvents(readFileSync(join(dist, 'priloznosti/roki.ics'), 'utf8')).map((event) => [event.uid, event]));
    expect(sl['opportunity-prostovoljstvo-v-gradcu-deadline-sl@prostovoljstvo-za-mlade']).toMatchObject({
      end: '2027-01-15T11:00:00.000Z',
      summary: 'Rok prijave: Prostovoljstvo v mladinskem centru v Gradcu',
    });
    // No time: the whole day, in Ljubljana's calendar.
    expect(sl['opportunity-poletni-tabor-v-kopru-deadline-sl@prostovoljstvo-za-mlade']).toMatchObject({
      allDay: true,
      start: '2027-03-31',
      end: '2027-04-01',
    });
    // 23:59 on 31 October 2026, the last day of summer time... after it: CET.
    expect(sl['opportunity-izmenjava-ki-se-je-zaprla-deadline-sl@prostovoljstvo-za-mlade']).toMatchObject({
      end: '2026-10-31T22:59:00.000Z',
    });
    const [english] = parseEvents(readFileSync(join(dist, 'en/opportunities/prostovoljstvo-v-gradcu/deadline.ics'), 'utf8'));
    expect(english).toMatchObject({
      uid: 'opportunity-prostovoljstvo-v-gradcu-deadline-en@prostovoljstvo-za-mlade',
      end: '2027-01-15T11:00:00.000Z',
      summary: 'Application deadline: Volunteering at a youth centre in Graz',
    });
  });

  it('put each event at the right instant, a cancelled one marked so', () => {
    const events = Object.fromEntries(
      parseEvents(readFileSync(join(dist, 'dogodki/koledar.ics'), 'utf8')).map((event) => [event.uid, event]),
    );
    expect(events['event-koncert-v-centru-mladih-sl@prostovoljstvo-za-mlade']).toMatchObject({
      start: '2027-02-12T19:00:00.000Z',
      end: '2027-02-12T22:30:00.000Z',
      cancelled: false,
    });
    // Summer time from 28 March 2027: 18:00 in Ljubljana is 16:00 UTC.
    expect(events['event-odpovedan-izlet-sl@prostovoljstvo-za-mlade']).toMatchObject({
      start: '2027-04-03T16:00:00.000Z',
      cancelled: true,
    });
    const [english] = parseEvents(readFileSync(join(dist, 'en/events/koncert-v-centru-mladih/event.ics'), 'utf8'));
    expect(english).toMatchObject({ uid: 'event-koncert-v-centru-mladih-en@prostovoljstvo-za-mlade', summary: 'Young bands in concert' });
  });

  it('are served as text/calendar and the RSS feed lists every call', async () => {
    const response = await fetch(new URL('/priloznosti/roki.ics', server.baseUrl));
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const feed = readFileSync(join(dist, 'en/opportunities/rss.xml'), 'utf8');
    expect(feed.match(/<item>/g)).toHaveLength(3);
    expect(feed).toContain('Volunteering at a youth centre in Graz');
  });
});
