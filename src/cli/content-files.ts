/**
 * Reads content files exactly as Astro's loader does, so that what the check approves is what the
 * site publishes. One reading: the bytes as Node decodes them, and the frontmatter block and its
 * values from `parseFrontmatter`, the function behind Astro's Markdown and MDX entry types (js-yaml
 * inside). The `yaml` package only finds where things are: the line of a field or of a mistake,
 * never a value. Every file's mistakes are collected; nothing here may stop the check.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import { closestNames } from '../lib/references';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { checkBody, splitBody } from './body-check';
import type { FieldPath } from './field-words';
import { DEFAULT_LOCALE, LOCALES, TRANSLATED_LOCALES } from '../lib/locales';

/** A mistake found while reading a file, before its schema is checked. Lines and columns count from 1. */
export interface ReadProblem {
  line: number;
  column?: number;
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

/** What a file's text holds, read the way Astro reads it. */
export interface EntryReading {
  /** Astro finds a frontmatter block (its `rawData` is not empty). */
  hasFrontmatter: boolean;
  /** The frontmatter as Astro's loader stores it; undefined when Astro would stop on it or the check refuses it (TOML, runaway aliases). */
  data: unknown;
  problems: ReadProblem[];
  lineOf: (path: FieldPath) => number;
  sourceOf: (path: FieldPath) => string | undefined;
}

/** Content folders that hold no collection: images are checked with the entries that name them, the site's settings (settings/sl/site.md) by checkSiteSettings (validate-content.ts). */
export const NON_COLLECTION_FOLDERS = ['images', 'settings'] as const;

/**
 * Values a frontmatter may hold once aliases are written out: far above any real entry (a few
 * hundred), far below what makes zod or Astro's data store hang.
 */
export const MAX_EXPANDED_VALUES = 100_000;

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
// Positions

/**
 * 1-based line and column of an offset in a text. Lines end at "\n"; a "\r" before it belongs to the line.
 * @example positionAt("ab\ncd", 4) // { line: 2, column: 2 }
 */
export function positionAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The text of a 1-based line, without its line break. */
const lineText = (text: string, line: number): string => (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');

/** The frontmatter as the `yaml` package sees it, for positions only, and a map from its lines to the file's. */
interface Positions {
  doc: Document;
  /** File line of an offset into the frontmatter text. */
  lineAt: (offset: number) => number;
  lineOf: (path: FieldPath) => number;
  sourceOf: (path: FieldPath) => string | undefined;
}

/** Line of a node's first character in the file. */
const nodeLine = (node: Node | null | undefined, lineAt: (offset: number) => number): number | undefined =>
  node?.range ? lineAt(node.range[0]) : undefined;

/** The text of a map key as a content path names it: `title`, `0`. */
const keyText = (key: unknown): string => String(isScalar(key) ? key.value : key);

/** Walks a YAML document along a field path, returning the deepest line found. */
function lineOfPath(doc: Document, lineAt: (offset: number) => number, fallback: number, path: FieldPath): number {
  let node: unknown = doc.contents;
  let line = nodeLine(doc.contents, lineAt) ?? fallback;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(key));
      if (!pair) break;
      line = nodeLine(pair.key as Node, lineAt) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      line = nodeLine(item, lineAt) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** The text of the scalar at a field path in the frontmatter text `raw`, as written. */
function sourceOfPath(doc: Document, raw: string, path: FieldPath): string | undefined {
  let node: unknown = doc.contents;
  for (const key of path) {
    if (isMap(node)) node = node.items.find((item) => keyText(item.key) === String(key))?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else return undefined;
  }
  return isScalar(node) && node.range ? raw.slice(node.range[0], node.range[1]).trim() : undefined;
}

/** Positions in a frontmatter block whose text starts at `offset` in `source`. */
function positionsOf(source: string, raw: string, offset: number): Positions {
  const counter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const firstLine = positionAt(source, offset).line;
  const lineAt = (at: number) => firstLine + counter.linePos(at).line - 1;
  return { doc, lineAt, lineOf: (path) => lineOfPath(doc, lineAt, firstLine, path), sourceOf: (path) => sourceOfPath(doc, raw, path) };
}

/**
 * positionsOf, worked out the first time something asks for a line or a source text: only a file
 * with a mistake does. The `yaml` package's second reading of every frontmatter was a third of the
 * content check's time (2.2 of 6.7 s of CPU at 5,000 entries, `--cpu-prof`), spent on files that
 * had nothing to report.
 */
function lazyPositions(source: string, raw: string, offset: number): () => Positions {
  let positions: Positions | undefined;
  return () => (positions ??= positionsOf(source, raw, offset));
}

/**
 * A line or a written value asked for after the file was read, outside readContentFile's guard:
 * should the `yaml` package ever fail where js-yaml did not, the message points at `fallback`
 * instead of stopping the check.
 */
function orElse<T>(find: () => T, fallback: T): T {
  try {
    return find();
  } catch {
    return fallback;
  }
}

// ---------------------------------------------------------------------------------------------
// Reading the frontmatter

/** The error js-yaml throws: `mark` is where it stopped, counted in the frontmatter text; a few errors have none. */
interface YamlException extends Error {
  reason: string;
  mark?: { position: number };
}

const isYamlException = (error: unknown): error is YamlException => error instanceof Error && error.name === 'YAMLException';

/**
 * Reads one file's text as Astro does and names every mistake in it, each at its line.
 * @example readEntry('---\ntitle: 2019-06-01\n---\n').data // { title: Date("2019-06-01") }, as Astro reads it
 */
export function readEntry(source: string): EntryReading {
  const raw = extractFrontmatter(source);
  if (raw === undefined)
    return { hasFrontmatter: false, data: undefined, problems: [missingFrontmatter(source)], lineOf: () => 1, sourceOf: () => undefined };
  // The block opens after a BOM or blank lines; the text Astro parses starts right after "---".
  const start = Math.min(...['---', '+++'].map((delimiter) => source.indexOf(delimiter + raw)).filter((index) => index >= 0));
  const offset = start + 3;
  const positions = lazyPositions(source, raw, offset);
  const openingLine = positionAt(source, start).line;
  const found = {
    hasFrontmatter: true,
    lineOf: (path: FieldPath) => orElse(() => positions().lineOf(path), openingLine),
    sourceOf: (path: FieldPath) => orElse(() => positions().sourceOf(path), undefined),
  };
  if (source.startsWith('+++', start)) return { ...found, data: undefined, problems: [tomlFrontmatter(openingLine)] };

  let data: unknown;
  try {
    data = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' }).frontmatter;
  } catch (error) {
    if (!isYamlException(error)) throw error;
    return { ...found, data: undefined, problems: yamlProblems(error, source, raw, offset, positions()) };
  }

  const problems = [...closingLineProblems(source, start, offset + raw.length), ...notFieldsProblems(positions, data)];
  const size = expandedSize(data, MAX_EXPANDED_VALUES);
  if (size > MAX_EXPANDED_VALUES) {
    const aliasLine = firstAliasLine(positions()) ?? openingLine;
    return { ...found, data: undefined, problems: [...problems, size === Infinity ? aliasLoop(aliasLine) : aliasBomb(aliasLine)] };
  }
  return { ...found, data, problems };
}

/** A file without a block Astro recognises: say which half is missing. */
function missingFrontmatter(source: string): ReadProblem {
  const lines = source.replace(/^\uFEFF/, '').split('\n');
  const opening = lines.findIndex((line) => line.trim() !== '');
  if (opening !== -1 && /^(?:---|\+\+\+)$/.test(lines[opening]!.trim())) {
    return {
      line: opening + 1,
      message:
        'Podatki se začnejo z vrstico "---", a se nikjer ne zaključijo: za zadnjim poljem dodajte vrstico "---". Brez nje stran ne prebere nobenega polja. | The frontmatter opened by "---" is never closed: add a "---" line after the last field. Without it the site reads no field at all.',
    };
  }
  return {
    line: 1,
    message: 'Datoteka se mora začeti s podatki med vrsticama "---". | The file must start with frontmatter between two "---" lines.',
  };
}

const tomlFrontmatter = (line: number): ReadProblem => ({
  line,
  message:
    'Podatki so med vrsticama "+++" (oblika TOML); naše vsebine uporabljajo le YAML: vrstici "+++" zamenjajte z "---" in polja zapišite kot "ime: vrednost". | The frontmatter is between "+++" lines (TOML); our content is YAML only: replace both "+++" lines with "---" and write fields as "name: value".',
});

/**
 * Astro ends the frontmatter at the first line that starts with "---" (or "+++"); anything after
 * those three characters ("----", "--- konec") becomes page text. And it removes the block from the
 * page only when both lines are the same, so "---" closed by "+++" publishes the whole block.
 */
function closingLineProblems(source: string, openingAt: number, closingAt: number): ReadProblem[] {
  const { line } = positionAt(source, closingAt);
  const closing = lineText(source, line);
  const rest = closing.slice(3).trim();
  if (closing.slice(0, 3) !== source.slice(openingAt, openingAt + 3)) {
    return [
      {
        line,
        message: `Podatki se začnejo z "---", zato naj se tudi končajo z vrstico "---", ne "${closing.trim()}"; sicer bi se vsi pokazali na strani. | The frontmatter opens with "---", so it must close with a "---" line, not "${closing.trim()}"; otherwise all of it would appear on the page.`,
      },
    ];
  }
  if (rest === '') return [];
  return [
    {
      line,
      message: `Vrstica, ki zaključi podatke, naj vsebuje le "---"; besedilo za njim ("${rest}") bi se pokazalo na strani. | The line that closes the frontmatter must hold only "---"; the text after it ("${rest}") would appear on the page.`,
    },
  ];
}

/** Frontmatter that is one piece of text, not fields (`title:"x"`): Astro silently reads it as no fields at all. */
function notFieldsProblems(positions: () => Positions, data: unknown): ReadProblem[] {
  const readAsNothing = typeof data === 'object' && data !== null && !Array.isArray(data) && Object.keys(data).length === 0;
  if (!readAsNothing) return [];
  const { doc, lineAt } = positions();
  const contents = doc.contents;
  if (!isScalar(contents) || contents.value === null || contents.value === '') return [];
  return [
    {
      line: nodeLine(contents, lineAt) ?? 1,
      message:
        'Podatki niso zapisani kot polja "ime: vrednost", zato jih stran ne prebere; za dvopičjem mora biti presledek, npr. title: "Naslov". | The frontmatter is not written as "name: value" fields, so the site reads none of it; put a space after the colon, e.g. title: "Title".',
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// Aliases

/**
 * How many values a frontmatter holds once every alias is written out in full, counting no further
 * than just past `limit`; Infinity when a value contains itself. js-yaml shares one object for all
 * uses of an anchor, so a "billion laughs" file loads at once and then hangs whatever walks it
 * (zod, Astro's data store).
 * @example expandedSize({ a: [1, 2] }, 100) // 4
 */
export function expandedSize(value: unknown, limit: number): number {
  let count = 0;
  const inside = new Set<object>();
  const loops = (node: unknown): boolean => {
    count++;
    if (count > limit || node === null || typeof node !== 'object' || node instanceof Date) return false;
    if (inside.has(node)) return true;
    inside.add(node);
    for (const child of Object.values(node)) {
      if (loops(child)) return true;
      if (count > limit) break;
    }
    inside.delete(node);
    return false;
  };
  return loops(value) ? Infinity : count;
}

/** Line of the first alias (`*name`) in the frontmatter. */
function firstAliasLine({ doc, lineAt }: Positions): number | undefined {
  let line: number | undefined;
  visit(doc, {
    Alias(_, alias) {
      line = nodeLine(alias, lineAt);
      return visit.BREAK;
    },
  });
  return line;
}

const aliasBomb = (line: number): ReadProblem => ({
  line,
  message: `Oznake "&ime" in sklici "*ime" bi podatke razširili na več kot ${MAX_EXPANDED_VALUES.toLocaleString('sl')} vrednosti, česar stran ne zmore; vrednosti zapišite neposredno, brez sklicev. | Anchors "&name" and aliases "*name" would expand the frontmatter to more than ${MAX_EXPANDED_VALUES.toLocaleString('en')} values, which the site cannot build; write the values out without aliases.`,
});

const aliasLoop = (line: number): ReadProblem => ({
  line,
  message:
    'Sklic "*ime" je znotraj vrednosti, na katero kaže (oznaka "&ime"), zato bi bila vrednost neskončna; vrednost zapišite neposredno. | The alias "*name" sits inside the value it points to (anchor "&name"), so the value would be endless; write the value out instead.',
});

// ---------------------------------------------------------------------------------------------
// YAML mistakes

/**
 * The mistake js-yaml stopped at, at its real line and column, then the others it would have met
 * next: an unclosed quote on any line, and what the `yaml` package's error recovery finds further on.
 */
function yamlProblems(error: YamlException, source: string, raw: string, offset: number, positions: Positions): ReadProblem[] {
  const { line, column } = positionAt(source, offset + (error.mark?.position ?? documentEnd(raw)));
  const first: ReadProblem = { line, column, message: jsYamlMessage(error.reason, lineText(source, line), line, column, positions) };
  const reported = new Set([line]);
  const more: ReadProblem[] = [];
  const add = (problem: ReadProblem) => {
    if (reported.has(problem.line)) return;
    reported.add(problem.line);
    more.push(problem);
  };
  for (const quoteLine of unclosedQuoteLines(raw)) add({ line: positions.lineAt(quoteLine), message: MESSAGES.openQuote });
  for (const other of positions.doc.errors) {
    // Quotes are found above: after one, the package's positions drift.
    if (other.code === 'MISSING_CHAR' && /quote/.test(other.message)) continue;
    const otherLine = positions.lineAt(other.pos[0]);
    add({ line: otherLine, message: yamlErrorMessage(other.code, other.message, positions, otherLine) });
  }
  return [first, ...more.sort((a, b) => a.line - b.line)];
}

/**
 * Where js-yaml's one error without a position comes from: a "..." line that ends the YAML document
 * inside the frontmatter, with more after it ("expected a single document in the stream").
 * @example documentEnd('\ntitle: a\n...\nsummary: b\n') // 10
 */
function documentEnd(raw: string): number {
  const match = /^\.\.\.(?:\s|$)/m.exec(raw);
  return match ? match.index : 0;
}

/**
 * Offsets (into the frontmatter text) of lines whose value opens a quote that the line does not
 * close. YAML allows a quote over several lines, but staff never mean it, and the parser only
 * notices much later, where the next quote happens to be.
 * @example unclosedQuoteLines('\nsummary: "Narekovaj se ne zapre\nlead: sent\n') // [1]
 */
export function unclosedQuoteLines(raw: string): number[] {
  const offsets: number[] = [];
  let offset = 0;
  for (const line of raw.split('\n')) {
    const value = /^\s*(?:-\s+)*(?:[^\s#'"-][^:#]*:\s+|-\s+)?(["'])(.*)$/.exec(line.replace(/\r$/, ''));
    if (value) {
      const [, quote, rest = ''] = value;
      const closed = quote === '"' ? /(?:^|[^\\])(?:\\\\)*"/.test(rest) : rest.replace(/''/g, '').includes("'");
      if (!closed) offsets.push(offset);
    }
    offset += line.length + 1;
  }
  return offsets;
}

/** Friendly bilingual wording for the mistakes staff make most, in both parsers' terms. */
const MESSAGES = {
  quote: (detail: string) => `Manjka zaključni narekovaj ali oklepaj. | A closing quote or bracket is missing. (${detail})`,
  openQuote:
    'Manjka zaključni narekovaj: narekovaj, odprt v tej vrstici, se v njej ne zapre. | A closing quote is missing: the quote opened on this line is not closed on it.',
  bracket: (detail: string) =>
    `Manjka zaključni oklepaj "]" ali "}" ali vejica med vnosi. | A closing "]" or "}", or a comma between items, is missing. (${detail})`,
  indent: (detail: string) =>
    `Zamik vrstice ni pravilen: poravnajte jo s presledki (ne tabulatorji) z drugimi polji iste ravni. | The line is indented wrongly: align it with spaces (not tabs) with the other fields at its level. (${detail})`,
  tab: (detail: string) =>
    `Vrstica je zamaknjena s tabulatorjem; YAML dovoli le presledke: tabulator zamenjajte z dvema presledkoma. | The line is indented with a tab; YAML allows only spaces: replace the tab with two spaces. (${detail})`,
  colon: (detail: string) =>
    `Vrednost z dvopičjem damo v narekovaje, npr. title: "KO-PROSTO: S krepitvijo ...". | Put a value that contains a colon in quotes, e.g. title: "KO-PROSTO: ...". (${detail})`,
  duplicate: (detail: string, twin: { key: string; line: number } | undefined) =>
    twin
      ? `Polje "${twin.key}" je zapisano dvakrat (prvič v vrstici ${twin.line}); pustite eno. | The field "${twin.key}" is written twice (first on line ${twin.line}); keep one. (${detail})`
      : `Polje je zapisano dvakrat; pustite eno. | The field is written twice; keep one. (${detail})`,
  alias: (detail: string) =>
    `Vrednost, ki se začne z "*", YAML bere kot sklic na oznako "&…"; dajte jo v narekovaje, npr. summary: "*Novo* …". | A value starting with "*" is read as an alias; put it in quotes, e.g. summary: "*New* …". (${detail})`,
  notField: (detail: string) =>
    `Vrstica ni v obliki "ime: vrednost": morda manjka dvopičje ali se narekovaj v kateri od prejšnjih vrstic ne zapre. | The line is not "name: value": a colon may be missing, or a quote on an earlier line is not closed. (${detail})`,
  documentEnd: (detail: string) =>
    `Vrstica "..." v YAML konča podatke, a za njo so še polja; vrstico izbrišite. | A "..." line ends the YAML data, but more fields follow it; delete the line. (${detail})`,
  other: (detail: string) => `Napaka v zapisu YAML. | YAML syntax error. (${detail})`,
};

/** The words for the mistake js-yaml stopped at, on file line `line` with the text `text`, at `column`. */
function jsYamlMessage(reason: string, text: string, line: number, column: number, positions: Positions): string {
  if (reason.startsWith('duplicated mapping key')) return MESSAGES.duplicate(reason, firstOfTwinKeys(positions, line));
  if (reason.startsWith('tab characters')) return MESSAGES.tab(reason);
  // "title: KO-PROSTO: S …": a value already began on this line when the second colon came.
  if (reason.startsWith('bad indentation of a mapping entry') && /^\s*(?:-\s+)?[^\s#'"][^:#]*:\s+\S/.test(text.slice(0, column - 1)))
    return MESSAGES.colon(reason);
  if (reason.startsWith('bad indentation')) return MESSAGES.indent(reason);
  if (/quoted scalar/.test(reason)) return MESSAGES.quote(reason);
  if (/flow collection/.test(reason)) return MESSAGES.bracket(reason);
  if (reason.startsWith('unidentified alias')) return MESSAGES.alias(reason);
  if (/^can not read|end of the stream or a document separator/.test(reason)) return MESSAGES.notField(reason);
  if (reason.startsWith('expected a single document')) return MESSAGES.documentEnd(reason);
  return MESSAGES.other(reason);
}

/** For a key written again on file line `line`: its name and the line where it was first written. */
function firstOfTwinKeys({ doc, lineAt }: Positions, line: number): { key: string; line: number } | undefined {
  let found: { key: string; line: number } | undefined;
  visit(doc, {
    Map(_, map) {
      const pairs = map.items;
      const again = pairs.find((pair) => nodeLine(pair.key as Node, lineAt) === line);
      const first = again && pairs.find((pair) => keyText(pair.key) === keyText(again.key));
      if (!again || !first || first === again) return undefined;
      found = { key: keyText(again.key), line: nodeLine(first.key as Node, lineAt) ?? line };
      return visit.BREAK;
    },
  });
  return found;
}

/** Friendly bilingual wording for the `yaml` package's error codes, for a mistake on file line `line`. */
function yamlErrorMessage(code: string, original: string, positions: Positions, line: number): string {
  const detail = original.split('\n')[0] ?? original;
  switch (code) {
    case 'MISSING_CHAR':
      return MESSAGES.quote(detail);
    case 'TAB_AS_INDENT':
      return MESSAGES.tab(detail);
    case 'BAD_INDENT':
    case 'MISSING_INDENT':
      return MESSAGES.indent(detail);
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return MESSAGES.colon(detail);
    case 'DUPLICATE_KEY':
      return MESSAGES.duplicate(detail, firstOfTwinKeys(positions, line));
    default:
      return MESSAGES.other(detail);
  }
}

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
