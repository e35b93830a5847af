import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { createEntry, slugify } from '../../src/cli/new-entry';
import { validateContent } from '../../src/cli/validate-content';
import { COLLECTIONS } from '../../src/schemas';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
// Real partners, programmes and centres, so that a filled-in project, strand or event can name them.
for (const collection of ['partners', 'programmes', 'centres']) cpSync(join(projectRoot, 'content', collection), join(root, 'content', collection), { recursive: true });
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What a staff member types into the empty fields of each template. */
const FILLED: Record<string, [RegExp, string][]> = {
  programmes: [[/summary: ""/, 'summary: Kratek opis.'], [/where: ""/, 'where: doma'], [/step: ""/, 'step: Prijavi se.']],
  projects: [
    [/fullTitle: ""/, 'fullTitle: "Novi projekt: polni naslov"'],
    [/summary: ""/, 'summary: Kratek opis.'],
    [/lead: ""/, 'lead: sent'],
    [/partner: ""/, 'partner: ministrstvo-za-javno-upravo'],
    [/call: ""/, 'call: Javni razpis 2026'],
    [/field: ""/, 'field: prostovoljstvo'],
  ],
  partners: [[/shortName: ""/, 'shortName: NO'], [/town: ""/, 'town: Koper'], [/address: ""/, 'address: Ulica 1'], [/website: ""/, 'website: https://primer.si'], [/email: ""/, 'email: info@primer.si']],
  centres: [[/street: ""/, 'street: Ulica 1'], [/town: ""/, 'town: Koper']],
  pages: [[/summary: ""/, 'summary: Kratek opis.'], [/enSlug: ""/, 'enSlug: new-page']],
  events: [[/summary: ""/, 'summary: Kratek opis.'], [/centre: ""/, 'centre: center-mladih-koper'], [/organiser: ""/, 'organiser: sent']],
  opportunities: [
    [/summary: ""/, 'summary: Kratek opis.'],
    [/programme: ""/, 'programme: ese'],
    [/host: ""/, 'host: sent'],
    [/town: ""/, 'town: Koper'],
    [/email: ""/, 'email: info@primer.si'],
    [/contact: ""/, 'contact: Ana Novak'],
  ],
};

describe('npm run new', () => {
  it('makes a file name without diacritics or punctuation', () => {
    expect(slugify('Prostovoljstvo v Žalcu: 2027!')).toBe('prostovoljstvo-v-zalcu-2027');
    expect(slugify('Đurđa & Čuk')).toBe('durda-cuk');
  });

  it.each(COLLECTIONS)('creates a %s entry that fails the check while empty and passes once filled in', (collection) => {
    const [slovenian, english] = createEntry(root, collection, 'Nov vnos "za test"', '2026-11-21');
    expect(readFileSync(english!, 'utf8')).toContain('untranslated: true');
    const before = validateContent(root).problems.filter((problem) => problem.file.includes(`${collection}/sl/nov-vnos-za-test`));
    if (FILLED[collection]!.length > 0) expect(before.length).toBeGreaterThan(0);
    let text = readFileSync(slovenian!, 'utf8');
    for (const [pattern, value] of FILLED[collection]!) text = text.replace(pattern, value);
    writeFileSync(slovenian!, text);
    const after = validateContent(root).problems.filter((problem) => problem.file.includes(`${collection}/`) && problem.file.includes('nov-vnos-za-test'));
    expect(after.map((problem) => `${problem.file}:${problem.line} ${problem.field} — ${problem.message}`)).toEqual([]);
  });

  it('refuses to overwrite an existing entry', () => {
    expect(() => createEntry(root, 'partners', 'Nov vnos za test', '2026-11-21')).toThrow(/already exists/);
  });
});
