/**
 * What a visitor's browser must get for each kind of file in the build, whoever serves it: the
 * type, the security headers and caching of src/lib/security-policy.ts, and the precompressed copy
 * when the browser accepts one. tests/e2e/nginx.test.ts holds nginx (deploy/nginx/) and the test
 * server with public/_headers to the same list, so the two cannot drift apart.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import {
  CACHE_IMMUTABLE,
  CACHE_REVALIDATE,
  EDITOR_PATH,
  editorHeaders,
  IMMUTABLE_FOLDERS,
  SECURITY_HEADERS,
  type Header,
} from '../../../src/lib/security-policy';
import { urlPathForFile } from '../../../tools/harness/pages';

/**
 * The type of every kind of file the site has, with the charset for text. A kind not listed here
 * fails the test until it is given a type, here and in both servers.
 */
export const EXPECTED_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  // Pagefind's WebAssembly and index: gzip data its script unpacks, never to be sent compressed again.
  '.pagefind': 'application/octet-stream',
  '.pf_meta': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/** Files of the build that are not served as files of their own. */
const NOT_SERVED = new Set(['_headers']);

/** One file the test asks for, as a kind: `pagefind/fragment/ .pf_fragment`, `site .html`. */
export interface Sample {
  kind: string;
  urlPath: string;
  /** The file in the build, relative to it. */
  file: string;
}

/**
 * The folder that decides how a file is served: caching (IMMUTABLE_FOLDERS), the editor, Pagefind.
 * @example areaOf('pagefind/fragment/sl_1.pf_fragment') // 'pagefind/fragment'
 * @example areaOf('programi/ese/index.html') // 'site'
 */
export function areaOf(relativePath: string): string {
  const urlPath = `/${relativePath}`;
  const folder =
    IMMUTABLE_FOLDERS.find((prefix) => urlPath.startsWith(prefix)) ??
    [EDITOR_PATH, '/pagefind/'].find((prefix) => urlPath.startsWith(prefix));
  return folder ? folder.slice(1, -1) : 'site';
}

/** Every file below `root`, relative to it, `/`-separated and sorted. */
function filesBelow(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/**
 * One file of every kind in the build (area and extension), plus the home page and a page in a
 * folder: a kind that appears in a later build (calendars, say) is sampled the day it does. The
 * precompressed copies are not kinds of their own; they are asked for through their files.
 */
export function samplesOfEveryKind(root: string): Sample[] {
  const samples = new Map<string, Sample>();
  for (const file of filesBelow(root)) {
    if (NOT_SERVED.has(file) || /\.(?:br|gz)$/.test(file)) continue;
    const kind = `${areaOf(file)} ${path.extname(file) || '(none)'}`;
    if (!samples.has(kind)) samples.set(kind, { kind, urlPath: urlPathForFile(file), file });
  }
  const nested = filesBelow(root).find((file) => /^[^_/][^/]*\/[^/]+\/index\.html$/.test(file) && areaOf(file) === 'site');
  return [
    { kind: 'the home page', urlPath: '/', file: 'index.html' },
    ...(nested ? [{ kind: 'a page in a folder', urlPath: urlPathForFile(nested), file: nested }] : []),
    ...samples.values(),
  ];
}

/** Header names in lower case, as Node reports them. */
const lowerCased = (headers: readonly Header[]) => Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value]));

/** The security headers a URL must come with: the editor's under /admin/, the site's elsewhere. */
export function expectedSecurityHeaders(urlPath: string): Record<string, string> {
  return lowerCased(urlPath.startsWith(EDITOR_PATH) ? editorHeaders() : SECURITY_HEADERS);
}

/** Every header name either set could send: what is compared, so a header one server adds is caught too. */
export const SECURITY_HEADER_NAMES = Object.keys({ ...lowerCased(SECURITY_HEADERS), ...lowerCased(editorHeaders()) });

/**
 * How long a URL may be cached.
 * @example expectedCacheControl('/_astro/a.css') // 'public, max-age=31536000, immutable'
 */
export function expectedCacheControl(urlPath: string): string {
  return IMMUTABLE_FOLDERS.some((folder) => urlPath.startsWith(folder)) ? CACHE_IMMUTABLE : CACHE_REVALIDATE;
}

/**
 * The encoding a server should answer with: the best precompressed copy the build has and the
 * client accepts (Brotli only where the server can send it), else none.
 */
export function expectedEncoding(
  root: string,
  file: string,
  accepted: 'br' | 'gzip' | 'identity',
  serverSendsBrotli: boolean,
): string | undefined {
  const has = (suffix: string) => existsSync(path.join(root, file + suffix));
  if (accepted === 'br' && serverSendsBrotli && has('.br')) return 'br';
  if (accepted !== 'identity' && has('.gz')) return 'gzip';
  return undefined;
}

/** What the client says it accepts, per case. */
export const ACCEPT_ENCODING = { br: 'br, gzip', gzip: 'gzip', identity: 'identity' } as const;

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as sent, still encoded. */
  body: Buffer;
}

/** A GET with no decoding of its own, so the test sees the bytes and headers as sent. */
export function rawGet(baseUrl: string, urlPath: string, acceptEncoding: string): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.get(new URL(urlPath, baseUrl), { headers: { 'Accept-Encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      response.on('error', reject);
    });
    request.on('error', reject);
  });
}

/** The body with its Content-Encoding undone. */
export function decodedBody(response: RawResponse): Buffer {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  if (encoding === undefined) return response.body;
  throw new Error(`unexpected Content-Encoding: ${encoding}`);
}

/** The response's security headers, every name either set has; absent ones left out. */
export function securityHeadersOf(response: RawResponse): Record<string, string> {
  return Object.fromEntries(
    SECURITY_HEADER_NAMES.flatMap((name) => (typeof response.headers[name] === 'string' ? [[name, response.headers[name]]] : [])),
  );
}

/** The bytes of a file of the build. */
export const builtBytes = (root: string, file: string): Buffer => readFileSync(path.join(root, file));
