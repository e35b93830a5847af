/**
 * `npm run new -- <collection> "<title>"`: creates a correctly named entry from
 * a template with every field and a comment on each, in Slovenian and English.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COLLECTIONS, type CollectionName } from '../schemas';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../lib/locales';

/**
 * A file name for a title: lower case, no diacritics, words joined by hyphens.
 * @example slugify("Prostovoljstvo v Žalcu: 2027!") // "prostovoljstvo-v-zalcu-2027"
 */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/gi, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * The template of a collection with the title filled in (quotes escaped for YAML). Every other value
 * staff must give is the placeholder IZPOLNITE, which the check rejects until it is replaced; no
 * template holds an example fact (a period, an amount) that could be published by mistake.
 */
export function renderTemplate(collection: CollectionName, title: string): string {
  const template = readFileSync(fileURLToPath(new URL(`./templates/${collection}.md`, import.meta.url)), 'utf8');
  return template.replaceAll('{{title}}', title.replaceAll('\\', '\\\\').replaceAll('"', '\\"'));
}

/**
 * The twin of a new entry in each other language (`content/<collection>/<locale>/`): explicitly
 * untranslated until someone translates it; its date is its last commit. A page's twin says how
 * to give the page its own address in that language.
 */
const translationTwin = (collection: CollectionName, locale: Locale): string => `---
# Prevod še ni narejen: stran v jeziku "${locale}" pokaže slovensko besedilo z obvestilom.
# Ko prevedete, izbrišite "untranslated" in dodajte title, summary ... ter prevod besedila spodaj.
# Not translated yet: the "${locale}" page shows the Slovenian text with a notice.
untranslated: true
${
  collection === 'pages'
    ? '# Naslov strani v tem jeziku (neobvezno), npr. "privacy"; brez njega ostane slovensko ime datoteke.\n' +
      "# The page's URL in this language (optional); without it the Slovenian file name stays.\n# slug: IZPOLNITE\n"
    : ''
}---
`;

/** Writes the new entry (and its untranslated twin in every other language) under `root`/content; refuses to overwrite. */
export function createEntry(root: string, collection: CollectionName, title: string): string[] {
  const slug = slugify(title);
  if (!slug) throw new Error('Naslov potrebuje vsaj eno črko ali številko. | The title needs at least one letter or digit.');
  const paths = LOCALES.map((locale) => join(root, 'content', collection, locale, `${slug}.md`));
  for (const path of paths) {
    if (existsSync(path)) {
      throw new Error(
        `${relative(root, path)} že obstaja; izberite drug naslov. | ${relative(root, path)} already exists; choose another title.`,
      );
    }
  }
  LOCALES.forEach((locale, i) => {
    const path = paths[i]!;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, locale === DEFAULT_LOCALE ? renderTemplate(collection, title) : translationTwin(collection, locale));
  });
  return paths;
}

function main(): void {
  const [collection, ...words] = process.argv.slice(2);
  const title = words.join(' ').trim();
  if (!collection || !(COLLECTIONS as readonly string[]).includes(collection) || !title) {
    console.error(
      `Uporaba | Usage: npm run new -- <${COLLECTIONS.join('|')}> "Naslov"\n` +
        'Primer | Example: npm run new -- projects "Prostovoljstvo v Kopru"',
    );
    process.exitCode = 2;
    return;
  }
  const root = fileURLToPath(new URL('../..', import.meta.url));
  try {
    const paths = createEntry(root, collection as CollectionName, title);
    console.log(
      `Ustvarjeno | Created: ${paths.map((path) => relative(root, path)).join(', ')}\n` +
        'Vsako vrednost IZPOLNITE zamenjajte s pravo (navodila so v komentarjih #), nato poženite "npm run check:content". | ' +
        'Replace every IZPOLNITE with the real value (see the # comments), then run "npm run check:content".',
    );
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
