/**
 * The Content-Security-Policy of /admin/, written into the page so it holds on any host (GitHub
 * Pages sends no headers). Sveltia CMS 0.221.1 as published fetches its fonts and locales from
 * CDNs, asks unpkg.com for a newer version and polls the Git host's status page; the build we
 * serve no longer does (sveltia-patches.ts). The policy is the second layer: the browser may
 * talk only to this site and to the Git host's API, so anything else is refused before it leaves.
 */
import type { Backend } from '@sveltia/cms';

/**
 * Origins the editor must reach for a backend: the Git host's API and its sign-in endpoints.
 * @example backendOrigins({ name: 'gitlab', repo: 'a/b' }) // ["https://gitlab.com"]
 */
export function backendOrigins(backend: Backend): string[] {
  const originOf = (url: string) => new URL(url).origin;
  if (backend.name === 'gitlab') {
    return [...new Set([originOf(backend.api_root ?? 'https://gitlab.com/api/v4'), originOf(backend.base_url ?? 'https://gitlab.com')])];
  }
  if (backend.name === 'github') {
    // Files and avatars come from githubusercontent.com; the relay answers the sign-in.
    return [
      ...new Set([
        originOf(backend.api_root ?? 'https://api.github.com'),
        'https://*.githubusercontent.com',
        ...(backend.base_url ? [originOf(backend.base_url)] : []),
      ]),
    ];
  }
  return [];
}

/**
 * The policy for a backend. Styles may be inline because Svelte injects them; images may come
 * from any https host (avatars, pictures in previews), which happens only after sign-in.
 */
export function adminContentSecurityPolicy(backend: Backend): string {
  return [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https:",
    "media-src 'self' data: blob: https:",
    "font-src 'self'",
    ['connect-src', "'self'", 'data:', 'blob:', ...backendOrigins(backend)].join(' '),
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
