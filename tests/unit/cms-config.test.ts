/**
 * The staff editor's configuration is generated from the zod schemas; these tests fail when the
 * two drift apart, when Sveltia CMS would reject the configuration, or when a widget would write
 * something the content check refuses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CmsConfig, EntryCollection } from '@sveltia/cms';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'zod';
import {
  backendFromEnv,
  cmsConfig,
  cmsConfigYaml,
  FORM_OMITS,
  generateCmsConfig,
  SVELTIA_CMS_VERSION,
  UNSET,
} from '../../src/cms/cms-config';
import { adminContentSecurityPolicy } from '../../src/cms/policy';
import { EDITOR_FONTS } from '../../src/cms/sveltia-fonts';
import { COLLECTIONS, schemas } from '../../src/schemas';
import { HINTS, TRANSLATION_HINTS, type Hint } from '../../src/schemas/hints';
import { translationSchemas } from '../../src/schemas/translation';

const root = join(import.meta.dirname, '..', '..');
const sveltiaDir = join(root, 'node_modules', '@sveltia', 'cms');
const { config, problems } = generateCmsConfig(backendFromEnv({}));

type FieldConfig = Record<string, unknown> & { name: string; label?: string; hint?: string; widget?: string; required?: boolean };

const entryCollections = (config.collections ?? []).filter((collection): collection is EntryCollection => 'folder' in collection);
const collectionNamed = (name: string): EntryCollection => {
  const found = entryCollections.find((collection) => collection.name === name);
  if (!found) throw new Error(`no collection ${name} in the configuration`);
  return found;
};
const fieldsOf = (collection: EntryCollection) => collection.fields as unknown as FieldConfig[];

/** Every form field by its dotted path (`funders.partner`); list items share their list's path. */
function formFields(fields: FieldConfig[], prefix = ''): Map<string, FieldConfig> {
  const found = new Map<string, FieldConfig>();
  for (const field of fields) {
    const path = `${prefix}${field['name']}`;
    found.set(path, field);
    const item = field['field'] as FieldConfig | undefined;
    const children = (field['fields'] ?? item?.['fields']) as FieldConfig[] | undefined;
    if (children) for (const [childPath, child] of formFields(children, `${path}.`)) found.set(childPath, child);
  }
  return found;
}

/** The part of the JSON Schema zod writes that the field walk reads. */
type FieldSchema = {
  type?: string;
  properties?: Record<string, FieldSchema>;
  required?: string[];
  items?: FieldSchema;
  anyOf?: FieldSchema[];
};

/** What staff write, as zod 4's public JSON Schema describes it (the input side of transforms and pipes). */
const inputSchemaOf = (schema: z.ZodType) => z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as FieldSchema;

/** The object behind a schema, looking through lists. */
function objectOf(schema: FieldSchema): FieldSchema | undefined {
  if (schema.type === 'array' && schema.items) return objectOf(schema.items);
  // "One or many": a list of items or a single item; other unions are single values.
  if (schema.anyOf?.[0]?.type === 'array') return objectOf(schema.anyOf[0]);
  return schema.type === 'object' ? schema : undefined;
}

/** Every field of a schema by dotted path, and whether its object requires it. */
function fieldsIn(schema: FieldSchema, prefix = ''): Map<string, { required: boolean }> {
  const found = new Map<string, { required: boolean }>();
  const object = objectOf(schema);
  for (const [key, field] of Object.entries(object?.properties ?? {})) {
    const path = `${prefix}${key}`;
    found.set(path, { required: object?.required?.includes(key) ?? false });
    for (const [childPath, child] of fieldsIn(field, `${path}.`)) found.set(childPath, child);
  }
  return found;
}

const schemaFields = (schema: z.ZodType) => fieldsIn(inputSchemaOf(schema));
const fieldsOfTopLevel = (schema: z.ZodType) => [...schemaFields(schema)].filter(([path]) => !path.includes('.'));

const omitted = (collection: string, path: string) =>
  Object.keys(FORM_OMITS).some((omit) => `${collection}.${path}` === omit || `${collection}.${path}`.startsWith(`${omit}.`));

type Required = boolean | string[] | undefined;
type LocalisedField = FieldConfig & { i18n?: boolean | string; required?: Required };

