/**
 * Where things are in a frontmatter block: the line of a field, the text of a value as written. The
 * `yaml` package reads the block a second time for positions only, never for a value, and only when
 * something asks for one (a file with a mistake).
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import type { FieldPath } from './field-words';

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
export const lineText = (text: string, line: number): string => (text.split('\n')[line - 1] ?? '').replace(/\r$/, '');

/** The frontmatter as the `yaml` package sees it, for positions only, and a map from its lines to the file's. */
export interface Positions {
  doc: Document;
  /** File line of an offset into the frontmatter text. */
  lineAt: (offset: number) => number;
  lineOf: (path: FieldPath) => number;
  sourceOf: (path: FieldPath) => string | undefined;
}
/** Line of a node's first character in the file. */
export const nodeLine = (node: Node | null | undefined, lineAt: (offset: number) => number): number | undefined =>
  node?.range ? lineAt(node.range[0]) : undefined;
/** The text of a map key as a content path names it: `title`, `0`. */
export const keyText = (key: unknown): string => String(isScalar(key) ? key.value : key);

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
export function lazyPositions(source: string, raw: string, offset: number): () => Positions {
  let positions: Positions | undefined;
  return () => (positions ??= positionsOf(source, raw, offset));
}
