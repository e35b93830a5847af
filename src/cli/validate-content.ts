/**
 * The content check: every file against its schema, then the rules Astro
 * does not check (references, duplicates, translations), all in one run.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { DEFAULT_LOCALE, isLocale, LOCALES } from '../lib/locales';
import { formatList } from '../lib/format';
import { closestNames, partnerReferences } from '../lib/references';
import { RESERVED_IDS } from '../lib/routes';
import { schemas, type CollectionName } from '../schemas';
import { isRealDate, withClock } from '../schemas/shared';
import { translationSchemas } from '../schemas/translation';
import type { Programme } from '../schemas/programme';
import { siteSchema } from '../schemas/site';
import { NO_SETTINGS_FILE, operatorWarnings } from './site-settings';
import type { Project } from '../schemas/project';
import { countItems } from '../lib/plural';
import { didYouMean, listContentFiles, PLACEHOLDER, readContentFile, unexpected, type ContentFile } from './content-files';
import { fieldForSlovenianName, fieldHint, fieldInWords, lengthMismatch, type FieldPath } from './field-words';

export interface Problem {
  file: string;
  line: number;
  /** Where on the line, when known (YAML syntax errors). */
  column?: number;
  /** Dotted field path, e.g. `funders.0.partner`; empty for the whole file. */
  field: string;
  /** `Slovenian | English`. */
  message: string;
}

const fieldName = (path: FieldPath) => path.join('.');

/** The JSON Schema of what staff write, per zod schema: the public view of its fields. */
const inputSchemas = new WeakMap<z.ZodType, JsonSchema>();
function inputSchema(schema: z.ZodType): JsonSchema {
  let json = inputSchemas.get(schema);
  if (!json) inputSchemas.set(schema, (json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema));
  return json;
}

interface JsonSchema {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
}

/** The object schemas a value at `path` may match: lists, one-or-many unions and nesting unwrapped. */
function objectsAt(json: JsonSchema, path: FieldPath): JsonSchema[] {
  const alternatives = (node: JsonSchema): JsonSchema[] => (node.anyOf ? node.anyOf.flatMap(alternatives) : [node]);
  let nodes = alternatives(json);
  for (const key of path) {
    nodes = nodes.flatMap((node) => {
      const next = typeof key === 'number' ? node.items : node.properties?.[key];
      return next ? alternatives(next) : [];
    });
  }
  return nodes.filter((node) => node.properties);
}

/** Fields a strict object accepts at `path` in a schema, for "did you mean" on unknown fields. */
function knownKeys(schema: z.ZodType, path: FieldPath): string[] {
  return [...new Set(objectsAt(inputSchema(schema), path).flatMap((node) => Object.keys(node.properties ?? {})))];
}

const TYPE_NAMES: Record<string, [string, string]> = {
  string: ['besedilo', 'text'],
  number: ['število', 'a number'],
  int: ['celo število', 'a whole number'],
  boolean: ['true ali false', 'true or false'],
  array: ['seznam (vrstice z "- ")', 'a list (lines starting with "- ")'],
  object: ['skupino polj', 'a group of fields'],
  date: ['datum', 'a date'],
  null: ['prazno vrednost', 'an empty value'],
};

/** What kind of value staff wrote, in the words of TYPE_NAMES. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (value instanceof Date) return 'date';
  return typeof value;
}

/** A number YAML reads as infinite or not-a-number (`.inf`, `-.inf`, `.nan`), or one too big to be read as a number (`1e309`, which js-yaml keeps as text). */
const NOT_FINITE =
  'Vrednost ni končno število (npr. 1e309, .inf ali .nan); vpišite običajno število, npr. 125000. | The value is not a finite number (e.g. 1e309, .inf or .nan); write an ordinary number, e.g. 125000.';

/**
 * Where text is expected but YAML read a date, number or true/false, the fix is quotes: an
 * unquoted `2019-06-01` is a date to Astro, `6000` a number.
 * @example quoteHint(6000)?.en // ' Put it in quotes: "6000".'
 */
