/** Astro entry ids keep the locale folder (`sl/ese`); these helpers split it. */

export const LOCALES = ['sl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sl';

/**
 * Splits a collection entry id into its locale folder and slug.
 * @example splitEntryId("sl/ko-prosto") // { locale: "sl", slug: "ko-prosto" }
 */
export function splitEntryId(id: string): { locale: Locale; slug: string } {
  const slash = id.indexOf('/');
  const folder = id.slice(0, slash);
  if (slash < 0 || !(LOCALES as readonly string[]).includes(folder)) {
    throw new Error(`Entry "${id}" is not inside a locale folder (${LOCALES.join(', ')}).`);
  }
  return { locale: folder as Locale, slug: id.slice(slash + 1) };
}

/**
 * The entries of one locale, keyed by slug, so that references resolve in O(1).
 * @example bySlug([{ id: "sl/ese" }], "sl").get("ese") // { id: "sl/ese" }
 */
export function bySlug<T extends { id: string }>(entries: readonly T[], locale: Locale = DEFAULT_LOCALE): Map<string, T> {
  const map = new Map<string, T>();
  for (const entry of entries) {
    const { locale: entryLocale, slug } = splitEntryId(entry.id);
    if (entryLocale === locale) map.set(slug, entry);
  }
  return map;
}
