/**
 * The "our" sentences read who runs the site (#30): a body's link to the footer's operator section
 * ("[Naš zavod](#upravljavec) …") says the operator's name when the site settings give one, and
 * stays as written while they do not. The name comes from a fixture settings entry (never from an
 * invented name in content/), through the site's own Markdown processor.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Link } from 'mdast';
import { describe, expect, it } from 'vitest';
import { splitBody } from '../../src/cli/body-check';
import { operatorNameOf } from '../../src/cli/site-settings';
import { nameOperatorLinks, OPERATOR_LINK } from '../../src/lib/remark-operator-name';

const root = join(import.meta.dirname, '..', '..');
const fixture = join(root, 'tests', 'fixtures', 'operator');
const NAME = 'Testni upravljavec (izmišljen za test)';

/** The text of every link to the operator section in a Markdown body, after the plugin ran. */
function operatorLinks(markdown: string, name: string | undefined): string[] {
  const tree = unified().use(remarkParse).parse(markdown);
  nameOperatorLinks(tree, name);
  const texts: string[] = [];
  const walk = (node: { type: string; children?: unknown[] }) => {
    if (node.type === 'link' && (node as Link).url === OPERATOR_LINK)
      texts.push((node as Link).children.map((child) => ('value' in child ? child.value : '')).join(''));
    for (const child of (node.children ?? []) as { type: string }[]) walk(child);
  };
  walk(tree);
  return texts;
}
const body = (file: string) => splitBody(readFileSync(join(root, 'content', file), 'utf8')).body;

describe('links to the operator section', () => {
  it('read the name from a settings entry that gives one, and nothing from one that does not', () => {
    expect(operatorNameOf(fixture)).toBe(NAME);
    expect(operatorNameOf(join(root, 'tests', 'fixtures', 'no-such-project'))).toBeUndefined();
  });

  it('follow the link text with the name in the real "our" sentences, in Slovenian and English', () => {
    for (const file of ['programmes/sl/ese.md', 'faq/sl/znak-kakovosti.md'])
      expect(operatorLinks(body(file), NAME), file).toEqual([`Naš zavod (${NAME})`]);
    for (const file of ['programmes/en/ese.md', 'faq/en/znak-kakovosti.md'])
      expect(operatorLinks(body(file), NAME), file).toEqual([`Our organisation (${NAME})`]);
    expect(operatorLinks(body('pages/sl/pravilniki.md'), NAME)).toEqual([`kontaktu, navedenem v nogi strani (${NAME})`]);
  });

  it('stay as written while the settings name no operator', () => {
    expect(operatorLinks(body('programmes/sl/ese.md'), undefined)).toEqual(['Naš zavod']);
    expect(operatorLinks(body('programmes/sl/ese.md'), '  ')).toEqual(['Naš zavod']);
    // Other links keep their text.
    expect(operatorLinks('[Drugo](#drugo) in [Naš zavod](#upravljavec)', NAME)).toEqual([`Naš zavod (${NAME})`]);
  });

  it(
    "are named by the site's own Markdown processor, built in a project whose settings name the operator",
    { timeout: 60_000 },
    async () => {
      const cwd = process.cwd();
      process.chdir(fixture);
      try {
        // A fresh copy of the configuration, read in the fixture project (astro.config.mjs reads the settings there).
        const config = (await import(/* @vite-ignore */ `${pathToFileURL(join(root, 'astro.config.mjs')).href}?operator`)) as {
          default: {
            markdown: {
              processor: {
                createRenderer: (
                  shared: object,
                ) => Promise<{ render: (content: string, options: { fileURL: URL }) => Promise<{ code: string }> }>;
              };
            };
          };
        };
        const renderer = await config.default.markdown.processor.createRenderer({});
        const { code } = await renderer.render('[Naš zavod](#upravljavec) gosti prostovoljce.', {
          fileURL: pathToFileURL(join(root, 'content/pages/sl/primer.md')),
        });
        expect(code).toContain(`<a href="#upravljavec">Naš zavod (${NAME})</a> gosti prostovoljce.`);
      } finally {
        process.chdir(cwd);
      }
    },
  );
});
