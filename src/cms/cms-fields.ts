/**
 * The editor's form fields, generated from a schema's JSON Schema (what staff write, zod's
 * published format, never its internals): a label and hint for each field, the widget for its kind
 * of value (a date picker, a relation to another collection, a list, a pattern with the schema's own
 * message), and whether it may be left out. What the generator cannot place becomes a problem.
 */
import type { Field } from '@sveltia/cms';
import { z } from 'zod';
import type { CollectionName } from '../schemas';
import type { Hint } from '../schemas/hints';
import { NESTED_LABELS } from '../schemas/nested-labels';
import { entryId, isoDate, partialDate, time } from '../schemas/shared';
import { BODY_FIELD, FORM_OMITS, metaOf, OPTION_LABELS, RELATIONS } from './cms-tables';

/** The Slovenian half of a `sl | en` text: staff read the form in Slovenian. */
const slovenian = (bilingual: string): string => bilingual.split(' | ')[0]!;

/** A YAML schema path such as `projects.funders.partner`, used for labels, relations and errors. */
export type Path = readonly string[];

/**
 * The part of JSON Schema that zod writes and the form reads. Keys the form does not read
 * (`additionalProperties`, `description`, `$schema`, …) may be present too.
 */
export interface JsonSchema {
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
export const jsonSchemaOf = (schema: z.ZodType): JsonSchema =>
  z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;

/** Puts a value where a field is, in an otherwise empty entry: how the generator asks the schema about that field. */
type Place = (value: unknown) => unknown;

/** A value in a collection schema: where it is, what it accepts, and how to reach it in an entry. */
export interface Node {
  /** List items share their list's path, as labels and relations do. */
  path: Path;
  schema: JsonSchema;
  place: Place;
}

/** The field `key` of an object node. */
export const propertyNode = (node: Node, key: string, schema: JsonSchema): Node => ({
  path: [...node.path, key],
  schema,
  place: (value) => node.place({ [key]: value }),
});

/** An item of a list node. */
const itemNode = (node: Node, schema: JsonSchema): Node => ({ path: node.path, schema, place: (value) => node.place([value]) });

/** What generating one collection's form needs: its schema, its top-level hints, and where to report problems. */
export interface Scope {
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
  problems.push(`${where}: the pattern ${pattern} gave no error message to show in the form; see patternMessage in src/cms/cms-fields.ts`);
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
export function labelFor(path: Path, scope: Scope): Hint {
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
  const { identifier } = metaOf(relation.collection, scope.problems);
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
    scope.problems.push(`${path.join('.')}: an entry id with no target collection in RELATIONS of src/cms/cms-tables.ts`);

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
    `${path.join('.')}: no form widget for the JSON Schema ${JSON.stringify(schema).slice(0, 120)}; teach valueWidget in src/cms/cms-fields.ts`,
  );
  return undefined;
}

/** Unions other than "one or many" have no form widget; a schema that needs one says so here. */
function unionWidget(node: Node, scope: Scope): Widget | undefined {
  scope.problems.push(`${node.path.join('.')}: no form widget for this union; add a case to unionWidget in src/cms/cms-fields.ts`);
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

/** The fields of an object, in schema order. */
export function objectFields(node: Node, scope: Scope): Field[] {
  return Object.entries(node.schema.properties ?? {})
    .filter(([key]) => !([...node.path, key].join('.') in FORM_OMITS))
    .flatMap(([key, schema]) => fieldFor(propertyNode(node, key, schema), node.schema.required?.includes(key) ?? false, scope) ?? []);
}

/** One form field: label and hint, the widget, and whether the schema lets it be left out. */
export function fieldFor(node: Node, required: boolean, scope: Scope): Field | undefined {
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
export function collectionFields(collection: CollectionName, scope: Scope): Field[] {
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
export const slugOptions = (problems: string[], template: string) => {
  const pattern = idPattern(problems);
  return {
    template,
    editable: ['create' as const],
    hint: 'Oznaka je ime datoteke in del spletnega naslova; izpolni se iz naslova, pozneje se ne spreminja.',
    ...(pattern ? { pattern } : {}),
  };
};
