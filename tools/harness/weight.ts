/**
 * What a page costs to load, counted in bytes from dist/ rather than timed: the HTML, the
 * stylesheets it links, and the JavaScript it runs including every module those import. Each
 * file is counted raw and gzip-compressed on its own, the way a server sends it.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { HtmlElement } from 'html-validate';
import { LOCALES } from '../../src/lib/locales';
import { searchUrl } from '../../src/lib/routes';
import { attributeValue, isInsideTemplate, readDocument } from './html';
import { publicOrigin, resolveReference, servedFile } from './links';

/** The first round trip: TCP's initial window of 10 segments is about 14 KB. HTML plus linked CSS, gzip. */
export const HTML_AND_CSS_GZIP_BUDGET = 14 * 1024;
/**
 * For a page with islands: all its JavaScript together, gzip (issue 19). The most any page loads
 * today is the home page's header shortcut, centre hours and status badges: 3,052 bytes (#30).
 */
export const JAVASCRIPT_GZIP_BUDGET = 3 * 1024;

/**
 * Client islands: the only reasons a content page may load JavaScript. Each is an element the
 * component renders (`selector`) and the script Astro emits for that component (`script`, the start
 * of its file name in `/_astro/`); a page loads a script only when it shows the island.
 */
export const ISLANDS = [
  {
    selector: '[data-badge]',
    script: 'StatusBadge.astro_astro_type_script',
    why: 'a project, call or event shows its status at the moment of reading (StatusBadge.astro)',
  },
  { selector: '[data-centre]', script: 'CentreStatus.astro_astro_type_script', why: 'a youth centre shows whether it is open now' },
  { selector: '[data-not-found]', script: 'NotFoundView.astro_astro_type_script', why: "the 404 page puts the reader's language first" },
  {
    selector: '[data-search-input]',
    script: 'SiteHeader.astro_astro_type_script',
    why: 'the header search box: Ctrl/Cmd+K puts the cursor in it (0.2 KB; Pagefind loads only on the search page)',
  },
] as const;

/**
 * The island a script file belongs to, for a script Astro emitted for a component; undefined for
 * any other file (a chunk the islands' scripts import, or a file no island accounts for).
 * @example islandOfScript('/_astro/StatusBadge.astro_astro_type_script_index_0_lang.CRxj6ZCG.js')?.selector // "[data-badge]"
 */
export const islandOfScript = (urlPath: string) => ISLANDS.find(({ script }) => urlPath.startsWith(`/_astro/${script}`));

/** Not content pages: search loads Pagefind's JavaScript and index by design. Measured, not budgeted. */
export const NOT_CONTENT_PAGES: ReadonlySet<string> = new Set(LOCALES.map(searchUrl));

export interface Bytes {
  raw: number;
  gzip: number;
}

/** One file or inline block a page loads. */
export interface Resource extends Bytes {
  /** URL path of a file, or `inline <script> #1` for code written into the page. */
  name: string;
}

export interface PageWeight {
  urlPath: string;
  /** The HTML file itself, inline `<style>` and `<script>` included. */
  html: Bytes;
  /** Part of `html` that is inline `<style>` (raw bytes), to see where HTML weight comes from. */
  inlineStyleRaw: number;
  stylesheets: Resource[];
  /** External scripts, the modules they import (transitively), and inline scripts. */
  scripts: Resource[];
  /** URLs a stylesheet or script refers to that are not in dist/ (they would fail to load). */
  unresolved: string[];
  /** HTML plus linked CSS: what the first render needs. */
  htmlAndCss: Bytes;
  javaScript: Bytes;
}

/** Script types a browser executes; JSON-LD and other data blocks are not code. */
const EXECUTABLE_SCRIPT_TYPES = new Set([
  '',
  'module',
  'text/javascript',
  'application/javascript',
  'text/ecmascript',
  'application/ecmascript',
]);

