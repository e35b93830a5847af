/**
 * Reads content files the way staff wrote them: frontmatter parsed with the
 * `yaml` package and its line counter, so every problem can name a line.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { COLLECTIONS, type CollectionName } from '../schemas';

export interface ContentFile {
  /** Path relative to the project root, as printed in messages. */
  file: string;
  collection: CollectionName;
  locale: string;
  slug: string;
  extension: string;
  /** Parsed frontmatter, or undefined when it could not be read. */
  data: unknown;
  /** Problems found while reading: missing frontmatter, broken YAML. */
  readErrors: { line: number; message: string }[];
  /** Line in the file of a frontmatter field path; the nearest existing parent when the field is missing. */
  lineOf: (path: readonly (string | number)[]) => number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/;

/** Line of a node's first character, 1-based within the YAML text. */
function nodeLine(node: Node | null | undefined, counter: LineCounter): number | undefined {
  const start = node?.range?.[0];
  return start === undefined ? undefined : counter.linePos(start).line;
}

/** Walks a YAML document along a field path, returning the deepest line found. */
function lineOfPath(doc: Document, counter: LineCounter, path: readonly (string | number)[]): number {
  let node: unknown = doc.contents;
  let line = nodeLine(doc.contents, counter) ?? 1;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      line = nodeLine(pair.key as Node, counter) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === 'number') {
      const item = node.items[key] as Node | undefined;
      if (!item) break;
      line = nodeLine(item, counter) ?? line;
      node = item;
    } else {
      break;
    }
  }
  return line;
}

/** Parses one content file's frontmatter. Line numbers count from the top of the file. */
export function readContentFile(root: string, path: string, collection: CollectionName, locale: string): ContentFile {
  const source = readFileSync(path, 'utf8');
  const name = path.split(/[\\/]/).at(-1) ?? path;
  const dot = name.lastIndexOf('.');
  const base: Omit<ContentFile, 'data' | 'readErrors' | 'lineOf'> = {
    file: relative(root, path),
    collection,
    locale,
    slug: name.slice(0, dot),
    extension: name.slice(dot + 1),
  };
  const match = FRONTMATTER.exec(source);
  if (!match) {
    return {
      ...base,
      data: undefined,
      readErrors: [
        {
          line: 1,
          message:
            'Datoteka se mora začeti s podatki med vrsticama "---". | The file must start with frontmatter between two "---" lines.',
        },
      ],
      lineOf: () => 1,
    };
  }
  // The frontmatter starts on line 2, after the opening "---".
  const offset = 1;
  const counter = new LineCounter();
  const doc = parseDocument(match[1] ?? '', { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const readErrors = doc.errors.map((error) => ({
    line: (error.linePos?.[0]?.line ?? 1) + offset,
    message: yamlErrorMessage(error.code, error.message),
  }));
  return {
    ...base,
    data: readErrors.length > 0 ? undefined : (doc.toJS() ?? {}),
    readErrors,
    lineOf: (fieldPath) => lineOfPath(doc, counter, fieldPath) + offset,
  };
}

/** Friendly bilingual wording for the YAML mistakes staff make most. */
function yamlErrorMessage(code: string, original: string): string {
  const detail = original.split('\n')[0] ?? original;
  switch (code) {
    case 'MISSING_CHAR':
      return `Manjka zaključni narekovaj ali oklepaj. | A closing quote or bracket is missing. (${detail})`;
    case 'BAD_INDENT':
    case 'MISSING_INDENT':
      return `Zamik vrstice ni pravilen: poravnajte jo s presledki (ne tabulatorji) z drugimi polji iste ravni. | The line is indented wrongly: align it with spaces (not tabs) with the other fields at its level. (${detail})`;
    case 'MULTILINE_IMPLICIT_KEY':
    case 'BLOCK_AS_IMPLICIT_KEY':
      return `Vrednost z dvopičjem damo v narekovaje, npr. title: "KO-PROSTO: S krepitvijo ...". | Put a value that contains a colon in quotes, e.g. title: "KO-PROSTO: ...". (${detail})`;
    case 'DUPLICATE_KEY':
      return `Polje je zapisano dvakrat; pustite eno. | The field is written twice; keep one. (${detail})`;
    default:
      return `Napaka v zapisu YAML. | YAML syntax error. (${detail})`;
  }
}

/** Every content file under `contentDir`: `<collection>/<locale>/<slug>.md|mdx`, plus stray files that break that rule. */
export function listContentFiles(root: string, contentDir = join(root, 'content')): { files: ContentFile[]; stray: string[] } {
  const files: ContentFile[] = [];
  const stray: string[] = [];
  for (const collection of COLLECTIONS) {
    const collectionDir = join(contentDir, collection);
    let locales: string[] = [];
    try {
      locales = readdirSync(collectionDir).sort();
    } catch {
      continue;
    }
    for (const locale of locales) {
      const localeDir = join(collectionDir, locale);
      if (!statSync(localeDir).isDirectory()) {
        stray.push(relative(root, localeDir));
        continue;
      }
      for (const name of readdirSync(localeDir).sort()) {
        const path = join(localeDir, name);
        if (/\.mdx?$/.test(name)) files.push(readContentFile(root, path, collection, locale));
        else if (!name.startsWith('.')) stray.push(relative(root, path));
      }
    }
  }
  return { files, stray };
}
