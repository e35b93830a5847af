/**
 * A rehype plugin for Markdown bodies: links to other sites get
 * `rel="noopener noreferrer"`, so the target page learns neither where the
 * visitor came from nor gets a handle on this window.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/**
 * True for absolute http(s) links; site-relative links, anchors, mailto and tel stay as they are.
 * @example isExternalHref("https://www.openstreetmap.org/") // true
 * @example isExternalHref("/projekti/") // false
 */
export const isExternalHref = (href: unknown): boolean => typeof href === 'string' && /^https?:\/\//i.test(href);

/** Adds `rel="noopener noreferrer"` to every external `<a>` in the tree. */
export function markExternalLinks(node: HastNode): void {
  if (node.type === 'element' && node.tagName === 'a' && isExternalHref(node.properties?.['href'])) {
    node.properties = { ...node.properties, rel: ['noopener', 'noreferrer'] };
  }
  for (const child of node.children ?? []) markExternalLinks(child);
}

/** The plugin itself, for `markdown.rehypePlugins`. */
export const rehypeExternalLinks = () => (tree: HastNode) => markExternalLinks(tree);
