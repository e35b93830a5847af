/**
 * The content check's words for a schema's verdict: each zod issue becomes problems in Slovenian and
 * English, at the field's line, with the fix (quotes, a plain number, the field name meant).
 */
import { z } from 'zod';
import { countItems } from '../lib/plural';
import { didYouMean, type ContentFile, type Problem } from './content-files';
import { fieldForSlovenianName, fieldName, type FieldPath } from './field-words';

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
export function describeIssue(issue: z.core.$ZodIssue, file: ContentFile, schema: z.ZodType, value: unknown): Problem[] {
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
