/**
 * `npm run cms:config`: the Sveltia CMS configuration of the staff editor at /admin/, generated
 * from the same zod schemas and hints as the site and the content check, so the form can never
 * offer a field the check rejects (or miss one it needs). /admin/config.yml serves this YAML;
 * tests/unit/cms-config.test.ts fails when schema and configuration drift. Each collection edits
 * both files of an entry side by side, the Slovenian schema's fields with the translation
 * schema's words beside them (see `localise`).
 *
 * The schemas are read only through zod's public API: the JSON Schema of what staff write
 * (`z.toJSONSchema` with `io: 'input'`), and parsing, for the error messages JSON Schema leaves
 * out. zod's internals change between major versions; its JSON Schema is a published format.
 *
 * A field the generator cannot place (no label, an id with no target collection, a kind of value
 * it does not know) does not stop the build: it is listed in `problems`, which the test requires
 * to be empty, and /admin/config.yml logs it. The sign-in backend comes from environment
 * variables at build time (see `backendFromEnv`).
 */
import { fileURLToPath } from 'node:url';
import type { Backend, CmsConfig, EntryCollection, Field, FileCollection } from '@sveltia/cms';
import { stringify } from 'yaml';
import { z } from 'zod';
import { sl } from '../i18n/sl';
import { entryUrl } from '../lib/routes';
import { DEFAULT_LOCALE, localeDefinition, LOCALES, TRANSLATED_LOCALES, type Locale } from '../lib/locales';
import { COLLECTIONS, schemas, type CollectionName } from '../schemas';
import { HINTS, SITE_HINTS, TRANSLATION_HINTS, type Hint } from '../schemas/hints';
import { NESTED_LABELS } from '../schemas/nested-labels';
import { entryId, isoDate, partialDate, time } from '../schemas/shared';
import { siteSchema } from '../schemas/site';
import { SITE_SETTINGS_FILE } from '../lib/operator';
import { translationSchemas } from '../schemas/translation';

/** Version of @sveltia/cms served at /admin/; package.json pins the same one. */
export const SVELTIA_CMS_VERSION = '0.221.1';

/** The Slovenian half of a `sl | en` text: staff read the form in Slovenian. */
const slovenian = (bilingual: string): string => bilingual.split(' | ')[0]!;

/** Labels of enum values, from the site's own Slovenian dictionary where it has them. */
const OPTION_LABELS: Record<string, string> = {
  ...sl.partnerKinds,
  ...sl.weekdays,
  ...sl.programmes.formats,
  ...sl.opportunities.coveredItems,
  closed: 'zaprto',
  regular: 'redni urnik',
  hours: 'drugačen urnik (ure spodaj)',
  overview: 'pregled programa',
  strand: 'sklop programa',
  days: 'dni',
  weeks: 'tednov',
  months: 'mesecev',
  'eventNights.opensOnClosedDays': 'Ob prireditvah: odpre na sicer zaprt dan',
  publicHolidays: 'Prazniki: kaj velja ob praznikih',
};

/** Which collection an entry id points at, by field path; every id field must be listed here. */
const RELATIONS: Record<string, { collection: string; filters?: { field: string; values: string[] }[] }> = {
  'programmes.parent': { collection: 'programmes', filters: [{ field: 'kind', values: ['overview'] }] },
  'programmes.funders.partner': { collection: 'partners' },
  'projects.lead': { collection: 'partners' },
  'projects.partners': { collection: 'partners' },
  'projects.associatedPartners': { collection: 'partners' },
  'projects.funders.partner': { collection: 'partners' },
  'centres.operator': { collection: 'partners' },
  'opportunities.programme': { collection: 'programmes' },
  'opportunities.host': { collection: 'partners' },
  'opportunities.centre': { collection: 'centres' },
  'events.centre': { collection: 'centres' },
  'events.organiser': { collection: 'partners' },
  'faq.programmes': { collection: 'programmes' },
  'faq.centres': { collection: 'centres' },
};

interface CollectionMeta {
  label: string;
  singular: string;
  /** The field that names an entry in lists and in relation dropdowns. */
  identifier: 'title' | 'name' | 'question';
  /** Where the Slovenian entry is on the site, for Sveltia's "view on site" link. */
  previewPath: string;
}

