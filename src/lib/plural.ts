/**
 * Counted words from templates, for strings that travel to the browser as JSON (a function
 * in a dictionary cannot). Slovenian has four forms: 1 zadetek, 2 zadetka, 3 zadetki, 5 zadetkov.
 */
import { LOCALE_DEFINITIONS, type Locale } from './locales';

/** A template per plural category of `Intl.PluralRules`; `{n}` stands for the number. */
export type PluralTemplates = { other: string } & Partial<Record<Intl.LDMLPluralRule, string>>;

const rules = new Map<string, Intl.PluralRules>();
/** The locale's plural rules, built once: building them costs far more than selecting. */
export function pluralRules(locale: string): Intl.PluralRules {
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  return rule;
}

/**
 * The template for `n` in the locale's plural rules, with the number filled in.
 * @example countWith(3, { one: "{n} zadetek", two: "{n} zadetka", few: "{n} zadetki", other: "{n} zadetkov" }, "sl") // "3 zadetki"
 * @example countWith(101, { one: "{n} zadetek", other: "{n} zadetkov" }, "sl") // "101 zadetek"
 */
export function countWith(n: number, templates: PluralTemplates, locale: string): string {
  const template = templates[pluralRules(locale).select(n)] ?? templates.other;
  return template.replaceAll('{n}', String(n));
}

/**
 * Fills `{name}` placeholders; unknown names stay as they are, so a typo shows on the page.
 * @example fillTemplate("{results} za »{query}«.", { results: "2 zadetka", query: "pomoč" }) // "2 zadetka za »pomoč«."
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * A number of list items in the language's plural forms.
 * @example countItems(3, "sl") // "3 vnose"
 */
export const countItems = (n: number, locale: Locale): string =>
  countWith(n, LOCALE_DEFINITIONS[locale].countedItems, LOCALE_DEFINITIONS[locale].intl);