function quoteHint(written: unknown): { sl: string; en: string } | undefined {
  let shown: string;
  if (written instanceof Date) shown = written.toISOString().replace(/T00:00:00\.000Z$/, '');
  else if (typeof written === 'number' || typeof written === 'boolean') shown = String(written);
  else return undefined;
  return { sl: ` Dajte vrednost v narekovaje: "${shown}".`, en: ` Put it in quotes: "${shown}".` };
}

/**
 * A number written the way people write amounts (`12 000`, `125.000,00`, `1,5`), which YAML reads
 * as text: the fix is the plain number.
 * @example numberHint("125.000,00")?.en // ' Write the number without spaces, dots or a currency: 125000.'
 */
export function numberHint(written: unknown): { sl: string; en: string } | undefined {
  if (typeof written !== 'string') return undefined;
  const match = /^\s*(\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)(?:,(\d+))?\s*(?:€|eur|EUR)?\s*$/.exec(written);
  if (!match) return undefined;
  const whole = match[1]!.replace(/[ .\u00a0]/g, '');
  const fraction = match[2] && Number(match[2]) !== 0 ? `.${match[2]}` : '';
  const plain = `${whole}${fraction}`;
  return {
    sl: ` Število zapišite brez presledkov, pik in valute, decimalke s piko: ${plain}.`,
    en: ` Write the number without spaces, dots or a currency, decimals with a point: ${plain}.`,
  };
}