/**
 * How each collection appears in the editor. Keyed loosely on purpose: a collection added to
 * src/schemas without an entry here still gets a form, and a problem naming this table.
 */
const COLLECTION_META: Record<string, CollectionMeta> = {
  programmes: {
    label: 'Programi',
    singular: 'Program',
    identifier: 'title',
    previewPath: entryUrl('programmes', '{{slug}}', DEFAULT_LOCALE),
  },
  projects: {
    label: 'Projekti',
    singular: 'Projekt',
    identifier: 'title',
    previewPath: entryUrl('projects', '{{slug}}', DEFAULT_LOCALE),
  },
  partners: {
    label: 'Partnerji',
    singular: 'Partner',
    identifier: 'name',
    previewPath: entryUrl('partners', '{{slug}}', DEFAULT_LOCALE),
  },
  centres: {
    label: 'Mladinski centri',
    singular: 'Mladinski center',
    identifier: 'name',
    previewPath: entryUrl('centres', '{{slug}}', DEFAULT_LOCALE),
  },
  opportunities: {
    label: 'Priložnosti (pozivi)',
    singular: 'Poziv',
    identifier: 'title',
    previewPath: entryUrl('opportunities', '{{slug}}', DEFAULT_LOCALE),
  },
  events: {
    label: 'Dogodki',
    singular: 'Dogodek',
    identifier: 'title',
    previewPath: entryUrl('events', '{{slug}}', DEFAULT_LOCALE),
  },
  pages: { label: 'Strani', singular: 'Stran', identifier: 'title', previewPath: '/{{slug}}/' },
  faq: {
    label: 'Vprašanja in odgovori',
    singular: 'Vprašanje',
    identifier: 'question',
    previewPath: '/vprasanja/',
  },
};

function metaOf(collection: string, scope: Scope): CollectionMeta {
  const meta = COLLECTION_META[collection];
  if (meta) return meta;
  scope.problems.push(`${collection}: no label in COLLECTION_META of src/cms/cms-config.ts`);
  return { label: collection, singular: collection, identifier: 'title', previewPath: '/' };
}

const BODY_FIELD: Field = {
  name: 'body',
  label: 'Besedilo',
  widget: 'markdown',
  required: false,
  hint: 'Besedilo strani pod podatki: odstavki, podnaslovi (##) in seznami.',
  // Text only: pictures go in the Slika field, and code blocks would load a highlighter from a CDN.
  editor_components: [],
};

/** A YAML schema path such as `projects.funders.partner`, used for labels, relations and errors. */
type Path = readonly string[];

/**
 * The part of JSON Schema that zod writes and the form reads. Keys the form does not read
 * (`additionalProperties`, `description`, `$schema`, …) may be present too.
 */
interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  default?: unknown;
}

/**
 * What staff write, as zod 4 describes it in JSON Schema: the input side of preprocessing,
 * transforms and pipes, a field with a default as not required, refinements left out. A kind
 * of value JSON Schema cannot express becomes `{}`, which `valueWidget` reports as a problem.
 */
const jsonSchemaOf = (schema: z.ZodType): JsonSchema => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Puts a value where a field is, in an otherwise empty entry: how the generator asks the schema about that field. */
type Place = (value: unknown) => unknown;

/** A value in a collection schema: where it is, what it accepts, and how to reach it in an entry. */
interface Node {
  /** List items share their list's path, as labels and relations do. */
  path: Path;
  schema: JsonSchema;
  place: Place;
}

/** The field `key` of an object node. */
const propertyNode = (node: Node, key: string, schema: JsonSchema): Node => ({
  path: [...node.path, key],
  schema,
  place: (value) => node.place({ [key]: value }),
});

/** An item of a list node. */
const itemNode = (node: Node, schema: JsonSchema): Node => ({ path: node.path, schema, place: (value) => node.place([value]) });

/** What generating one collection's form needs: its schema, its top-level hints, and where to report problems. */
interface Scope {
  /** The collection schema, asked for the error message of a pattern (see `patternMessage`). */
  entry: z.ZodType;
  hints: Record<string, Hint>;
  problems: string[];
}

