/**
 * Every language over the built pages: the right <html lang>, a language switcher that lists
 * every language of src/lib/locales.ts, marks the current one and leads to existing pages that
 * list the same set, and hreflang alternates that agree with the switcher.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALE_DEFINITIONS, LOCALES, type Locale } from '../../src/lib/locales';
import { discoverPages } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';

interface LanguageFacts {
  lang: string | undefined;
  /** The switcher's link for each language it lists, in its order. */
  switcher: { locale: string; href: string; current: boolean }[];
  alternates: Record<string, string>;
}

/** The bits of a page's HTML this test is about, read with patterns (the markup is ours). */
function languageFacts(urlPath: string): LanguageFacts {
  const html = readFileSync(path.join(distDir, urlPath, 'index.html'), 'utf8');
  const alternates: Record<string, string> = {};
  // hreflang links are absolute (on SITE_URL); compare their paths.
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
    alternates[match[1]!] = new URL(match[2]!).pathname;
  const list = /<ul[^>]*data-language-switcher[^>]*>([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
  const switcher = [...list.matchAll(/<a href="([^"]+)"[^>]*>/g)].map(([tag, href]) => ({
    locale: /data-language="([^"]+)"/.exec(tag)?.[1] ?? '',
    href: href!,
    current: tag.includes('aria-current="true"'),
  }));
  return { lang: /<html[^>]* lang="([^"]+)"/.exec(html)?.[1], switcher, alternates };
}

/** The language of a URL, from its prefix (none for the default language). */
function localeOf(urlPath: string): Locale {
  const first = urlPath.split('/')[1] ?? '';
  return LOCALES.find((locale) => LOCALE_DEFINITIONS[locale].prefix === first) ?? DEFAULT_LOCALE;
}

// The staff editor is a tool, not a page in every language.
const pages = discoverPages()
  .map((page) => page.urlPath)
  .filter((urlPath) => !urlPath.startsWith('/admin/'));

describe('languages', () => {
  it.each(LOCALES)('has as many pages in "%s" as in Slovenian', (locale) => {
    const inLocale = pages.filter((urlPath) => localeOf(urlPath) === locale);
    expect(inLocale.length).toBeGreaterThan(10);
    expect(inLocale.length).toBe(pages.filter((urlPath) => localeOf(urlPath) === DEFAULT_LOCALE).length);
  });

  it.each(pages)('%s declares its language, and its switcher lists every language, leading to pages that list the same', (urlPath) => {
    const facts = languageFacts(urlPath);
    const locale = localeOf(urlPath);
    expect(facts.lang).toBe(LOCALE_DEFINITIONS[locale].hreflang);
    expect(facts.switcher.map((link) => link.locale)).toEqual([...LOCALES]);
    expect(facts.switcher.filter((link) => link.current)).toEqual([{ locale, href: urlPath, current: true }]);
    for (const link of facts.switcher) {
      expect(pages, `the switcher leads to ${link.href}, which does not exist`).toContain(link.href);
      expect(
        languageFacts(link.href).switcher.map((other) => other.href),
        `${link.href} lists other pages`,
      ).toEqual(facts.switcher.map((other) => other.href));
    }
    expect(facts.alternates).toEqual({
      ...Object.fromEntries(facts.switcher.map((link) => [LOCALE_DEFINITIONS[link.locale as Locale].hreflang, link.href])),
      'x-default': facts.switcher.find((link) => link.locale === DEFAULT_LOCALE)?.href,
    });
  });
});
