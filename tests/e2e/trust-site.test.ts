/**
 * Every word a visitor reads is true (issue 30), read from the built dist/ without a browser:
 * who runs the site is said once per page and never invented (item 4), the European Youth Portal
 * opens in the reader's language (item 6), and the easy-read start page gives what a reader needs
 * to act (item 7).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../tools/harness/pages';
import { contentDir, distDir } from '../../tools/harness/paths';

const pages = discoverPages()
  .map((page) => page.urlPath)
  .filter((urlPath) => !urlPath.startsWith('/admin/'));
const html = (urlPath: string) => readFileSync(path.join(distDir, urlPath, 'index.html'), 'utf8');
const langOf = (source: string) => /<html[^>]* lang="([^"]+)"/.exec(source)?.[1];

describe('who runs the site', () => {
  it('is told once in the footer of every page, and the "our" links lead there', () => {
    for (const urlPath of pages) {
      const source = html(urlPath);
      expect(source.match(/data-operator(?=[\s>])/g)?.length, urlPath).toBe(1);
      expect(source.match(/ id="upravljavec"/g)?.length, urlPath).toBe(1);
    }
    const linking = pages.filter((urlPath) => html(urlPath).includes('href="#upravljavec"'));
    // The statements, the ESE programme and the quality-label question, in both languages.
    expect(linking.length).toBeGreaterThanOrEqual(10);
  });

  it('says plainly what is not published while the settings name no operator, and invents nothing', () => {
    const settings = readFileSync(path.join(contentDir, 'settings', 'sl', 'site.md'), 'utf8');
    const named = /^operatorName: *"?([^"\n]+)"?/m.exec(settings)?.[1];
    for (const urlPath of pages) {
      const source = html(urlPath);
      if (named) expect(source, urlPath).toContain(named);
      else expect(source.match(/data-operator-missing/g)?.length, urlPath).toBe(1);
    }
  });

  it('no longer makes each statement say "not finished" for the operator it lacks', () => {
    for (const urlPath of ['/zasebnost/', '/izjava-o-dostopnosti/', '/en/privacy/', '/en/accessibility/']) {
      const missing = /<section[^>]*data-page-missing[\s\S]*?<\/section>/.exec(html(urlPath))?.[0] ?? '';
      expect(missing, urlPath).not.toMatch(/upravljav|operator|e-naslov in telefon|e-mail address and phone/i);
    }
  });
});

describe('the European Youth Portal', () => {
  it('opens in the language of the page that links to it', () => {
    let links = 0;
    for (const urlPath of pages) {
      const source = html(urlPath);
      const lang = langOf(source);
      for (const [, suffix] of source.matchAll(/href="https:\/\/youth\.europa\.eu\/[^"?#]*_([a-z]{2})(?:[/?#][^"]*)?"/g)) {
        links += 1;
        expect(suffix, urlPath).toBe(lang);
      }
    }
    expect(links).toBeGreaterThan(10);
  });
});

describe('the easy-read start page', () => {
  const centres = readdirSync(path.join(contentDir, 'centres', 'sl')).map((file) => {
    const text = readFileSync(path.join(contentDir, 'centres', 'sl', file), 'utf8');
    return { slug: file.replace(/\.md$/, ''), name: /^name: *"?([^"\n]+)"?/m.exec(text)![1]!.trim() };
  });

  it.each([
    ['/kako-zaceti/lahko-branje/', 'sl'],
    ['/en/get-started/easy-read/', 'en'],
  ])('%s links to the portal and names every centre, with its address and hours', (urlPath, lang) => {
    const source = html(urlPath);
    expect(source).toMatch(new RegExp(`href="https://youth\\.europa\\.eu/[^"]*_${lang}"`));
    expect(centres.length).toBeGreaterThanOrEqual(2);
    for (const { slug, name } of centres) {
      const section = new RegExp(`<section[^>]*data-centre="${slug}"[\\s\\S]*?</table>`).exec(source)?.[0] ?? '';
      expect(section, slug).toContain(name.replaceAll('&', '&amp;'));
      expect(section, slug).toMatch(/<address/);
      expect(section, slug).toMatch(/\d{1,2}:\d{2}/);
      expect(section, slug).toContain('data-status="unknown"');
    }
  });
});