type Issue = z.ZodError['issues'][number];

/** Every issue of a failed parse, those inside a union's alternatives included. */
function allIssues(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => [issue, ...(issue.code === 'invalid_union' ? allIssues(issue.errors.flat()) : [])]);
}

/** Values a pattern is asked to reject; every pattern of the schemas rejects at least one of them. */
const REJECTED_PROBES = ['!', ' ', ''];

/**
 * The error message of a pattern, which JSON Schema does not carry: the schema is asked to
 * parse, at the field's place, a value the pattern rejects, and says what it says to staff.
 * Undefined if it does not answer with a pattern error.
 */
function patternMessage(pattern: string, place: Place, schema: z.ZodType): string | undefined {
  try {
    const regex = new RegExp(pattern);
    const rejected = REJECTED_PROBES.find((probe) => !regex.test(probe));
    if (rejected === undefined) return undefined;
    const result = schema.safeParse(place(rejected));
    // Only the probed value is written, so the one format error is its own; missing fields are type errors.
    return result.success ? undefined : allIssues(result.error.issues).find((issue) => issue.code === 'invalid_format')?.message;
  } catch {
    // A refinement that does not expect a half-empty entry, or a pattern JavaScript cannot read.
    return undefined;
  }
}

/** A pattern in the `[regex, message]` form Sveltia shows under the field; undefined (and a problem) without its message. */
function sveltiaPattern(pattern: string, place: Place, schema: z.ZodType, where: string, problems: string[]): [string, string] | undefined {
  const message = patternMessage(pattern, place, schema);
  if (message !== undefined) return [pattern, slovenian(message)];
  problems.push(`${where}: the pattern ${pattern} gave no error message to show in the form; see patternMessage in src/cms/cms-config.ts`);
  return undefined;
}

/** The building blocks of shared.ts the form treats specially, as JSON Schema. */
const BLOCKS = {
  date: jsonSchemaOf(isoDate),
  partialDate: jsonSchemaOf(partialDate),
  time: jsonSchemaOf(time),
  entryId: jsonSchemaOf(entryId),
};

/** What `entryId` says when a value breaks its pattern; together with the pattern, it tells an id from another slug. */
const ENTRY_ID_MESSAGE =
  BLOCKS.entryId.pattern === undefined ? undefined : patternMessage(BLOCKS.entryId.pattern, (value) => value, entryId);

type KnownString = 'date' | 'partialDate' | 'time' | 'entryId';

/**
 * Kinds of strings the form treats specially. A date, partial date or time is any string with
 * that block's pattern. An id shares its pattern with other slugs (a page's translated `slug`), so only
 * a string that also fails with `entryId`'s own message counts as one.
 */
function knownString(node: Node, scope: Scope): KnownString | undefined {
  const { type, pattern } = node.schema;
  if (type !== 'string' || pattern === undefined) return undefined;
  if (pattern === BLOCKS.entryId.pattern) {
    return ENTRY_ID_MESSAGE !== undefined && patternMessage(pattern, node.place, scope.entry) === ENTRY_ID_MESSAGE ? 'entryId' : undefined;
  }
  return (['date', 'partialDate', 'time'] as const).find((kind) => BLOCKS[kind].pattern === pattern);
}

/** Label and hint of a field: hints.ts for the top level, NESTED_LABELS below it. */
function labelFor(path: Path, scope: Scope): Hint {
  const key = path[path.length - 1]!;
  const topLevel = path.length === 2 ? scope.hints[key] : undefined;
  if (topLevel) return { label: topLevel.label, hint: slovenian(topLevel.hint) };
  const nested = path.length > 2 ? (NESTED_LABELS[`${path[path.length - 2]}.${key}`] ?? NESTED_LABELS[key]) : undefined;
  if (nested) return nested;
  scope.problems.push(
    `${path.join('.')}: no label and hint (${path.length === 2 ? 'src/schemas/hints.ts' : 'NESTED_LABELS in src/schemas/nested-labels.ts'})`,
  );
  return { label: key, hint: '' };
}

