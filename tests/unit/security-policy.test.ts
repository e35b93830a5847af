/**
 * The site's headers come from one place (src/lib/security-policy.ts). The files hosts read are
 * kept in the repository and compared here with what that module makes; after a change there,
 * `npx vitest run --config tests/vitest.config.ts --project unit tests/unit/security-policy.test.ts -u`
 * writes them again (vitest's file snapshots).
 */
import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  editorHeaders,
  HEADER_ONLY_DIRECTIVES,
  headerContentSecurityPolicy,
  headersFileText,
  metaContentSecurityPolicy,
  nginxHeadersSnippet,
  nginxSnippets,
  SECURITY_HEADERS,
} from '../../src/lib/security-policy';
import { headersFor, parseHeadersFile, patternMatches } from '../e2e/support/headers';

const directiveNames = (policy: string) => policy.split(';').map((directive) => directive.trim().split(' ')[0]);

describe('the Content-Security-Policy', () => {
  it('allows scripts from this site only, and WebAssembly for the search, never eval or inline code', () => {
    const scripts = CONTENT_SECURITY_POLICY.find(([name]) => name === 'script-src')?.[1];
    expect(scripts).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(headerContentSecurityPolicy()).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('in a page is the header without what only a header can carry', () => {
    const header = directiveNames(headerContentSecurityPolicy());
    expect(header).toContain('frame-ancestors');
    expect(directiveNames(metaContentSecurityPolicy())).toEqual(header.filter((name) => !HEADER_ONLY_DIRECTIVES.has(name!)));
    for (const name of HEADER_ONLY_DIRECTIVES) expect(metaContentSecurityPolicy()).not.toContain(name);
  });
});

describe('the editor at /admin/', () => {
  it('gets no site policy (its page has its own) and no opener isolation (its sign-in window reports back through window.opener)', () => {
    const names = editorHeaders().map(([name]) => name);
    expect(names).not.toContain('Content-Security-Policy');
    expect(names).not.toContain('Cross-Origin-Opener-Policy');
    expect(names).toEqual(
      expect.arrayContaining(['X-Frame-Options', 'X-Content-Type-Options', 'Strict-Transport-Security', 'X-Robots-Tag']),
    );
  });
});

describe('public/_headers', () => {
  const rules = parseHeadersFile(headersFileText());
  const lower = (headers: readonly (readonly [string, string])[]) =>
    Object.fromEntries(headers.map(([name, value]) => [name.toLowerCase(), value]));

  it('is written from src/lib/security-policy.ts', async () => {
    await expect(headersFileText()).toMatchFileSnapshot('../../public/_headers');
  });

  it('gives a page every security header, and the editor its own set', () => {
    expect(headersFor(rules, '/programi/ese/')).toEqual(lower(SECURITY_HEADERS));
    expect(headersFor(rules, '/admin/')).toEqual(lower(editorHeaders()));
    expect(headersFor(rules, '/admin/sveltia-cms.js')).toEqual(lower(editorHeaders()));
  });

  it('caches hashed files for a year, and names every header once per path (hosts join repeated ones with a comma)', () => {
    expect(headersFor(rules, '/_astro/BaseLayout.abc123.css')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/pagefind/fragment/sl_abc.pf_fragment')['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/')['cache-control']).toBeUndefined();
    for (const urlPath of ['/', '/_astro/a.js', '/admin/', '/pagefind/index/sl_1.pf_index']) {
      const names = rules
        .filter((rule) => patternMatches(rule.pattern, urlPath))
        .flatMap((rule) => rule.headers.filter(([, value]) => value !== null).map(([name]) => name.toLowerCase()));
      expect(new Set(names).size, `${urlPath}: ${names.join(', ')}`).toBe(names.length);
    }
  });
});

describe('the nginx snippets in deploy/nginx/', () => {
  it.each(Object.entries(nginxSnippets()))('%s is written from src/lib/security-policy.ts', async (file, text) => {
    await expect(text).toMatchFileSnapshot(`../../deploy/nginx/${file}`);
  });

  it('add each header on error pages too, with quotes escaped', () => {
    expect(nginxHeadersSnippet([['X-Test', 'a "b" \\c']], 'why')).toBe('# why\nadd_header X-Test "a \\"b\\" \\\\c" always;\n');
  });
});
