/**
 * The content check: every file against its schema, then the rules Astro
 * does not check (references, duplicates, translations), all in one run.
 * Files are read by content-files.ts, a schema's issues worded by zod-issues.ts,
 * and the rules across files are in cross-file-rules.ts.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'zod';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../lib/locales';
import { formatList } from '../lib/format';
import { schemas } from '../schemas';
import { isRealDate, withClock } from '../schemas/shared';
import { translationSchemas } from '../schemas/translation';
import { siteSchema } from '../schemas/site';
import { NO_SETTINGS_FILE, operatorWarnings } from './site-settings';
import { didYouMean, listContentFiles, PLACEHOLDER, readContentFile, unexpected, type ContentFile, type Problem } from './content-files';
import {
  checkImages,
  checkReferences,
  checkTranslatedLists,
  checkTranslations,
  type ValidEntries,
  type ValidEntry,
} from './cross-file-rules';
import { fieldHint, fieldName } from './field-words';
import { describeIssue, numberHint } from './zod-issues';

export type { Problem };

/** How a check run may differ from the default: tests fix the clock that "not in the future" reads. */
export interface CheckOptions {
  now?: Date;
}

/**
 * Checks every content file below `root`/content and returns all problems, in file order. It never
 * throws: a file or rule that fails unexpectedly becomes a problem naming it, and the rest is checked.
 */
export function validateContent(
  root: string,
  contentDir?: string,
  { now }: CheckOptions = {},
): { problems: Problem[]; files: ContentFile[]; warnings: Problem[] } {
  return now
    ? withClock(
        () => now,
        () => checkAll(root, contentDir),
      )
    : checkAll(root, contentDir);
}

function checkAll(root: string, contentDir?: string): { problems: Problem[]; files: ContentFile[]; warnings: Problem[] } {
  const content = contentDir ?? join(root, 'content');
  const { files, stray } = listContentFiles(root, content);
  const settings = checkSiteSettings(root, content);
  let problems: Problem[] = [...stray.map((misplaced) => ({ ...misplaced, field: '' })), ...settings.problems];
  const valid: ValidEntries = new Map();
  const placeholders = new Map<string, string[]>();

  for (const file of files) {
    try {
      const found = placeholderPaths(file.data);
      if (found.length > 0) placeholders.set(file.file, found.map(fieldName));
      problems.push(...found.map((path) => fillIn(file, path)));
      problems.push(...checkFile(file, valid));
    } catch (error) {
      problems.push({ file: file.file, field: '', ...unexpected(error) });
    }
  }

  const rules: [string, () => Problem[]][] = [
    ['references', () => checkReferences(valid)],
    ['translations', () => checkTranslations(valid)],
    ['translated lists', () => checkTranslatedLists(valid)],
    ['images', () => checkImages(files, join(content, 'images'))],
  ];
  for (const [name, rule] of rules) {
    try {
      problems.push(...rule());
    } catch (error) {
      const { line, message } = unexpected(error);
      problems.push({ file: relative(root, content), line, field: '', message: `(${name}) ${message}` });
    }
  }
  // A field still holding the template's placeholder has one problem: "fill it in"; what follows
  // from the placeholder (not a date, no such partner) is left out.
  const followsFromPlaceholder = (problem: Problem) =>
    !problem.message.startsWith(FILL_IN) &&
    (placeholders.get(problem.file) ?? []).some((field) => problem.field === field || problem.field.startsWith(`${field}.`));
  problems = problems.filter((problem) => !followsFromPlaceholder(problem));
  problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0));
  return { problems, files, warnings: settings.warnings };
}

/**
 * The site's settings (content/settings/sl/site.md): read and checked like an entry (a mistake in it
 * is a problem that stops the build), and a warning for each fact about the operator it does not
 * give yet. A warning never stops the build: the site then says plainly what is missing.
 */