/** The field's own pattern with its message, for Sveltia. */
const fieldPattern = (node: Node, scope: Scope): [string, string] | undefined =>
  node.schema.pattern === undefined
    ? undefined
    : sveltiaPattern(node.schema.pattern, node.place, scope.entry, node.path.join('.'), scope.problems);

const relationOptions = (path: Path, scope: Scope) => {
  const relation = RELATIONS[path.join('.')];
  if (!relation) return undefined;
  const { identifier } = metaOf(relation.collection, scope);
  return {
    widget: 'relation' as const,
    collection: relation.collection,
    value_field: '{{slug}}',
    display_fields: [identifier],
    ...(relation.filters ? { filters: relation.filters } : {}),
  };
};

const selectOptions = (values: readonly string[]) => values.map((value) => ({ label: OPTION_LABELS[value] ?? value, value }));

/** The words of an enum; undefined for anything else. */
const enumWords = (schema: JsonSchema): string[] | undefined =>
  schema.enum?.every((value): value is string => typeof value === 'string') ? schema.enum : undefined;

/** The item of `oneOrMany(item)`, written `anyOf: [{ type: array, items: X }, X]`; undefined for other unions. */
function oneOrManyItem(schema: JsonSchema): JsonSchema | undefined {
  const [list, single, ...rest] = schema.anyOf ?? [];
  if (rest.length > 0 || !single || list?.type !== 'array' || !list.items) return undefined;
  return JSON.stringify(list.items) === JSON.stringify(single) ? single : undefined;
}

/** Options of a Sveltia widget, spread into its field. */
type Widget = Record<string, unknown>;

/** zod writes the safe-integer range for every `.int()`; only bounds the schema itself sets reach the form. */
const setBound = (value: number | undefined): value is number => value !== undefined && Math.abs(value) !== Number.MAX_SAFE_INTEGER;

/** A number field, with the bounds Sveltia can check (inclusive ones: an exclusive bound of a whole number moves by one). */
function numberWidget(schema: JsonSchema): Widget {
  const integer = schema.type === 'integer';
  const bounds: Record<string, number> = {};
  if (setBound(schema.minimum)) bounds['min'] = schema.minimum;
  else if (setBound(schema.exclusiveMinimum)) bounds['min'] = integer ? schema.exclusiveMinimum + 1 : schema.exclusiveMinimum;
  if (setBound(schema.maximum)) bounds['max'] = schema.maximum;
  else if (setBound(schema.exclusiveMaximum)) bounds['max'] = integer ? schema.exclusiveMaximum - 1 : schema.exclusiveMaximum;
  return { widget: 'number', value_type: integer ? 'int' : 'float', ...bounds };
}

/** A text field: an e-mail or web address by its format, otherwise with the schema's pattern if it has one. */
function stringWidget(node: Node, scope: Scope): Widget {
  // zod writes its own e-mail regex next to the format: the browser's e-mail check stands in for it.
  if (node.schema.format === 'email') return { widget: 'string', type: 'email' };
  if (node.schema.format === 'uri')
    return { widget: 'string', type: 'url', pattern: ['^https://', 'Spletni naslov se začne s "https://".'] };
  const pattern = fieldPattern(node, scope);
  return { widget: 'string', ...(pattern ? { pattern } : {}) };
}

