/**
 * What the site asks every host to send with its files, written once: the Content-Security-Policy,
 * the other security headers, the exception for the staff editor at /admin/, and how long files may
 * be cached. Each host gets it in its own form, and none is written by hand:
 *
 * - every page's `<meta http-equiv="Content-Security-Policy">` (src/layouts/BaseLayout.astro), the
 *   only protection on a host that sends no headers (GitHub Pages);
 * - `public/_headers`, read by Cloudflare Pages;
 * - the nginx snippets in `deploy/nginx/`.
 *
 * The files are kept in the repository, where they can be read and reviewed, and
 * tests/unit/security-policy.test.ts fails when one of them differs from what this module makes;
 * `npx vitest run --config tests/vitest.config.ts --project unit tests/unit/security-policy.test.ts -u`
 * writes them again.
 */

/** A directive and its sources, e.g. `['img-src', ["'self'", 'data:']]`. */
export type Directive = readonly [name: string, sources: readonly string[]];

/** A response header as name and value. */
export type Header = readonly [name: string, value: string];

/**
 * The public site's policy. Scripts and styles are files from this site only: no 'unsafe-inline'
 * (Astro writes every script and stylesheet as a file: astro.config.mjs), nothing from another host.
 */
export const CONTENT_SECURITY_POLICY: readonly Directive[] = [
  ['default-src', ["'self'"]],
  // 'wasm-unsafe-eval' lets the search index (Pagefind, WebAssembly) run; it does not allow eval().
  ['script-src', ["'self'", "'wasm-unsafe-eval'"]],
  ['style-src', ["'self'"]],
  ['img-src', ["'self'", 'data:']],
  ['font-src', ["'self'"]],
  ['connect-src', ["'self'"]],
  ['manifest-src', ["'self'"]],
  // Pagefind runs without its worker today (src/components/search-page.ts); if it is turned back on, it is ours.
  ['worker-src', ["'self'"]],
  ['object-src', ["'none'"]],
  ['base-uri', ["'self'"]],
  ['form-action', ["'self'"]],
  ['frame-ancestors', ["'none'"]],
];

/**
 * Directives a browser ignores in a `<meta>` policy, with a console warning (CSP Level 3, "The
 * Content-Security-Policy meta element"): only a header can carry them.
 */
export const HEADER_ONLY_DIRECTIVES: ReadonlySet<string> = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

/**
 * A policy as a header value.
 * @example serializePolicy([['default-src', ["'self'"]], ['img-src', ["'self'", 'data:']]]) // "default-src 'self'; img-src 'self' data:"
 */
export function serializePolicy(directives: readonly Directive[]): string {
  return directives.map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/**
 * The policy hosts send as a header: all of it.
 * @example headerContentSecurityPolicy().endsWith("frame-ancestors 'none'") // true
 */
export function headerContentSecurityPolicy(): string {
  return serializePolicy(CONTENT_SECURITY_POLICY);
}

/**
 * The policy every page carries in its `<meta>`: all a meta policy can hold, so it protects on a
 * host that sends no headers. A browser enforces both when both arrive; the meta is the header
 * without what only a header can carry, so together they are exactly the header.
 * @example metaContentSecurityPolicy().includes('frame-ancestors') // false
 */
export function metaContentSecurityPolicy(): string {
  return serializePolicy(CONTENT_SECURITY_POLICY.filter(([name]) => !HEADER_ONLY_DIRECTIVES.has(name)));
}

/**
 * Every file of the site gets these. Each of them except the Content-Security-Policy exists only as
 * a header (no `<meta>` can carry it), so on a host that sends none they are missing.
 */
export const SECURITY_HEADERS: readonly Header[] = [
  ['Content-Security-Policy', headerContentSecurityPolicy()],
  // A script or stylesheet is used only when it is served as one (no guessing from the bytes).
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  // For browsers older than frame-ancestors.
  ['X-Frame-Options', 'DENY'],
  ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'],
];

/** The staff editor (Sveltia CMS): its page, script, fonts and configuration. */
export const EDITOR_PATH = '/admin/';

/**
 * Headers the editor must not get. Its page carries its own Content-Security-Policy, made for the
 * Git host it is built for (src/cms/policy.ts); the site's would block that host, and a
 * browser enforces every policy it is given. Sign-in opens the Git host in a window that reports
 * back to the editor through `window.opener`, which `Cross-Origin-Opener-Policy: same-origin`
 * would cut on the way through the Git host's pages.
 */
export const EDITOR_DROPPED_HEADERS: readonly string[] = ['Content-Security-Policy', 'Cross-Origin-Opener-Policy'];

/** Headers only the editor gets: it is for staff, never a search result. */
export const EDITOR_EXTRA_HEADERS: readonly Header[] = [['X-Robots-Tag', 'noindex']];

/**
 * The headers of the editor's files.
 * @example editorHeaders().some(([name]) => name === 'Content-Security-Policy') // false
 */
export function editorHeaders(): Header[] {
  return [...SECURITY_HEADERS.filter(([name]) => !EDITOR_DROPPED_HEADERS.includes(name)), ...EDITOR_EXTRA_HEADERS];
}

/** For files whose name changes with their content: a year, never asked for again. */
export const CACHE_IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * For everything else, HTML first: asked again on every use (an unchanged file costs a 304 and no
 * bytes), so a new build is seen at once and a page never names files an earlier build had. It is
 * what Cloudflare Pages sends when `_headers` names no Cache-Control.
 */
export const CACHE_REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * Folders whose files are named after their content: Astro's hashed scripts and stylesheets, and
 * Pagefind's index chunks (its entry file, script and WebAssembly keep their names, so they
 * revalidate).
 */
