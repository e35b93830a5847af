/**
 * The content check's rules across files, run once every file has been read and checked against its
 * schema: references name entries that exist, ids are not the address of a list page, images exist,
 * and translations match their Slovenian original.
 */
import { existsSync, readdirSync } from 'node:fs';
import { DEFAULT_LOCALE } from '../lib/locales';
import { closestNames, partnerReferences } from '../lib/references';
import { RESERVED_IDS } from '../lib/routes';
import type { CollectionName } from '../schemas';
import type { Programme } from '../schemas/programme';
import type { Project } from '../schemas/project';
import { didYouMean, type ContentFile, type Problem } from './content-files';
import { fieldInWords, fieldName, lengthMismatch, type FieldPath } from './field-words';

/** The entries that passed their schema (data undefined: known, but unreadable or invalid), by `<locale>/<id>`. */
export interface ValidEntry {
  file: ContentFile;
  data: unknown;
}
export type ValidEntries = Map<CollectionName, Map<string, ValidEntry>>;

const asString = (value: unknown): string => (typeof value === 'string' ? value : '');
const asArray = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
/** An entry's frontmatter as written, for the rules that read fields whatever else is wrong in it. */
const fieldsOf = (file: ContentFile): Record<string, unknown> => (file.data ?? {}) as Record<string, unknown>;

/** The collections a reference may point at, as messages name them. */
const TARGETS = {
  programmes: { sl: 'Program', en: 'Programme' },
  partners: { sl: 'Partner', en: 'Partner' },
  centres: { sl: 'Center', en: 'Centre' },
} as const;
type Target = keyof typeof TARGETS;

/** The Slovenian ids of each collection a reference may point at: references name an entry by its Slovenian id, whatever their own language. */
type TargetIds = Record<Target, string[]>;

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