/** Widget options for a value; undefined (and a problem) for a kind of value the form cannot edit. */
function valueWidget(node: Node, scope: Scope): Widget | undefined {
  const { path, schema } = node;
  // Lists first: `partners` is a list of ids, and a single-value relation would keep only the first.
  if (schema.type === 'array' && schema.items) return listWidget(itemNode(node, schema.items), scope);
  const listItem = oneOrManyItem(schema);
  if (listItem) return listWidget(itemNode(node, listItem), scope);
  const relation = relationOptions(path, scope);
  if (relation) return relation;
  const known = knownString(node, scope);
  // A calendar day: the date picker writes YYYY-MM-DD, the format the schema checks.
  if (known === 'date') {
    // Sveltia's date picker fills in today unless the default is '': saved, that day would freeze
    // as `updated` (and stay through every later save) instead of the day of the last commit, and
    // any other date would be one staff never chose. An empty date stays empty.
    return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', default: '' };
  }
  // Partial dates ("2019-06") and times ("24:00") have no picker that can write them: typed, with the schema's pattern.
  if (known === 'partialDate' || known === 'time') return { widget: 'string', pattern: fieldPattern(node, scope) };
  // Typed with the id pattern until RELATIONS says which collection it points at.
  if (known === 'entryId')
    scope.problems.push(`${path.join('.')}: an entry id with no target collection in RELATIONS of src/cms/cms-config.ts`);

  // `closed: true` and `eventNight: true` are flags: present and true, or absent. A boolean
  // switch would write `false`, which the schema rejects; a one-option dropdown writes nothing.
  if (schema.const === true) return { widget: 'select', options: [{ label: 'da', value: true }], dropdown_threshold: 0 };
  const words = enumWords(schema);
  if (words) return { widget: 'select', options: selectOptions(words) };
  if (schema.type === 'string') return stringWidget(node, scope);
  if (schema.type === 'number' || schema.type === 'integer') return numberWidget(schema);
  if (schema.type === 'boolean') return { widget: 'boolean' };
  if (schema.type === 'object' && schema.properties) return { widget: 'object', fields: objectFields(node, scope) };
  if (schema.anyOf) return unionWidget(node, scope);
  // Left out of the form; Sveltia keeps fields it does not know when it saves an entry.
  scope.problems.push(
    `${path.join('.')}: no form widget for the JSON Schema ${JSON.stringify(schema).slice(0, 120)}; teach valueWidget in src/cms/cms-config.ts`,
  );
  return undefined;
}

/** Unions other than "one or many" have no form widget; a schema that needs one says so here. */
function unionWidget(node: Node, scope: Scope): Widget | undefined {
  scope.problems.push(`${node.path.join('.')}: no form widget for this union; add a case to unionWidget in src/cms/cms-config.ts`);
  return undefined;
}

/** A list, given its item: several partners, weekdays or options pick from a list; anything else is added one by one. */
function listWidget(item: Node, scope: Scope): Widget | undefined {
  const relation = relationOptions(item.path, scope);
  if (relation) return { ...relation, multiple: true };
  const words = enumWords(item.schema);
  if (words) return { widget: 'select', multiple: true, options: selectOptions(words) };
  if (item.schema.type === 'object' && item.schema.properties) {
    // A collapsed item shows its first two required fields, e.g. "09:00 – 22:00" or "2019-06 – Začetek".
    const required = Object.keys(item.schema.properties).filter((key) => item.schema.required?.includes(key));
    return {
      widget: 'list',
      fields: objectFields(item, scope),
      summary: required
        .slice(0, 2)
        .map((key) => `{{fields.${key}}}`)
        .join(' – '),
    };
  }
  const single = valueWidget(item, scope);
  if (!single) return undefined;
  // Plain text items: one per line in a text box, as the hints describe.
  if (single['widget'] === 'string' && Object.keys(single).length === 1) return { widget: 'list' };
  const { label: itemLabel, hint } = labelFor(item.path, scope);
  return { widget: 'list', field: { name: 'item', label: itemLabel, hint, ...single } };
}

/**
 * Fields the form leaves out on purpose, each with the reason; the drift test accepts no others.
 */
export const FORM_OMITS: Readonly<Record<string, string>> = {
  'centres.timeZone': 'always Europe/Ljubljana (the schema default): nothing to choose, and a form field would write it into every file',
  'centres.exceptions.eventNight':
    'an event night is an event at the centre (content/events/); the content check rejects this flag, so the form does not offer it',
};

/** The fields of an object, in schema order. */
function objectFields(node: Node, scope: Scope): Field[] {
  return Object.entries(node.schema.properties ?? {})
    .filter(([key]) => !([...node.path, key].join('.') in FORM_OMITS))
    .flatMap(([key, schema]) => fieldFor(propertyNode(node, key, schema), node.schema.required?.includes(key) ?? false, scope) ?? []);
}

