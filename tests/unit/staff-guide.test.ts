/**
 * The staff guide stays true: the fields it lists are the schema's fields, the
 * commands it names exist, and every message in its catalogue is one the check can print.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HINTS } from '../../src/schemas/hints';

const root = fileURLToPath(new URL('../..', import.meta.url));
const guide = readFileSync(join(root, 'UREJANJE.md'), 'utf8');
const editing = readFileSync(join(root, 'EDITING.md'), 'utf8');
const scripts = Object.keys((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts);

/** All TypeScript under src/schemas and src/cli, where messages are written. */
const messageSources = ['src/schemas', 'src/cli']
  .flatMap((folder) => readdirSync(join(root, folder)).filter((name) => name.endsWith('.ts')).map((name) => readFileSync(join(root, folder, name), 'utf8')))
  .join('\n');

const SECTION: Record<keyof typeof HINTS, string> = { programmes: 'Programi', projects: 'Projekti', partners: 'Partnerji', centres: 'Centri', opportunities: 'Priložnosti', events: 'Dogodki', pages: 'Strani', faq: 'Vprašanja' };

describe('the staff guide', () => {
  it.each(Object.keys(SECTION) as (keyof typeof HINTS)[])('lists exactly the fields of %s', (collection) => {
    const line = new RegExp(`\\*\\*${SECTION[collection]}\\*\\* \\(\`content/${collection}/\`[^)]*\\):([\\s\\S]*?)\\n\\n`).exec(guide)?.[1] ?? '';
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
    const messages = [...catalogue.matchAll(/^\| ([^|]+) \| [^|]+ \|$/gm)].map((match) => match[1]!.trim()).filter((message) => message !== 'sporočilo' && !message.startsWith('---'));
    expect(messages.length).toBeGreaterThan(20);
    for (const message of messages) {
      // The fixed words before the first placeholder (…) must appear in a message in the code.
      const fixed = message.split('…')[0]!.replace(/"$/, '').trim();
      expect(messageSources.includes(fixed), `"${fixed}" is not a message in src/`).toBe(true);
    }
  });
});
