/**
 * What search engines, feed readers and link previews see, and the duties every page carries:
 * canonical and share metadata, valid structured data, safe external links, the sitemap and
 * feeds, funding notices, a "report a mistake" link and the last-updated date.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../tools/harness/pages';
import { contentDir, distDir } from '../../tools/harness/paths';
import { LOCALE_DEFINITIONS, LOCALES } from '../../src/lib/locales';
import { searchUrl } from '../../src/lib/routes';

const pages = discoverPages()
  .map((page) => page.urlPath)
  .filter((urlPath) => !urlPath.startsWith('/admin/'));
const html = (urlPath: string) => readFileSync(path.join(distDir, urlPath, 'index.html'), 'utf8');
const meta = (source: string, key: string) => new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(source)?.[1];

describe.each(pages)('%s', (urlPath) => {
  const source = html(urlPath);

  it('has an absolute canonical URL and complete share metadata', () => {
    const canonical = /<link rel="canonical" href="([^"]+)"/.exec(source)?.[1];
    expect(canonical && new URL(canonical).pathname).toBe(urlPath);
    for (const key of ['description', 'og:title', 'og:description', 'og:image', 'og:url', 'twitter:card'])
      expect(meta(source, key), key).toBeTruthy();
    expect(new URL(meta(source, 'og:image')!).protocol).toMatch(/^https?:$/);
  });

  it('carries structured data that parses as schema.org JSON', () => {
    const blocks = [...source.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(
      (match) => JSON.parse(match[1]!) as { '@context'?: string },
    );
    expect(blocks.length).toBeGreaterThan(0);
    for (const block of blocks) expect(block['@context']).toBe('https://schema.org');
    // Every page names the site it belongs to, at the home page of its language.
    const website = blocks.find((block) => (block as { '@type'?: string })['@type'] === 'WebSite') as
      { url?: string; inLanguage?: string } | undefined;
    const prefix = urlPath.split('/')[1] ?? '';
    const home = LOCALES.some((locale) => prefix !== '' && LOCALE_DEFINITIONS[locale].prefix === prefix) ? `/${prefix}/` : '/';
    expect(website?.url && new URL(website.url).pathname).toBe(home);
  });

  it('opens other sites with rel="noopener noreferrer"', () => {
    for (const [tag] of source.matchAll(/<a [^>]*href="https?:\/\/[^"]*"[^>]*>/g)) expect(tag).toMatch(/rel="noopener noreferrer"/);
  });

  it('offers a "report a mistake" link naming the page, and says when it was last updated', () => {
    const report = /<a href="mailto:([^"?]+)\?subject=([^"]+)"[^>]*data-report-mistake/.exec(source);
    expect(report, 'report-a-mistake link').not.toBeNull();
    expect(decodeURIComponent(report![2]!.replaceAll('&amp;', '&'))).toContain(urlPath);
    expect(source).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}">/);
  });
});

describe('found and shared', () => {
  const sitemap = existsSync(path.join(distDir, 'sitemap-0.xml')) ? readFileSync(path.join(distDir, 'sitemap-0.xml'), 'utf8') : '';

  it('lists every public page in the sitemap, and no search or editor page', () => {
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    const searchPages = new Set(LOCALES.map((locale) => searchUrl(locale)));
    const expected = pages.filter((urlPath) => !searchPages.has(urlPath));
    expect([...listed].sort()).toEqual(expected.sort());
  });

  it('serves robots.txt with an absolute sitemap address and the editor disallowed', () => {
    const robots = readFileSync(path.join(distDir, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap-index\.xml$/m);
    expect(robots).toMatch(/^Disallow: \/admin\/$/m);
  });

  it.each([
    ['/projekti/rss.xml', 'projects/sl'],
    ['/en/projects/rss.xml', 'projects/sl'],
  ])('publishes an RSS feed of every project at %s', (feed, folder) => {
    const xml = readFileSync(path.join(distDir, feed), 'utf8');
    const count = readdirSync(path.join(contentDir, folder)).filter((name) => /\.mdx?$/.test(name)).length;
    expect((xml.match(/<item>/g) ?? []).length).toBe(count);
  });

  it('has a web app manifest whose icons exist', () => {
    const manifest = JSON.parse(readFileSync(path.join(distDir, 'manifest.webmanifest'), 'utf8')) as {
      icons: { src: string }[];
      lang: string;
    };
    expect(manifest.lang).toBe('sl');
    for (const icon of manifest.icons) expect(existsSync(path.join(distDir, icon.src)), icon.src).toBe(true);
  });
});

describe('funding notices', () => {
  it.each(['/programi/ese/', '/en/programmes/ese/'])('shows the EU emblem and the co-funding statement on %s', (urlPath) => {
    const source = html(urlPath);
    expect(source).toMatch(/<img src="\/images\/eu-emblem\.svg" alt="[^"]+"/);
    expect(source).toMatch(urlPath.startsWith('/en/') ? /Co-funded by the European Union/ : /Sofinancira Evropska unija/);
  });

  it('names the ministry on a ministry-funded project, and shows no EU emblem there', () => {
    const source = html('/projekti/ko-prosto/');
    expect(source).toMatch(/Projekt sofinancira Ministrstvo za javno upravo/);
    expect(source).not.toMatch(/eu-emblem/);
  });

  it('lists every funder with its amounts on the funders page', () => {
    const source = html('/financerji/');
    expect(source).toMatch(/Ministrstvo za javno upravo/);
    expect(source).toMatch(/125\.000,00/);
    expect(source).toMatch(/Evropska unija/);
  });
});
