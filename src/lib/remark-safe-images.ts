/**
 * A remark plugin for Markdown and MDX bodies: an image in Markdown syntax (`![…](…)`, or a
 * reference to a `[name]: …` definition) whose address src/lib/safe-html.ts does not allow (an SVG,
 * another host, `data:`) is taken out of the tree before Astro collects the body's images.
 *
 * The sanitiser (src/lib/rehype-safe-html.ts) already keeps such an `<img>` off the page, but it
 * runs later, on the HTML tree: Astro's remark step (remark-collect-images) has by then listed the
 * file, and the build copies a listed file to /_astro/, where an SVG's script runs for anyone who
 * opens its address on a host that sends no security headers. The content check refuses such a
 * body; this keeps a build that ran without the check just as safe.
 */
import type { Definition, Parent, Root, RootContent } from 'mdast';
import { BODY_IMAGE_SRC } from './safe-html';

/** The address an image node points at: its own, or its definition's. */
function imageAddress(node: RootContent, definitions: Map<string, Definition>): string | undefined {
  if (node.type === 'image') return node.url;
  if (node.type === 'imageReference') return definitions.get(node.identifier.toLowerCase())?.url;
  return undefined;
}

/** Every definition in the tree, by its (case-insensitive) identifier. */
function collectDefinitions(node: Root | RootContent, found = new Map<string, Definition>()): Map<string, Definition> {
  if (node.type === 'definition') found.set(node.identifier.toLowerCase(), node);
  for (const child of 'children' in node ? (node.children as RootContent[]) : []) collectDefinitions(child, found);
  return found;
}

/**
 * True when an image node must go: an image whose address is not a file of an allowed type in
 * content/images/, or a reference to one (a reference without a definition is only text).
 * @example isUnsafeImage({ type: "image", url: "../../images/logo.svg" }, new Map()) // true
 * @example isUnsafeImage({ type: "image", url: "../../images/skupina.png" }, new Map()) // false
 */
export function isUnsafeImage(node: RootContent, definitions: Map<string, Definition>): boolean {
  if (node.type !== 'image' && node.type !== 'imageReference') return false;
  const address = imageAddress(node, definitions);
  if (address === undefined) return node.type === 'image';
  let decoded = address;
  try {
    decoded = decodeURI(address);
  } catch {
    return true;
  }
  return !BODY_IMAGE_SRC.test(address) || !BODY_IMAGE_SRC.test(decoded);
}

/** Removes, throughout the tree, every image node that must go; returns how many it removed. */
export function dropUnsafeImages(tree: Root): number {
  const definitions = collectDefinitions(tree);
  let removed = 0;
  const walk = (node: Root | Parent) => {
    const kept = node.children.filter((child) => {
      if (!isUnsafeImage(child, definitions)) return true;
      removed += 1;
      return false;
    });
    node.children = kept;
    for (const child of kept) if ('children' in child) walk(child);
  };
  walk(tree);
  return removed;
}

/** The plugin itself, for `markdown.processor`'s `remarkPlugins` (MDX inherits them). */
export const remarkSafeImages = () => (tree: Root) => {
  dropUnsafeImages(tree);
};
