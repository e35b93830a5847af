/**
 * The sitemap's language versions (issue #31): every page it lists names the same alternates as
 * the page's own head (`<link rel="alternate" hreflang>`), each language and `x-default`, href for
 * href, untranslated fallback pages included as the heads include them. Read from dist/, no browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS, LOCALES } from '../../src/lib/locales';
import { distDir } from '../../tools/harness/paths';

/** hreflang → href pairs in document order, from `<link … hreflang href>` or `<xhtml:link … hreflang href/>`. */
const alternatesIn = (markup: string, tag: string): [string, string][] =>
  [...markup.matchAll(new RegExp(`<${tag} rel="alternate" hreflang="([^"]+)" href="([^"]+)"`, 'g'))].map((match) => [
    match[1]!,
    match[2]!.replaceAll('&amp;', '&'),
  ]);

/** Every `<url>` of every sitemap file (Astro writes sitemap-0.xml, -1.xml … beside sitemap-index.xml). */
const sitemapUrls = readdirSync(distDir)
  .filter((name) => /^sitemap-\d+\.xml$/.test(name))
  .flatMap((name) => [...readFileSync(path.join(distDir, name), 'utf8').matchAll(/<url>([\s\S]*?)<\/url>/g)])
  .map(([, url]) => ({ loc: /<loc>([^<]+)<\/loc>/.exec(url!)![1]!, alternates: alternatesIn(url!, 'xhtml:link') }));

const headAlternates = (loc: string): [string, string][] => {
  const html = readFileSync(path.join(distDir, new URL(loc).pathname, 'index.html'), 'utf8');
  return alternatesIn(/<head>([\s\S]*?)<\/head>/.exec(html)?.[1] ?? '', 'link');
};

describe('the sitemap names each page in every language', () => {
  it('lists pages', () => {
    expect(sitemapUrls.length).toBeGreaterThan(100);
  });

  it.each(sitemapUrls.map((url) => [new URL(url.loc).pathname, url] as const))(
    '%s: the same alternates as the head of the page, each language and x-default',
    (_, { loc, alternates }) => {
      expect(alternates).toEqual(headAlternates(loc));
      expect(alternates.map(([hreflang]) => hreflang)).toEqual([
        ...LOCALES.map((locale) => LOCALE_DEFINITIONS[locale].hreflang),
        'x-default',
      ]);
      expect(alternates.map(([, href]) => href)).toContain(loc);
    },
  );

  it('lists every alternate it names as a page of its own, naming the same alternates', () => {
    const byLoc = new Map(sitemapUrls.map((url) => [url.loc, url.alternates]));
    for (const { loc, alternates } of sitemapUrls) {
      for (const [hreflang, href] of alternates) expect(byLoc.get(href), `${loc} → ${hreflang} ${href}`).toEqual(alternates);
    }
  });
});
