/**
 * Every internal link, image, stylesheet and script URL in every built page resolves to a file
 * in dist/, and every `#fragment` to an element on the page it points to. External links are
 * listed for people to review, never fetched: the tests run without internet, and another
 * site's downtime must not fail ours.
 */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../tools/harness/html';
import {
  collectReferences,
  createFragmentIndex,
  isTopOfPageFragment,
  publicOrigin,
  resolveReference,
  servedFile,
  type Reference,
} from '../../tools/harness/links';
import { discoverHtmlDocuments } from '../../tools/harness/pages';
import { distDir } from '../../tools/harness/paths';

const documents = discoverHtmlDocuments();
const fragmentsOf = createFragmentIndex();
/** Absolute links to the site's public address (canonical, hreflang, share cards) are checked too. */
const ownOrigin = publicOrigin(distDir);

/** Pages that link to each external URL, filled in by the page tests and printed at the end. */
const externalLinks = new Map<string, Set<string>>();
/** mailto:, tel: and other non-web links, listed with the external ones. */
const otherLinks = new Map<string, Set<string>>();

function remember(links: Map<string, Set<string>>, url: string, urlPath: string): void {
  links.set(url, (links.get(url) ?? new Set()).add(urlPath));
}

/** What is wrong with one reference from the page at `urlPath`, or undefined when it resolves. */
async function problemWith(reference: Reference, urlPath: string): Promise<string | undefined> {
  const destination = resolveReference(urlPath, reference.url, ownOrigin);
  switch (destination.kind) {
    case 'invalid':
      return destination.reason;
    case 'external':
      remember(externalLinks, destination.url, urlPath);
      return undefined;
    case 'other':
      // mailto:a@b?subject=… differs per page; the address is what to review.
      remember(otherLinks, reference.url.split('?')[0]!, urlPath);
      return undefined;
    case 'internal': {
      const served = servedFile(distDir, destination.pathname);
      if ('problem' in served) return served.problem;
      const { fragment } = destination;
      if (fragment === undefined || isTopOfPageFragment(fragment)) return undefined;
      const targets = await fragmentsOf(served.file);
      if (targets === undefined || targets.has(fragment)) return undefined;
      return `points to #${fragment}, but no element on ${destination.pathname} has id="${fragment}"`;
    }
  }
}

describe.each(documents.map((document) => [document.urlPath, document] as const))('links on %s', (urlPath, { file }) => {
  it('all lead to a built file, and every #fragment to an element there', async () => {
    const { root } = await readDocument(distDir, file);
    const references = collectReferences(root);
    const problems: string[] = [];
    for (const reference of references) {
      const problem = await problemWith(reference, urlPath);
      if (problem) problems.push(`${reference.where}: "${reference.url}" ${problem}`);
    }
    expect(problems, `broken links in dist/${file}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`).toEqual([]);
  });
});

describe('external links', () => {
  it('are listed for review, not fetched', () => {
    const lines = [...externalLinks, ...otherLinks]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([url, pages]) => `  ${url}  (${pages.size} page${pages.size === 1 ? '' : 's'}, e.g. ${[...pages][0]})`);
    const own = ownOrigin ? `; links to ${ownOrigin} (the canonical address) were checked in dist/` : '';
    console.log(
      `${externalLinks.size} external and ${otherLinks.size} mailto:/tel:/other links in ${documents.length} pages (not fetched${own}):\n${lines.join('\n')}`,
    );
    // The list is filled by the page tests above; an empty run would mean they did not run.
    expect(documents.length).toBeGreaterThan(0);
  });
});
