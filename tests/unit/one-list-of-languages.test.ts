/**
 * A language is configuration (issue #31): src/lib/locales.ts lists them, and no other source file
 * names one in its logic. A comparison such as `locale === 'sl'` or a type such as `'sl' | 'en'`
 * is a place where a third language would silently get another language's words or URLs.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LOCALE_DEFINITIONS, LOCALES } from '../../src/lib/locales';
import { LISTED_COLLECTIONS, listUrl, segmentTable } from '../../src/lib/routes';

const root = fileURLToPath(new URL('../..', import.meta.url));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(?:ts|astro|mjs)$/.test(entry.name) ? [path] : [];
  });
}

const CODES = LOCALES.join('|');
/** Logic that names a language: a comparison with its code, a union of codes, a record keyed by two codes. */
const TWO_LANGUAGE_LOGIC = [
  new RegExp(`[!=]==?\\s*['"](?:${CODES})['"]`),
  new RegExp(`['"](?:${CODES})['"]\\s*[!=]==?`),
  new RegExp(`['"](?:${CODES})['"]\\s*\\|\\s*['"](?:${CODES})['"]`),
  /\botherLocale\b/,
  /\benSlug\b/,
];

describe('one list of languages', () => {
  it('leaves no two-language comparison, union or helper in src/ or astro.config.mjs', () => {
    const files = [...sourceFiles(join(root, 'src')), join(root, 'astro.config.mjs')].filter(
      (file) => !file.endsWith(`${sep}lib${sep}locales.ts`),
    );
    const found = files.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          TWO_LANGUAGE_LOGIC.some((pattern) => pattern.test(line)) ? [`${relative(root, file)}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found).toEqual([]);
  });

  it('gives every language its own URL words, none shared by two languages where the address would clash', () => {
    for (const collection of LISTED_COLLECTIONS) {
      const urls = LOCALES.map((locale) => listUrl(collection, locale));
      expect(new Set(urls).size, collection).toBe(LOCALES.length);
    }
    expect(segmentTable('search')).toEqual({ sl: 'iskanje', en: 'search', it: 'cerca' });
  });

  it('gives each language a prefix of its own, and only the default none', () => {
    const prefixes = LOCALES.map((locale) => LOCALE_DEFINITIONS[locale].prefix);
    expect(prefixes).toEqual(['', 'en', 'it']);
    expect(LOCALES.map((locale) => LOCALE_DEFINITIONS[locale].holidayNames.length)).toEqual(LOCALES.map(() => 15));
  });
});