export const IMMUTABLE_FOLDERS: readonly string[] = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

/**
 * `public/_headers`, in the format Cloudflare Pages reads: a rule for every file, then the editor's
 * exception (`! Name` removes a header an earlier rule added), then caching. A header named by two
 * matching rules would be sent with both values joined by a comma, so each header is named once
 * per path; HTML gets the host's own Cache-Control, which is CACHE_REVALIDATE.
 */
export function headersFileText(): string {
  const lines = (headers: readonly Header[]) => headers.map(([name, value]) => `  ${name}: ${value}`);
  return [
    '# Generated from src/lib/security-policy.ts; edit that file, then write this one again with',
    '#   npx vitest run --config tests/vitest.config.ts --project unit tests/unit/security-policy.test.ts -u',
    '# Read by Cloudflare Pages (README, "Deploy"). The same headers for nginx: deploy/nginx/.',
    '/*',
    ...lines(SECURITY_HEADERS),
    '',
    '# The editor carries its own policy in its page (src/cms/policy.ts); see EDITOR_DROPPED_HEADERS.',
    `${EDITOR_PATH}*`,
    ...EDITOR_DROPPED_HEADERS.map((name) => `  ! ${name}`),
    ...lines(EDITOR_EXTRA_HEADERS),
    '',
    '# Files named after their content.',
    ...IMMUTABLE_FOLDERS.flatMap((folder) => [`${folder}*`, `  Cache-Control: ${CACHE_IMMUTABLE}`]),
    '',
  ].join('\n');
}

/**
 * An nginx snippet that adds headers, `always` so that error pages get them too. nginx takes a
 * location's `add_header` lines instead of, never beside, those of the server, so every location
 * that adds a header includes one of these snippets (deploy/nginx/site.conf).
 * @example nginxHeadersSnippet([['X-Frame-Options', 'DENY']], 'why') // '# why\nadd_header X-Frame-Options "DENY" always;\n'
 */
export function nginxHeadersSnippet(headers: readonly Header[], comment: string): string {
  const escape = (value: string) => value.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  return [
    ...comment.split('\n').map((line) => `# ${line}`),
    ...headers.map(([name, value]) => `add_header ${name} "${escape(value)}" always;`),
    '',
  ].join('\n');
}

const GENERATED = 'Generated from src/lib/security-policy.ts (tests/unit/security-policy.test.ts keeps it so).';

/** The nginx snippets in deploy/nginx/, by file name. */
export function nginxSnippets(): Record<string, string> {
  return {
    'security-headers.conf': nginxHeadersSnippet(SECURITY_HEADERS, `The headers of every file of the site.\n${GENERATED}`),
    'editor-headers.conf': nginxHeadersSnippet(
      editorHeaders(),
      `The headers of the staff editor under ${EDITOR_PATH}: its page carries its own policy.\n${GENERATED}`,
    ),
  };
}
