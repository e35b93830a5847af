/**
 * Reads a content file's frontmatter exactly as Astro's loader does: the block and its values from
 * `parseFrontmatter`, the function behind Astro's Markdown and MDX entry types (js-yaml inside), and
 * every mistake in it at its line, in words staff can act on (a missing quote, a tab, a key written
 * twice, an alias that would expand without end). Positions come from src/cli/yaml-positions.ts.
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import { isScalar, visit, type Node } from 'yaml';
import type { FieldPath } from './field-words';
import { keyText, lazyPositions, lineText, nodeLine, positionAt, type Positions } from './yaml-positions';

/** A mistake found while reading a file, before its schema is checked. Lines and columns count from 1. */
export interface ReadProblem {
  line: number;
  column?: number;
  message: string;
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

/**
 * Values a frontmatter may hold once aliases are written out: far above any real entry (a few
 * hundred), far below what makes zod or Astro's data store hang.
 */
export const MAX_EXPANDED_VALUES = 100_000;

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
