/**
 * Page-weight budgets, in bytes from dist/ (times vary with the machine, bytes do not). A
 * content page renders from its first network round trip, about 14 KB, so its HTML and CSS
 * must fit in that, gzip-compressed; and it loads no JavaScript unless one of the client
 * islands named in tools/harness/weight.ts (ISLANDS) is on it, since without them the page is
 * complete as HTML, and then only the scripts of the islands it shows, 3 KB gzip at most. The
 * budgets live there too, shared with `npm run bench`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocument } from '../../tools/harness/html';
import { discoverHtmlDocuments } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';
import {
  formatHeaviestPages,
  HTML_AND_CSS_GZIP_BUDGET,
  islandOfScript,
  ISLANDS,
  JAVASCRIPT_GZIP_BUDGET,
  kilobytes,
  measurePage,
  NOT_CONTENT_PAGES,
  type PageWeight,
} from '../../tools/harness/weight';

const documents = discoverHtmlDocuments();
const contentDocuments = documents.filter((document) => !NOT_CONTENT_PAGES.has(document.urlPath));
const weights = new Map<string, PageWeight>();
const islandsOn = new Map<string, string[]>();

beforeAll(async () => {
  for (const { file, urlPath } of documents) {
    weights.set(urlPath, await measurePage(distDir, file, urlPath));
    const { root } = await readDocument(distDir, file);
    islandsOn.set(
      urlPath,
      ISLANDS.filter(({ selector }) => root.querySelector(selector) !== null).map(({ selector }) => selector),
    );
  }
});

/** Each resource with its size, one a line, for failure messages. */
function listResources(weight: PageWeight, kind: 'stylesheets' | 'scripts'): string {
  return weight[kind]
    .map((resource) => `  - ${resource.name}: ${kilobytes(resource.gzip)} gzip (${kilobytes(resource.raw)} raw)`)
    .join('\n');
}

describe.each(contentDocuments.map((document) => [document.urlPath] as const))('the weight of %s', (urlPath) => {
  it('loads only stylesheets and scripts that are in dist/', () => {
    const { unresolved } = weights.get(urlPath)!;
    expect(
      unresolved,
      `${urlPath} refers to files that are not in the build:\n${unresolved.map((item) => `  - ${item}`).join('\n')}`,
    ).toEqual([]);
  });

  it(`keeps HTML and CSS within ${kilobytes(HTML_AND_CSS_GZIP_BUDGET)} gzip`, () => {
    const weight = weights.get(urlPath)!;
    const message =
      `${urlPath}: HTML+CSS is ${kilobytes(weight.htmlAndCss.gzip)} gzip, over the ${kilobytes(HTML_AND_CSS_GZIP_BUDGET)} budget.\n` +
      `  - HTML: ${kilobytes(weight.html.gzip)} gzip (${kilobytes(weight.html.raw)} raw, of which inline <style> ${kilobytes(weight.inlineStyleRaw)})\n` +
      listResources(weight, 'stylesheets');
    expect(weight.htmlAndCss.gzip, message).toBeLessThanOrEqual(HTML_AND_CSS_GZIP_BUDGET);
  });

  it('loads JavaScript only for a client island', () => {
    const weight = weights.get(urlPath)!;
    if (islandsOn.get(urlPath)!.length > 0) return;
    const islands = ISLANDS.map(({ selector, why }) => `${selector} (${why})`).join(', ');
    const message = `${urlPath} has no client island (${islands}), yet loads JavaScript:\n${listResources(weight, 'scripts')}`;
    expect(weight.scripts.length, message).toBe(0);
  });

  it('loads the script of no island it does not show, and no script outside an island', () => {
    const weight = weights.get(urlPath)!;
    const shown = islandsOn.get(urlPath)!;
    const wrong = weight.scripts.flatMap(({ name }) => {
      if (name.startsWith('inline ')) return [`${name}: code written into the page`];
      const island = islandOfScript(name);
      // Chunks are only ever loaded through the islands' imports, which measurePage follows.
      if (!island) return /^\/_astro\/[^/]+\.js$/.test(name) && !name.includes('_astro_type_script') ? [] : [`${name}: no island's script`];
      return shown.includes(island.selector) ? [] : [`${name}: the script of ${island.selector}, which the page does not show`];
    });
    expect(wrong, `${urlPath}:\n${wrong.map((line) => `  - ${line}`).join('\n')}`).toEqual([]);
  });

  it(`loads at most ${kilobytes(JAVASCRIPT_GZIP_BUDGET)} of JavaScript gzip`, () => {
    const weight = weights.get(urlPath)!;
    const message = `${urlPath} loads ${kilobytes(weight.javaScript.gzip)} of JavaScript gzip, over the ${kilobytes(JAVASCRIPT_GZIP_BUDGET)} budget:\n${listResources(weight, 'scripts')}`;
    expect(weight.javaScript.gzip, message).toBeLessThanOrEqual(JAVASCRIPT_GZIP_BUDGET);
  });
});

describe('page weight overall', () => {
  it('prints the ten heaviest pages', () => {
    const all = [...weights.values()];
    const excluded = documents.filter((document) => NOT_CONTENT_PAGES.has(document.urlPath)).map((document) => document.urlPath);
    console.log(
      `The ten heaviest of ${all.length} pages (gzip and raw; 1 KB = 1024 bytes)` +
        (excluded.length > 0 ? `; not budgeted: ${excluded.join(', ')}` : '') +
        `:\n${formatHeaviestPages(all, 10)}`,
    );
    expect(all.length).toBe(documents.length);
  });
});