/** The form fields one language's file holds: every field for Slovenian, those marked `i18n: true` (all the way down) for English. */
function fieldsFor(fields: LocalisedField[], locale: 'sl' | 'en', englishOnly: Set<string>): LocalisedField[] {
  return fields.flatMap((field) => {
    if (locale === 'en' && field.i18n !== true) return [];
    if (locale === 'sl' && englishOnly.has(field.name)) return [];
    const children = field['fields'] as LocalisedField[] | undefined;
    return [{ ...field, ...(children ? { fields: fieldsFor(children, locale, new Set()) } : {}) }];
  });
}

/** Whether Sveltia requires the field in that language's file. */
const requiredIn = (required: Required, locale: string): boolean =>
  Array.isArray(required) ? required.includes(locale) : required !== false;

/** Both files of every collection, edited side by side in one form: Slovenian facts and words, English words. */
const SIDES = COLLECTIONS.flatMap((collection) => {
  const englishOnly = new Set(
    [...schemaFields(translationSchemas[collection] as z.ZodType).keys()].filter(
      (path) => !path.includes('.') && !schemaFields(schemas[collection] as z.ZodType).has(path),
    ),
  );
  // Annotated, not asserted: each collection's hints are a record of its own keys.
  const hints: Record<string, Hint> = HINTS[collection];
  const translationHints: Record<string, Hint> = TRANSLATION_HINTS[collection];
  return [
    {
      name: `${collection} (sl)`,
      collection,
      locale: 'sl' as const,
      schema: schemas[collection] as z.ZodType,
      hints,
      folder: `content/${collection}/sl`,
      fields: () => fieldsFor(fieldsOf(collectionNamed(collection)), 'sl', englishOnly),
    },
    {
      name: `${collection} (en)`,
      collection,
      locale: 'en' as const,
      schema: translationSchemas[collection] as z.ZodType,
      hints: translationHints,
      folder: `content/${collection}/en`,
      fields: () => fieldsFor(fieldsOf(collectionNamed(collection)), 'en', englishOnly),
    },
  ];
});

