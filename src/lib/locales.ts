/** The site's languages. Slovenian is the default and lives at `/`; others under `/<locale>/`. */

export const LOCALES = ['sl', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'sl';

/**
 * The other language of the two, for the language switcher.
 * @example otherLocale("sl") // "en"
 */
export const otherLocale = (locale: Locale): Locale => (locale === 'sl' ? 'en' : 'sl');
