/**
 * `npm run cms:config`: the Sveltia CMS configuration of the staff editor at /admin/, generated
 * from the same zod schemas and hints as the site and the content check, so the form can never
 * offer a field the check rejects (or miss one it needs). /admin/config.yml serves this YAML;
 * tests/unit/cms-config.test.ts fails when schema and configuration drift.
 *
 * A field the generator cannot place (no label, an id with no target collection, a kind of value
 * it does not know) does not stop the build: it is listed in `problems`, which the test requires
 * to be empty, and /admin/config.yml logs it. The sign-in backend comes from environment
 * variables at build time (see `backendFromEnv`).
 */
import { fileURLToPath } from 'node:url';
import type { Backend, CmsConfig, CollectionDivider, EntryCollection, Field } from '@sveltia/cms';
import { stringify } from 'yaml';
import { z, type ZodTypeAny } from 'zod';
import { sl } from '../i18n/sl';
import { entryUrl } from '../lib/routes';
import { COLLECTIONS, schemas, type CollectionName } from '../schemas';
import { HINTS, TRANSLATION_HINTS, type Hint } from '../schemas/hints';
import { entryId, isoDate, partialDate, time, WEEKDAYS } from '../schemas/shared';
import { translationSchemas } from '../schemas/translation';

/** Version of @sveltia/cms served at /admin/; package.json pins the same one. */
export const SVELTIA_CMS_VERSION = '0.221.1';

/** The Slovenian half of a `sl | en` text: staff read the form in Slovenian. */
const slovenian = (bilingual: string): string => bilingual.split(' | ')[0]!;

const label = (text: string, hint: string): Hint => ({ label: text, hint });
const capitalise = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/**
 * Labels of fields inside objects and lists, which hints.ts (top level only) does not cover.
 * A `parent.key` entry wins over a plain `key` where one name means two things.
 */
const NESTED_LABELS: Record<string, Hint> = {
  start: label('Začetek', 'Leto, mesec ali dan: "2019", "2019-06" ali "2019-06-01".'),
  end: label('Konec', 'Kot začetek; prazno, dokler projekt še teče.'),
  'ageRange.min': label('Najmanj let', 'Najnižja starost, npr. 18.'),
  'ageRange.max': label('Največ let', 'Najvišja starost, npr. 30.'),
  'duration.min': label('Najmanj', 'Najkrajše trajanje v izbrani enoti.'),
  'duration.max': label('Največ', 'Najdaljše trajanje v izbrani enoti.'),
  unit: label('Enota', 'Dnevi, tedni ali meseci.'),
  heldSince: label('Od leta', 'Leto, ko je organizacija dobila znak, npr. 2017.'),
  renewed: label('Obnovljen', 'Leta obnove, vsako posebej.'),
  partner: label('Financer', 'Organizacija, ki je projekt financirala.'),
  amountEur: label('Znesek v evrih', 'Samo število, npr. 125000 za 125 000,00 €.'),
  call: label('Razpis', 'Javni razpis ali program, iz katerega je denar.'),
  'milestones.date': label('Datum', 'Leto, mesec ali dan: "2019", "2019-06" ali "2019-06-01".'),
  'milestones.until': label('Do', 'Konec obdobja, če mejnik traja dlje; prazno za en dan.'),
  what: label('Kaj', 'Kaj se je zgodilo, en stavek.'),
  street: label('Ulica', 'Ulica in hišna številka, npr. "Gregorčičeva ulica 4".'),
  postcode: label('Poštna številka', 'Štiri števke, npr. "6000".'),
  town: label('Kraj', 'Pošta oziroma kraj, npr. "Koper".'),
  lat: label('Zemljepisna širina', 'Število z decimalno piko, npr. 45.5469.'),
  lon: label('Zemljepisna dolžina', 'Število z decimalno piko, npr. 13.7294.'),
  opens: label('Odpre', 'Ura "HH:MM", npr. "09:00".'),
  closes: label('Zapre', 'Ura "HH:MM", npr. "22:00"; polnoč je "24:00".'),
  days: label('Dnevi', 'Dnevi, ko ob prireditvah center odpre dlje.'),
  opensOnClosedDays: label('Odpre na sicer zaprt dan', 'Ura "HH:MM", ko center ob prireditvi odpre na dan brez rednega urnika.'),
  'exceptions.date': label('Datum', 'Dan spremembe, izberite ga v koledarju.'),
  'exceptions.until': label('Do vključno', 'Zadnji dan, če sprememba velja več dni; prazno za en dan.'),
  closed: label('Zaprto', 'Označite, če je center ta dan zaprt. Izberite le eno: zaprto, ure ali prireditev.'),
  hours: label('Ure', 'Odpiralni čas tega dne, vsak razpon posebej.'),
  eventNight: label('Prireditev', 'Označite za večer s prireditvijo: velja pravilo iz polja Prireditve.'),
  src: label('Datoteka slike', 'Ime datoteke v content/images/, npr. "ko-prosto.jpg"; novo sliko naložite v pogledu Assets (ikona slike zgoraj levo).'),
  alt: label('Opis slike', 'Kaj je na sliki, za ljudi, ki je ne vidijo; ne ime datoteke.'),
  reason: label('Razlog', 'Prikaže se obiskovalcem, npr. "Zaprto zaradi inventure".'),
  ...Object.fromEntries(
    WEEKDAYS.map((day) => [day, label(capitalise(sl.weekdays[day]), 'Dodajte odpiralne čase; dan brez njih je zaprt.')]),
  ),
};