/**
 * Static imports and re-exports in (minified) JavaScript: `import{a as b}from"./x.js"`,
 * `import "./y.js"`, `export*from"./z.js"`. Dynamic `import()` is left out: it loads on demand,
 * not with the page.
 */
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[^'"`;()]*?\bfrom\s*)?["']([^"']+)["']/g;

/** `@import url("a.css")` and `@import "a.css"` in a stylesheet. */
const CSS_IMPORT = /@import\s+(?:url\(\s*)?["']?([^"')\s;]+)/g;

const sizeCache = new Map<string, Bytes>();

/** Raw and gzip size of some bytes, at zlib's default level (what most servers use). */
export function measureBytes(content: string | Buffer): Bytes {
  const buffer = typeof content === 'string' ? Buffer.from(content) : content;
  return { raw: buffer.length, gzip: gzipSync(buffer).length };
}

function measureFile(file: string): Bytes {
  let bytes = sizeCache.get(file);
  if (!bytes) {
    bytes = measureBytes(readFileSync(file));
    sizeCache.set(file, bytes);
  }
  return bytes;
}

const sum = (items: Bytes[]): Bytes =>
  items.reduce((total, item) => ({ raw: total.raw + item.raw, gzip: total.gzip + item.gzip }), { raw: 0, gzip: 0 });

/** Elements outside `<template>` that match `selector`. */
function live(root: HtmlElement, selector: string): HtmlElement[] {
  return root.querySelectorAll(selector).filter((element) => !isInsideTemplate(element));
}

/** True when a `<script>` element holds or loads code the browser runs. */
function isExecutableScript(element: HtmlElement): boolean {
  return EXECUTABLE_SCRIPT_TYPES.has((attributeValue(element, 'type') ?? '').trim().toLowerCase());
}

/**
 * Follows the files a page loads, and the files those import, counting each file once.
 * `from` is the URL path the reference is written in (a page, or the importing file).
 */
function createLoader(root: string, unresolved: string[]) {
  const seen = new Set<string>();
  const resources: Resource[] = [];
  const load = (from: string, url: string, importsIn: (source: string) => IterableIterator<RegExpMatchArray>): void => {
    const destination = resolveReference(from, url, publicOrigin(root));
    if (destination.kind !== 'internal') {
      // Other hosts are the privacy test's business; here they would be uncounted weight.
      if (destination.kind === 'external') unresolved.push(`${url} (on another host, referenced from ${from})`);
      return;
    }
    const served = servedFile(root, destination.pathname);
    if ('problem' in served) {
      unresolved.push(`${destination.pathname} (referenced from ${from}) ${served.problem}`);
      return;
    }
    if (seen.has(served.file)) return;
    seen.add(served.file);
    resources.push({ name: destination.pathname, ...measureFile(served.file) });
    for (const match of importsIn(readFileSync(served.file, 'utf8'))) load(destination.pathname, match[1]!, importsIn);
  };
  return { load, resources };
}

/** Measures one built page (`file` relative to `root`, served at `urlPath`). */
export async function measurePage(root: string, file: string, urlPath: string): Promise<PageWeight> {
  const document = await readDocument(root, file);
  const unresolved: string[] = [];
  const javaScriptImports = (source: string) => source.matchAll(STATIC_IMPORT);

  const css = createLoader(root, unresolved);
  for (const link of live(document.root, 'link[rel][href]')) {
    const rel = (attributeValue(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('stylesheet')) css.load(urlPath, attributeValue(link, 'href')!, (source) => source.matchAll(CSS_IMPORT));
  }

  const js = createLoader(root, unresolved);
  const inlineScripts: Resource[] = [];
  for (const script of live(document.root, 'script')) {
    if (!isExecutableScript(script)) continue;
    const src = attributeValue(script, 'src');
    if (src !== null) {
      js.load(urlPath, src, javaScriptImports);
      continue;
    }
    const code = script.textContent;
    if (code.trim() === '') continue;
    inlineScripts.push({ name: `inline <script> #${inlineScripts.length + 1}`, ...measureBytes(code) });
    for (const match of javaScriptImports(code)) js.load(urlPath, match[1]!, javaScriptImports);
  }
  for (const link of live(document.root, 'link[rel][href]')) {
    const rel = (attributeValue(link, 'rel') ?? '').toLowerCase().split(/\s+/);
    const isScriptPreload = rel.includes('modulepreload') || (rel.includes('preload') && attributeValue(link, 'as') === 'script');
    if (isScriptPreload) js.load(urlPath, attributeValue(link, 'href')!, javaScriptImports);
  }

  const html = measureBytes(document.source);
  const inlineStyleRaw = live(document.root, 'style').reduce((total, style) => total + Buffer.byteLength(style.textContent), 0);
  const scripts = [...js.resources, ...inlineScripts];
  // Inline scripts are already part of the HTML's bytes; they count again as JavaScript because
  // the JavaScript rules are about code that runs, wherever it is written.
  return {
    urlPath,
    html,
    inlineStyleRaw,
    stylesheets: css.resources,
    scripts,
    unresolved,
    htmlAndCss: sum([html, ...css.resources]),
    javaScript: sum(scripts),
  };
}

/** Bytes as kilobytes (1 KB = 1024 bytes) with one decimal. */
export const kilobytes = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The heaviest pages by everything they load (gzip), as an aligned text table.
 * @example formatHeaviestPages(weights, 10) // 'page  HTML gz  CSS gz  HTML+CSS gz  JS gz  total gz  (raw: …)\n/  5.1 KB …'
 */
export function formatHeaviestPages(weights: PageWeight[], count: number): string {
  const heaviest = [...weights]
    .sort((a, b) => b.htmlAndCss.gzip + b.javaScript.gzip - (a.htmlAndCss.gzip + a.javaScript.gzip))
    .slice(0, count);
  const header = ['page', 'HTML gz', 'CSS gz', 'HTML+CSS gz', 'JS gz', 'total gz', 'HTML raw', 'CSS raw', 'JS raw'];
  const rows = heaviest.map((weight) => {
    const css = sum(weight.stylesheets);
    return [
      weight.urlPath,
      kilobytes(weight.html.gzip),
      kilobytes(css.gzip),
      kilobytes(weight.htmlAndCss.gzip),
      kilobytes(weight.javaScript.gzip),
      kilobytes(weight.htmlAndCss.gzip + weight.javaScript.gzip),
      kilobytes(weight.html.raw),
      kilobytes(css.raw),
      kilobytes(weight.javaScript.raw),
    ];
  });
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}
