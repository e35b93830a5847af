/**
 * Both languages over the built pages: the right <html lang>, a language switcher
 * that always lands on an existing page which links straight back, and hreflang
 * alternates that agree with the switcher.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';

interface LanguageFacts {
  lang: string | undefined;
  switcher: string | undefined;
  alternates: Record<string, string>;
}

/** The bits of a page's HTML this test is about, read with patterns (the markup is ours). */
function languageFacts(urlPath: string): LanguageFacts {
  const html = readFileSync(path.join(distDir, urlPath, 'index.html'), 'utf8');
  const alternates: Record<string, string> = {};
  // hreflang links are absolute (on SITE_URL); compare their paths.
  for (const match of html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g))
    alternates[match[1]!] = new URL(match[2]!).pathname;
  return {
    lang: /<html[^>]* lang="([^"]+)"/.exec(html)?.[1],
    switcher: /<a href="([^"]+)"[^>]*data-language-switcher/.exec(html)?.[1],
    alternates,
  };
}

// The staff editor is a tool, not a page in two languages.
const pages = discoverPages()
  .map((page) => page.urlPath)
  .filter((urlPath) => !urlPath.startsWith('/admin/'));
const english = pages.filter((urlPath) => urlPath.startsWith('/en/'));
const slovenian = pages.filter((urlPath) => !urlPath.startsWith('/en/'));

describe('languages', () => {
  it('has an English page for every Slovenian page and the other way round', () => {
    expect(english.length).toBeGreaterThan(10);
    expect(english.length).toBe(slovenian.length);
  });

  it.each(pages)('%s declares its language, and its switcher leads to a page that links straight back', (urlPath) => {
    const facts = languageFacts(urlPath);
    const locale = urlPath.startsWith('/en/') ? 'en' : 'sl';
    const other = locale === 'en' ? 'sl' : 'en';
    expect(facts.lang).toBe(locale);
    expect(facts.switcher, 'no language switcher').toBeDefined();
    expect(pages, `the switcher leads to ${facts.switcher}, which does not exist`).toContain(facts.switcher);
    expect(languageFacts(facts.switcher!).switcher, `${facts.switcher} does not link back`).toBe(urlPath);
    expect(facts.alternates).toEqual({
      [locale]: urlPath,
      [other]: facts.switcher,
      'x-default': locale === 'sl' ? urlPath : facts.switcher,
    });
  });
});