export function checkSiteSettings(root: string, content = join(root, 'content')): { problems: Problem[]; warnings: Problem[] } {
  const path = join(content, 'settings', 'sl', 'site.md');
  const fileName = relative(root, path);
  if (!existsSync(path)) return { problems: [], warnings: [{ file: fileName, line: 1, field: '', message: NO_SETTINGS_FILE }] };
  // Read as an entry is read: one YAML reading, the same messages (the collection only names fields in words).
  const file = readContentFile(root, path, 'pages', 'sl');
  const problems = readingProblems(file);
  if (file.data === undefined) return { problems, warnings: [] };
  const data = withImpossibleDatesAsWritten(file);
  const result = siteSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...describeIssue(issue, file, siteSchema, data));
    return { problems, warnings: [] };
  }
  return { problems, warnings: operatorWarnings(file.file, result.data, (field) => file.lineOf([field])) };
}

/** What reading a file found: its frontmatter's mistakes, then its body's. */
const readingProblems = (file: ContentFile): Problem[] => [
  ...file.readErrors.map((error) => ({ file: file.file, field: '', ...error })),
  ...file.bodyErrors.map((error) => ({ file: file.file, field: 'body', ...error })),
];

export { PLACEHOLDER };
const FILL_IN = 'Izpolnite ';

/** Paths of the values that still hold the template's placeholder (in capitals: "Izpolnite obrazec …" is real text). */
function placeholderPaths(data: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof data === 'string') return data.trim().startsWith(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(data)) return data.flatMap((item, i) => placeholderPaths(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([key, value]) => placeholderPaths(value, [...path, key]));
  return [];
}

/** "Fill in" for a field that still holds the placeholder, with the editor's hint for it. */
function fillIn(file: ContentFile, path: (string | number)[]): Problem {
  const field = fieldName(path);
  const { label, sl, en } = fieldHint(file.collection, file.locale, path);
  const key = String(path.filter((part) => typeof part === 'string').at(-1) ?? field);
  return {
    file: file.file,
    line: file.lineOf(path),
    field,
    message: `${FILL_IN}${label ? `»${label}« (${key})` : `"${key}"`}: ${PLACEHOLDER} zamenjajte s pravo vrednostjo.${sl ? ` ${sl}` : ''} | Fill in "${key}": replace ${PLACEHOLDER} with the real value.${en ? ` ${en}` : ''}`,
  };
}

/** One file's own problems: reading, place, name, and schema. Valid entries are kept in `valid` for the rules across files. */
function checkFile(file: ContentFile, valid: ValidEntries): Problem[] {
  const problems = readingProblems(file);
  if (!isLocale(file.locale)) {
    const hint = didYouMean(file.locale, LOCALES);
    problems.push({
      file: file.file,
      line: 1,
      field: '',
      message: `Mapa "${file.locale}" ni jezik strani; uporabite ${formatList(LOCALES, 'sl').replace(' in ', ' ali ')}.${hint.sl} | Folder "${file.locale}" is not a site language; use ${LOCALES.slice(0, -1).join(', ')} or ${LOCALES.at(-1)}.${hint.en}`,
    });
    return problems;
  }
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(file.slug)) {
    problems.push({
      file: file.file,
      line: 1,
      field: '',
      message: `Ime datoteke "${file.slug}" naj ima le male črke brez šumnikov, številke in vezaje, npr. "ko-prosto.md". | File name "${file.slug}" must use lower-case ASCII letters, digits and hyphens, e.g. "ko-prosto.md".`,
    });
  }
  const byLocale = valid.get(file.collection) ?? new Map<string, ValidEntry>();
  valid.set(file.collection, byLocale);
  const key = `${file.locale}/${file.slug}`;
  const twin = byLocale.get(key);
  if (twin) {
    problems.push({
      file: file.file,
      line: 1,
      field: '',
      message: `Oznaka "${file.slug}" je že uporabljena v ${twin.file.file}; preimenujte ali izbrišite eno datoteko. | The id "${file.slug}" is already used by ${twin.file.file}; rename or delete one file.`,
    });
    return problems;
  }
  if (file.data === undefined) {
    // Known but unreadable: its translation is not reported as having no original.
    byLocale.set(key, { file, data: undefined });
    return problems;
  }
  // Slovenian entries hold the facts; other languages only translate their words.
  const schema = (file.locale === DEFAULT_LOCALE ? schemas[file.collection] : translationSchemas[file.collection]) as z.ZodType;
  problems.push(...thousandsWithDots(file));
  const data = withImpossibleDatesAsWritten(file);
  const result = schema.safeParse(data);
  if (result.success) byLocale.set(key, { file, data: result.data });
  else {
    byLocale.set(key, { file, data: undefined });
    for (const issue of result.error.issues) problems.push(...describeIssue(issue, file, schema, data));
  }
  return problems;
}

