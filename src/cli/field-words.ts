/**
 * Fields as staff know them: the Slovenian labels the editor shows (src/schemas/hints.ts for the
 * top level, src/schemas/nested-labels.ts below it, one source for both), and list
 * positions counted from 1 in words ("2. izjema, datum | exception 2, date") instead of a dotted
 * path that counts from 0 (`exceptions.1.date`).
 */
import { HINTS, TRANSLATION_HINTS, type Hint } from '../schemas/hints';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { countItems } from '../lib/plural';
import { closestNames } from '../lib/references';
import { bilingual, WEEKDAYS } from '../schemas/shared';
import { NESTED_LABELS } from '../schemas/nested-labels';
import { DEFAULT_LOCALE } from '../lib/locales';

/** A frontmatter field as a path of keys and list positions: `['exceptions', 1, 'date']`. */
export type FieldPath = readonly (string | number)[];

/** A field path as the check's problems name it: `funders.0.partner`. */
export const fieldName = (path: FieldPath): string => path.join('.');

/**
 * One item of a list, named for a position: Slovenian and English nouns. A list not named here
 * reads "2. vnos v <label> | item 2 of <field>".
 */
const ITEM_NOUNS: Record<string, [string, string]> = {
  exceptions: ['izjema', 'exception'],
  funders: ['financer', 'funder'],
  milestones: ['mejnik', 'milestone'],
  partners: ['partner', 'partner'],
  associatedPartners: ['pridruženi partner', 'associated partner'],
  activities: ['aktivnost', 'activity'],
  goals: ['cilj', 'goal'],
  indicators: ['kazalnik', 'indicator'],
  places: ['kraj', 'place'],
  topics: ['tema', 'topic'],
  howToTakePart: ['korak', 'step'],
  renewed: ['leto', 'year'],
  requirements: ['pogoj', 'requirement'],
  languages: ['jezik', 'language'],
  missing: ['manjkajoči podatek', 'missing item'],
  hours: ['razpon ur', 'time range'],
  ...Object.fromEntries(WEEKDAYS.map((day) => [day, ['razpon ur', 'time range']])),
  days: ['dan', 'day'],
};

/**
 * The collection and language of a content file, from its path `…/<collection>/<locale>/<id>.md`.
 * @example collectionOf('content/centres/sl/koper.md') // { collection: "centres", locale: "sl" }
 */
export function collectionOf(file: string): { collection: CollectionName; locale: string } | undefined {
  const parts = file.split(/[\\/]/);
  const collection = parts.at(-3);
  const locale = parts.at(-2);
  if (!collection || !locale || !(COLLECTIONS as readonly string[]).includes(collection)) return undefined;
  return { collection: collection as CollectionName, locale };
}

/** The keys of a path, without list positions: `exceptions.1.date` → exceptions, date. */
const keysOf = (path: FieldPath): string[] => path.filter((key): key is string => typeof key === 'string');

/**
 * The editor's Slovenian label of the field at `path` (list positions ignored), if it has one.
 * @example slovenianLabel('centres', 'sl', ['exceptions', 0, 'reason']) // "Razlog"
 */
export const slovenianLabel = (collection: CollectionName | undefined, locale: string, path: FieldPath): string | undefined =>
  fieldHint(collection, locale, path).label;

/**
 * The editor's label and hint of the field at `path`, the hint in Slovenian and, where hints.ts
 * has one, English.
 * @example fieldHint('projects', 'sl', ['summary']) // { label: "Povzetek", sl: "En ali dva stavka …", en: "One or two sentences …" }
 */
export function fieldHint(
  collection: CollectionName | undefined,
  locale: string,
  path: FieldPath,
): { label?: string; sl?: string; en?: string } {
  const keys = keysOf(path);
  const key = keys.at(-1);
  if (key === undefined) return {};
  const hints = (collection && (locale === DEFAULT_LOCALE ? HINTS[collection] : TRANSLATION_HINTS[collection])) as
    Record<string, Hint> | undefined;
  const hint = keys.length === 1 ? (hints?.[key] ?? NESTED_LABELS[key]) : (NESTED_LABELS[`${keys.at(-2)}.${key}`] ?? NESTED_LABELS[key]);
  if (!hint) return {};
  const [sl, en] = hint.hint.split(' | ');
  return { label: hint.label, ...(sl ? { sl } : {}), ...(en ? { en } : {}) };
}

/** Lower case for the middle of a sentence, but not for names ("ESE"). */
const inSentence = (label: string) => (/^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label);

/**
 * A field path in words, positions counted from 1, in Slovenian and English.
 * @example fieldInWords('exceptions.1.date', 'content/centres/sl/koper.md') // { sl: "2. izjema, datum", en: "exception 2, date" }
 */
export function fieldInWords(field: string, file: string): { sl: string; en: string } {
  const { collection, locale = DEFAULT_LOCALE } = collectionOf(file) ?? {};
  const path: FieldPath = field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));
  const sl: string[] = [];
  const en: string[] = [];
  path.forEach((key, i) => {
    const next = path[i + 1];
    if (typeof key === 'number') return;
    const label = inSentence(slovenianLabel(collection, locale, path.slice(0, i + 1)) ?? key);
    if (typeof next !== 'number') {
      sl.push(label);
      en.push(key);
      return;
    }
    const noun = ITEM_NOUNS[key];
    // A day's time ranges: the day, then the range ("ponedeljek, 1. razpon ur").
    if ((WEEKDAYS as readonly string[]).includes(key)) {
      sl.push(label);
      en.push(key);
    }
    sl.push(noun ? `${next + 1}. ${noun[0]}` : `${next + 1}. vnos v »${label}«`);
    en.push(noun ? `${noun[1]} ${next + 1}` : `item ${next + 1} of ${key}`);
  });
  return { sl: sl.join(', '), en: en.join(', ') };
}

/** Letters without diacritics, lower case: "Znesek v evrih" → "znesek v evrih", "Država" → "drzava". */
const plain = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .trim();

/**
 * The field an unknown Slovenian name stands for, among the fields allowed at `path`: "razlog" is
 * `reason`, "povzetek" is `summary`. Compared with each field's Slovenian label, whole or by its
 * first word, without diacritics and case.
 * @example fieldForSlovenianName('razlog', ['date', 'reason'], 'centres', 'sl', ['exceptions', 0]) // "reason"
 */
export function fieldForSlovenianName(
  name: string,
  known: readonly string[],
  collection: CollectionName | undefined,
  locale: string,
  path: FieldPath,
): string | undefined {
  const byLabel = new Map<string, string>();
  for (const key of known) {
    const label = slovenianLabel(collection, locale, [...path, key]);
    if (!label) continue;
    const words = plain(label);
    if (!byLabel.has(words)) byLabel.set(words, key);
    // The first word alone ("znesek" for "Znesek v evrih"), when it is long enough to mean something.
    const first = words.split(/\s+/)[0]!;
    if (first.length >= 4 && !byLabel.has(first)) byLabel.set(first, key);
  }
  const [closest] = closestNames(plain(name), [...byLabel.keys()], 1);
  return closest === undefined ? undefined : byLabel.get(closest);
}

/** Message for a translation whose list does not match the original's length. */
export const lengthMismatch = (field: string, expected: number, actual: number) =>
  bilingual(
    `"${field}" ima ${countItems(actual, 'sl')}, slovenski izvirnik pa ${expected}; prevedite vse ali polje izpustite.`,
    `"${field}" has ${countItems(actual, 'en')} but the Slovenian original has ${expected}; translate all of them or leave the field out.`,
  );