/** Turns one zod issue into problems with Slovenian and English wording and the fix. */
function describeIssue(issue: z.core.$ZodIssue, file: ContentFile, schema: z.ZodType, value: unknown): Problem[] {
  const at = (path: readonly PropertyKey[], message: string): Problem => ({
    file: file.file,
    line: file.lineOf(path.map(pathKey)),
    field: fieldName(path.map(pathKey)),
    message,
  });
  const path = issue.path.map(pathKey);
  const written = getPath(value, path);
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const known = knownKeys(schema, path);
        let hint = didYouMean(key, known);
        // A field written with its Slovenian name ("razlog"): the name the file needs ("reason").
        const meant = hint.sl ? undefined : fieldForSlovenianName(key, known, file.collection, file.locale, path);
        if (meant)
          hint = { sl: ` Polja se imenujejo angleško: ste mislili "${meant}"?`, en: ` Field names are English: did you mean "${meant}"?` };
        return at([...path, key], `Neznano polje "${key}".${hint.sl} | Unknown field "${key}".${hint.en}`);
      });
    case 'invalid_type': {
      if (written === undefined) {
        const name = String(path.at(-1) ?? '');
        return [at(path, `Manjka obvezno polje "${name}". | The required field "${name}" is missing.`)];
      }
      const plainNumber = issue.expected === 'number' ? numberHint(written) : undefined;
      // "12 000" or "125.000,00": YAML read text; say which number to write.
      if (plainNumber && typeof written === 'string')
        return [at(path, `"${written}" je besedilo, ne število.${plainNumber.sl} | "${written}" is text, not a number.${plainNumber.en}`)];
      if (issue.message.includes(' | ')) return [at(path, issue.message)];
      if (issue.expected === 'number' && (Number.isNaN(written) || Math.abs(Number(written)) === Infinity)) return [at(path, NOT_FINITE)];
      const [sl, en] = TYPE_NAMES[issue.expected] ?? [issue.expected, issue.expected];
      const received = kindOf(written);
      const [gotSl, gotEn] = TYPE_NAMES[received] ?? [received, received];
      const fix = issue.expected === 'string' ? quoteHint(written) : undefined;
      return [at(path, `Tu mora biti ${sl}, ne ${gotSl}.${fix?.sl ?? ''} | Expected ${en} here, not ${gotEn}.${fix?.en ?? ''}`)];
    }
    case 'invalid_value': {
      if (issue.message.includes(' | ')) return [at(path, issue.message)];
      const options = issue.values.map(String);
      const hint = didYouMean(String(written), options);
      return [
        at(
          path,
          `"${String(written)}" ni dovoljena vrednost; možnosti: ${options.join(', ')}.${hint.sl} | "${String(written)}" is not allowed; options: ${options.join(', ')}.${hint.en}`,
        ),
      ];
    }
    case 'invalid_union': {
      if (issue.message.includes(' | ')) return [at(path, issue.message)];
      // A one-or-many field: report the branch that matches what was written (a list or a single item).
      const branches = issue.errors;
      const wrongShapeOnly = (issues: z.core.$ZodIssue[]) =>
        issues.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0);
      const chosen = Array.isArray(written) ? branches[0] : (branches.find((issues) => !wrongShapeOnly(issues)) ?? branches.at(-1));
      if (chosen) return chosen.flatMap((inner) => describeIssue({ ...inner, path: [...path, ...inner.path] }, file, schema, value));
      return [at(path, `Neveljavna vrednost. | Invalid value: ${issue.message}`)];
    }
    case 'too_small':
      if (issue.message.includes(' | ')) return [at(path, issue.message)];
      if (issue.origin === 'array')
        return [
          at(
            path,
            `Seznam potrebuje vsaj ${countItems(Number(issue.minimum), 'sl')}. | The list needs at least ${countItems(Number(issue.minimum), 'en')}.`,
          ),
        ];
      if (issue.origin === 'string') return [at(path, 'Polje ne sme biti prazno. | This field must not be empty.')];
      if (issue.inclusive === false)
        return [at(path, `Vrednost mora biti večja od ${issue.minimum}. | The value must be greater than ${issue.minimum}.`)];
      return [at(path, `Vrednost mora biti vsaj ${issue.minimum}. | The value must be at least ${issue.minimum}.`)];
    case 'too_big':
      if (issue.message.includes(' | ')) return [at(path, issue.message)];
      if (issue.inclusive === false)
        return [at(path, `Vrednost mora biti manjša od ${issue.maximum}. | The value must be less than ${issue.maximum}.`)];
      return [at(path, `Vrednost je prevelika (največ ${issue.maximum}). | The value is too big (at most ${issue.maximum}).`)];
    case 'invalid_format': {
      // Show what was written next to the expected format: "1.6.2019": write 1 June 2019 as …
      const shown = JSON.stringify(written);
      const [sl, en] = issue.message.split(' | ');
      return [at(path, en ? `${shown}: ${sl} | ${shown}: ${en}` : `${shown}: vrednost ni v pravi obliki. | ${shown}: ${issue.message}`)];
    }
    default: {
      if (issue.message.includes(' | ')) return [at(path, issue.message)];
      const shown = JSON.stringify(written);
      return [at(path, `Neveljavna vrednost ${shown}. | Invalid value ${shown}: ${issue.message}`)];
    }
  }
}

/** Zod paths may hold symbols in theory; content paths are strings and list positions. */
const pathKey = (key: PropertyKey): string | number => (typeof key === 'number' ? key : String(key));