/** A day as staff type it without quotes, which YAML reads as a date: `2019-02-30`. */
const WRITTEN_DAY = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

/**
 * The frontmatter with every unquoted date that does not exist put back as written. YAML reads
 * `end: 2019-02-30` as a date and rolls it over to 2 March, so the schema would see a real day and
 * report the period as ending before it starts (or accept it); as the text "2019-02-30", the
 * schema names the day as one that does not exist. Only a file with an unquoted date is read a
 * second time for what was written (lazyPositions, src/cli/yaml-positions.ts).
 * @example an entry with `updated: 2019-02-30` gives { updated: "2019-02-30" }; with `updated: 2019-02-28`, the Date as read.
 */
export function withImpossibleDatesAsWritten(file: Pick<ContentFile, 'data' | 'sourceOf'>): unknown {
  const visit = (node: unknown, path: (string | number)[]): unknown => {
    if (node instanceof Date) {
      const written = file.sourceOf(path);
      const day = written === undefined ? null : WRITTEN_DAY.exec(written);
      const rolledOver = day && !isRealDate(Number(day[1]), Number(day[2]), Number(day[3]));
      return rolledOver ? written : node;
    }
    if (Array.isArray(node)) return node.map((item, i) => visit(item, [...path, i]));
    if (node && typeof node === 'object')
      return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, visit(value, [...path, key])]));
    return node;
  };
  return hasDate(file.data) ? visit(file.data, []) : file.data;
}

/** True when YAML read some value of the tree as a date (an unquoted `2019-06-01`). */
const hasDate = (node: unknown): boolean =>
  node instanceof Date ||
  (Array.isArray(node) ? node.some(hasDate) : !!node && typeof node === 'object' && Object.values(node).some(hasDate));

/**
 * Amounts written with a dot between thousands (`12.000`), which YAML reads as a decimal point: the
 * schema sees 12 and would publish 12 €. Found from the value as written. Only a number under 1,000
 * can have been written so (`1.250.000`, with two dots, is text to YAML, which the schema refuses),
 * so larger ones need no second reading of the file (lazyPositions, src/cli/yaml-positions.ts).
 */
function thousandsWithDots(file: ContentFile): Problem[] {
  const problems: Problem[] = [];
  const visit = (node: unknown, path: (string | number)[]) => {
    if (Array.isArray(node)) node.forEach((item, i) => visit(item, [...path, i]));
    else if (node && typeof node === 'object' && !(node instanceof Date)) {
      for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
    } else if (typeof node === 'number' && node < 1000 && path.at(-1) === 'amountEur') {
      const written = file.sourceOf(path) ?? '';
      const hint = /^\d{1,3}(?:\.\d{3})+$/.test(written) ? numberHint(written) : undefined;
      if (hint) {
        problems.push({
          file: file.file,
          line: file.lineOf(path),
          field: fieldName(path),
          message: `"${written}" se prebere kot ${node}, ker je pika decimalna vejica.${hint.sl} | "${written}" is read as ${node}, because the dot is a decimal point.${hint.en}`,
        });
      }
    }
  };
  visit(file.data, []);
  return problems;
}