/** One form field: label and hint, the widget, and whether the schema lets it be left out. */
function fieldFor(node: Node, required: boolean, scope: Scope): Field | undefined {
  const widget = valueWidget(node, scope);
  if (!widget) return undefined;
  const defaultValue = node.schema.default;
  // An empty list or object as default means "none yet": nothing for the form to fill in.
  const keepsDefault =
    defaultValue !== undefined && !(Array.isArray(defaultValue) || (typeof defaultValue === 'object' && defaultValue !== null));
  return {
    name: node.path[node.path.length - 1]!,
    ...labelFor(node.path, scope),
    required,
    ...widget,
    ...(keepsDefault && !('default' in widget) ? { default: defaultValue } : {}),
  } as Field;
}

/** The top-level fields of a collection schema (a strict object; refinements are not in JSON Schema). */
function collectionFields(collection: CollectionName, scope: Scope): Field[] {
  const schema = jsonSchemaOf(scope.entry);
  if (schema.type === 'object' && schema.properties)
    return [...objectFields({ path: [collection], schema, place: (value) => value }, scope), BODY_FIELD];
  scope.problems.push(`${collection}: the schema is not an object`);
  return [BODY_FIELD];
}

/** The id pattern of the file name, `entryId`'s own; undefined (and a problem) if shared.ts no longer gives one. */
function idPattern(problems: string[]): [string, string] | undefined {
  const { pattern } = BLOCKS.entryId;
  if (pattern !== undefined && ENTRY_ID_MESSAGE !== undefined) return [pattern, slovenian(ENTRY_ID_MESSAGE)];
  problems.push('entryId in src/schemas/shared.ts has no pattern with a message for the file name');
  return undefined;
}

/** The entry id is the file name, chosen once: links and references depend on it; the English file has the same name. */
const slugOptions = (problems: string[], template: string) => {
  const pattern = idPattern(problems);
  return {
    template,
    editable: ['create' as const],
    hint: 'Oznaka je ime datoteke in del spletnega naslova; izpolni se iz naslova, pozneje se ne spreminja.',
    ...(pattern ? { pattern } : {}),
  };
};

/** The content's languages (src/lib/locales.ts): Slovenian, the default, and the translations beside it; `content/<collection>/<locale>/<id>.md`. */
export const CONTENT_LOCALES: readonly Locale[] = LOCALES;

/** Sveltia's `required` for a field of the original and its translations: in all, in some of them (by locale code), or in none. */
function requiredIn(inSlovenian: boolean, inTranslations: boolean): boolean | string[] {
  if (inSlovenian && inTranslations) return true;
  if (inSlovenian) return [DEFAULT_LOCALE];
  if (inTranslations) return [...TRANSLATED_LOCALES];
  return false;
}

/** The translations' languages as staff read them in the editor: "angleščina ali italijanščina". */
const translationNames = TRANSLATED_LOCALES.map((locale) => localeDefinition(locale).staffName.sl).join(' ali ');

/** A field as the generator builds it: Sveltia's options by name. */
type FieldOptions = Record<string, unknown> & { name: string; required?: boolean | string[] };

/**
 * Which of the Slovenian form's fields the English file holds, from the translation schema: a
 * field it has is `i18n: true` (edited in both columns, each file its own value), down into
 * objects and list items (a milestone's `what`, not its `date`). Every other field keeps
 * Sveltia's default, `i18n: false`: a fact (date, time, number, reference, address) written once,
 * in the Slovenian file only, as the strict translation schema wants it (`i18n: duplicate` would
 * copy it into the English file, which the check refuses). A field the English file holds in
 * another shape than the Slovenian one is a problem: one form field cannot edit both.
 */
function localise(fields: Field[], english: JsonSchema | undefined, path: Path, scope: Scope): Field[] {
  return fields.map((field) => {
    const options = field as unknown as FieldOptions;
    const englishField = english?.properties?.[options.name];
    if (!englishField) return field;
    const where = [...path, options.name].join('.');
    const localised: FieldOptions = {
      ...options,
      i18n: true,
      required: requiredIn(options.required === true, english?.required?.includes(options.name) ?? false),
    };
    const children = options['fields'] as Field[] | undefined;
    const englishObject = englishField.type === 'array' ? englishField.items : englishField;
    if (children) {
      if (englishObject?.type === 'object') localised['fields'] = localise(children, englishObject, [...path, options.name], scope);
      else scope.problems.push(`${where}: the English file holds it in another shape than the Slovenian one (not an object)`);
    } else if (englishObject?.type === 'object') {
      scope.problems.push(`${where}: the English file holds an object where the Slovenian one holds a value`);
    }
    return localised;
  });
}

