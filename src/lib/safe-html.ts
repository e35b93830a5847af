/**
 * What a Markdown or MDX body may contain, defined once. Content is data, never code: staff write
 * Markdown plus the few HTML elements below, so nothing they write (or paste from another site)
 * can run a script, load something from another host, send the visitor elsewhere or restyle the
 * page. Two readers share these lists:
 *
 * - the build's sanitiser (src/lib/rehype-safe-html.ts, through `SANITISE_SCHEMA`) removes
 *   anything else from every page, so the published site is safe even when the check was skipped;
 * - the content check (src/cli/body-check.ts) names each thing the sanitiser would remove, with
 *   its line and what to write instead, so no sentence silently goes missing.
 *
 * Attribute names are hast property names (`className`, `ariaLabel`); for every attribute staff
 * may write (`title`, `lang`, `open`) that is also the HTML name.
 */
import type { Schema } from 'hast-util-sanitize';
import { IMAGE_FILE } from '../schemas/shared';

/** An allowed attribute: its name alone (any value), or its name and the values or patterns allowed. */
export type AttributeRule = string | readonly [string, ...(string | number | boolean | RegExp)[]];

/** An element staff may write as HTML, and why it is allowed. */
export interface StaffElement {
  attributes: readonly AttributeRule[];
  why: string;
}

/**
 * Raw HTML staff may write in a body: each one says something Markdown cannot. Every one of them
 * may also carry `lang` (GLOBAL_ATTRIBUTES).
 */
export const STAFF_HTML: Readonly<Record<string, StaffElement>> = {
  abbr: { attributes: ['title'], why: 'spells out an abbreviation (ESE, NVO) for screen readers and on hover' },
  sub: { attributes: [], why: 'a subscript, e.g. CO<sub>2</sub>; Markdown has none' },
  sup: { attributes: [], why: 'a superscript, e.g. m<sup>2</sup>; Markdown has none' },
  br: { attributes: [], why: 'a line break in a paragraph, list item or table cell, where Markdown needs invisible trailing spaces' },
  kbd: { attributes: [], why: 'a key to press in instructions, e.g. <kbd>Enter</kbd>' },
  mark: { attributes: [], why: 'highlights a phrase, e.g. a deadline' },
  details: { attributes: ['open'], why: 'a question whose answer opens on request (questions pages)' },
  summary: { attributes: [], why: 'the visible question of a <details>' },
  span: { attributes: [], why: 'a phrase in another language: <span lang="en">…</span>' },
  p: { attributes: [], why: 'a paragraph in another language: <p lang="en">…</p>' },
};

/**
 * Attributes allowed on every element. `lang` lets a screen reader read an English phrase on a
 * Slovenian page in English (WCAG 3.1.2, language of parts).
 */
export const GLOBAL_ATTRIBUTES: readonly AttributeRule[] = ['lang'];

/**
 * A link target that cannot run code: http(s), e-mail, telephone, or an address on this site (a
 * path, `#anchor` or `?query`, where any colon comes after the first `/`, `?` or `#`). Every other
 * scheme is refused, in any letter case: `javascript:`, `data:`, `vbscript:`, and a scheme hidden
 * by spaces, tabs or control characters that browsers would strip. Entities (`&#106;`, `&colon;`)
 * are decoded by the parser before this runs, so they hide nothing.
 * @example SAFE_HREF.test("https://www.ess-europa.eu/") // true
 * @example SAFE_HREF.test("/projekti/ko-prosto/") // true
 * @example SAFE_HREF.test("JaVaScRiPt:alert(1)") // false
 * @example SAFE_HREF.test("java\tscript:alert(1)") // false
 */
