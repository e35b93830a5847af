/**
 * Facts of the HTML itself, read from dist/ for every page without a browser (the page sweep in
 * Chromium checks what only a browser shows): the document says its language, and it is the
 * language of its URL; there is exactly one <h1>.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localeOfPath, unknownShapes } from '../../tools/harness/page-types';
import { discoverHtmlDocuments } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';

/** Start tags only: an <h1> inside a comment or a script would not be a heading, and neither is `<h1x>`. */
const countH1 = (html: string) => html.replace(/<!--[\s\S]*?-->|<script[\s\S]*?<\/script>/g, '').match(/<h1[\s>]/g)?.length ?? 0;
const htmlLang = (html: string) => /<html\b[^>]*\slang="([^"]*)"/.exec(html)?.[1];

const documents = discoverHtmlDocuments().map((document) => ({
  ...document,
  html: readFileSync(path.join(distDir, document.file), 'utf8'),
}));

describe('every page, read from dist/', () => {
  it.each(documents.map((document) => [document.urlPath, document] as const))(
    '%s declares the language of its URL on <html lang>',
    (urlPath, { html }) => {
      // The 404 page is served at any URL; it is the default language's page with every language's text marked.
      const expected = urlPath === '/404.html' ? localeOfPath('/') : localeOfPath(urlPath);
      expect(htmlLang(html), `<html lang> of ${urlPath}`).toBe(expected);
    },
  );

  it.each(documents.map((document) => [document.urlPath, document] as const))('%s has exactly one <h1>', (urlPath, { html }) => {
    expect(countH1(html), `number of <h1> on ${urlPath}`).toBe(1);
  });
});

describe('page types', () => {
  it('know every page: a page of no known type is a type of its own, and the browser sweep would grow by pages instead of page types', () => {
    // A new page type needs its URL function in src/lib/routes.ts and its shape in tools/harness/page-types.ts.
    expect(unknownShapes(documents.filter((document) => document.urlPath !== '/404.html'))).toEqual([]);
  });
});

describe('the readers above', () => {
  it('count start tags of <h1> only', () => {
    expect(countH1('<h1 class="x">a</h1><!-- <h1> --><h10><script>"<h1>"</script><h1>b</h1>')).toBe(2);
  });
  it('read <html lang>', () => {
    expect(htmlLang('<!doctype html><html data-x="1" lang="en"><head>')).toBe('en');
    expect(htmlLang('<html><head>')).toBeUndefined();
  });
});