describe('the editor configuration and the schemas', () => {
  it('has a label, a widget and a target collection for every field (the generator met no problem)', () => {
    expect(problems).toEqual([]);
  });

  it('reads the schemas only through zod’s public API (JSON Schema and parsing), never its internals', () => {
    const cms = join(root, 'src', 'cms');
    const modules = readdirSync(cms).filter((file) => file.endsWith('.ts'));
    expect(modules).toContain('cms-fields.ts');
    const source = modules.map((file) => readFileSync(join(cms, file), 'utf8')).join('\n');
    expect(source).toMatch(/z\.toJSONSchema/);
    expect(source).not.toMatch(/_def\b/);
    expect(source).not.toMatch(/\._zod\b/);
    expect(source).not.toMatch(/instanceof z\./);
  });

  it.each(SIDES)('$name: every schema field is in the form and every form field is in the schema', ({ collection, schema, fields }) => {
    const fromSchema = [...schemaFields(schema).keys()].filter((path) => !omitted(collection, path));
    const fromForm = [...formFields(fields()).keys()].filter((path) => path !== 'body');
    expect(fromForm.sort()).toEqual(fromSchema.sort());
  });

  it('edits both languages of a collection in one form, from content/<collection>/<locale>/<id>.md', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['sl', 'en', 'it'], default_locale: 'sl' });
    expect(entryCollections.map((collection) => collection.name)).toEqual([...COLLECTIONS]);
    for (const collection of entryCollections) {
      expect(collection, collection.name).toMatchObject({ folder: `content/${collection.name}`, i18n: true });
    }
  });

  it('writes a fact once, in the Slovenian file, and the words in each file, down into list items', () => {
    const projects = formFields(fieldsOf(collectionNamed('projects'))) as Map<string, LocalisedField>;
    // Sveltia's default, `i18n: false`: edited in the Slovenian column only, never written into the English file.
    for (const fact of ['period', 'lead', 'partners', 'funders', 'milestones.date', 'milestones.until', 'image'])
      expect(projects.get(fact)?.i18n, fact).toBeUndefined();
    for (const words of ['title', 'summary', 'milestones', 'milestones.what', 'activities', 'updated', 'assumptions', 'body'])
      expect(projects.get(words)?.i18n, words).toBe(true);
    // Required in the Slovenian file only: an English file may leave the title untranslated.
    expect(projects.get('title')?.required).toEqual(['sl']);
    // Only the English file has `untranslated`; "da" or nothing, so an empty Slovenian column writes nothing.
    expect(projects.get('untranslated')).toMatchObject({ widget: 'select', options: [{ label: 'da', value: true }], required: false });
    expect(projects.get('untranslated')).not.toHaveProperty('default');
  });

  it('leaves out only fields it explains, and only fields that exist', () => {
    for (const [path, reason] of Object.entries(FORM_OMITS)) {
      const [collection, ...rest] = path.split('.');
      expect(schemaFields(schemas[collection as keyof typeof schemas]).has(rest.join('.')), path).toBe(true);
      expect(reason.length, path).toBeGreaterThan(20);
    }
  });

  it.each(SIDES)('$name: top-level labels and hints are the Slovenian ones from src/schemas/hints.ts', ({ collection, hints, fields }) => {
    // A field both files have is labelled as the Slovenian schema labels it.
    for (const field of fields().filter((field) => field.name !== 'body')) {
      const hint = (HINTS[collection] as Record<string, Hint>)[field.name] ?? hints[field.name];
      expect(hint, field.name).toBeDefined();
      expect(field.label, field.name).toBe(hint!.label);
      expect(field.hint, field.name).toBe(hint!.hint.split(' | ')[0]);
    }
  });

  it.each(SIDES)('$name: every field, nested ones too, has a label and a hint', ({ fields }) => {
    for (const [path, field] of formFields(fields())) {
      expect(field.label, path).toMatch(/\S/);
      expect(field.hint, path).toMatch(/\S/);
    }
  });

  it.each(SIDES)('$name: a field is required in the form exactly when the schema requires it', ({ collection, locale, schema, fields }) => {
    const form = formFields(fields()) as Map<string, LocalisedField>;
    for (const [path, field] of schemaFields(schema)) {
      if (omitted(collection, path)) continue;
      expect(form.has(path), path).toBe(true);
      expect(requiredIn(form.get(path)?.required, locale), path).toBe(field.required);
    }
    // The JSON Schema's `required` agrees with parsing: an empty entry misses exactly the required top-level fields.
    const parsed = schema.safeParse({});
    const missing = new Set(
      parsed.success
        ? []
        : parsed.error.issues
            // A rule across fields ("exactly one of centre or address") is no missing field.
            .filter((issue) => issue.path.length === 1 && issue.code !== 'custom')
            .map((issue) => String(issue.path[0])),
    );
    const requiredTopLevel = fieldsOfTopLevel(schema)
      .filter(([, field]) => field.required)
      .map(([key]) => key);
    expect([...missing].sort()).toEqual(requiredTopLevel.sort());
  });

  it.each(SIDES)('$name: the collection covers every file in its folder, by name and extension', ({ collection: name, locale, folder }) => {
    const collection = collectionNamed(name);
    expect(`${collection.folder}/${locale}`).toBe(folder);
    expect(collection.format).toBe('frontmatter');
    const idPattern = new RegExp((collection.slug as { pattern: [string, string] }).pattern[0]);
    // Hidden files (.gitkeep, which keeps an empty collection's folder for the editor) are no entries.
    if (!existsSync(join(root, folder))) return;
    for (const file of readdirSync(join(root, folder)).filter((name) => !name.startsWith('.'))) {
      expect(file, `${folder}/${file} would be missing from the editor`).toMatch(new RegExp(`\\.${collection.extension}$`));
      expect(file.replace(/\.[^.]+$/, ''), `${folder}/${file}`).toMatch(idPattern);
    }
  });
});

