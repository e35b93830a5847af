/**
 * A 404 in the reader's language (issue 30, item 5), on every host: GitHub Pages, nginx
 * (deploy/nginx/site.conf) and the `_headers` hosts all answer a missing address with the one
 * /404.html, so that page holds every language of LOCALES, each marked with its `lang`, and puts
 * the language of the missing address first.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { LOCALES } from '../../src/lib/locales';
import { homeUrl } from '../../src/lib/routes';
import { dictionary } from '../../src/i18n';
import { distDir } from '../../tools/harness/paths';
import { readerSection } from '../../src/components/not-found-order';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const session = useBrowserSession();

/** What a visitor sees first on the 404 page at a missing address, with or without JavaScript. */
async function firstShown(urlPath: string, javaScript = true) {
  const context = await session.newContext({ javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const response = await page.goto(new URL(urlPath, baseUrl).href);
  const facts = await page.evaluate(() => ({
    sections: [...document.querySelectorAll<HTMLElement>('[data-not-found]')].map((section) => section.lang),
    headings: [...document.querySelectorAll<HTMLElement>('h1 [data-not-found-title]')].map((line) => line.lang),
    firstLink: document.querySelector<HTMLAnchorElement>('[data-not-found] a')?.getAttribute('href'),
    title: document.title,
  }));
  return { status: response?.status(), ...facts };
}

describe('the 404 page', () => {
  const html = readFileSync(path.join(distDir, '404.html'), 'utf8');

  it('holds a section in every language of the site, each marked with its lang', () => {
    for (const locale of LOCALES) {
      expect(html).toMatch(new RegExp(`<section[^>]* lang="${locale}"[^>]*data-not-found="${locale}"`));
      expect(html).toContain(dictionary(locale).notFound.text);
    }
  });

  it.each(LOCALES)('puts %s first at a missing address of that language', async (locale) => {
    const shown = await firstShown(`${homeUrl(locale)}ni-te-strani-${locale}/`);
    expect(shown.status).toBe(404);
    expect(shown.sections[0]).toBe(locale);
    expect(shown.headings[0]).toBe(locale);
    expect(shown.firstLink).toBe(homeUrl(locale));
    expect(shown.title).toContain(dictionary(locale).notFound.title);
    expect(shown.sections.slice().sort()).toEqual([...LOCALES].sort());
  });

  it('still shows every language without JavaScript, the default one first', async () => {
    const shown = await firstShown('/en/no-such-page/', false);
    expect(shown.status).toBe(404);
    expect(shown.sections).toEqual([LOCALES[0], ...LOCALES.slice(1)]);
  });
});

describe('readerSection', () => {
  it('picks the language whose home address is the longest start of the path', () => {
    expect(readerSection('/en/programmes/nope/', ['/', '/en/'])).toBe(1);
    expect(readerSection('/it/programmi/nope/', ['/', '/en/', '/it/'])).toBe(2);
    expect(readerSection('/nekaj/', ['/', '/en/'])).toBe(0);
    // "/enota/" is Slovenian: only a whole segment names a language.
    expect(readerSection('/enota/', ['/', '/en/'])).toBe(0);
  });
});
