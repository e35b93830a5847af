/**
 * Reads content files exactly as Astro's loader does, so that what the check approves is what the
 * site publishes. One reading: the bytes as Node decodes them, and the frontmatter block and its
 * values from `parseFrontmatter`, the function behind Astro's Markdown and MDX entry types (js-yaml
 * inside; src/cli/frontmatter.ts). The `yaml` package only finds where things are: the line of a
 * field or of a mistake, never a value (src/cli/yaml-positions.ts). And the walk over content/
 * that finds every entry, and every file or folder Astro would skip without a word. Every file's
 * mistakes are collected; nothing here may stop the check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { closestNames } from '../lib/references';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { checkBody, splitBody } from './body-check';
import type { FieldPath } from './field-words';
import { readEntry, type ReadProblem } from './frontmatter';
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES } from '../lib/locales';

/** A problem the content check reports: a mistake at a line of a file, with the field it is about. */
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

export interface ContentFile {
  /** Path relative to the project root, as printed in messages. */
  file: string;
  collection: CollectionName;
  locale: string;
  slug: string;
  extension: string;
  /** The frontmatter as Astro stores it; undefined when Astro's build would stop on it or the check refuses it. */
  data: unknown;
  /** Problems found while reading: encoding, missing or broken frontmatter. */
  readErrors: ReadProblem[];
  /** What the body holds that a page may not (src/cli/body-check.ts): raw HTML off the allow-list, MDX code. */
  bodyErrors: ReadProblem[];
  /** Line in the file of a frontmatter field path; the nearest existing parent when the field is missing. */
  lineOf: (path: FieldPath) => number;
  /** The value at a field path exactly as written (`12.000`, which YAML reads as 12); undefined when there is none. */
  sourceOf: (path: FieldPath) => string | undefined;
}

/** Content folders that hold no collection: images are checked with the entries that name them, the site's settings (settings/sl/site.md) by checkSiteSettings (validate-content.ts). */
export const NON_COLLECTION_FOLDERS = ['images', 'settings'] as const;

// ---------------------------------------------------------------------------------------------
// Bytes to text

/**
 * The text of a file as Astro reads it (Node's lenient UTF-8, where a broken byte becomes "�"), and
 * the first line that is not valid UTF-8, because that text would be published as "Dru�tvo".
 * Lines are split on the byte "\n", which is never part of a longer UTF-8 character.
 * @example decodeUtf8(Uint8Array.of(0x61, 0x0a, 0x9a)) // { text: "a\n\uFFFD", invalidLine: 2 }
 */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidLine?: number } {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  const valid = (part: Uint8Array) => {
    try {
      strict.decode(part);
      return true;
    } catch {
      return false;
    }
  };
  if (valid(bytes)) return { text };
  for (let start = 0, line = 1; start <= bytes.length; line++) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    if (!valid(bytes.subarray(start, end))) return { text, invalidLine: line };
    start = end + 1;
  }
  return { text, invalidLine: 1 };
}

const notUtf8 = (line: number): ReadProblem => ({
  line,
  message:
    'Datoteka ni shranjena v kodiranju UTF-8, zato bi se šumniki na strani pokazali kot "�". Shranite jo kot UTF-8 (v urejevalniku: Shrani kot → kodiranje UTF-8) in preverite šumnike. | The file is not saved as UTF-8, so letters such as č, š, ž would show as "�" on the page. Save it as UTF-8 and check those letters.',
});

// ---------------------------------------------------------------------------------------------
// Files and folders

