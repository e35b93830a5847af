/**
 * The staff guide stays true: the fields it lists are the schema's fields, the
 * commands it names exist, and every message in its catalogue is one the check can print.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemas } from '../../src/cms/json-schemas';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/schemas';
import { HINTS } from '../../src/schemas/hints';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'UREJANJE.md'), 'utf8');
const editing = readFileSync(join(root, 'EDITING.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** All TypeScript under src/schemas and src/cli, where messages are written. */
const messageSources = ['src/schemas', 'src/cli']
  .flatMap((folder) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.ts'))
      .map((name) => readFileSync(join(root, folder, name), 'utf8')),
  )
  .join('\n');

const SECTION: Record<keyof typeof HINTS, string> = {
  programmes: 'Programi',
  projects: 'Projekti',
  partners: 'Partnerji',
  centres: 'Centri',
  opportunities: 'Priložnosti',
  events: 'Dogodki',
  pages: 'Strani',
  faq: 'Vprašanja',
};

describe('the staff guide', () => {
  it.each(Object.keys(SECTION) as (keyof typeof HINTS)[])('lists exactly the fields of %s', (collection) => {
    const line =
      new RegExp(`\\*\\*${SECTION[collection]}\\*\\* \\(\`content/${collection}/\`[^)]*\\):([\\s\\S]*?)\\n\\n`).exec(guide)?.[1] ?? '';
    // Top-level fields are the ones not in parentheses.
    const listed = [...line.replace(/\([^)]*\)/g, '').matchAll(/`([a-zA-Z]+)`/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(Object.keys(HINTS[collection]).sort());
  });

  it('names only npm commands that exist', () => {
    for (const text of [guide, editing]) {
      for (const [, script] of text.matchAll(/npm run ([a-z:]+)/g)) expect(scripts, `npm run ${script}`).toContain(script);
    }
  });

  it('catalogues messages the content check really prints', () => {
    const catalogue = guide.slice(guide.indexOf('## Sporočila o napakah'));
    const messages = [...catalogue.matchAll(/^\| ([^|]+) \| [^|]+ \|$/gm)]
      .map((match) => match[1]!.trim())
      .filter((message) => message !== 'sporočilo' && !message.startsWith('---'));
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      // The fixed words before the first placeholder (…) must appear in a message in the code.
      const fixed = message.split('…')[0]!.replace(/"$/, '').trim();
      expect(messageSources.includes(fixed), `"${fixed}" is not a message in src/`).toBe(true);
    }
  });

  it.each([
    ['UREJANJE.md', guide],
    ['EDITING.md', editing],
  ])('%s mentions every field the schemas know, at any depth', (_name, text) => {
    const fields = new Set<string>();
    const walk = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      const schema = node as Record<string, unknown>;
      for (const [key, value] of Object.entries((schema['properties'] as Record<string, unknown> | undefined) ?? {})) {
        fields.add(key);
        walk(value);
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf', 'additionalProperties', '$defs']) {
        const value = schema[key];
        if (Array.isArray(value)) value.forEach(walk);
        else if (key === '$defs' && value) Object.values(value).forEach(walk);
        else walk(value);
      }
    };
    for (const json of Object.values(jsonSchemas())) walk(JSON.parse(json));
    expect(fields.size).toBeGreaterThan(90);
    const missing = [...fields].filter((field) => !text.includes(`\`${field}\``));
    expect(missing, 'fields the guide does not name').toEqual([]);
  });

  it('lists as exception fields only those the check accepts: no `eventNight`, which it refuses', () => {
    const centres = /\*\*Centri\*\*[\s\S]*?\n\n/.exec(guide)?.[0] ?? '';
    const exceptions = /`exceptions` \(([^)]*)\)/.exec(centres)?.[1];
    expect(exceptions).toContain('`closed`');
    expect(exceptions).not.toContain('`eventNight`');
    expect(/`exceptions` \(([^)]*)\)/.exec(editing)?.[1]).not.toContain('`eventNight`');
    const catalogue = guide.slice(guide.indexOf('## Sporočila o napakah'));
    expect(catalogue).not.toMatch(/pustite le[^|]*eventNight/);
  });

  it('gives, as the example of an id in the editor’s hints, only ids of entries that exist', () => {
    const ids = new Set(
      COLLECTIONS.flatMap((collection) => readdirSync(join(root, 'content', collection, 'sl')).map((file) => file.replace(/\.mdx?$/, ''))),
    );
    const examples = Object.values(HINTS)
      .flatMap((fields) => Object.values(fields))
      .filter((field) => /\boznak/i.test(field.hint))
      .flatMap((field) => [...field.hint.matchAll(/npr\. "([a-z0-9-]+)"/g)].map((match) => match[1]!));
    expect(examples).toContain('projekti-prostovoljstva');
    for (const example of examples) expect(ids, `"${example}" in a hint is no entry's id`).toContain(example);
  });

  it('has the recipes staff asked for (issue 21), in Slovenian', () => {
    for (const heading of [
      '### Datum zadnje spremembe (`updated`)',
      '### Partner pri obstoječem projektu',
      '### Vloge v projektu',
      '### Je sprememba objavljena?',
    ])
      expect(guide).toContain(heading);
    expect(guide).toMatch(/prijavitelj \| `lead`/);
    expect(guide).toMatch(/pridruženi partner \| `associatedPartners`/);
    expect(guide).toContain('Razlog se ne prevaja');
    expect(guide).toContain('objava-ni-uspela');
    expect(guide).toContain('/objava.json');
    expect(guide).toContain('IZPOLNITE');
  });
});
