import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/cms/json-schemas';
import { createEntry, slugify } from '../../src/cli/new-entry';
import { validateContent } from '../../src/cli/validate-content';
import { COLLECTIONS } from '../../src/schemas';
import { TRANSLATED_LOCALES } from '../../src/lib/locales';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
// Real partners, programmes and centres, so that a filled-in project, strand or event can name them.
for (const collection of ['partners', 'programmes', 'centres'])
  cpSync(join(projectRoot, 'content', collection), join(root, 'content', collection), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a staff member types in place of each IZPOLNITE of a template, in order. */
const FILLED: Record<string, string[]> = {
  programmes: ['Kratek opis.', 'strand', 'ese'],
  // A summary that starts with the word "Izpolnite" is real text, not the placeholder.
  projects: ['Izpolnite prijavnico in jo pošljite.', '"2026-01"', 'sent'],
  partners: ['association'],
  centres: ['Ulica 1', '"6000"', 'Koper', '"09:00"', '"17:00"', 'closed'],
  pages: ['Kratek opis.'],
  faq: [],
  events: ['Kratek opis.', '"2027-03-12"', '"19:00"', '"2027-03-12"', '"22:00"', 'center-mladih-koper', 'sent'],
  opportunities: ['Kratek opis.', 'ese', 'sent', 'Koper', '"SI"', '"2027-03-01"', '"2027-12-31"', '"2027-01-15"', 'info@primer.si'],
};

/** Top-level fields a collection requires (the JSON Schema of what staff write), but the title or name the command fills in. */
function requiredFields(collection: string): string[] {
  const schema = JSON.parse(jsonSchemas()[`${collection}.schema.json`]!) as { required?: string[] };
  return (schema.required ?? []).filter((field) => !['title', 'name', 'question'].includes(field));
}

describe('npm run new', () => {
  it('makes a file name without diacritics or punctuation', () => {
    expect(slugify('Prostovoljstvo v Žalcu: 2027!')).toBe('prostovoljstvo-v-zalcu-2027');
    expect(slugify('Đurđa & Čuk')).toBe('durda-cuk');
  });

  it.each(COLLECTIONS)('creates a %s entry that fails with one "izpolnite" per placeholder, and passes once filled in', (collection) => {
    const [slovenian, ...twins] = createEntry(root, collection, 'Nov vnos "za test"');
    // One untranslated twin in every other language of the site: content/<collection>/en/, …/it/.
    expect(twins.map((twin) => twin.split(/[\\/]/).at(-2))).toEqual([...TRANSLATED_LOCALES]);
    for (const path of twins) {
      const twin = readFileSync(path, 'utf8');
      expect(twin).toContain('untranslated: true');
      expect(twin).not.toMatch(/^updated:/m);
    }
    const template = readFileSync(slovenian!, 'utf8');
    // No example fact that could be published by mistake: no date, no amount, no updated.
    expect(template).not.toMatch(/^\s*(?:- )?[a-zA-Z]+: "?\d/m);
    const placeholders = template.match(/: IZPOLNITE$/gm) ?? [];
    expect(placeholders).toHaveLength(FILLED[collection]!.length);

    const before = validateContent(root).problems.filter(
      (problem) => problem.file.includes(`${collection}/`) && problem.file.includes('nov-vnos-za-test'),
    );
    // One per placeholder in the frontmatter, and one for the text, which starts as IZPOLNITE too.
    expect(before.length).toBe(placeholders.length + 1);
    for (const problem of before) expect(problem.message).toMatch(/^Izpolnite .+ \| Fill in /);
    expect(before.filter((problem) => problem.field === 'body')).toHaveLength(1);
    // Every field the schema requires starts as a placeholder, so none can be forgotten.
    const named = new Set(before.map((problem) => problem.field.split('.')[0]));
    for (const field of requiredFields(collection)) expect(named, `${collection}.${field}`).toContain(field);

    let filled = template;
    for (const value of FILLED[collection]!) filled = filled.replace(/: IZPOLNITE$/m, `: ${value}`);
    filled = filled.replace(/^IZPOLNITE: .*$/m, 'Besedilo, ki ga je napisal sodelavec.');
    writeFileSync(slovenian!, filled);
    const after = validateContent(root).problems.filter(
      (problem) => problem.file.includes(`${collection}/`) && problem.file.includes('nov-vnos-za-test'),
    );
    expect(after.map((problem) => `${problem.file}:${problem.line} ${problem.field} — ${problem.message}`)).toEqual([]);
  });

  it('refuses to overwrite an existing entry', () => {
    expect(() => createEntry(root, 'partners', 'Nov vnos za test')).toThrow(/already exists/);
  });
});
