/**
 * Links in built pages, resolved against dist/ the way a static host serves it: every internal
 * URL must name a file, and every `#fragment` an element on the page it points to.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { HtmlElement } from 'html-validate';
import { attributeValue, isInsideTemplate, parseHtml } from './html';

/** Origin that built pages are resolved against; it stands for "this site", wherever it is hosted. */
const SITE_ORIGIN = 'http://site.invalid';

/** Attributes that hold one URL, and the elements that may carry them. */
const URL_ATTRIBUTES = [
  { selector: 'a[href], area[href], link[href], base[href]', attribute: 'href' },
  {
    selector: 'img[src], script[src], iframe[src], source[src], audio[src], video[src], track[src], embed[src], input[src]',
    attribute: 'src',
  },
  { selector: 'video[poster]', attribute: 'poster' },
  { selector: 'object[data]', attribute: 'data' },
  { selector: 'form[action]', attribute: 'action' },
  { selector: 'button[formaction], input[formaction]', attribute: 'formaction' },
] as const;

/** `<meta>` whose content is a URL the page's share card or identity depends on. */
const URL_METAS = [
  'meta[property="og:url"]',
  'meta[property="og:image"]',
  'meta[property="og:image:url"]',
  'meta[property="og:image:secure_url"]',
  'meta[name="twitter:image"]',
].join(', ');

/** One URL written in a page. */
export interface Reference {
  /** As written (character references decoded), e.g. `/programi/ese/#pogoji`. */
  url: string;
  /** Where: `<a href>` at line 1, column 5923. */
  where: string;
}

export type Destination =
  | { kind: 'internal'; pathname: string; fragment: string | undefined }
  | { kind: 'external'; url: string }
  /** mailto:, tel:, data: and the like: nothing to resolve in dist/. */
  | { kind: 'other'; scheme: string }
  | { kind: 'invalid'; reason: string };

/** Describes an element's position for a failure message. */
function describeAt(element: HtmlElement, attribute: string): string {
  return `<${element.tagName} ${attribute}> at ${element.location.line}:${element.location.column}`;
}

/**
 * The URLs in `srcset`: candidates are separated by commas and each is a URL plus an optional
 * descriptor; a comma inside a URL is only possible without spaces around it.
 * @example srcsetUrls('/a.png 1x, /b.png 2x') // ['/a.png', '/b.png']
 */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,$|^\s*,/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

/** `<meta http-equiv="refresh" content="0;url=/x/">`, as Astro writes for redirects. */
function refreshUrl(content: string): string | undefined {
  return /;\s*url\s*=\s*['"]?([^'"]+)/i.exec(content)?.[1]?.trim();
}

/** Every URL a page links to or loads, skipping template content (not part of the page). */
export function collectReferences(root: HtmlElement): Reference[] {
  const references: Reference[] = [];
  for (const { selector, attribute } of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(selector)) {
      const url = attributeValue(element, attribute);
      if (url !== null && !isInsideTemplate(element)) references.push({ url, where: describeAt(element, attribute) });
    }
  }
  for (const element of root.querySelectorAll('img[srcset], source[srcset]')) {
    if (isInsideTemplate(element)) continue;
    for (const url of srcsetUrls(attributeValue(element, 'srcset') ?? '')) references.push({ url, where: describeAt(element, 'srcset') });
  }
  for (const element of root.querySelectorAll(URL_METAS)) {
    const url = attributeValue(element, 'content');
    if (url) references.push({ url, where: describeAt(element, 'content') });
  }
  for (const element of root.querySelectorAll('meta[http-equiv]')) {
    if (attributeValue(element, 'http-equiv')?.toLowerCase() !== 'refresh') continue;
    const url = refreshUrl(attributeValue(element, 'content') ?? '');
    if (url) references.push({ url, where: describeAt(element, 'content') });
  }
  return references;
}

const publicOrigins = new Map<string, string | undefined>();

/**
 * The site's public origin, as the build writes it in absolute links (canonical, hreflang, share
 * cards; Astro's `site`), read from the home page's canonical link; undefined without one. Links
 * to it are links into this build, checked like relative ones.
 * @example publicOrigin('dist') // 'https://prostovoljstvo.example'
 */
export function publicOrigin(root: string): string | undefined {
  if (!publicOrigins.has(root)) {
    const home = path.join(root, 'index.html');
    const canonical = existsSync(home) ? /<link\b[^>]*\brel="canonical"[^>]*>/i.exec(readFileSync(home, 'utf8'))?.[0] : undefined;
    const href = canonical ? /\bhref="([^"]+)"/i.exec(canonical)?.[1] : undefined;
    let origin: string | undefined;
    try {
      origin = href ? new URL(href).origin : undefined;
    } catch {
      origin = undefined; // the links test reports the invalid URL itself
    }
    publicOrigins.set(root, origin);
  }
  return publicOrigins.get(root);
}

