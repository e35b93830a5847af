/**
 * Nothing meant for staff or developers is published (issue 30, item 3): no HTML comment in any
 * built file (a template's `<!-- … -->` reaches every page; `{/* … *\/}` and frontmatter comments
 * do not), and no sentence that speaks to the people who edit the site rather than to readers.
 * Read from dist/, without a browser.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../tools/harness/paths';

/** Every .html file under a folder, as paths relative to it. */
export function htmlFiles(dir: string, under = ''): string[] {
  return readdirSync(path.join(dir, under), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(under, entry.name);
    if (entry.isDirectory()) return htmlFiles(dir, relative);
    return entry.isFile() && entry.name.endsWith('.html') ? [relative] : [];
  });
}

/**
 * The HTML comments in a page, each shortened to its first 80 characters.
 * @example htmlComments('<p>a</p><!-- why --><p>b</p>') // ['<!-- why -->']
 */
export const htmlComments = (html: string): string[] => [...html.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((match) => match[0].slice(0, 80));

/**
 * Sentences that tell staff what to do in the site ("when you add a funder …"): they belong in the
 * guides (UREJANJE.md, EDITING.md), never on a public page.
 */
const STAFF_SENTENCES = [
  /ko pri \S+ dodate/i,
  /\bdodate\b.*\bse prikaže\b/i,
  /\bwhen an? \w+ is added\b/i,
  /\bin the editor\b/i,
  /\bv urejevalniku\b/i,
];

/** The text of a page that readers see: no script, style or tag. */
const visibleText = (html: string): string =>
  html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const files = htmlFiles(distDir);

describe('the published HTML', () => {
  it('is there to read (a build that wrote nothing would prove nothing)', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files).toContain('404.html');
  });

  it('carries no HTML comment in any file', () => {
    const found = files.flatMap((file) =>
      htmlComments(readFileSync(path.join(distDir, file), 'utf8')).map((comment) => `${file}: ${comment}`),
    );
    expect(found).toEqual([]);
  });

  it('speaks to readers, never to the staff who edit it', () => {
    const found = files
      .filter((file) => !file.startsWith(`admin${path.sep}`))
      .flatMap((file) => {
        const text = visibleText(readFileSync(path.join(distDir, file), 'utf8'));
        return STAFF_SENTENCES.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${pattern.source}`);
      });
    expect(found).toEqual([]);
  });
});

describe('the comment finder', () => {
  it('finds a comment anywhere in a page, and an unclosed one too', () => {
    expect(htmlComments('<p>a</p><!-- why --><p>b</p>')).toEqual(['<!-- why -->']);
    expect(htmlComments('<head>\n<!--\n  two\n  lines\n-->\n</head>')).toHaveLength(1);
    expect(htmlComments('<p>a<!-- open')).toEqual(['<!-- open']);
    expect(htmlComments('<p>a &lt;!-- escaped --&gt;</p>')).toEqual([]);
  });
});
