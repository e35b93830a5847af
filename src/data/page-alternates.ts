/**
 * Each page's hreflang links, recorded as the page renders (BaseLayout.astro) and read when Astro
 * has written every page, by the sitemap's `serialize` (astro.config.mjs): so the sitemap lists for
 * each page exactly the language versions its own head links, from the same map as the language
 * switcher. @astrojs/sitemap's own `i18n` option cannot: it pairs addresses that differ only in
 * the language prefix, and ours translate their segments (`/projekti/` is `/en/projects/`).
 *
 * Astro bundles the pages apart from its configuration, so the two see different copies of this
 * module; the record lives on `globalThis` (as the share cards' queue does, share-card-pool.ts).
 */
import type { HreflangLink } from '../lib/hreflang';

const KEY = Symbol.for('prostovoljstvo.page-alternates');
/** Site path of each page (`/en/projects/x/`) → its hreflang links. */
const recorded = ((globalThis as Record<symbol, unknown>)[KEY] ??= new Map<string, readonly HreflangLink[]>()) as Map<
  string,
  readonly HreflangLink[]
>;

/** Records the hreflang links of the page at this path, as its head prints them. */
export function recordPageAlternates(path: string, links: readonly HreflangLink[]): void {
  recorded.set(path, links);
}

/**
 * The sitemap's alternates of the page at this path (@astrojs/sitemap's `links`), none for a page
 * that recorded none.
 * @example sitemapLinks("/en/") // [{ lang: "sl", url: "https://…/" }, { lang: "en", url: "https://…/en/" }, …, { lang: "x-default", url: "https://…/" }]
 */
export const sitemapLinks = (path: string): { lang: string; url: string }[] =>
  (recorded.get(path) ?? []).map((link) => ({ lang: link.hreflang, url: link.href }));
