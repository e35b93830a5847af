/**
 * Reads public/_headers (the Cloudflare Pages format) and says which
 * headers a path gets, so tests can serve the site exactly as a host would.
 */
import { readFileSync } from 'node:fs';

interface HeaderRule {
  pattern: string;
  /** `null` drops a header set by an earlier rule ("! Name"). */
  headers: [string, string | null][];
}

/** Parses the rules in file order; comments and blank lines are skipped. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`_headers: "${line.trim()}" comes before any path`);
    const detach = /^\s*!\s*(\S+)\s*$/.exec(line);
    if (detach) {
      rule.headers.push([detach[1]!, null]);
      continue;
    }
    const colon = line.indexOf(':');
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * True when a `_headers` path pattern covers a URL path (`*` matches any rest).
 * @example patternMatches("/admin/*", "/admin/") // true
 */
export function patternMatches(pattern: string, urlPath: string): boolean {
  const regex = new RegExp(
    `^${pattern
      .split('*')
      .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return regex.test(urlPath);
}

/**
 * The headers a path gets after every matching rule, in order. A header two matching rules name is
 * sent with both values joined by a comma, as Cloudflare Pages does (a second Cache-Control does
 * not replace the first), so a test served this way sees that mistake too.
 * @example headersFor(parseHeadersFile('/*\n  A: 1\n/x\n  A: 2'), '/x') // { a: '1, 2' }
 */
export function headersFor(rules: HeaderRule[], urlPath: string): Record<string, string> {
  const result = new Map<string, string>();
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, urlPath)) continue;
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      const earlier = result.get(key);
      if (value === null) result.delete(key);
      else result.set(key, earlier === undefined ? value : `${earlier}, ${value}`);
    }
  }
  return Object.fromEntries(result);
}

/** The rules of a `_headers` file on disk. */
export const readHeadersFile = (file: string): HeaderRule[] => parseHeadersFile(readFileSync(file, 'utf8'));
