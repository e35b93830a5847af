/**
 * A remark plugin for Markdown and MDX bodies: a link to the footer's section on who runs the site
 * (`#upravljavec`, OperatorInfo.astro), as in "[Naš zavod](#upravljavec) gosti prostovoljce …",
 * names the operator when the site settings (content/settings/sl/site.md) give its name: the link
 * text is followed by the name in brackets, "Naš zavod (Name)", which reads right in any
 * grammatical case the sentence puts the link text in. Without a name the link stays as written,
 * and the footer says plainly that the name is not known yet: nothing is ever filled in.
 */
import type { Parent, Root } from 'mdast';

/** The id of the footer's operator section (OperatorInfo.astro), as bodies link to it. */
export const OPERATOR_LINK = '#upravljavec';

/**
 * Appends ` (name)` to the text of every link to the operator section; returns how many it named.
 * @example nameOperatorLinks(tree of "[Naš zavod](#upravljavec) gosti …", "Zavod Primer") // 1, the link now reads "Naš zavod (Zavod Primer)"
 */
export function nameOperatorLinks(tree: Root, name: string | undefined): number {
  const operator = name?.trim();
  if (!operator) return 0;
  let named = 0;
  const walk = (node: Root | Parent) => {
    for (const child of node.children) {
      if (child.type === 'link' && child.url === OPERATOR_LINK) {
        child.children.push({ type: 'text', value: ` (${operator})` });
        named += 1;
      } else if ('children' in child) walk(child);
    }
  };
  walk(tree);
  return named;
}

/** The plugin, with the operator's name read from the settings when Astro's config is loaded. */
export function remarkOperatorName({ name }: { name?: string | undefined }) {
  return (tree: Root): void => {
    nameOperatorLinks(tree, name);
  };
}