/**
 * Fields only the English file has (`untranslated`). Shown in both columns, since Sveltia has no
 * field for one locale only, and written only where a value is chosen: a yes/no is "da" or
 * nothing, never `false`, so an empty Slovenian column writes nothing into the Slovenian file.
 */
function englishOnlyFields(collection: CollectionName, slovenian: JsonSchema, english: JsonSchema, problems: string[]): Field[] {
  const scope: Scope = { entry: translationSchemas[collection], hints: TRANSLATION_HINTS[collection], problems };
  return Object.entries(english.properties ?? {})
    .filter(([key]) => !(key in (slovenian.properties ?? {})))
    .flatMap(([key, schema]) => {
      const node = propertyNode({ path: [collection], schema: english, place: (value) => value }, key, schema);
      const required = english.required?.includes(key) ?? false;
      if (schema.type === 'boolean') {
        return [
          {
            name: key,
            ...labelFor(node.path, scope),
            widget: 'select',
            options: [{ label: 'da', value: true }],
            dropdown_threshold: 0,
            i18n: true,
            required: requiredIn(false, required),
          } as Field,
        ];
      }
      const field = fieldFor(node, false, scope);
      return field ? [{ ...field, i18n: true, required: requiredIn(false, required) } as Field] : [];
    });
}

/**
 * One collection, both languages side by side: the Slovenian file's fields, the English file's
 * words beside them, one entry per id (`content/<collection>/sl/<id>.md` and `…/en/<id>.md`,
 * Sveltia's `multiple_folders`).
 */
function bilingualCollection(collection: CollectionName, problems: string[]): EntryCollection {
  const scope: Scope = { entry: schemas[collection], hints: HINTS[collection], problems };
  const { label, singular, identifier, previewPath } = metaOf(collection, scope);
  const slovenian = jsonSchemaOf(schemas[collection]);
  const english = jsonSchemaOf(translationSchemas[collection]);
  const fields = collectionFields(collection, scope).filter((field) => field.name !== 'body');
  return {
    name: collection,
    label,
    label_singular: singular,
    description: `Levo slovenščina, desno prevod: jezik (${translationNames}) izberite nad desnim stolpcem. Datumi, ure, partnerji in naslovi so le v slovenskem stolpcu in veljajo za vse jezike.`,
    folder: `content/${collection}`,
    i18n: true,
    format: 'frontmatter',
    extension: 'md',
    identifier_field: identifier,
    slug: slugOptions(problems, `{{${identifier}}}`),
    summary: `{{${identifier}}}`,
    sortable_fields: [identifier, 'updated'],
    preview_path: previewPath,
    aliases_field: false,
    fields: [
      ...localise(fields, english, [collection], scope),
      ...englishOnlyFields(collection, slovenian, english, problems),
      { ...BODY_FIELD, i18n: true } as Field,
    ],
  };
}

/**
 * The site's settings (content/settings/sl/site.md): one file, not a collection of entries, edited in
 * a form generated from its schema like every entry's. Who runs the site is written here once; the
 * footer, the statements and the "our" sentences read it.
 */
function settingsCollection(problems: string[]): FileCollection {
  const scope: Scope = { entry: siteSchema, hints: SITE_HINTS, problems };
  const schema = jsonSchemaOf(siteSchema);
  return {
    name: 'site',
    label: 'Nastavitve spletišča',
    description:
      'Kdo ureja spletišče: ime, naslov in kontakt upravljavca. Vpišite le, kar je res; dokler polja manjkajo, noga vsake strani pove, da še niso objavljena.',
    files: [
      {
        name: 'site',
        label: 'Upravljavec spletišča',
        file: SITE_SETTINGS_FILE,
        format: 'frontmatter',
        fields: objectFields({ path: ['site'], schema, place: (value) => value }, scope),
      },
    ],
  };
}

