/**
 * The build's sanitiser, a rehype plugin for Markdown and MDX bodies: whatever a body holds, the
 * page gets only what src/lib/safe-html.ts allows. It is the protection that needs neither the
 * content check nor the host's security headers.
 *
 * It runs first among `markdown.processor`'s rehype plugins, which Astro runs before its own
 * image and heading-id steps (so local images and heading ids are added after it, untouched) and,
 * for `.md`, before it parses the raw HTML: that is why the raw HTML is parsed here first, so the
 * schema judges real elements rather than dropping every `raw` node wholesale. MDX bodies arrive
 * parsed, with HTML written as JSX.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { isHtmlElementName, SANITISE_SCHEMA } from './safe-html';

/** The node types MDX adds to hast (@mdx-js/mdx's `nodeTypes`): expressions, JSX and import/export. */
const MDX_NODE_TYPES = ['mdxFlowExpression', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxTextExpression', 'mdxjsEsm'];

/** A JSX element in an MDX tree, as far as this file reads it. */
interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: { type: string; name?: string; value?: unknown }[];
  children: ElementContent[];
  position?: Element['position'];
}

type AnyNode = { type: string; children?: AnyNode[] };

/** True when some node of the tree is unparsed HTML (`.md` bodies with HTML in them). */
const hasRaw = (node: AnyNode): boolean => node.type === 'raw' || (node.children ?? []).some(hasRaw);

const isJsxElement = (node: AnyNode): node is AnyNode & JsxElement =>
  node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/**
 * An HTML element written as JSX in MDX (`<abbr title="…">`), as the hast element the same HTML
 * gives in Markdown, so one schema judges both. Only literal attribute values are carried over;
 * expressions, spreads and components are left as they are, for the schema to drop.
 * @example htmlFromJsx({ type: "mdxJsxTextElement", name: "abbr", attributes: [{ type: "mdxJsxAttribute", name: "title", value: "Evropska unija" }], children: [] })
 * // { type: "element", tagName: "abbr", properties: { title: "Evropska unija" }, children: [] }
 */
export function htmlFromJsx(node: JsxElement): Element | undefined {
  if (!node.name || !isHtmlElementName(node.name)) return undefined;
  const properties: Properties = {};
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) continue;
    if (attribute.value === null || attribute.value === undefined) properties[attribute.name] = true;
    else if (typeof attribute.value === 'string') properties[attribute.name] = attribute.value;
  }
  return { type: 'element', tagName: node.name, properties, children: node.children, ...(node.position && { position: node.position }) };
}

/** Replaces, throughout the tree, every HTML element written as JSX by its hast element. */
function jsxToHtml(node: AnyNode): void {
  if (!node.children) return;
  node.children = node.children.map((child) => (isJsxElement(child) ? ((htmlFromJsx(child) as AnyNode | undefined) ?? child) : child));
  for (const child of node.children) jsxToHtml(child);
}

const isElement = (node: AnyNode, tagName: string): node is AnyNode & Element =>
  node.type === 'element' && (node as Element).tagName === tagName;
const isImageWithoutSource = (node: AnyNode) => isElement(node, 'img') && typeof node.properties['src'] !== 'string';
const isBlank = (node: AnyNode) => node.type === 'text' && !(node as unknown as { value: string }).value.trim();
const isEmptyParagraph = (node: AnyNode) => isElement(node, 'p') && (node.children as AnyNode[]).every(isBlank);

/**
 * Tidies what the schema left behind: an image whose address it refused (it would show a broken
 * image) and a paragraph it emptied (Markdown never makes an empty one, so only removal does).
 */
function dropLeftovers(node: AnyNode): void {
  if (!node.children) return;
  for (const child of node.children) dropLeftovers(child);
  node.children = node.children.filter((child) => !isImageWithoutSource(child) && !isEmptyParagraph(child));
}

/**
 * The safe version of a body's tree: raw HTML parsed, JSX HTML converted, then everything the
 * schema does not allow removed (MDX expressions, import/export and components included).
 */
export function makeSafe(tree: Root): Root {
  const parsed = hasRaw(tree) ? (raw(tree, { passThrough: MDX_NODE_TYPES }) as Root) : tree;
  jsxToHtml(parsed);
  const safe = sanitize(parsed, SANITISE_SCHEMA) as Root;
  dropLeftovers(safe);
  return safe;
}

/** The plugin itself, for `markdown.processor`'s `rehypePlugins` (MDX inherits them). */
export const rehypeSafeHtml = () => (tree: Root) => makeSafe(tree);