export const SAFE_HREF = /^(?:(?:https?|mailto|tel):|[^:/?#]*(?:[/?#]|$))/i;

/**
 * An image in a body: a file in content/images/ written relative to the entry
 * (content/<collection>/<locale>/<id>.md), of a type the build optimises. Never an address on
 * another host (it would tell that host who reads the page: a tracking pixel), never `data:`, and
 * never SVG, which can carry scripts and links of its own.
 * @example BODY_IMAGE_SRC.test("../../images/ko-prosto.jpg") // true
 * @example BODY_IMAGE_SRC.test("https://tracker.example/pixel.gif") // false
 * @example BODY_IMAGE_SRC.test("../../images/logo.svg") // false
 */
export const BODY_IMAGE_SRC = new RegExp(String.raw`^\.\./\.\./images/` + IMAGE_FILE.source.slice(1));

/** Ids GFM gives footnotes and their references (remark-rehype's `user-content-` prefix), and its label. */
const FOOTNOTE_ID = /^(?:user-content-fn(?:ref)?-[\w-]+|footnote-label)$/;

/**
 * What Markdown itself turns into, with the attributes Markdown (CommonMark, GFM tables,
 * strikethrough, footnotes and task lists) and our own rehype plugins put there. Task-list
 * checkboxes (`<input>`) are left out on purpose: no form element is allowed anywhere.
 */
export const MARKDOWN_HTML: Readonly<Record<string, readonly AttributeRule[]>> = {
  p: [],
  h1: [],
  // GFM footnotes start with a visually hidden "Footnotes" heading.
  h2: [
    ['className', 'sr-only'],
    ['id', FOOTNOTE_ID],
  ],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  ul: [['className', 'contains-task-list']],
  ol: ['start', ['className', 'contains-task-list']],
  li: [
    ['className', 'task-list-item'],
    ['id', FOOTNOTE_ID],
  ],
  em: [],
  strong: [],
  del: [],
  code: [['className', /^language-[\w+#.-]+$/]],
  pre: [],
  blockquote: [],
  hr: [],
  br: [],
  a: [
    ['href', SAFE_HREF],
    'title',
    // src/lib/external-links.ts marks links to other sites; allowed here so the plugins' order does not matter.
    ['rel', 'noopener', 'noreferrer'],
    // GFM footnote references and back-references.
    ['id', FOOTNOTE_ID],
    ['ariaDescribedBy', 'footnote-label'],
    'ariaLabel',
    'dataFootnoteRef',
    'dataFootnoteBackref',
    ['className', 'data-footnote-backref'],
  ],
  // Astro turns these into optimised images after the sanitiser has run (rehype-images.js).
  img: [['src', BODY_IMAGE_SRC], 'alt', 'title'],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: [['align', 'left', 'center', 'right']],
  td: [['align', 'left', 'center', 'right']],
  sup: [],
  section: ['dataFootnotes', ['className', 'footnotes']],
};

/**
 * Elements never allowed, by what they would do; the sanitiser drops them with everything inside
 * (their content is code, another document or controls, never prose), and the check explains each
 * group. Any other element that is not allowed is unwrapped: its text stays.
 */
export const FORBIDDEN_ELEMENTS = {
  /** Runs code, or holds markup for code. */
  script: ['script', 'noscript', 'template'],
  /** Restyles or hides the page. */
  style: ['style'],
  /** Loads another site or media into the page (and tells that host who is reading). */
  embedded: [
    'iframe',
    'frame',
    'frameset',
    'noframes',
    'object',
    'embed',
    'applet',
    'noembed',
    'portal',
    'audio',
    'video',
    'source',
    'track',
    'picture',
    'canvas',
  ],
  /** Asks visitors for data (a fake login), or sends it elsewhere. */
  form: ['form', 'input', 'button', 'select', 'option', 'optgroup', 'textarea', 'datalist', 'output', 'fieldset', 'legend', 'label'],
  /** Belongs to the page head: a refresh that redirects, a base that changes where links go, a stylesheet. */
  document: ['meta', 'link', 'base', 'title', 'head', 'html', 'body'],
  /** Markup languages of their own, with scripts, links and styles inside. */
  graphics: ['svg', 'math'],
} as const satisfies Record<string, readonly string[]>;

export type ForbiddenKind = keyof typeof FORBIDDEN_ELEMENTS;

/**
 * Components the site offers MDX bodies, by name, with the props each takes (literal values only).
 * None today: no .mdx file in content/ uses one and no page passes `components` to `<Content />`.
 * A component added here must also be kept by src/lib/rehype-safe-html.ts, which today drops every
 * component (tests/unit/sanitise.test.ts fails until it does).
 */
export const MDX_COMPONENTS: Readonly<Record<string, readonly string[]>> = {};

/**
 * Whether a JSX name in MDX means an HTML element (lower case, as in JSX itself) rather than a
 * component (capitalised, or with a dot), so HTML written in MDX follows the same rules as in Markdown.
 * @example isHtmlElementName("abbr") // true
 * @example isHtmlElementName("Callout") // false
 */
export const isHtmlElementName = (name: string): boolean => /^[a-z][a-z0-9-]*$/.test(name);

/**
 * The group of a forbidden element, or undefined for an element that is merely not allowed.
 * @example forbiddenKind("iframe") // "embedded"
 * @example forbiddenKind("div") // undefined
 */
export function forbiddenKind(tagName: string): ForbiddenKind | undefined {
  const name = tagName.toLowerCase();
  return (Object.keys(FORBIDDEN_ELEMENTS) as ForbiddenKind[]).find((kind) =>
    (FORBIDDEN_ELEMENTS[kind] as readonly string[]).includes(name),
  );
}

/**
 * Whether `rules` allow attribute `name` with `value`, the way hast-util-sanitize decides: a bare
 * name allows any value; a name with values allows those (strings compared exactly, patterns tested).
 * @example allowsAttribute(["title"], "title", "Evropska solidarnostna enota") // true
 * @example allowsAttribute([["align", "left", "right"]], "align", "justify") // false
 * @example allowsAttribute([], "onclick", "alert(1)") // false
 */
export function allowsAttribute(rules: readonly AttributeRule[], name: string, value: unknown): boolean {
  const rule = rules.find((candidate) => (typeof candidate === 'string' ? candidate : candidate[0]) === name);
  if (rule === undefined) return false;
  if (typeof rule === 'string' || rule.length === 1) return true;
  return rule.slice(1).some((allowed) => (allowed instanceof RegExp ? allowed.test(String(value)) : allowed === value));
}

/**
 * The attributes element `tagName` may carry when staff write it as HTML: its own and the global
 * ones; undefined when staff may not write the element at all.
 * @example staffAttributes("abbr") // ["title", "lang"]
 * @example staffAttributes("iframe") // undefined
 */
export function staffAttributes(tagName: string): readonly AttributeRule[] | undefined {
  const element = Object.hasOwn(STAFF_HTML, tagName) ? STAFF_HTML[tagName] : undefined;
  return element && [...element.attributes, ...GLOBAL_ATTRIBUTES];
}

/** A mutable copy of a rule, as hast-util-sanitize's types want it. */
const toDefinition = (rule: AttributeRule) =>
  typeof rule === 'string' ? rule : ([...rule] as [string, ...(string | number | boolean | RegExp)[]]);

/**
 * The sanitiser's schema, built from the lists above and nothing else (hast-util-sanitize fills a
 * missing key from its GitHub-like default, so every key is given). URLs are checked by the
 * SAFE_HREF and BODY_IMAGE_SRC patterns rather than by `protocols`, which compares letter case
 * exactly and lets any URL through for an attribute it does not list. Ids are not clobbered
 * (prefixed) because staff cannot write any: only the footnote ids GFM generates pass, and
 * prefixing them again would break the footnote links.
 */
export const SANITISE_SCHEMA: Schema = {
  tagNames: [...new Set([...Object.keys(MARKDOWN_HTML), ...Object.keys(STAFF_HTML)])],
  attributes: {
    ...Object.fromEntries(
      [...new Set([...Object.keys(MARKDOWN_HTML), ...Object.keys(STAFF_HTML)])].map((tagName) => [
        tagName,
        [...(MARKDOWN_HTML[tagName] ?? []), ...(STAFF_HTML[tagName]?.attributes ?? [])].map(toDefinition),
      ]),
    ),
    '*': GLOBAL_ATTRIBUTES.map(toDefinition),
  },
  protocols: {},
  clobber: [],
  clobberPrefix: '',
  // A table part or a summary outside its parent could break out of the layout around the body.
  ancestors: { thead: ['table'], tbody: ['table'], tfoot: ['table'], tr: ['table'], th: ['table'], td: ['table'], summary: ['details'] },
  required: {},
  strip: Object.values(FORBIDDEN_ELEMENTS).flat(),
  allowComments: false,
  allowDoctypes: false,
};