/** Every reference between entries names an entry that exists: projects, programmes, calls, events and questions. */
export function checkReferences(valid: ValidEntries): Problem[] {
  const problems: Problem[] = [];
  const idsIn = (collection: CollectionName, locale: string) =>
    [...(valid.get(collection)?.keys() ?? [])].filter((key) => key.startsWith(`${locale}/`)).map((key) => key.slice(locale.length + 1));
  const ids: TargetIds = {
    programmes: idsIn('programmes', DEFAULT_LOCALE),
    partners: idsIn('partners', DEFAULT_LOCALE),
    centres: idsIn('centres', DEFAULT_LOCALE),
  };

  for (const { file } of valid.get('projects')?.values() ?? []) {
    const seen = new Map<string, string>();
    for (const reference of partnerReferences(rawProjectReferences(file.data))) {
      const field = fieldName(reference.path);
      // An empty or mistyped id is already reported by the schema.
      if (!reference.partner) continue;
      problems.push(...missingTarget(file, reference.path, reference.partner, 'partners', ids));
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
    asArray(fieldsOf(file)['funders']).forEach((funder, i) => {
      const partner = asString((funder as Record<string, unknown> | null)?.['partner']);
      problems.push(...missingTarget(file, ['funders', i, 'partner'], partner, 'partners', ids));
    });
  }

  problems.push(...checkOpportunityReferences(valid, ids));
  problems.push(...checkEventReferences(valid, ids));
  problems.push(...checkFaqReferences(valid, ids));

  for (const [key, { file }] of valid.get('programmes') ?? []) {
    const parent = asString(fieldsOf(file)['parent']);
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

/** " Najbližje obstoječe: …" in both languages, or nothing when no existing id is close. */
function closestHint(id: string, known: readonly string[]): { sl: string; en: string } {
  const close = closestNames(id, known);
  return close.length > 0
    ? { sl: ` Najbližje obstoječe: ${close.join(', ')}.`, en: ` Closest existing: ${close.join(', ')}.` }
    : { sl: '', en: '' };
}

/**
 * A reference (at `path` in the frontmatter) to a `target` entry that does not exist, with the closest
 * existing ids; nothing when the reference is empty (the schema reports that) or names an entry.
 * @example missingTarget(file, ['centre'], 'koper', 'centres', ids)[0]?.message
 * // 'Center "koper" ne obstaja (…). Najbližje obstoječe: center-mladih-koper. | Centre "koper" does not exist (…). …'
 */
function missingTarget(file: ContentFile, path: FieldPath, id: string, target: Target, ids: TargetIds): Problem[] {
  if (!id || ids[target].includes(id)) return [];
  const hint = closestHint(id, ids[target]);
  const { sl, en } = TARGETS[target];
  return [
    {
      file: file.file,
      line: file.lineOf(path),
      field: fieldName(path),
      message: `${sl} "${id}" ne obstaja (ni datoteke content/${target}/sl/${id}.md).${hint.sl} | ${en} "${id}" does not exist (no file content/${target}/sl/${id}.md).${hint.en}`,
    },
  ];
}

/** An organiser that is neither a partner nor a centre. */
function unknownOrganiser(file: ContentFile, id: string, known: string[]): Problem {
  const hint = closestHint(id, known);
  return {
    file: file.file,
    line: file.lineOf(['organiser']),
    field: 'organiser',
    message: `Organizator "${id}" ni ne partner ne center (ni datoteke content/partners/sl/${id}.md ne content/centres/sl/${id}.md).${hint.sl} | The organiser "${id}" is neither a partner nor a centre (no file content/partners/sl/${id}.md or content/centres/sl/${id}.md).${hint.en}`,
  };
}

/** Entries whose id is the address of one of their list's own pages (the archive). */
function reservedIds(valid: ValidEntries, collection: 'opportunities' | 'events'): Problem[] {
  const reserved = RESERVED_IDS[collection] ?? [];
  return [...(valid.get(collection)?.values() ?? [])].flatMap(({ file }) =>
    reserved.includes(file.slug)
      ? [
          {
            file: file.file,
            line: 1,
            field: '',
            message: `Oznaka "${file.slug}" je naslov strani seznama; izberite drugo ime datoteke. | The id "${file.slug}" is the address of a list page; choose another file name.`,
          },
        ]
      : [],
  );
}

/** The Slovenian entries of a collection: the facts, references among them, are written there. */
const slovenianEntries = (valid: ValidEntries, collection: CollectionName): ContentFile[] =>
  [...(valid.get(collection) ?? [])].filter(([key]) => key.startsWith(`${DEFAULT_LOCALE}/`)).map(([, { file }]) => file);

/**
 * An open call names a programme, a host partner and perhaps a centre that exist, and its id is not
 * the address of a page of the list (the archive).
 */
function checkOpportunityReferences(valid: ValidEntries, ids: TargetIds): Problem[] {
  const references = slovenianEntries(valid, 'opportunities').flatMap((file) => {
    const data = fieldsOf(file);
    return [
      ...missingTarget(file, ['programme'], asString(data['programme']), 'programmes', ids),
      ...missingTarget(file, ['host'], asString(data['host']), 'partners', ids),
      ...missingTarget(file, ['centre'], asString(data['centre']), 'centres', ids),
    ];
  });
  return [...reservedIds(valid, 'opportunities'), ...references];
}

/**
 * An event names a centre and an organiser (a partner or a centre) that exist, and its id is not the archive's address. A
 * centre's event night comes from an event, never from an `eventNight` exception in the centre's
 * own file: one source for each fact.
 */
function checkEventReferences(valid: ValidEntries, ids: TargetIds): Problem[] {
  const problems = reservedIds(valid, 'events');
  for (const file of slovenianEntries(valid, 'events')) {
    const data = fieldsOf(file);
    const organiser = asString(data['organiser']);
    // A partner or a centre may organise: a centre runs its own events without being a partner too.
    if (organiser && !ids.partners.includes(organiser) && !ids.centres.includes(organiser))
      problems.push(unknownOrganiser(file, organiser, [...ids.partners, ...ids.centres]));
    problems.push(...missingTarget(file, ['centre'], asString(data['centre']), 'centres', ids));
  }
  for (const file of slovenianEntries(valid, 'centres')) {
    asArray(fieldsOf(file)['exceptions']).forEach((exception, i) => {
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
function checkFaqReferences(valid: ValidEntries, ids: TargetIds): Problem[] {
  return slovenianEntries(valid, 'faq').flatMap((file) =>
    (['programmes', 'centres'] as const).flatMap((target) =>
      asArray(fieldsOf(file)[target]).flatMap((value, i) => missingTarget(file, [target, i], asString(value), target, ids)),
    ),
  );
}

/**
 * Every image an entry names exists in content/images/ with exactly that name. Letter case
 * matters: a file found only with other case works on a laptop and breaks on the server.
 */
export function checkImages(files: readonly ContentFile[], imageDir: string): Problem[] {
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
export function checkTranslatedLists(valid: ValidEntries): Problem[] {
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
export function checkTranslations(valid: ValidEntries): Problem[] {
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
