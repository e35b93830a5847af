/**
 * The dictionary of each language: `src/i18n/<code>.ts` exports a `Dictionary` named after its
 * code (`export const it: Dictionary = …`), one per entry of src/lib/locales.ts. Loaded by name, so
 * a new language needs no line here; a language without its file stops the build with its name.
 */
import { LOCALES, type Locale } from '../lib/locales';
import type { Dictionary } from './sl';

const dictionaries = Object.fromEntries(
  await Promise.all(
    LOCALES.map(async (locale): Promise<[Locale, Dictionary]> => {
      const module = (await import(`./${locale}.ts`)) as Record<string, Dictionary | undefined>;
      const words = module[locale];
      if (!words) throw new Error(`src/i18n/${locale}.ts does not export "${locale}", the dictionary of language "${locale}".`);
      return [locale, words];
    }),
  ),
) as Record<Locale, Dictionary>;

/** @example dictionary("en").nav.home // "Home" */
export const dictionary = (locale: Locale): Dictionary => dictionaries[locale];
export type { Dictionary };
