/**
 * Reading built pages without a browser: html-validate validates them and, with the same
 * parser, gives the element tree the link and weight checks walk. One HTML parser for all
 * three, and one the project already depends on.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { HtmlValidate, Parser, StaticConfigLoader, type HtmlElement, type Message } from 'html-validate';
import config from './html-validate.config.mjs';

const htmlValidate = new HtmlValidate(new StaticConfigLoader(config));
let parser: Promise<Parser> | undefined;

/** The parser, configured like the validator (same element metadata), made once. */
function getParser(): Promise<Parser> {
  parser ??= htmlValidate.getConfigFor('page.html').then((resolved) => new Parser(resolved));
  return parser;
}

/** Problems html-validate finds in one document, with the configuration in html-validate.config.mjs. */
export async function validateHtml(source: string, filename: string): Promise<Message[]> {
  const report = await htmlValidate.validateString(source, filename);
  return report.results.flatMap((result) => result.messages);
}

/** One problem a line: `programi/ese/index.html:1:5923 tel-non-breaking " " should be replaced…`. */
export function formatHtmlMessages(filename: string, messages: Message[]): string {
  return messages.map((message) => `  ${filename}:${message.line}:${message.column} ${message.ruleId} ${message.message}`).join('\n');
}

/** Element tree of an HTML document, for querySelectorAll and getAttributeValue. */
export async function parseHtml(source: string, filename: string): Promise<HtmlElement> {
  return (await getParser()).parseHtml({ data: source, filename, line: 1, column: 1, offset: 0 });
}

/** A built HTML file, read and parsed. */
export interface ParsedDocument {
  /** Path relative to dist/, e.g. `programi/ese/index.html`. */
  file: string;
  source: string;
  root: HtmlElement;
}

/** Reads and parses `file` (relative to `root`). */
export async function readDocument(root: string, file: string): Promise<ParsedDocument> {
  const source = await readFile(path.join(root, file), 'utf8');
  return { file, source, root: await parseHtml(source, file) };
}

const NAMED_CHARACTER_REFERENCES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Attribute values as the browser reads them: html-validate keeps character references as
 * written. Only the few that occur in URLs are named here; an unknown one stays as it is, and
 * the HTML check reports it (`unrecognized-char-ref`).
 * @example decodeCharacterReferences('/a?b=1&amp;c=2') // '/a?b=1&c=2'
 * @example decodeCharacterReferences('&#35;main') // '#main'
 */
export function decodeCharacterReferences(value: string): string {
  return value.replace(/&(?:#x([0-9a-f]+)|#([0-9]+)|([a-z]+));/gi, (reference, hex?: string, decimal?: string, name?: string) => {
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    if (decimal) return String.fromCodePoint(parseInt(decimal, 10));
    return NAMED_CHARACTER_REFERENCES[name!.toLowerCase()] ?? reference;
  });
}

/** An attribute's value as the browser reads it, or null when the element does not have it. */
export function attributeValue(element: HtmlElement, name: string): string | null {
  const value = element.getAttributeValue(name);
  return value === null ? null : decodeCharacterReferences(value);
}

/** True when the element sits inside a `<template>`, whose content is not part of the document. */
export function isInsideTemplate(element: HtmlElement): boolean {
  for (let ancestor = element.parent; ancestor; ancestor = ancestor.parent) {
    if (ancestor.tagName === 'template') return true;
  }
  return false;
}