/** Labels of enum values, from the site's own Slovenian dictionary where it has them. */
const OPTION_LABELS: Record<string, string> = {
  ...sl.partnerKinds,
  ...sl.weekdays,
  ...sl.programmes.formats,
  overview: 'pregled programa',
  strand: 'sklop programa',
  days: 'dni',
  weeks: 'tednov',
  months: 'mesecev',
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
};

interface CollectionMeta {
  label: string;
  singular: string;
  /** The field that names an entry in lists and in relation dropdowns. */
  identifier: 'title' | 'name';
  /** Where the entry is on the site, for Sveltia's "view on site" link. */
  previewPath: { sl: string; en?: string };
}

/**
 * How each collection appears in the editor. Keyed loosely on purpose: a collection added to
 * src/schemas without an entry here still gets a form, and a problem naming this table.
 */
const COLLECTION_META: Record<string, CollectionMeta> = {
  programmes: { label: 'Programi', singular: 'Program', identifier: 'title', previewPath: { sl: entryUrl('programmes', '{{slug}}', 'sl'), en: entryUrl('programmes', '{{slug}}', 'en') } },
  projects: { label: 'Projekti', singular: 'Projekt', identifier: 'title', previewPath: { sl: entryUrl('projects', '{{slug}}', 'sl'), en: entryUrl('projects', '{{slug}}', 'en') } },
  partners: { label: 'Partnerji', singular: 'Partner', identifier: 'name', previewPath: { sl: entryUrl('partners', '{{slug}}', 'sl'), en: entryUrl('partners', '{{slug}}', 'en') } },
  centres: { label: 'Mladinski centri', singular: 'Mladinski center', identifier: 'name', previewPath: { sl: entryUrl('centres', '{{slug}}', 'sl'), en: entryUrl('centres', '{{slug}}', 'en') } },
  // A page's file name is its Slovenian URL; the English URL comes from `enSlug` in the Slovenian file.
  pages: { label: 'Strani', singular: 'Stran', identifier: 'title', previewPath: { sl: '/{{slug}}/' } },
};

