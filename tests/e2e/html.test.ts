/**
 * Every built page is valid HTML by html-validate's recommended rules (the HTML standard plus
 * its accessibility and best-practice checks); the two adjusted rules are explained in
 * html-validate.config.mjs.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHtmlMessages, validateHtml } from '../../tools/harness/html';
import { discoverHtmlDocuments } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';

const documents = discoverHtmlDocuments();

describe.each(documents.map((document) => [document.urlPath, document] as const))('the HTML of %s', (_urlPath, { file }) => {
  it('is valid by html-validate', async () => {
    const messages = await validateHtml(await readFile(path.join(distDir, file), 'utf8'), `dist/${file}`);
    // The count, not the list: the formatted message names file, line, column and rule for each.
    expect(messages.length, `html-validate found ${messages.length} problem(s):\n${formatHtmlMessages(`dist/${file}`, messages)}`).toBe(0);
  });
});
