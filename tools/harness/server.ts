/**
 * A tiny static file server for the built site, so the browser sees it the way a static host
 * serves it (directory indexes, trailing-slash redirects, the 404 page) without a dependency.
 * With `precompressed`, it sends the build's .br or .gz copy of a file to a client that accepts
 * it, as nginx does with deploy/nginx/site.conf (tests/e2e/nginx.test.ts holds the two together).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface StaticServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:43117`. */
  baseUrl: string;
  /** `127.0.0.1:43117`: the only host the pages may talk to. */
  host: string;
  server: http.Server;
}

const OCTET_STREAM = 'application/octet-stream';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.yml': 'application/yaml; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  // Pagefind's index files are opaque binary chunks.
  '.pf_meta': OCTET_STREAM,
  '.pf_index': OCTET_STREAM,
  '.pf_fragment': OCTET_STREAM,
  '.pagefind': OCTET_STREAM,
};

/** Content type from the file extension; unknown kinds are sent as bytes rather than guessed. */
export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[path.extname(filePath).toLowerCase()] ?? OCTET_STREAM;
}

type Resolution = { kind: 'file'; filePath: string } | { kind: 'redirect'; location: string } | { kind: 'missing' };

/** Stats a path, treating "not there" as undefined instead of an exception. */
async function statOrUndefined(filePath: string) {
  try {
    return await stat(filePath);
  } catch {
    return undefined;
  }
}

/**
 * Maps a URL path to what a static host would answer. Paths that escape the root (`/../`)
 * are answered as missing, never read.
 */
async function resolveRequest(root: string, urlPath: string, search: string): Promise<Resolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: 'missing' };
  }
  const filePath = path.join(root, decoded);
  if (filePath !== root && !filePath.startsWith(root + path.sep)) return { kind: 'missing' };

  const stats = await statOrUndefined(filePath);
  if (stats?.isFile()) return { kind: 'file', filePath };
  if (stats?.isDirectory()) {
    if (!urlPath.endsWith('/')) return { kind: 'redirect', location: `${urlPath}/${search}` };
    const indexPath = path.join(filePath, 'index.html');
    if ((await statOrUndefined(indexPath))?.isFile()) return { kind: 'file', filePath: indexPath };
  }
  return { kind: 'missing' };
}

/**
 * True when an Accept-Encoding header allows an encoding (named, and not with q=0).
 * @example acceptsEncoding('gzip, deflate, br;q=0.9', 'br') // true
 * @example acceptsEncoding('gzip, br;q=0', 'br') // false
 */
export function acceptsEncoding(header: string | undefined, encoding: 'br' | 'gzip'): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith('q='));
    return name === encoding && (q === undefined || Number(q.slice(2)) > 0);
  });
}

/** The precompressed copies a client may get, best first, as nginx's brotli_static and gzip_static pick them. */
const ENCODINGS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;

/**
 * Streams a file with its content type; HEAD gets the headers only. With `precompressed`, a .br or
 * .gz copy beside the file is sent instead when the client accepts it.
 */
async function sendFile(
  request: http.IncomingMessage,
  response: http.ServerResponse,
  filePath: string,
  status: number,
  precompressed: boolean,
) {
  const headers: Record<string, string> = { 'Content-Type': contentTypeFor(filePath) };
  let bodyPath = filePath;
  if (precompressed) {
    for (const { encoding, suffix } of ENCODINGS) {
      if (!(await statOrUndefined(filePath + suffix))?.isFile()) continue;
      headers['Vary'] = 'Accept-Encoding';
      if (bodyPath === filePath && acceptsEncoding(request.headers['accept-encoding'], encoding)) {
        bodyPath = filePath + suffix;
        headers['Content-Encoding'] = encoding;
      }
    }
  }
  headers['Content-Length'] = String((await stat(bodyPath)).size);
  response.writeHead(status, headers);
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(bodyPath)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** Answers a missing file with the site's own 404 page, or plain text when the build has none. */
async function sendNotFound(request: http.IncomingMessage, response: http.ServerResponse, root: string, precompressed: boolean) {
  const notFoundPage = path.join(root, '404.html');
  if ((await statOrUndefined(notFoundPage))?.isFile()) {
    await sendFile(request, response, notFoundPage, 404, precompressed);
    return;
  }
  response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
  response.end('Not found');
}

/** Handles one request against the root folder. */
async function handleRequest(root: string, request: http.IncomingMessage, response: http.ServerResponse, precompressed: boolean) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' });
    response.end();
    return;
  }
  const url = new URL(request.url ?? '/', 'http://localhost');
  const resolution = await resolveRequest(root, url.pathname, url.search);
  if (resolution.kind === 'file') return sendFile(request, response, resolution.filePath, 200, precompressed);
  if (resolution.kind === 'redirect') {
    response.writeHead(301, { Location: resolution.location });
    response.end();
    return;
  }
  await sendNotFound(request, response, root, precompressed);
}

/** Extra response headers per URL path, e.g. the site's security headers from public/_headers. */
export type HeadersFor = (urlPath: string) => Record<string, string>;

export interface ServerOptions {
  /** Send the build's .br or .gz copy of a file to clients that accept it (default: never). */
  precompressed?: boolean;
}

/** Serves `root` on 127.0.0.1 with a port the OS chooses, so parallel runs never collide. */
export async function startServer(
  root: string,
  headersFor?: HeadersFor,
  { precompressed = false }: ServerOptions = {},
): Promise<StaticServer> {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((request, response) => {
    if (headersFor) {
      for (const [name, value] of Object.entries(headersFor(new URL(request.url ?? '/', 'http://localhost').pathname)))
        response.setHeader(name, value);
    }
    handleRequest(absoluteRoot, request, response, precompressed).catch((error: unknown) => {
      console.error(`static server: ${request.url}:`, error);
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  return { baseUrl: `http://${host}`, host, server };
}

/** Stops the server, dropping idle keep-alive connections so the process can exit promptly. */
export async function stopServer(staticServer: StaticServer): Promise<void> {
  const { server } = staticServer;
  server.closeAllConnections();
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
}
