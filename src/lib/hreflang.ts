/** A page's language versions, as its head links them and the sitemap lists them. */
import { DEFAULT_LOCALE, localeDefinition, LOCALES, type Locale } from './locales';

/** One `<link rel="alternate" hreflang>` of a page: a language tag (or `x-default`) and an absolute URL. */
export interface HreflangLink {
  hreflang: string;
  href: string;
}

/**
 * The hreflang links of a page from its address in every language (the map the language switcher
 * links to): one per language of the list, in its order, then `x-default`, the default language's.
 * A language whose page shows untranslated content is still listed: that page is the page in that
 * language's interface, with its notice (docs/languages.md).
 * @example hreflangLinks({ sl: "/projekti/", en: "/en/projects/", it: "/it/progetti/" }, "https://example.org")
 *   // [{ hreflang: "sl", href: "https://example.org/projekti/" }, … { hreflang: "x-default", href: "https://example.org/projekti/" }]
 */
export function hreflangLinks(alternates: Record<Locale, string>, site: URL | string): HreflangLink[] {
  const absolute = (path: string) => new URL(path, site).href;
  return [
    ...LOCALES.map((locale) => ({ hreflang: localeDefinition(locale).hreflang, href: absolute(alternates[locale]) })),
    { hreflang: 'x-default', href: absolute(alternates[DEFAULT_LOCALE]) },
  ];
}
