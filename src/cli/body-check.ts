/**
 * The content check's rule for Markdown and MDX bodies: everything the build's sanitiser would
 * remove (src/lib/safe-html.ts is the one list both follow) is named here, with its line in the
 * file and what to write instead, so staff see the problem before a visitor could, and no sentence
 * silently goes missing from a page.
 *
 * A body is read the way Astro reads it: remark-parse with GFM, plus remark-mdx for `.mdx`. Raw
 * HTML in Markdown is then parsed as the sanitiser parses it (mdast-util-to-hast and hast-util-raw,
 * what remark-rehype and rehype-raw run), so both see the same elements in the same context (a
 * `<circle>` inside an `<svg>`) with entities decoded.
 */
import { extractFrontmatter } from '@astrojs/markdown-remark';
import type { Element, Nodes as HastNodes } from 'hast';
import { raw } from 'hast-util-raw';
import type { Definition, Nodes, Root } from 'mdast';
import { toHast } from 'mdast-util-to-hast';
import { find, html } from 'property-information';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import {
  allowsAttribute,
  BODY_IMAGE_SRC,
  forbiddenKind,
  isHtmlElementName,
  MDX_COMPONENTS,
  SAFE_HREF,
  STAFF_HTML,
  staffAttributes,
  type AttributeRule,
  type ForbiddenKind,
} from '../lib/safe-html';

/** A problem in a body, in the shape of the content check's problems (src/cli/validate-content.ts). */
export interface BodyProblem {
  file: string;
  /** Line in the file, counting the frontmatter. */
  line: number;
  field: 'body';
  /** `Slovenian | English`, saying what to write instead. */
  message: string;
}

export interface BodyCheckOptions {
  /** Path as printed in messages. */
  file: string;
  extension: 'md' | 'mdx';
  /** Line of the file on which the body's first line stands. */
  bodyStartLine: number;
}

/** A finding before it is placed in the file: its line within the body. */
interface Finding {
  line: number;
  message: string;
}

/** An HTML element as written, in raw HTML or as JSX, with the line of each attribute. */
interface WrittenElement {
  tagName: string;
  line: number;
  attributes: { name: string; value: string | null; line: number }[];
}

/**
 * A content file's body as Astro reads it (the text after the frontmatter block that
 * @astrojs/markdown-remark's `extractFrontmatter` finds), and the line of the file on which that
 * text starts: the line of the closing `---`, whose rest (usually nothing) is the body's first line.
 * A file without frontmatter is all body.
 * @example splitBody("---\ntitle: A\n---\n\nText") // { body: "\n\nText", bodyStartLine: 3 }
 */
export function splitBody(fileText: string): { body: string; bodyStartLine: number } {
  const raw = extractFrontmatter(fileText);
  const block = raw === undefined ? undefined : [`---${raw}---`, `+++${raw}+++`].find((candidate) => fileText.includes(candidate));
  if (raw === undefined || block === undefined) return { body: fileText, bodyStartLine: 1 };
  const end = fileText.indexOf(block) + block.length;
  return { body: fileText.slice(end), bodyStartLine: 1 + (fileText.slice(0, end).match(/\n/g)?.length ?? 0) };
}

/**
 * Every thing in a body that is not allowed, in line order, each with what to write instead.
 * @example checkBody("[x](javascript:alert(1))", { file: "a.md", extension: "md", bodyStartLine: 8 })
 * // [{ file: "a.md", line: 8, field: "body", message: 'Povezava "javascript:alert(1)" ni dovoljena … | The link "javascript:alert(1)" is not allowed …' }]
 */
export function checkBody(source: string, options: BodyCheckOptions): BodyProblem[] {
  const place = (finding: Finding): BodyProblem => ({
    file: options.file,
    line: options.bodyStartLine + finding.line - 1,
    field: 'body',
    message: finding.message,
  });
  if (options.extension === 'md' && !MAY_NEED_A_LOOK.test(source)) return [];
  let tree: Root;
  try {
    tree = parserFor(options.extension).parse(source);
  } catch (error) {
    return [place(unreadableMdx(error))];
  }
  const definitions = new Map<string, Definition>();
  visit(tree, (node) => {
    // As in CommonMark, the first definition of a label is the one used.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    return false;
  });
  const findings: Finding[] = [];
  visit(tree, (node) => {
    const found = nodeFindings(node, definitions);
    findings.push(...found.findings);
    return found.skipChildren;
  });
  if (options.extension === 'md') findings.push(...rawHtmlFindings(tree, source));
  return findings.sort((a, b) => a.line - b.line).map(place);
}