function getPath(value: unknown, path: FieldPath): unknown {
  return path.reduce<unknown>(
    (node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined),
    value,
  );
}

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
  const valid = new Map<CollectionName, Map<string, { file: ContentFile; data: unknown }>>();
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
  const problems: Problem[] = [
    ...file.readErrors.map((error) => ({ file: file.file, field: '', ...error })),
    ...file.bodyErrors.map((error) => ({ file: file.file, field: 'body', ...error })),
  ];
  if (file.data === undefined) return { problems, warnings: [] };
  const data = withImpossibleDatesAsWritten(file);
  const result = siteSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) problems.push(...describeIssue(issue, file, siteSchema, data));
    return { problems, warnings: [] };
  }
  return { problems, warnings: operatorWarnings(file.file, result.data, (field) => file.lineOf([field])) };
}

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
function checkFile(file: ContentFile, valid: Map<CollectionName, Map<string, { file: ContentFile; data: unknown }>>): Problem[] {
  const problems: Problem[] = [
    ...file.readErrors.map((error) => ({ file: file.file, field: '', ...error })),
    ...file.bodyErrors.map((error) => ({ file: file.file, field: 'body', ...error })),
  ];
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
  const byLocale = valid.get(file.collection) ?? new Map<string, { file: ContentFile; data: unknown }>();
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
 * second time for what was written (lazyPositions, src/cli/content-files.ts).
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
 * so larger ones need no second reading of the file (lazyPositions, src/cli/content-files.ts).
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

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/**
 * The partner-reference fields of a project as written, even when other fields
 * are invalid, so reference mistakes are reported in the same run as the rest.
 * Items that are not strings keep their place (as "") so paths stay right.
 */
function rawProjectReferences(raw: unknown): Pick<Project, 'lead' | 'partners' | 'associatedPartners' | 'funders'> {
  const data = (raw ?? {}) as Record<string, unknown>;
  return {
    lead: asString(data['lead']),
    partners: asArray(data['partners']).map(asString),
    associatedPartners: asArray(data['associatedPartners']).map(asString),
    funders: asArray(data['funders']).map((funder) => ({ partner: asString((funder as Record<string, unknown> | null)?.['partner']) })),
  };
}

/** Project → partner and programme → parent references name entries that exist. */
function checkReferences(valid: Map<CollectionName, Map<string, { file: ContentFile; data: unknown }>>): Problem[] {
  const problems: Problem[] = [];
  const idsIn = (collection: CollectionName, locale: string) =>
    [...(valid.get(collection)?.keys() ?? [])].filter((key) => key.startsWith(`${locale}/`)).map((key) => key.slice(locale.length + 1));

  // Partners are referenced by their Slovenian id, whatever the project's locale.
  const partnerIds = idsIn('partners', DEFAULT_LOCALE);
  /** The problem for a reference to a partner that does not exist, with the closest existing ids. */
  const unknownPartner = (file: ContentFile, path: (string | number)[], id: string): Problem =>
    unknownReference(file, path, id, partnerIds, 'Partner', 'Partner', 'partners');
  for (const { file } of valid.get('projects')?.values() ?? []) {
    const seen = new Map<string, string>();
    for (const reference of partnerReferences(rawProjectReferences(file.data))) {
      const field = fieldName(reference.path);
      // An empty or mistyped id is already reported by the schema.
      if (!reference.partner) continue;
      if (!partnerIds.includes(reference.partner)) problems.push(unknownPartner(file, reference.path, reference.partner));
      // Funding is a role of its own: a partner may also fund. Any other repeat is a slip.
      const previous = seen.get(reference.partner);
      if (previous && reference.role !== 'funder') {
        problems.push({
          file: file.file,
          line: file.lineOf(reference.path),
          field,
          message: (({ sl, en }) =>
            `Partner "${reference.partner}" je že naveden v "${sl}"; vsak partner naj ima eno vlogo. | Partner "${reference.partner}" is already listed in "${en}"; give each partner one role.`)(
            fieldInWords(previous, file.file),
          ),
        });
      }
      if (reference.role !== 'funder' && !previous) seen.set(reference.partner, field);
    }
  }

  for (const { file } of valid.get('programmes')?.values() ?? []) {
    const funders = asArray((file.data as Record<string, unknown> | undefined)?.['funders']);
    funders.forEach((funder, i) => {
      const partner = asString((funder as Record<string, unknown> | null)?.['partner']);
      if (partner && !partnerIds.includes(partner)) problems.push(unknownPartner(file, ['funders', i, 'partner'], partner));
    });
  }

  problems.push(...checkOpportunityReferences(valid, unknownPartner, idsIn));
  problems.push(...checkEventReferences(valid, idsIn));
  problems.push(...checkFaqReferences(valid, idsIn));

  for (const [key, { file }] of valid.get('programmes') ?? []) {
    const parent = asString((file.data as Record<string, unknown> | undefined)?.['parent']);
    if (!parent) continue;
    const locale = key.split('/')[0]!;
    const target = valid.get('programmes')?.get(`${locale}/${parent}`);
    if (!target) {
      const hint = didYouMean(parent, idsIn('programmes', locale));
      problems.push({
        file: file.file,
        line: file.lineOf(['parent']),
        field: 'parent',
        message: `Program "${parent}" ne obstaja.${hint.sl} | Programme "${parent}" does not exist.${hint.en}`,
      });
    } else if ((target.file.data as Partial<Programme> | undefined)?.kind !== 'overview') {
      problems.push({
        file: file.file,
        line: file.lineOf(['parent']),
        field: 'parent',
        message: `"parent" mora biti pregled programa (kind: overview). | "parent" must be an overview programme (kind: overview).`,
      });
    }
  }
  return problems;
}

/**
 * A reference (at `path` in the frontmatter) to an entry that does not exist, with the closest existing ids.
 * @example unknownReference(file, ['centre'], 'koper', ['center-mladih-koper'], 'Center', 'Centre', 'centres').message
 * // 'Center "koper" ne obstaja (…). Najbližje obstoječe: center-mladih-koper. | Centre "koper" does not exist (…). …'
 */
function unknownReference(
  file: ContentFile,
  path: (string | number)[],
  id: string,
  known: string[],
  sl: string,
  en: string,
  folder: string,
): Problem {
  const close = closestNames(id, known);
  const hint =
    close.length > 0
      ? { sl: ` Najbližje obstoječe: ${close.join(', ')}.`, en: ` Closest existing: ${close.join(', ')}.` }
      : { sl: '', en: '' };
  return {
    file: file.file,
    line: file.lineOf(path),
    field: fieldName(path),
    message: `${sl} "${id}" ne obstaja (ni datoteke content/${folder}/sl/${id}.md).${hint.sl} | ${en} "${id}" does not exist (no file content/${folder}/sl/${id}.md).${hint.en}`,
  };
}

/** An organiser that is neither a partner nor a centre. */
function unknownOrganiser(file: ContentFile, id: string, known: string[]): Problem {
  const close = closestNames(id, known);
  const hint =
    close.length > 0
      ? { sl: ` Najbližje obstoječe: ${close.join(', ')}.`, en: ` Closest existing: ${close.join(', ')}.` }
      : { sl: '', en: '' };
  return {
    file: file.file,
    line: file.lineOf(['organiser']),
    field: 'organiser',
    message: `Organizator "${id}" ni ne partner ne center (ni datoteke content/partners/sl/${id}.md ne content/centres/sl/${id}.md).${hint.sl} | The organiser "${id}" is neither a partner nor a centre (no file content/partners/sl/${id}.md or content/centres/sl/${id}.md).${hint.en}`,
  };
}

/** An entry whose id is the address of one of its list's own pages (the archive). */
function reservedId(file: ContentFile, reserved: readonly string[]): Problem[] {
  if (!reserved.includes(file.slug)) return [];
  return [
    {
      file: file.file,
      line: 1,
      field: '',
      message: `Oznaka "${file.slug}" je naslov strani seznama; izberite drugo ime datoteke. | The id "${file.slug}" is the address of a list page; choose another file name.`,
    },
  ];
}

/**
 * An open call names a programme, a host partner and perhaps a centre that exist, and its id is not
 * the address of a page of the list (the archive).
 */
function checkOpportunityReferences(
  valid: Map<CollectionName, Map<string, { file: ContentFile; data: unknown }>>,
  unknownPartner: (file: ContentFile, path: (string | number)[], id: string) => Problem,
  idsIn: (collection: CollectionName, locale: string) => string[],
): Problem[] {
  const problems: Problem[] = [];
  const programmeIds = idsIn('programmes', DEFAULT_LOCALE);
  const centreIds = idsIn('centres', DEFAULT_LOCALE);
  const partnerIds = idsIn('partners', DEFAULT_LOCALE);
  const reserved = RESERVED_IDS.opportunities ?? [];
  for (const [key, { file }] of valid.get('opportunities') ?? []) {
    problems.push(...reservedId(file, reserved));
    if (!key.startsWith('sl/')) continue;
    const data = (file.data ?? {}) as Record<string, unknown>;
    const programme = asString(data['programme']);
    const host = asString(data['host']);
    const centre = asString(data['centre']);
    if (programme && !programmeIds.includes(programme))
      problems.push(unknownReference(file, ['programme'], programme, programmeIds, 'Program', 'Programme', 'programmes'));
    if (host && !partnerIds.includes(host)) problems.push(unknownPartner(file, ['host'], host));
    if (centre && !centreIds.includes(centre))
      problems.push(unknownReference(file, ['centre'], centre, centreIds, 'Center', 'Centre', 'centres'));
  }
  return problems;
}

/**
 * An event names a centre and an organiser (a partner or a centre) that exist, and its id is not the archive's address. A
 * centre's event night comes from an event, never from an `eventNight` exception in the centre's
 * own file: one source for each fact.
 */
function checkEventReferences(
  valid: Map<CollectionName, Map<string, { file: ContentFile; data: unknown }>>,
  idsIn: (collection: CollectionName, locale: string) => string[],
): Problem[] {
  const problems: Problem[] = [];
  const centreIds = idsIn('centres', DEFAULT_LOCALE);
  const partnerIds = idsIn('partners', DEFAULT_LOCALE);
  const reserved = RESERVED_IDS.events ?? [];
  for (const [key, { file }] of valid.get('events') ?? []) {
    problems.push(...reservedId(file, reserved));
    if (!key.startsWith('sl/')) continue;
    const data = (file.data ?? {}) as Record<string, unknown>;
    const organiser = asString(data['organiser']);
    const centre = asString(data['centre']);
    // A partner or a centre may organise: a centre runs its own events without being a partner too.
    if (organiser && !partnerIds.includes(organiser) && !centreIds.includes(organiser))
      problems.push(unknownOrganiser(file, organiser, [...partnerIds, ...centreIds]));
    if (centre && !centreIds.includes(centre))
      problems.push(unknownReference(file, ['centre'], centre, centreIds, 'Center', 'Centre', 'centres'));
  }
  for (const [key, { file }] of valid.get('centres') ?? []) {
    if (!key.startsWith('sl/')) continue;
    asArray((file.data as Record<string, unknown> | undefined)?.['exceptions']).forEach((exception, i) => {
      if ((exception as Record<string, unknown> | null)?.['eventNight'] !== true) return;
      problems.push({
        file: file.file,
        line: file.lineOf(['exceptions', i, 'eventNight']),
        field: `exceptions.${i}.eventNight`,
        message:
          'Večer s prireditvijo vpišite kot dogodek (npm run new -- events "Ime") s "centre" tega centra: urnik centra sledi dogodku. | Enter an event night as an event (npm run new -- events "Name") with this centre as "centre": the centre\'s hours follow the event.',
      });
    });
  }
  return problems;
}

/** A question names programmes and centres that exist: its answer shows on their pages. */
function checkFaqReferences(
  valid: Map<CollectionName, Map<string, { file: ContentFile; data: unknown }>>,
  idsIn: (collection: CollectionName, locale: string) => string[],
): Problem[] {
  const problems: Problem[] = [];
  const targets = [
    { field: 'programmes', ids: idsIn('programmes', DEFAULT_LOCALE), sl: 'Program', en: 'Programme' },
    { field: 'centres', ids: idsIn('centres', DEFAULT_LOCALE), sl: 'Center', en: 'Centre' },
  ];
  for (const [key, { file }] of valid.get('faq') ?? []) {
    if (!key.startsWith('sl/')) continue;
    const data = (file.data ?? {}) as Record<string, unknown>;
    for (const { field, ids, sl, en } of targets) {
      asArray(data[field]).forEach((value, i) => {
        const id = asString(value);
        if (!id || ids.includes(id)) return;
        problems.push(unknownReference(file, [field, i], id, ids, sl, en, field));
      });
    }
  }
  return problems;
}

/**
 * Every image an entry names exists in content/images/ with exactly that name. Letter case
 * matters: a file found only with other case works on a laptop and breaks on the server.
 */
function checkImages(files: readonly ContentFile[], imageDir: string): Problem[] {
  const available = existsSync(imageDir) ? readdirSync(imageDir) : [];
  return files.flatMap((file) => {
    const src = asString(((file.data as Record<string, unknown> | undefined)?.['image'] as Record<string, unknown> | undefined)?.['src']);
    if (!src || available.includes(src)) return [];
    const otherCase = available.find((name) => name.toLowerCase() === src.toLowerCase());
    const hint = otherCase
      ? {
          sl: ` Datoteka se imenuje "${otherCase}": velike in male črke morajo biti enake.`,
          en: ` The file is called "${otherCase}": letter case must match.`,
        }
      : { sl: ' Dodajte jo v mapo content/images/ ali popravite ime.', en: ' Add it to content/images/ or correct the name.' };
    return [
      {
        file: file.file,
        line: file.lineOf(['image', 'src']),
        field: 'image.src',
        message: `Slike "${src}" ni v content/images/.${hint.sl} | There is no image "${src}" in content/images/.${hint.en}`,
      },
    ];
  });
}

const TRANSLATED_LISTS = [
  'activities',
  'goals',
  'indicators',
  'milestones',
  'howToTakePart',
  'sources',
  'topics',
  'missing',
  'requirements',
  'languages',
] as const;

/** A translated list has as many items as the original, so nothing is silently dropped or misaligned. */
function checkTranslatedLists(valid: Map<CollectionName, Map<string, { file: ContentFile }>>): Problem[] {
  const problems: Problem[] = [];
  for (const entries of valid.values()) {
    for (const [key, { file }] of entries) {
      const [locale, slug] = key.split('/') as [string, string];
      const original = entries.get(`${DEFAULT_LOCALE}/${slug}`)?.file.data as Record<string, unknown> | undefined;
      if (locale === DEFAULT_LOCALE || !original) continue;
      const translation = file.data as Record<string, unknown> | undefined;
      for (const field of TRANSLATED_LISTS) {
        const translated = translation?.[field];
        const expected = asArray(original[field]).length;
        if (Array.isArray(translated) && translated.length !== expected) {
          problems.push({
            file: file.file,
            line: file.lineOf([field]),
            field,
            message: lengthMismatch(field, expected, translated.length),
          });
        }
      }
    }
  }
  return problems;
}

/** Every translated entry has a Slovenian original with the same id. */
function checkTranslations(valid: Map<CollectionName, Map<string, { file: ContentFile }>>): Problem[] {
  const problems: Problem[] = [];
  for (const [collection, entries] of valid) {
    for (const [key, { file }] of entries) {
      const [locale, slug] = key.split('/') as [string, string];
      if (locale === DEFAULT_LOCALE || entries.has(`${DEFAULT_LOCALE}/${slug}`)) continue;
      problems.push({
        file: file.file,
        line: 1,
        field: '',
        message: `Prevod nima slovenskega izvirnika content/${collection}/${DEFAULT_LOCALE}/${slug}.md; ime datoteke mora biti enako. | This translation has no Slovenian original content/${collection}/${DEFAULT_LOCALE}/${slug}.md; the file names must match.`,
      });
    }
  }
  return problems;
}