/** Reads one content file. Line numbers count from the top of the file. */
export function readContentFile(root: string, path: string, collection: CollectionName, locale: string): ContentFile {
  const name = path.split(/[\\/]/).at(-1) ?? path;
  const dot = name.lastIndexOf('.');
  const base = { file: relative(root, path), collection, locale, slug: name.slice(0, dot), extension: name.slice(dot + 1) };
  try {
    const { text, invalidLine } = decodeUtf8(readFileSync(path));
    const reading = readEntry(text);
    const readErrors = invalidLine === undefined ? reading.problems : [notUtf8(invalidLine), ...reading.problems];
    const { body, bodyStartLine } = splitBody(text);
    const extension = base.extension === 'mdx' ? 'mdx' : 'md';
    const bodyErrors = [
      ...bodyPlaceholder(body, bodyStartLine),
      ...checkBody(body, { file: base.file, extension, bodyStartLine }).map(({ line, message }) => ({ line, message })),
    ];
    return { ...base, data: reading.data, readErrors, bodyErrors, lineOf: reading.lineOf, sourceOf: reading.sourceOf };
  } catch (error) {
    return { ...base, data: undefined, readErrors: [unexpected(error)], bodyErrors: [], lineOf: () => 1, sourceOf: () => undefined };
  }
}

/** The value `npm run new` templates give every field staff must fill in, the text included; the check rejects it. */
export const PLACEHOLDER = 'IZPOLNITE';

/** A body that still starts with the template's placeholder would publish the template's instructions. */
function bodyPlaceholder(body: string, bodyStartLine: number): ReadProblem[] {
  const lines = body.split('\n');
  const index = lines.findIndex((line) => line.trim() !== '');
  if (index < 0 || !lines[index]!.trim().startsWith(PLACEHOLDER)) return [];
  return [
    {
      line: bodyStartLine + index,
      message: `Izpolnite besedilo pod črtama ---: ${PLACEHOLDER} in navodilo za njim zamenjajte s svojim besedilom. | Fill in the text below the --- lines: replace ${PLACEHOLDER} and the instruction after it with your own text.`,
    },
  ];
}

/** A problem for an exception nobody expected: named with its file, so the check goes on. */
export function unexpected(error: unknown): ReadProblem {
  const detail = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return {
    line: 1,
    message: `Datoteke ni bilo mogoče prebrati ali preveriti; če napake ne najdete, jo sporočite razvijalcem. | The file could not be read or checked (${detail}); if you cannot find the mistake, tell the developers.`,
  };
}

/** A file or folder where no entry may be: the check names it, as Astro would silently skip it. */
export interface Misplaced {
  /** Path relative to the project root. */
  file: string;
  line: number;
  message: string;
}

/** Names in a folder, sorted, without hidden files (".DS_Store", "._x.md"), which Astro skips too. */
const visibleNames = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();

const isDirectory = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/**
 * "Did you mean" in both languages, or nothing when no name is close.
 * @example didYouMean('projets', ['projects', 'partners']) // { sl: ' Ste mislili "projects"?', en: ' Did you mean "projects"?' }
 */
export const didYouMean = (name: string, known: readonly string[]) => {
  const close = closestNames(name, known, 1);
  return close.length > 0 ? { sl: ` Ste mislili "${close[0]}"?`, en: ` Did you mean "${close[0]}"?` } : { sl: '', en: '' };
};

/** The folders of a collection's translations: "content/pages/en/, content/pages/it/". */
const translationFolders = (collection: string): string =>
  TRANSLATED_LOCALES.map((locale) => `content/${collection}/${locale}/`).join(', ');