/**
 * Markdown without `<` or `[` has no HTML, link, image, definition or task list, and GFM turns a
 * bare address into a link of an allowed scheme (http, https, mailto) unless it is `xmpp:`. Such
 * bodies, most of them, are not parsed at all: parsing every body would double the content check's
 * time at 5,000 entries (about 2 ms each).
 */
const MAY_NEED_A_LOOK = /[<[]|xmpp:/i;

const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();
const parserFor = (extension: 'md' | 'mdx') => (extension === 'mdx' ? mdxParser : markdownParser);

/** Calls `visitor` for every node of the tree, parents first; a visitor returning true skips the node's children. */
function visit(node: Nodes, visitor: (node: Nodes) => boolean): void {
  if (visitor(node) || !('children' in node)) return;
  for (const child of node.children) visit(child, visitor);
}

const lineOf = (node: { position?: { start: { line: number } } | undefined }) => node.position?.start.line ?? 1;

/** A URL as shown in a message: quoted, control characters visible, long ones cut. */
function shown(url: string): string {
  const quoted = JSON.stringify(url);
  return quoted.length > 60 ? `${quoted.slice(0, 56)}…"` : quoted;
}

/** What is wrong with one Markdown (or MDX) node, and whether what it holds goes with it. */
function nodeFindings(node: Nodes, definitions: ReadonlyMap<string, Definition>): { findings: Finding[]; skipChildren: boolean } {
  const line = lineOf(node);
  const only = (findings: Finding[]) => ({ findings, skipChildren: false });
  switch (node.type) {
    case 'link':
    case 'definition':
      return only(SAFE_HREF.test(node.url) ? [] : [{ line, message: unsafeLink(node.url) }]);
    case 'image':
      return only(imageAndAltFindings(node.url, node.alt, line));
    case 'imageReference': {
      const definition = definitions.get(node.identifier);
      return only(definition ? imageAndAltFindings(definition.url, node.alt, line) : []);
    }
    case 'listItem':
      return only(typeof node.checked === 'boolean' ? [{ line, message: TASK_LIST }] : []);
    case 'mdxjsEsm':
      // Consecutive import and export lines form one node: name each statement on its own line.
      return only(
        node.value.split('\n').flatMap((text, index) => {
          const word = /^\s*(import|export)\b/.exec(text)?.[1];
          return word ? [{ line: line + index, message: importExport(word) }] : [];
        }),
      );
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return only([{ line, message: EXPRESSION }]);
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return { findings: jsxFindings(node), skipChildren: Boolean(node.name && forbiddenKind(node.name)) };
    default:
      return only([]);
  }
}

/** What is wrong with an image: where it comes from first; only an image that may stay needs its description. */
function imageAndAltFindings(src: string, alt: string | null | undefined, line: number): Finding[] {
  const found = imageFindings(src, line);
  return found.length > 0 ? found : altFindings(alt, src, line);
}

/**
 * An image in a body tells something, or it would not be there: without a description a screen
 * reader says nothing of it (an empty alt marks an image as decoration), so the description is required.
 */
function altFindings(alt: string | null | undefined, src: string, line: number): Finding[] {
  if (alt?.trim()) return [];
  return [
    {
      line,
      message: `Slika ${shown(src)} nima opisa: napišite, kaj kaže, med oglata oklepaja, ${MARKDOWN_IMAGE.sl}. Bralnik zaslona sicer o njej ne pove ničesar. | The image ${shown(src)} has no description: write what it shows between the square brackets, ${MARKDOWN_IMAGE.en}. Otherwise a screen reader says nothing about it.`,
    },
  ];
}

/** An image in Markdown syntax (or `<img>`): a file in content/images/ of an allowed type, nothing else. */
function imageFindings(src: string, line: number): Finding[] {
  return BODY_IMAGE_SRC.test(src) ? [] : [{ line, message: imageProblem(src) }];
}

/**
 * The raw HTML of a Markdown body, element by element, as the sanitiser sees it: the tree Astro
 * builds, with the HTML parsed in place. Elements Markdown made (a `**bold**`) are not staff's HTML
 * and are left alone; an element counts as written HTML when it starts inside an HTML node.
 */
function rawHtmlFindings(tree: Root, source: string): Finding[] {
  const ranges: [number, number][] = [];
  visit(tree, (node) => {
    if (node.type === 'html' && node.position?.start.offset !== undefined && node.position.end.offset !== undefined)
      ranges.push([node.position.start.offset, node.position.end.offset]);
    return false;
  });
  if (ranges.length === 0) return [];
  const isWritten = (offset: number | undefined) => offset !== undefined && ranges.some(([start, end]) => offset >= start && offset < end);
  const findings: Finding[] = [];
  const walk = (node: HastNodes) => {
    if (node.type === 'element' && isWritten(node.position?.start.offset)) {
      findings.push(...elementFindings(writtenElement(node, source)));
      if (forbiddenKind(node.tagName)) return;
    }
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(raw(toHast(tree, { allowDangerousHtml: true }), { file: new VFile(source) }));
  return findings;
}

/** A parsed HTML element as staff wrote it: HTML attribute names, and the line each stands on. */
function writtenElement(element: Element, source: string): WrittenElement {
  const start = element.position?.start;
  const line = start?.line ?? 1;
  return {
    tagName: element.tagName,
    line,
    attributes: Object.entries(element.properties).map(([property, value]) => {
      const name = find(html, property).attribute;
      return {
        name,
        value: Array.isArray(value) ? value.join(' ') : value === true ? null : String(value),
        line: start?.offset === undefined ? line : attributeLine(source, start.offset, line, name),
      };
    }),
  };
}

/**
 * The line of attribute `name` in the start tag that begins at `offset`: tags may spread over lines.
 * @example attributeLine('<img\n  src="a.jpg"\n  onerror="x">', 0, 1, "onerror") // 3
 */
export function attributeLine(source: string, offset: number, line: number, name: string): number {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`[\\s/"']${escaped}(?=[\\s=/>]|$)`, 'i').exec(source.slice(offset));
  return match ? line + (source.slice(offset, offset + match.index).match(/\n/g)?.length ?? 0) : line;
}

/** What is wrong with an HTML element staff wrote, in Markdown or as JSX in MDX. */
function elementFindings(element: WrittenElement): Finding[] {
  const tagName = element.tagName.toLowerCase();
  const findings: Finding[] = [];
  const attribute = (name: string) => element.attributes.find((candidate) => candidate.name.toLowerCase() === name);
  const allowed = staffAttributes(tagName);
  const kind = forbiddenKind(tagName);
  if (tagName === 'meta' && /refresh/i.test(attribute('http-equiv')?.value ?? ''))
    findings.push({ line: element.line, message: META_REFRESH });
  else if (kind) findings.push({ line: element.line, message: forbiddenElement(tagName, kind) });
  else if (tagName === 'img') findings.push({ line: element.line, message: rawImage(attribute('src')?.value ?? '') });
  else if (tagName === 'a') findings.push({ line: element.line, message: rawLink(attribute('href')?.value ?? '') });
  else if (!allowed) findings.push({ line: element.line, message: notAllowedElement(tagName) });

  for (const { name, value, line } of element.attributes) {
    const lower = name.toLowerCase();
    if (lower.startsWith('on')) findings.push({ line, message: eventHandler(name, tagName) });
    else if (lower === 'style') findings.push({ line, message: STYLE_ATTRIBUTE });
    else if (allowed && !allowsAttribute(allowed, lower, value ?? true))
      findings.push({ line, message: notAllowedAttribute(name, tagName, allowed) });
  }
  return findings;
}

/** What is wrong with a JSX element in MDX: HTML follows the HTML rules; a component must be one the site offers. */
function jsxFindings(node: Extract<Nodes, { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement' }>): Finding[] {
  const line = lineOf(node);
  const name = node.name ?? '';
  const findings: Finding[] = [];
  const literal: WrittenElement['attributes'] = [];
  for (const attribute of node.attributes) {
    const at = lineOf(attribute);
    if (attribute.type === 'mdxJsxExpressionAttribute') findings.push({ line: at, message: spreadAttribute(name) });
    else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string')
      findings.push({ line: at, message: attributeExpression(attribute.name, name) });
    else literal.push({ name: attribute.name, value: attribute.value ?? null, line: at });
  }
  if (isHtmlElementName(name)) return [...findings, ...elementFindings({ tagName: name, line, attributes: literal })];
  const props = Object.hasOwn(MDX_COMPONENTS, name) ? MDX_COMPONENTS[name] : undefined;
  if (!props) return [...findings, { line, message: unknownComponent(name) }];
  for (const { name: prop, line: at } of literal)
    if (!props.includes(prop)) findings.push({ line: at, message: unknownProp(prop, name, props) });
  return findings;
}

// Messages: Slovenian | English, each saying what to write instead.

const MARKDOWN_IMAGE = { sl: '![opis slike](../../images/ime.jpg)', en: '![image description](../../images/name.jpg)' };
const STAFF_LIST = Object.keys(STAFF_HTML)
  .map((tag) => `<${tag}>`)
  .join(', ');

const unsafeLink = (url: string) =>
  `Povezava ${shown(url)} ni dovoljena: povezava se začne s https://, http://, mailto:, tel:, / ali #, npr. [besedilo](https://…). | The link ${shown(url)} is not allowed: a link starts with https://, http://, mailto:, tel:, / or #, e.g. [text](https://…).`;

function imageProblem(src: string): string {
  if (/^\s*(?:https?:)?\/\//i.test(src)) {
    return `Slike z drugih strani niso dovoljene (${shown(src)}): tisti strežnik bi izvedel, kdo bere stran. Sliko shranite v content/images/ in jo vstavite z ${MARKDOWN_IMAGE.sl}. | Images from other sites are not allowed (${shown(src)}): that server would learn who reads the page. Save the image in content/images/ and insert it with ${MARKDOWN_IMAGE.en}.`;
  }
  if (/\.svgz?(?:[?#].*)?$/i.test(src.trim()) || /^\s*data:image\/svg/i.test(src)) {
    return `Slike SVG niso dovoljene (${shown(src)}), ker lahko vsebujejo kodo. Shranite sliko kot PNG, JPG, WebP ali AVIF v content/images/. | SVG images are not allowed (${shown(src)}) because they can contain code. Save the image as PNG, JPG, WebP or AVIF in content/images/.`;
  }
  return `Slika ${shown(src)} mora biti datoteka jpg, png, webp ali avif v content/images/, vstavljena z ${MARKDOWN_IMAGE.sl}. | The image ${shown(src)} must be a jpg, png, webp or avif file in content/images/, inserted with ${MARKDOWN_IMAGE.en}.`;
}

const rawImage = (src: string) =>
  BODY_IMAGE_SRC.test(src)
    ? `Sliko vstavite z Markdownom, ne z <img>: ![opis slike](${src}). | Insert the image with Markdown, not <img>: ![image description](${src}).`
    : imageProblem(src);

const rawLink = (href: string) =>
  SAFE_HREF.test(href)
    ? `Povezavo zapišite z Markdownom, ne z <a>: [besedilo](${href}). | Write the link in Markdown, not <a>: [text](${href}).`
    : unsafeLink(href);

const FORBIDDEN_REASONS: Record<ForbiddenKind, (tag: string) => string> = {
  script: (tag) =>
    `Oznaka <${tag}> ni dovoljena: koda v vsebini bi se izvajala v brskalniku obiskovalca. Izbrišite jo; če stran potrebuje kaj interaktivnega, se obrnite na razvijalca. | <${tag}> is not allowed: code in content would run in the visitor's browser. Delete it; if the page needs something interactive, ask a developer.`,
  style: (tag) =>
    `Oznaka <${tag}> ni dovoljena: videz strani ureja spletišče. Za poudarek uporabite **krepko** ali _ležeče_. | <${tag}> is not allowed: the site does the styling. For emphasis use **bold** or _italics_.`,
  embedded: (tag) =>
    `Oznaka <${tag}> ni dovoljena: vdelana vsebina z drugih strani sledi obiskovalcem. Namesto nje dodajte povezavo, npr. [Oglejte si posnetek](https://…). | <${tag}> is not allowed: content embedded from other sites tracks visitors. Add a link instead, e.g. [Watch the video](https://…).`,
  form: (tag) =>
    `Oznaka <${tag}> ni dovoljena: vsebina nima obrazcev. Dodajte povezavo na obrazec, npr. [Prijavnica](https://…). | <${tag}> is not allowed: content has no forms. Link to the form instead, e.g. [Application form](https://…).`,
  document: (tag) =>
    `Oznaka <${tag}> ne sodi v besedilo: spremeni lahko, kam vodijo povezave ali kako je stran videti. Izbrišite jo. | <${tag}> does not belong in a body: it can change where links go or how the page looks. Delete it.`,
  graphics: (tag) =>
    `Vstavljena grafika <${tag}> ni dovoljena, ker lahko vsebuje kodo. Shranite sliko kot PNG ali JPG v content/images/ in jo vstavite z ${MARKDOWN_IMAGE.sl}. | Inline <${tag}> is not allowed because it can contain code. Save the image as PNG or JPG in content/images/ and insert it with ${MARKDOWN_IMAGE.en}.`,
};

const forbiddenElement = (tag: string, kind: ForbiddenKind) => FORBIDDEN_REASONS[kind](tag);

const META_REFRESH =
  'Oznaka <meta http-equiv="refresh"> bi obiskovalca samodejno preusmerila drugam in ni dovoljena. Izbrišite jo in dodajte navadno povezavo: [besedilo](https://…). | <meta http-equiv="refresh"> would send the visitor elsewhere and is not allowed. Delete it and add an ordinary link: [text](https://…).';

/** Markdown for HTML that Markdown itself writes: [Slovenian, English]. */
const MARKDOWN_INSTEAD: Record<string, [string, string]> = {
  strong: ['**krepko**', '**bold**'],
  b: ['**krepko**', '**bold**'],
  em: ['_ležeče_', '_italics_'],
  i: ['_ležeče_', '_italics_'],
  ...Object.fromEntries(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag): [string, [string, string]] => [tag, ['## Naslov', '## Heading']])),
  ...Object.fromEntries(
    ['ul', 'ol', 'li'].map((tag): [string, [string, string]] => [
      tag,
      ['vrstice, ki se začnejo z "- " ali "1. "', 'lines starting with "- " or "1. "'],
    ]),
  ),
  ...Object.fromEntries(
    ['table', 'thead', 'tbody', 'tr', 'th', 'td'].map((tag): [string, [string, string]] => [
      tag,
      ['tabela | a | b | z vrstico |---|---|', 'a table | a | b | with a |---|---| line'],
    ]),
  ),
  blockquote: ['> navedek', '> quotation'],
  code: ['`koda`', '`code`'],
  pre: ['``` v vrstici pred in za besedilom', '``` on the lines before and after'],
  hr: ['---', '---'],
  del: ['~~prečrtano~~', '~~struck out~~'],
  s: ['~~prečrtano~~', '~~struck out~~'],
  strike: ['~~prečrtano~~', '~~struck out~~'],
  div: ['prazna vrstica med odstavki', 'an empty line between paragraphs'],
  section: ['## Naslov za vsak razdelek', '## a heading for each section'],
};

function notAllowedElement(tag: string): string {
  const markdown = MARKDOWN_INSTEAD[tag];
  if (markdown) return `Namesto <${tag}> uporabite Markdown: ${markdown[0]}. | Instead of <${tag}> use Markdown: ${markdown[1]}.`;
  return `Oznaka <${tag}> ni dovoljena. Dovoljeni HTML: ${STAFF_LIST}; vse drugo zapišite z Markdownom. | <${tag}> is not allowed. The HTML you may use: ${STAFF_LIST}; write everything else in Markdown.`;
}

const eventHandler = (name: string, tag: string) =>
  `Atribut "${name}" na <${tag}> zažene kodo in ni dovoljen. Izbrišite ga. | The attribute "${name}" on <${tag}> runs code and is not allowed. Delete it.`;

const STYLE_ATTRIBUTE =
  'Atribut "style" ni dovoljen: videz strani ureja spletišče. Izbrišite ga; za poudarek uporabite **krepko** ali _ležeče_. | The "style" attribute is not allowed: the site does the styling. Delete it; for emphasis use **bold** or _italics_.';

function notAllowedAttribute(name: string, tag: string, allowed: readonly AttributeRule[]): string {
  const names = allowed.map((rule) => `"${typeof rule === 'string' ? rule : rule[0]}"`).join(', ');
  return `Atribut "${name}" na <${tag}> ni dovoljen; dovoljeni so: ${names}. | The attribute "${name}" is not allowed on <${tag}>; allowed: ${names}.`;
}

const TASK_LIST =
  'Okenca "[ ]" in "[x]" v seznamih niso podprta; napišite navaden seznam. | Checkboxes "[ ]" and "[x]" in lists are not supported; write a plain list.';

const importExport = (word: string) =>
  `"${word}" v MDX ni dovoljen: vsebina ne sme nalagati ali izvažati kode. Izbrišite vrstico. | "${word}" is not allowed in MDX: content may not load or export code. Delete the line.`;

const EXPRESSION =
  'Izrazi v zavitih oklepajih {…} v MDX niso dovoljeni. Zavit oklepaj v besedilu zapišite kot \\{. | Expressions in braces {…} are not allowed in MDX. To show a brace in text, write \\{.';

const attributeExpression = (name: string, tag: string) =>
  `Vrednost atributa "${name}" na <${tag}> zapišite v narekovajih, npr. ${name}="…", ne v {…}. | Write the value of "${name}" on <${tag}> in quotes, e.g. ${name}="…", not in {…}.`;

const spreadAttribute = (tag: string) =>
  `Razširitev {...} na <${tag}> ni dovoljena; vsak atribut zapišite posebej, z vrednostjo v narekovajih. | A spread {...} on <${tag}> is not allowed; write each attribute on its own, with its value in quotes.`;

function unknownComponent(name: string): string {
  const available = Object.keys(MDX_COMPONENTS);
  const tag = name ? `<${name}>` : '<>…</>';
  if (available.length === 0) {
    return `Komponenta ${tag} ne obstaja: spletišče vsebini ne ponuja komponent. Izbrišite jo in uporabite Markdown. | There is no component ${tag}: the site provides no components to content. Delete it and use Markdown.`;
  }
  const list = available.map((component) => `<${component}>`).join(', ');
  return `Komponenta ${tag} ne obstaja; na voljo so: ${list}. | There is no component ${tag}; available: ${list}.`;
}

const unknownProp = (prop: string, component: string, props: readonly string[]) =>
  `Komponenta <${component}> nima lastnosti "${prop}"; ima: ${props.join(', ') || '(nobene)'}. | The component <${component}> has no prop "${prop}"; it has: ${props.join(', ') || '(none)'}.`;

/** An MDX syntax error, with its line, in staff's words. */
function unreadableMdx(error: unknown): Finding {
  const line = typeof error === 'object' && error !== null && 'line' in error && typeof error.line === 'number' ? error.line : 1;
  const reason = typeof error === 'object' && error !== null && 'reason' in error ? String(error.reason) : String(error);
  return {
    line,
    // The parser's reason is English: it goes with the English half only, never inside the Slovenian one.
    message: `MDX v tej vrstici ni mogoče prebrati. Znaka < in { v besedilu zapišite kot \\< in \\{. | The MDX cannot be read (${reason}). Write < and { in text as \\< and \\{.`,
  };
}
