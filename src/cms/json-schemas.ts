/**
 * `npm run schemas`: writes a JSON Schema per collection (and per translation)
 * into src/schemas/json/ (not committed: generated on demand), from the same zod
 * schemas the site and the content check use, for editors and other tools that
 * read JSON Schema. `writeJsonSchemas(folder)` is what the command and its test run.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { COLLECTIONS, schemas } from '../schemas';
import { translationSchemas } from '../schemas/translation';
import { SITE_SETTINGS_FILE } from '../lib/operator';
import { siteSchema } from '../schemas/site';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from '../lib/locales';

/** Every schema file by name: `projects.schema.json`, `projects.en.schema.json`, `projects.it.schema.json`, … */
export function jsonSchemas(): Record<string, string> {
  const files: Record<string, string> = {};
  const write = (name: string, title: string, schema: z.ZodType) => {
    // "input": describe what staff write (a single item or a list), not what the site reads.
    const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-7', reused: 'inline' });
    files[name] = `${JSON.stringify({ title, ...json }, null, 2)}\n`;
  };
  for (const collection of COLLECTIONS) {
    write(`${collection}.schema.json`, `content/${collection}/${DEFAULT_LOCALE}/*.md (frontmatter)`, schemas[collection]);
    for (const locale of TRANSLATED_LOCALES) {
      write(`${collection}.${locale}.schema.json`, `content/${collection}/${locale}/*.md (frontmatter)`, translationSchemas[collection]);
    }
  }
  write('site.schema.json', `${SITE_SETTINGS_FILE} (frontmatter)`, siteSchema);
  return files;
}

export const JSON_SCHEMA_DIR = fileURLToPath(new URL('../schemas/json/', import.meta.url));

/** Writes every schema file into `folder` (created if missing); returns the names written. */
export function writeJsonSchemas(folder: string = JSON_SCHEMA_DIR): string[] {
  mkdirSync(folder, { recursive: true });
  const files = jsonSchemas();
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return Object.keys(files);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(`JSON Schemas written to src/schemas/json/ (${writeJsonSchemas().length} files).`);
}