/** Why a file or folder is in the wrong place, and where it belongs; `name` is its own name. */
const MISPLACED = {
  outsideCollections: (name: string) =>
    `"${name}" ni v mapi zbirke, zato ga stran ne prebere: vnosi so v content/<zbirka>/<jezik>/<oznaka>.md. | "${name}" is not in a collection folder, so the site ignores it: entries live in content/<collection>/<locale>/<id>.md.`,
  unknownCollection: (name: string) => {
    const hint = didYouMean(name, COLLECTIONS);
    const known = [...COLLECTIONS, ...NON_COLLECTION_FOLDERS].join(', ');
    return `Mapa "${name}" ni zbirka, zato stran njenih datotek ne prebere.${hint.sl} Mape v content/ so: ${known}. | The folder "${name}" is not a collection, so the site ignores its files.${hint.en} Folders in content/ are: ${known}.`;
  },
  outsideLocale: (collection: string) => (name: string) =>
    `Datoteka "${name}" je neposredno v mapi zbirke, zato je stran ne prebere: premaknite jo v content/${collection}/${DEFAULT_LOCALE}/ (izvirnik) ali v mapo jezika prevoda (${translationFolders(collection)}). | "${name}" is directly in the collection folder, so the site ignores it: move it into content/${collection}/${DEFAULT_LOCALE}/ (the original) or into the folder of a translation's language (${translationFolders(collection)}).`,
  folderNamedLikeEntry: (name: string) =>
    `"${name}" je mapa, ne datoteka, zato je stran ne prebere: vnos je ena datoteka s tem imenom; mapo preimenujte ali jo izbrišite. | "${name}" is a folder, not a file, so the site ignores it: an entry is one file with that name; rename or delete the folder.`,
  subfolder: (name: string) =>
    `Podmape "${name}" stran ne prebere: vnosi so neposredno v mapi jezika (${LOCALES.join(', ')}); datoteke premaknite tja ali mapo izbrišite. | The site ignores the subfolder "${name}": entries live directly in the language folder (${LOCALES.join(', ')}); move the files there or delete the folder.`,
  notAnEntry: (name: string) =>
    `Datoteka "${name}" ni vnos: v tej mapi so le datoteke .md in .mdx (slike sodijo v content/images/). | "${name}" is not an entry: this folder holds only .md and .mdx files (images go in content/images/).`,
};

/** How the folder walk reports what it finds out of place, and lists a folder without stopping. */
interface Walk {
  misplaced: (path: string, message: (name: string) => string) => void;
  /** Visible names in a folder; none, with a problem naming the folder, when it cannot be read. */
  namesIn: (dir: string) => string[];
}

/**
 * Every content file under `contentDir` (`<collection>/<locale>/<id>.md|mdx`), read, and every file
 * or folder that breaks that layout, which Astro would skip without a word.
 */
export function listContentFiles(root: string, contentDir = join(root, 'content')): { files: ContentFile[]; stray: Misplaced[] } {
  const files: ContentFile[] = [];
  const stray: Misplaced[] = [];
  const walk: Walk = {
    // Messages name the file or folder; where it is, is printed beside them.
    misplaced: (path, message) => stray.push({ file: relative(root, path), line: 1, message: message(basename(path)) }),
    namesIn: (dir) => {
      try {
        return visibleNames(dir);
      } catch (error) {
        stray.push({ file: relative(root, dir), ...unexpected(error) });
        return [];
      }
    },
  };
  // No content folder at all is reported by the caller, as "no content files found".
  if (!isDirectory(contentDir)) return { files, stray };
  for (const name of walk.namesIn(contentDir)) {
    const collectionDir = join(contentDir, name);
    if (!isDirectory(collectionDir)) walk.misplaced(collectionDir, MISPLACED.outsideCollections);
    else if ((NON_COLLECTION_FOLDERS as readonly string[]).includes(name)) continue;
    else if (!(COLLECTIONS as readonly string[]).includes(name)) walk.misplaced(collectionDir, MISPLACED.unknownCollection);
    else listCollection(root, collectionDir, name as CollectionName, files, walk);
  }
  return { files, stray };
}

/** The entries of one collection folder, into `files`; what does not belong, to `walk.misplaced`. */
function listCollection(root: string, collectionDir: string, collection: CollectionName, files: ContentFile[], walk: Walk): void {
  for (const locale of walk.namesIn(collectionDir)) {
    const localeDir = join(collectionDir, locale);
    if (!isDirectory(localeDir)) {
      walk.misplaced(localeDir, MISPLACED.outsideLocale(collection));
      continue;
    }
    for (const name of walk.namesIn(localeDir)) {
      const path = join(localeDir, name);
      const isEntryName = /\.mdx?$/.test(name);
      if (isDirectory(path)) walk.misplaced(path, isEntryName ? MISPLACED.folderNamedLikeEntry : MISPLACED.subfolder);
      else if (isEntryName) files.push(readContentFile(root, path, collection, locale));
      else walk.misplaced(path, MISPLACED.notAnEntry);
    }
  }
}
