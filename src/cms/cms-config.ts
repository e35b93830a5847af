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
 * The fields come from src/cms/cms-fields.ts, the tables the schemas cannot give (labels of values,
 * relations, collection names) from src/cms/cms-tables.ts, the sign-in from src/cms/cms-backend.ts.
 *
 * A field the generator cannot place (no label, an id with no target collection, a kind of value
 * it does not know) does not stop the build: it is listed in `problems`, which the test requires
 * to be empty, and /admin/config.yml logs it. The sign-in backend comes from environment
 * variables at build time (see `backendFromEnv`).
 */
import { fileURLToPath } from 'node:url';
import type { Backend, CmsConfig, EntryCollection, Field, FileCollection } from '@sveltia/cms';
import { stringify } from 'yaml';
import { sl } from '../i18n/sl';
import { DEFAULT_LOCALE, localeDefinition, LOCALES, TRANSLATED_LOCALES, type Locale } from '../lib/locales';
import { COLLECTIONS, schemas, type CollectionName } from '../schemas';
import { HINTS, SITE_HINTS, TRANSLATION_HINTS } from '../schemas/hints';
import { siteSchema } from '../schemas/site';
import { SITE_SETTINGS_FILE } from '../lib/operator';
import { translationSchemas } from '../schemas/translation';
import { backendFromEnv } from './cms-backend';
import {
  collectionFields,
  fieldFor,
  jsonSchemaOf,
  labelFor,
  objectFields,
  propertyNode,
  slugOptions,
  type JsonSchema,
  type Path,
  type Scope,
} from './cms-fields';
import { BODY_FIELD, metaOf } from './cms-tables';

export { backendFromEnv, UNSET, type CmsEnvironment } from './cms-backend';

export { FORM_OMITS } from './cms-tables';

/** Version of @sveltia/cms served at /admin/; package.json pins the same one. */
export const SVELTIA_CMS_VERSION = '0.221.1';

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
  const { label, singular, identifier, previewPath } = metaOf(collection, scope.problems);
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
    // Every collection in every language of src/lib/locales.ts, side by side (Slovenian on the left, the
    // language chosen above the right-hand column beside it): content/<collection>/<locale>/<id>.md.
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