function metaOf(collection: string, scope: Scope): CollectionMeta {
  const meta = COLLECTION_META[collection];
  if (meta) return meta;
  scope.problems.push(`${collection}: no label in COLLECTION_META of src/cli/cms-config.ts`);
  return { label: collection, singular: collection, identifier: 'title', previewPath: { sl: '/' } };
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

/** What generating one collection's form needs: its top-level hints, and where to report problems. */
interface Scope {
  hints: Record<string, Hint>;
  problems: string[];
}

interface Unwrapped {
  /** The schema that says what is written, without optional/default/refinement wrappers. */
  schema: ZodTypeAny;
  optional: boolean;
  defaultValue?: unknown;
}

/** Peels off what does not change the form: optional, default, refinements, transforms, pipes. */
function unwrap(schema: ZodTypeAny): Unwrapped {
  let current = schema;
  let optional = false;
  let defaultValue: unknown;
  for (;;) {
    if (current instanceof z.ZodOptional) {
      optional = true;
      current = current.unwrap() as ZodTypeAny;
    } else if (current instanceof z.ZodDefault) {
      optional = true;
      defaultValue ??= current._def.defaultValue();
      current = current.removeDefault() as ZodTypeAny;
    } else if (current instanceof z.ZodEffects) {
      current = current.innerType() as ZodTypeAny;
    } else if (current instanceof z.ZodPipeline) {
      // What staff write is the input side of the pipe.
      current = current._def.in as ZodTypeAny;
    } else {
      return defaultValue === undefined ? { schema: current, optional } : { schema: current, optional, defaultValue };
    }
  }
}

/** The element of `oneOrMany(item)`, which accepts a list or a single item; undefined for other unions. */
function oneOrManyItem(schema: z.ZodUnion<[ZodTypeAny, ...ZodTypeAny[]]>): ZodTypeAny | undefined {
  const [list, single, ...rest] = schema.options;
  return rest.length === 0 && list instanceof z.ZodArray && list.element === single ? single : undefined;
}

/** The regular expression a string schema checks, if any. */
function patternOf(schema: ZodTypeAny): { regex: RegExp; message: string } | undefined {
  const inner = unwrap(schema).schema;
  if (!(inner instanceof z.ZodString)) return undefined;
  for (const check of inner._def.checks) if (check.kind === 'regex') return { regex: check.regex, message: slovenian(check.message ?? '') };
  return undefined;
}

/** Kinds of strings the form treats specially: any string checked with their pattern is one. */
const KNOWN_STRINGS = [
  ['date', isoDate],
  ['partialDate', partialDate],
  ['time', time],
] as const;

function knownString(schema: ZodTypeAny): (typeof KNOWN_STRINGS)[number][0] | 'entryId' | undefined {
  const inner = unwrap(schema).schema;
  // An id shares its pattern with other slugs (a page's `enSlug`), so only `entryId` itself counts.
  // `.describe()` copies a schema but keeps its list of checks, which identifies it.
  if (inner instanceof z.ZodString && inner._def.checks === entryId._def.checks) return 'entryId';
  const source = patternOf(schema)?.regex.source;
  return source === undefined ? undefined : KNOWN_STRINGS.find(([, known]) => patternOf(known)?.regex.source === source)?.[0];
}

/** Label and hint of a field: hints.ts for the top level, NESTED_LABELS below it. */
function labelFor(path: Path, scope: Scope): Hint {
  const key = path[path.length - 1]!;
  const topLevel = path.length === 2 ? scope.hints[key] : undefined;
  if (topLevel) return { label: topLevel.label, hint: slovenian(topLevel.hint) };
  const nested = path.length > 2 ? (NESTED_LABELS[`${path[path.length - 2]}.${key}`] ?? NESTED_LABELS[key]) : undefined;
  if (nested) return nested;
  scope.problems.push(`${path.join('.')}: no label and hint (${path.length === 2 ? 'src/schemas/hints.ts' : 'NESTED_LABELS in src/cli/cms-config.ts'})`);
  return { label: key, hint: '' };
}

/** A pattern in the `[regex, message]` form Sveltia shows under the field. */
function sveltiaPattern(schema: ZodTypeAny): [string, string] | undefined {
  const pattern = patternOf(schema);
  return pattern && [pattern.regex.source, pattern.message];
}

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

type Widget = Record<string, unknown>;

/** Widget options for a value; undefined (and a problem) for a kind of value the form cannot edit. */
function valueWidget(path: Path, schema: ZodTypeAny, scope: Scope): Widget | undefined {
  const { schema: inner } = unwrap(schema);
  // Lists first: `partners` is a list of ids, and a single-value relation would keep only the first.
  if (inner instanceof z.ZodArray) return listWidget(path, inner.element as ZodTypeAny, scope);
  const listItem = inner instanceof z.ZodUnion ? oneOrManyItem(inner) : undefined;
  if (listItem) return listWidget(path, listItem, scope);
  const relation = relationOptions(path, scope);
  if (relation) return relation;
  const known = knownString(schema);
  // A calendar day: the date picker writes YYYY-MM-DD, the format the schema checks.
  if (known === 'date') {
    // A new entry starts with today as its `updated` date; staff change it on every edit.
    const today = path[path.length - 1] === 'updated' ? { default: '{{now}}' } : {};
    return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', ...today };
  }
  // Partial dates ("2019-06") and times ("24:00") have no picker that can write them: typed, with the schema's pattern.
  if (known === 'partialDate' || known === 'time') return { widget: 'string', pattern: sveltiaPattern(schema) };
  // Typed with the id pattern until RELATIONS says which collection it points at.
  if (known === 'entryId') scope.problems.push(`${path.join('.')}: an entry id with no target collection in RELATIONS of src/cli/cms-config.ts`);

  if (inner instanceof z.ZodString) {
    const kinds = new Set(inner._def.checks.map((check) => check.kind));
    const pattern = sveltiaPattern(inner);
    return {
      widget: 'string',
      ...(kinds.has('email') ? { type: 'email' } : kinds.has('url') ? { type: 'url', pattern: ['^https://', 'Spletni naslov se začne s "https://".'] } : {}),
      ...(pattern ? { pattern } : {}),
    };
  }
  if (inner instanceof z.ZodNumber) {
    const integer = inner.isInt;
    const bounds: Record<string, number> = {};
    for (const check of inner._def.checks) {
      if (check.kind === 'min') bounds['min'] = check.inclusive || !integer ? check.value : check.value + 1;
      if (check.kind === 'max') bounds['max'] = check.inclusive || !integer ? check.value : check.value - 1;
    }
    return { widget: 'number', value_type: integer ? 'int' : 'float', ...bounds };
  }
  if (inner instanceof z.ZodBoolean) return { widget: 'boolean' };
  // `closed: true` and `eventNight: true` are flags: present and true, or absent. A boolean
  // switch would write `false`, which the schema rejects; a one-option dropdown writes nothing.
  if (inner instanceof z.ZodLiteral && inner.value === true) return { widget: 'select', options: [{ label: 'da', value: true }], dropdown_threshold: 0 };
  if (inner instanceof z.ZodEnum) return { widget: 'select', options: selectOptions(inner.options as string[]) };
  if (inner instanceof z.ZodObject) return { widget: 'object', fields: objectFields(path, inner, scope) };
  if (inner instanceof z.ZodUnion) return unionWidget(path, inner, scope);
  // Left out of the form; Sveltia keeps fields it does not know when it saves an entry.
  scope.problems.push(`${path.join('.')}: no form widget for ${inner.constructor.name}; teach valueWidget in src/cli/cms-config.ts`);
  return undefined;
}

/**
 * Unions other than "one or many" need a decision. Public holidays are `closed`, `regular` or
 * `{ hours: [...] }`; the form offers the two words, and special holiday hours stay a file edit.
 */
function unionWidget(path: Path, schema: z.ZodUnion<[ZodTypeAny, ...ZodTypeAny[]]>, scope: Scope): Widget | undefined {
  const words = schema.options.map((option) => unwrap(option).schema).filter((option): option is z.ZodLiteral<string> => option instanceof z.ZodLiteral && typeof option.value === 'string');
  if (path.join('.') === 'centres.publicHolidays' && words.length > 0) {
    return { widget: 'select', options: words.map((word) => ({ label: word.value === 'closed' ? 'zaprto' : 'redni urnik', value: word.value })) };
  }
  scope.problems.push(`${path.join('.')}: no form widget for this union; add a case to unionWidget in src/cli/cms-config.ts`);
  return undefined;
}

/** A list: several partners, weekdays or options pick from a list; anything else is added one by one. */
function listWidget(path: Path, item: ZodTypeAny, scope: Scope): Widget | undefined {
  const relation = relationOptions(path, scope);
  if (relation) return { ...relation, multiple: true };
  const { schema: inner } = unwrap(item);
  if (inner instanceof z.ZodEnum) return { widget: 'select', multiple: true, options: selectOptions(inner.options as string[]) };
  if (inner instanceof z.ZodObject) {
    // A collapsed item shows its first two required fields, e.g. "09:00 – 22:00" or "2019-06 – Začetek".
    const required = Object.entries(inner.shape as z.ZodRawShape).filter(([, field]) => !unwrap(field).optional);
    return { widget: 'list', fields: objectFields(path, inner, scope), summary: required.slice(0, 2).map(([key]) => `{{fields.${key}}}`).join(' – ') };
  }
  const single = valueWidget(path, item, scope);
  if (!single) return undefined;
  // Plain text items: one per line in a text box, as the hints describe.
  if (single['widget'] === 'string' && Object.keys(single).length === 1) return { widget: 'list' };
  const { label: itemLabel, hint } = labelFor(path, scope);
  return { widget: 'list', field: { name: 'item', label: itemLabel, hint, ...single } };
}

/**
 * Fields the form leaves out on purpose, each with the reason; the drift test accepts no others.
 */
export const FORM_OMITS: Readonly<Record<string, string>> = {
  'centres.timeZone': 'always Europe/Ljubljana (the schema default): nothing to choose, and a form field would write it into every file',
};

/** The fields of an object, in schema order. */
function objectFields(path: Path, schema: z.ZodObject<z.ZodRawShape>, scope: Scope): Field[] {
  return Object.entries(schema.shape)
    .filter(([key]) => !([...path, key].join('.') in FORM_OMITS))
    .flatMap(([key, field]) => fieldFor([...path, key], field, scope) ?? []);
}

/** One form field: label and hint, the widget, and whether the schema lets it be left out. */
function fieldFor(path: Path, schema: ZodTypeAny, scope: Scope): Field | undefined {
  const { optional, defaultValue } = unwrap(schema);
  const widget = valueWidget(path, schema, scope);
  if (!widget) return undefined;
  const keepsDefault = defaultValue !== undefined && !(Array.isArray(defaultValue) || (typeof defaultValue === 'object' && defaultValue !== null));
  return {
    name: path[path.length - 1]!,
    ...labelFor(path, scope),
    required: !optional,
    ...widget,
    ...(keepsDefault && !('default' in widget) ? { default: defaultValue } : {}),
  } as Field;
}

/** The top-level fields of a collection schema (strict object behind refinements). */
function collectionFields(collection: CollectionName, schema: ZodTypeAny, scope: Scope): Field[] {
  const { schema: object } = unwrap(schema);
  if (object instanceof z.ZodObject) return [...objectFields([collection], object as z.ZodObject<z.ZodRawShape>, scope), BODY_FIELD];
  scope.problems.push(`${collection}: the schema is not an object`);
  return [BODY_FIELD];
}

/** The entry id is the file name, chosen once: links and references depend on it. */
const slugOptions = (template?: string) => ({
  ...(template ? { template } : {}),
  editable: ['create' as const],
  hint: template
    ? 'Oznaka je ime datoteke in del spletnega naslova; izpolni se iz naslova, pozneje se ne spreminja.'
    : 'Enaka oznaka kot slovenski vnos (ime datoteke), npr. "ko-prosto".',
  pattern: sveltiaPattern(entryId)!,
});

function slovenianCollection(collection: CollectionName, problems: string[]): EntryCollection {
  const scope: Scope = { hints: HINTS[collection], problems };
  const { label, singular, identifier, previewPath } = metaOf(collection, scope);
  return {
    name: collection,
    label,
    label_singular: singular,
    folder: `content/${collection}/sl`,
    format: 'frontmatter',
    extension: 'md',
    identifier_field: identifier,
    slug: slugOptions(`{{${identifier}}}`),
    summary: `{{${identifier}}}`,
    sortable_fields: [identifier, 'updated'],
    preview_path: previewPath.sl,
    aliases_field: false,
    fields: collectionFields(collection, schemas[collection], scope),
  };
}

/** English twins translate words only; their id is the Slovenian file name, typed once. */
function englishCollection(collection: CollectionName, problems: string[]): EntryCollection {
  const scope: Scope = { hints: TRANSLATION_HINTS[collection], problems };
  const { label, singular, previewPath } = metaOf(collection, scope);
  return {
    name: `${collection}_en`,
    label: `${label} (EN)`,
    label_singular: `${singular} (EN)`,
    description: 'Samo besedilo v angleščini; datumi, ure, partnerji in zneski so v slovenskem vnosu z enako oznako.',
    folder: `content/${collection}/en`,
    format: 'frontmatter',
    extension: 'md',
    slug: slugOptions(),
    summary: '{{slug}}',
    sortable_fields: ['updated'],
    ...(previewPath.en ? { preview_path: previewPath.en } : {}),
    aliases_field: false,
    fields: collectionFields(collection, translationSchemas[collection], scope),
  };
}

/** Environment variables read at build time; see "Browser editor (/admin/)" in README.md. */
export type CmsEnvironment = Partial<Record<'CMS_BACKEND' | 'CMS_REPO' | 'CMS_BRANCH' | 'CMS_APP_ID' | 'CMS_BASE_URL', string>>;

/** Placeholders that make an unconfigured build obvious on the sign-in page instead of failing the build. */
export const UNSET = { repo: 'CMS_REPO/ni-nastavljen', appId: 'CMS_APP_ID-ni-nastavljen', relay: 'https://CMS_BASE_URL-ni-nastavljen.invalid' } as const;

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
  const divider: CollectionDivider = { divider: true };
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
    collections: [
      ...COLLECTIONS.map((collection) => slovenianCollection(collection, problems)),
      divider,
      ...COLLECTIONS.map((collection) => englishCollection(collection, problems)),
    ],
  };
  return { config, problems };
}

/** The configuration alone. @example cmsConfig({ name: 'test-repo' }).backend // { name: 'test-repo' } */
export const cmsConfig = (backend: Backend): CmsConfig => generateCmsConfig(backend).config;

/** The configuration as the YAML file Sveltia reads. */
export function cmsConfigYaml(config: CmsConfig): string {
  const header = `# Generated from src/schemas by src/cli/cms-config.ts (npm run cms:config); do not edit by hand.\n`;
  // Written out in full (no YAML anchors), so the file reads top to bottom like the form.
  return header + stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const { config, problems } = generateCmsConfig(backendFromEnv(process.env));
  for (const problem of problems) console.error(`cms-config: ${problem}`);
  process.stdout.write(cmsConfigYaml(config));
}
