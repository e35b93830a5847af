/**
 * The page header on a phone and on a desktop (#22): compact at 360 px, two rows at 1280 px (name,
 * search and language, then the menu, #30), and
 * every link of the menu reachable with the keyboard, visibly focused, in both languages.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const session = useBrowserSession();
const PAGES = ['/', '/en/', '/programi/ese/', '/en/centres/center-mladih-koper/', '/iskanje/'];
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

async function open(urlPath: string, viewport: { width: number; height: number }, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
  const context = await session.newContext({ viewport, colorScheme });
  const page = await context.newPage();
  await page.goto(new URL(urlPath, baseUrl).href);
  return page;
}

/** The header's height and how many rows its visible controls take (controls whose tops differ by over half a row). */
const headerLayout = (page: Page) =>
  page.evaluate(() => {
    const header = document.querySelector('header')!;
    const controls = [...header.querySelectorAll<HTMLElement>('a[href], summary, input, button')].filter((element) =>
      element.checkVisibility({ contentVisibilityAuto: true, visibilityProperty: true }),
    );
    const tops = controls.map((element) => element.getBoundingClientRect().top).sort((a, b) => a - b);
    const rows = tops.reduce((count, top, i) => (i > 0 && top - tops[i - 1]! > 20 ? count + 1 : count), tops.length > 0 ? 1 : 0);
    const boxes = controls.map((element) => element.getBoundingClientRect());
    const overlaps = boxes.flatMap((a, i) =>
      boxes
        .slice(i + 1)
        .filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
        .map(() => controls[i]!.textContent.trim()),
    );
    return { height: header.getBoundingClientRect().height, rows, overlaps, navLinks: header.querySelectorAll('nav a[href]').length };
  });

/** Presses Tab until `selector`'s elements have all been focused (or give up), recording how each looked. */
async function tabThrough(page: Page, selector: string): Promise<{ reached: string[]; unfocusedLook: string[] }> {
  const total = await page.locator(selector).count();
  const reached = new Set<string>();
  const unfocusedLook: string[] = [];
  for (let press = 0; press < 40 && reached.size < total; press += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate((sel) => {
      const active = document.activeElement as HTMLElement | null;
      if (!active?.matches(sel)) return null;
      const style = getComputedStyle(active);
      const rect = active.getBoundingClientRect();
      const visible = rect.width > 1 && rect.height > 1 && rect.top >= 0 && rect.bottom <= window.innerHeight;
      const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
      return { href: active.getAttribute('href')!, ok: visible && ring };
    }, selector);
    if (!focused) continue;
    reached.add(focused.href);
    if (!focused.ok) unfocusedLook.push(focused.href);
  }
  return { reached: [...reached], unfocusedLook };
}

describe('on a 360 × 740 phone', () => {
  it.each(PAGES)('%s: the header takes at most a fifth of the first screen', async (urlPath) => {
    const page = await open(urlPath, PHONE);
    const layout = await headerLayout(page);
    expect(layout.height).toBeLessThanOrEqual(PHONE.height * 0.2);
    expect(layout.rows).toBeLessThanOrEqual(2);
    expect(layout.overlaps).toEqual([]);
    expect(layout.navLinks).toBe(8);
  });

  it.each(['light', 'dark'] as const)(
    'opens the menu from the keyboard and reaches every link, visibly focused (%s)',
    async (colorScheme) => {
      const page = await open('/programi/ese/', PHONE, colorScheme);
      const menu = page.locator('header [data-site-menu] > summary');
      expect(await page.locator('header nav a[href]').first().isVisible()).toBe(false);
      await menu.focus();
      await page.keyboard.press('Enter');
      const { reached, unfocusedLook } = await tabThrough(page, 'header nav a[href]');
      expect(reached).toEqual([
        '/kako-zaceti/',
        '/priloznosti/',
        '/dogodki/',
        '/programi/',
        '/projekti/',
        '/partnerji/',
        '/centri/',
        '/vprasanja/',
      ]);
      expect(unfocusedLook).toEqual([]);
    },
  );

  it('names the menu, the search and the language for screen readers', async () => {
    const page = await open('/en/', PHONE);
    expect(await page.locator('header nav[aria-label] summary').textContent()).toContain('Menu');
    expect(await page.getAttribute('header [data-search-link]', 'href')).toBe('/en/search/');
    expect(await page.locator('header [data-search-link]').isVisible()).toBe(true);
    // Every language, each named in itself, the current one marked; the list is named in the page's language.
    const languages = page.locator('header [data-language-switcher]');
    expect(await languages.getAttribute('aria-label')).toBe('Language');
    expect(
      await languages.getByRole('link').evaluateAll((links) => links.map((link) => link.textContent?.replace(/\s+/g, ' ').trim())),
    ).toEqual(['SL Slovenščina', 'EN English', 'IT Italiano']);
    expect(await languages.getByRole('link', { name: 'Italiano' }).getAttribute('href')).toBe('/it/');
    expect(await languages.locator('[aria-current]').getAttribute('lang')).toBe('en');
  });
});

describe('on a 1280 px desktop', () => {
  it.each(PAGES)('%s: the header is two rows, name, search box and language, then the whole menu', async (urlPath) => {
    const page = await open(urlPath, DESKTOP);
    const layout = await headerLayout(page);
    expect(layout.rows).toBe(2);
    expect(layout.overlaps).toEqual([]);
    expect(layout.height).toBeLessThanOrEqual(130);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('shows every menu link without opening anything, and Tab reaches each, visibly focused', async () => {
    const page = await open('/en/programmes/ese/', DESKTOP);
    expect(await page.locator('header nav a[href]').evaluateAll((links) => links.every((link) => link.checkVisibility()))).toBe(true);
    expect(await page.locator('header [data-site-menu] > summary').isVisible()).toBe(false);
    const { reached, unfocusedLook } = await tabThrough(page, 'header nav a[href]');
    expect(reached).toEqual([
      '/en/get-started/',
      '/en/opportunities/',
      '/en/events/',
      '/en/programmes/',
      '/en/projects/',
      '/en/partners/',
      '/en/centres/',
      '/en/questions/',
    ]);
    expect(unfocusedLook).toEqual([]);
    expect(await page.locator('header [data-search-input]').isVisible()).toBe(true);
  });
});