/** Environment variables read at build time; see "Browser editor (/admin/)" in README.md. */
export type CmsEnvironment = Partial<Record<'CMS_BACKEND' | 'CMS_REPO' | 'CMS_BRANCH' | 'CMS_APP_ID' | 'CMS_BASE_URL', string>>;

/** Placeholders that make an unconfigured build obvious on the sign-in page instead of failing the build. */
export const UNSET = {
  repo: 'CMS_REPO/ni-nastavljen',
  appId: 'CMS_APP_ID-ni-nastavljen',
  relay: 'https://CMS_BASE_URL-ni-nastavljen.invalid',
} as const;

/**
 * The Git host staff sign in to. GitLab with PKCE needs only an OAuth application id and no
 * server; GitHub needs an OAuth relay (e.g. Sveltia CMS Authenticator) at CMS_BASE_URL.
 * `test-repo` keeps everything in the browser, for trying the editor out.
 * @example backendFromEnv({ CMS_REPO: 'mladi/stran', CMS_APP_ID: 'abc' }) // { name: 'gitlab', repo: 'mladi/stran', auth_type: 'pkce', app_id: 'abc' }
 */
export function backendFromEnv(env: CmsEnvironment): Backend {
  const name = env.CMS_BACKEND || 'gitlab';
  const branch = env.CMS_BRANCH ? { branch: env.CMS_BRANCH } : {};
  const repo = env.CMS_REPO || UNSET.repo;
  if (name === 'test-repo') return { name };
  if (name === 'gitlab') {
    // A self-hosted GitLab signs in and answers API calls at its own address.
    const selfHosted = env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL, api_root: `${env.CMS_BASE_URL.replace(/\/+$/, '')}/api/v4` } : {};
    return { name, repo, auth_type: 'pkce', app_id: env.CMS_APP_ID || UNSET.appId, ...selfHosted, ...branch };
  }
  if (name === 'github') return { name, repo, base_url: env.CMS_BASE_URL || UNSET.relay, ...branch };
  throw new Error(`CMS_BACKEND="${name}": uporabite gitlab, github ali test-repo. | Use gitlab, github or test-repo.`);
}

/**
 * The whole configuration for a backend, and the problems met while generating it (none when
 * schemas, hints and this file agree). Pure: the same schemas give the same configuration.
 */
export function generateCmsConfig(backend: Backend): { config: CmsConfig; problems: string[] } {
  const problems: string[] = [];
  const config: CmsConfig = {
    backend,
    app_title: `${sl.siteName} – urejanje vsebin`,
    logo: { src: '/favicon.svg' },
    // Where entry images live; staff upload them in the editor's media view.
    media_folder: 'content/images',
    public_folder: '/images',
    // Ids are lower case ASCII with hyphens, like `npm run new` makes them: "Žalec" → "zalec".
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-', lowercase: true, trim: true },
    output: {
      // The schemas reject empty strings: an optional field left empty is not written at all.
      omit_empty_optional_fields: true,
      // Dates, times and postcodes stay quoted strings, as the staff guide writes them.
      yaml: { quote: 'double' },
    },
    // Every collection in both languages, side by side: content/<collection>/<locale>/<id>.md.
    i18n: { structure: 'multiple_folders', locales: [...CONTENT_LOCALES], default_locale: DEFAULT_LOCALE },
    collections: [...COLLECTIONS.map((collection) => bilingualCollection(collection, problems)), settingsCollection(problems)],
  };
  return { config, problems };
}

/** The configuration alone. @example cmsConfig({ name: 'test-repo' }).backend // { name: 'test-repo' } */
export const cmsConfig = (backend: Backend): CmsConfig => generateCmsConfig(backend).config;

/** The configuration as the YAML file Sveltia reads. */
export function cmsConfigYaml(config: CmsConfig): string {
  const header = `# Generated from src/schemas by src/cms/cms-config.ts (npm run cms:config); do not edit by hand.\n`;
  // Written out in full (no YAML anchors), so the file reads top to bottom like the form.
  return header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { config, problems } = generateCmsConfig(backendFromEnv(process.env));
  for (const problem of problems) console.error(`cms-config: ${problem}`);
  process.stdout.write(cmsConfigYaml(config));
}