describe('widgets', () => {
  const projects = formFields(fieldsOf(collectionNamed('projects')));
  const centres = formFields(fieldsOf(collectionNamed('centres')));

  it('picks calendar days with the date picker, stored as YYYY-MM-DD, and never fills in today by itself', () => {
    // Sveltia's date picker writes today into any date field whose default is not '': `updated`
    // would then freeze on the day of the first save instead of following the last commit.
    expect(projects.get('updated')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', default: '' });
    expect(centres.get('exceptions.date')).toMatchObject({ widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', default: '' });
    for (const collection of ['programmes', 'projects', 'partners', 'centres', 'events', 'opportunities', 'faq', 'pages']) {
      const dates = [...formFields(fieldsOf(collectionNamed(collection))).values()].filter((field) => field['widget'] === 'datetime');
      expect(dates.length, collection).toBeGreaterThan(0);
      for (const field of dates) expect(field['default'], `${collection}: ${String(field['name'])}`).toBe('');
    }
  });

  it('types partial dates with the schema’s own pattern: "2019", "2019-06" or "2019-06-01", never "1.6.2019"', () => {
    for (const path of ['period.start', 'period.end', 'milestones.date', 'milestones.until']) {
      const field = projects.get(path)!;
      expect(field, path).toMatchObject({ widget: 'string' });
      const pattern = new RegExp((field['pattern'] as [string, string])[0]);
      expect(
        ['2019', '2019-06', '2019-06-01'].every((value) => pattern.test(value)),
        path,
      ).toBe(true);
      expect(
        ['1.6.2019', '2019/06/01', 'junij 2019'].some((value) => pattern.test(value)),
        path,
      ).toBe(false);
    }
  });

  it('types times as "HH:MM" with "24:00" allowed, and rejects "9:00", "9.00" and "25:00"', () => {
    for (const path of ['weeklyHours.monday.opens', 'weeklyHours.sunday.closes', 'eventNights.closes', 'exceptions.hours.opens']) {
      const field = centres.get(path)!;
      expect(field, path).toMatchObject({ widget: 'string' });
      const pattern = new RegExp((field['pattern'] as [string, string])[0]);
      expect(
        ['09:00', '22:30', '24:00'].every((value) => pattern.test(value)),
        path,
      ).toBe(true);
      expect(
        ['9:00', '9.00', '25:00'].some((value) => pattern.test(value)),
        path,
      ).toBe(false);
    }
  });

  it('gives every weekday a list of opening ranges, none of them required', () => {
    for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']) {
      expect(centres.get(`weeklyHours.${day}`), day).toMatchObject({
        widget: 'list',
        required: false,
        summary: '{{fields.opens}} – {{fields.closes}}',
      });
    }
  });

  it('chooses partners from the partners collection, several where the schema takes a list', () => {
    const relation = { widget: 'relation', collection: 'partners', value_field: '{{slug}}', display_fields: ['name'] };
    expect(projects.get('lead')).toMatchObject(relation);
    expect(projects.get('lead')).not.toHaveProperty('multiple');
    expect(projects.get('partners')).toMatchObject({ ...relation, multiple: true });
    expect(projects.get('associatedPartners')).toMatchObject({ ...relation, multiple: true });
    expect(projects.get('funders.partner')).toMatchObject(relation);
    expect(centres.get('operator')).toMatchObject(relation);
    expect(formFields(fieldsOf(collectionNamed('programmes'))).get('parent')).toMatchObject({
      widget: 'relation',
      collection: 'programmes',
    });
  });

  it('points every relation at a collection of the editor, by its identifier field', () => {
    for (const collection of entryCollections) {
      for (const [path, field] of formFields(fieldsOf(collection))) {
        if (field.widget !== 'relation') continue;
        const target = collectionNamed(field['collection'] as string);
        expect(field['display_fields'], `${collection.name}.${path}`).toEqual([target.identifier_field]);
      }
    }
  });

  it('writes `closed: true` or nothing: a switch would write `false`, which the schema rejects', () => {
    expect(centres.get('exceptions.closed')).toMatchObject({ widget: 'select', required: false, options: [{ label: 'da', value: true }] });
    expect(schemas.centres.shape.exceptions.safeParse([{ date: '2026-12-24', closed: false, reason: 'x' }]).success).toBe(false);
  });

  it('does not offer an `eventNight` exception, which the content check rejects (an event night is an event)', () => {
    expect(centres.has('exceptions.eventNight')).toBe(false);
    expect(centres.get('exceptions.hours')).toBeDefined();
  });

  it('offers the assumption notes in every form, as a list of sentences', () => {
    for (const collection of entryCollections)
      expect(
        fieldsOf(collection).find((field) => field.name === 'assumptions'),
        collection.name,
      ).toMatchObject({ widget: 'list', required: false });
  });

  it('leaves empty optional fields out of the file, because the schemas reject empty text', () => {
    expect(config.output?.omit_empty_optional_fields).toBe(true);
    expect(config.output?.yaml?.quote).toBe('double');
  });
});

/**
 * Just enough JSON Schema (draft-07) to check a configuration against Sveltia's published schema.
 * It throws on a keyword it does not know, so a new Sveltia schema cannot pass by being ignored.
 */
type JsonSchema = { [keyword: string]: unknown };
const ANNOTATIONS = new Set([
  '$schema',
  'title',
  'description',
  'markdownDescription',
  'deprecated',
  'deprecationMessage',
  'definitions',
  'default',
  'format',
]);
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const hasType = (value: unknown, type: string): boolean =>
  type === 'integer'
    ? Number.isInteger(value)
    : type === 'array'
      ? Array.isArray(value)
      : type === 'object'
        ? isObject(value)
        : type === 'null'
          ? value === null
          : typeof value === type;

function validate(rootSchema: JsonSchema, schema: JsonSchema, value: unknown, at = '$'): string[] {
  const errors: string[] = [];
  for (const [keyword, argument] of Object.entries(schema)) {
    if (ANNOTATIONS.has(keyword)) continue;
    const sub = argument as JsonSchema;
    switch (keyword) {
      case '$ref': {
        const target = (argument as string)
          .replace('#/', '')
          .split('/')
          .reduce<unknown>((node, key) => (node as JsonSchema)[key], rootSchema);
        errors.push(...validate(rootSchema, target as JsonSchema, value, at));
        break;
      }
      case 'type':
        if (![argument].flat().some((type) => hasType(value, type as string))) errors.push(`${at}: not ${[argument].flat().join(' or ')}`);
        break;
      case 'const':
        if (JSON.stringify(value) !== JSON.stringify(argument)) errors.push(`${at}: not ${JSON.stringify(argument)}`);
        break;
      case 'enum':
        if (!(argument as unknown[]).some((option) => JSON.stringify(option) === JSON.stringify(value)))
          errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(argument)}`);
        break;
      case 'properties':
        if (isObject(value))
          for (const [key, property] of Object.entries(sub))
            if (key in value) errors.push(...validate(rootSchema, property as JsonSchema, value[key], `${at}.${key}`));
        break;
      case 'required':
        if (isObject(value)) for (const key of argument as string[]) if (!(key in value)) errors.push(`${at}: missing ${key}`);
        break;
      case 'additionalProperties':
        if (isObject(value)) {
          for (const key of Object.keys(value).filter((key) => !(key in ((schema['properties'] as JsonSchema | undefined) ?? {})))) {
            if (argument === false) errors.push(`${at}: unknown option ${key}`);
            else if (isObject(argument)) errors.push(...validate(rootSchema, sub, value[key], `${at}.${key}`));
          }
        }
        break;
      case 'items':
        if (Array.isArray(value)) {
          value.forEach((item, index) => {
            const itemSchema = Array.isArray(argument) ? (argument[index] as JsonSchema | undefined) : sub;
            if (itemSchema) errors.push(...validate(rootSchema, itemSchema, item, `${at}[${index}]`));
          });
        }
        break;
      case 'minItems':
        if (Array.isArray(value) && value.length < (argument as number)) errors.push(`${at}: fewer than ${argument as number} items`);
        break;
      case 'maxItems':
        if (Array.isArray(value) && value.length > (argument as number)) errors.push(`${at}: more than ${argument as number} items`);
        break;
      case 'minLength':
        if (typeof value === 'string' && value.length < (argument as number)) errors.push(`${at}: shorter than ${argument as number}`);
        break;
      case 'anyOf': {
        // The first alternative that fits ends the search; otherwise the closest one explains the error.
        let closest: string[] | undefined;
        for (const option of argument as JsonSchema[]) {
          const attempt = validate(rootSchema, option, value, at);
          if (attempt.length === 0) {
            closest = [];
            break;
          }
          if (!closest || attempt.length < closest.length) closest = attempt;
        }
        errors.push(...(closest ?? []));
        break;
      }
      case 'not':
        if (validate(rootSchema, sub, value, at).length === 0) errors.push(`${at}: matches what is not allowed`);
        break;
      default:
        throw new Error(`the test validator does not know the JSON Schema keyword "${keyword}"`);
    }
  }
  return errors;
}

// Walking Sveltia's schema (95 definitions, many alternatives) takes a second or two on a busy machine.
describe('Sveltia CMS accepts the configuration', { timeout: 30_000 }, () => {
  const sveltiaSchema = JSON.parse(readFileSync(join(sveltiaDir, 'schema', 'sveltia-cms.json'), 'utf8')) as JsonSchema;
  const check = (value: unknown) => validate(sveltiaSchema, sveltiaSchema, value);

  it.each([
    ['GitLab with PKCE', backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'mladi/stran', CMS_APP_ID: 'abc123' })],
    [
      'GitHub with an OAuth relay',
      backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'mladi/stran', CMS_BASE_URL: 'https://prijava.example.org' }),
    ],
    ['the test backend', backendFromEnv({ CMS_BACKEND: 'test-repo' })],
  ])('validates against its published JSON Schema with %s', (_, backend) => {
    expect(check(cmsConfig(backend))).toEqual([]);
  });

  it('and the check is real: a misspelt option or a missing folder is an error', () => {
    const broken = structuredClone(config) as unknown as { collections: Record<string, unknown>[] };
    broken.collections[0]!['fields'] = [{ name: 'title', widget: 'string', pattren: ['x', 'y'] }];
    delete broken.collections[1]!['folder'];
    const errors = check(broken);
    expect(errors.join('\n')).toMatch(/pattren/);
    expect(errors.join('\n')).toMatch(/folder/);
  });

  it('reads back from the served YAML as the same object, written out in full', () => {
    const yaml = cmsConfigYaml(config);
    expect(parse(yaml)).toEqual(JSON.parse(JSON.stringify(config)));
    expect(yaml).not.toMatch(/^\s*-? ?[&*]a\d/m);
  });

  it('is generated for the pinned version, which is the one installed', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    const installed = JSON.parse(readFileSync(join(sveltiaDir, 'package.json'), 'utf8')) as { version: string };
    expect(manifest.dependencies['@sveltia/cms']).toBe(SVELTIA_CMS_VERSION);
    expect(installed.version).toBe(SVELTIA_CMS_VERSION);
  });
});

describe('sign-in backend from the environment', () => {
  it('defaults to GitLab with PKCE, with placeholders that show on the sign-in page when unset', () => {
    expect(backendFromEnv({})).toEqual({ name: 'gitlab', repo: UNSET.repo, auth_type: 'pkce', app_id: UNSET.appId });
  });

  it('takes the repository, branch and application id', () => {
    expect(backendFromEnv({ CMS_REPO: 'mladi/stran', CMS_BRANCH: 'main', CMS_APP_ID: 'abc' })).toEqual({
      name: 'gitlab',
      repo: 'mladi/stran',
      auth_type: 'pkce',
      app_id: 'abc',
      branch: 'main',
    });
  });

  it('signs in and calls the API at a self-hosted GitLab', () => {
    expect(backendFromEnv({ CMS_REPO: 'a/b', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://git.example.si/' })).toMatchObject({
      base_url: 'https://git.example.si/',
      api_root: 'https://git.example.si/api/v4',
    });
  });

  it('uses GitHub through the OAuth relay at CMS_BASE_URL', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://prijava.example.org' })).toEqual({
      name: 'github',
      repo: 'a/b',
      base_url: 'https://prijava.example.org',
    });
  });

  it('refuses an unknown backend with a message in both languages', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow(/gitlab, github ali test-repo\. \| Use gitlab, github or test-repo/);
  });
});

describe('the policy of /admin/', () => {
  it('lets the editor talk only to this site and the Git host', () => {
    const gitlab = adminContentSecurityPolicy(backendFromEnv({}));
    expect(gitlab).toMatch(/connect-src 'self' data: blob: https:\/\/gitlab\.com(;|$)/);
    expect(gitlab).toMatch(/font-src 'self'(;|$)/);
    expect(gitlab).toMatch(/script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    const github = adminContentSecurityPolicy(backendFromEnv({ CMS_BACKEND: 'github', CMS_BASE_URL: 'https://prijava.example.org/auth' }));
    expect(github).toContain('https://api.github.com');
    expect(github).toContain('https://prijava.example.org');
    expect(adminContentSecurityPolicy({ name: 'test-repo' })).toMatch(/connect-src 'self' data: blob:;/);
  });

  it('names no CDN: what the editor needs is served by the site', () => {
    for (const backend of [backendFromEnv({}), backendFromEnv({ CMS_BACKEND: 'github' })]) {
      expect(adminContentSecurityPolicy(backend)).not.toMatch(/jsdelivr|unpkg|googleapis|gstatic/);
    }
  });

  it('serves the fonts Sveltia asks for, from the files the package ships', () => {
    const bundle = readFileSync(join(sveltiaDir, 'dist', 'sveltia-cms.js'), 'utf8');
    const assets = readdirSync(join(sveltiaDir, 'npm', 'assets'));
    for (const font of EDITOR_FONTS) {
      expect(bundle, font.family).toContain(`font-family:'${font.family}'`);
      expect(
        assets.filter((name) => name.startsWith(`${font.file.replace(/\.woff2$/, '')}-`)),
        font.file,
      ).toHaveLength(1);
    }
  });
});

// Guards the type import above: the generated object is a CmsConfig.
const typed: CmsConfig = config;
void typed;