/**
 * Where a URL written on the page at `pageUrlPath` leads. URLs on `ownOrigin` (the site's public
 * address) lead into the build like relative ones.
 * @example resolveReference('/centri/', '../programi/#x') // { kind: 'internal', pathname: '/programi/', fragment: 'x' }
 * @example resolveReference('/', 'https://europa.eu/youth') // { kind: 'external', url: 'https://europa.eu/youth' }
 * @example resolveReference('/', 'https://site.example/en/', 'https://site.example') // { kind: 'internal', pathname: '/en/', fragment: undefined }
 */
export function resolveReference(pageUrlPath: string, url: string, ownOrigin?: string): Destination {
  let resolved: URL;
  try {
    resolved = new URL(url.trim(), `${SITE_ORIGIN}${pageUrlPath}`);
  } catch {
    return { kind: 'invalid', reason: 'is not a valid URL' };
  }
  if (resolved.origin === SITE_ORIGIN || resolved.origin === ownOrigin) {
    let fragment: string | undefined;
    try {
      fragment = resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined;
    } catch {
      return { kind: 'invalid', reason: 'has a malformed %-escape in its fragment' };
    }
    return { kind: 'internal', pathname: resolved.pathname, fragment };
  }
  if (resolved.protocol === 'http:' || resolved.protocol === 'https:') return { kind: 'external', url: resolved.href };
  return { kind: 'other', scheme: resolved.protocol };
}

/** The file a static host serves for a URL path, or why there is none. */
export type ServedFile = { file: string } | { problem: string };

/**
 * Maps a URL path to its file in `root`: a folder URL (ending in `/`) to its index.html. A
 * folder linked without its trailing slash is an error too: the host answers with a redirect,
 * and astro.config.mjs sets `trailingSlash: 'always'`, so `astro dev` answers 404.
 */
export function servedFile(root: string, pathname: string): ServedFile {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { problem: 'has a malformed %-escape in its path' };
  }
  const target = path.join(root, decoded);
  if (target !== root && !target.startsWith(root + path.sep)) return { problem: 'leads outside the site' };
  const relative = (file: string) => path.relative(root, file).split(path.sep).join('/');
  if (pathname.endsWith('/')) {
    const index = path.join(target, 'index.html');
    return existsSync(index) ? { file: index } : { problem: `has no page: dist/${relative(index)} does not exist` };
  }
  if (existsSync(target) && statSync(target).isFile()) return { file: target };
  if (existsSync(path.join(target, 'index.html'))) {
    return { problem: `leaves out the trailing slash: write ${pathname}/ (trailingSlash: 'always')` };
  }
  return { problem: `has no file: dist/${relative(target)} does not exist` };
}

/** Fragment identifiers of a document: element ids, and `<a name>` which the HTML standard also accepts. */
export function fragmentTargets(root: HtmlElement): Set<string> {
  const targets = new Set<string>();
  for (const element of root.querySelectorAll('[id], a[name]')) {
    if (isInsideTemplate(element)) continue;
    const id = attributeValue(element, 'id');
    if (id) targets.add(id);
    const name = element.tagName === 'a' ? attributeValue(element, 'name') : null;
    if (name) targets.add(name);
  }
  return targets;
}

/**
 * Looks up fragment identifiers of built files, parsing each file once. HTML is parsed; an SVG
 * (a sprite, `icons.svg#menu`) is searched for the id attribute; other files have none.
 */
export function createFragmentIndex(): (file: string) => Promise<Set<string> | undefined> {
  const cache = new Map<string, Promise<Set<string> | undefined>>();
  return (file) => {
    let targets = cache.get(file);
    if (!targets) {
      targets = (async () => {
        if (file.endsWith('.html')) return fragmentTargets(await parseHtml(readFileSync(file, 'utf8'), file));
        if (file.endsWith('.svg'))
          return new Set([...readFileSync(file, 'utf8').matchAll(/\sid\s*=\s*["']([^"']+)["']/g)].map((match) => match[1]!));
        return undefined;
      })();
      cache.set(file, targets);
    }
    return targets;
  };
}

/**
 * True for the fragments the HTML standard resolves without any element: an empty one and
 * `top` (case-insensitive) scroll to the top of the page.
 */
export function isTopOfPageFragment(fragment: string): boolean {
  return fragment === '' || fragment.toLowerCase() === 'top';
}
