import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasEntries, slimEntry, slimStore } from '../../src/lib/content-loader';

type Store = Parameters<typeof slimStore>[0];
type Entry = Parameters<typeof slimEntry>[0];

const markdownEntry: Entry = {
  id: 'ko-prosto',
  data: { title: 'KO-PROSTO' },
  body: '## Namen\n\nBesedilo.',
  filePath: 'content/projects/sl/ko-prosto.md',
  digest: 'abc',
  rendered: {
    html: '<h2 id="namen">Namen</h2><p>Besedilo.</p>',
    metadata: { headings: [{ depth: 2, slug: 'namen', text: 'Namen' }], imagePaths: ['a.png'], frontmatter: { title: 'KO-PROSTO' } },
  },
};

describe('the stored entry', () => {
  it('keeps the rendered HTML, headings and image paths, and drops the copy of the frontmatter', () => {
    const slim = slimEntry(markdownEntry);
    expect(slim.rendered?.metadata).not.toHaveProperty('frontmatter');
    expect(slim.rendered?.html).toBe(markdownEntry.rendered?.html);
    expect(slim.rendered?.metadata?.headings).toEqual(markdownEntry.rendered?.metadata?.headings);
    expect(slim.rendered?.metadata?.imagePaths).toEqual(['a.png']);
    expect({ id: slim.id, data: slim.data, filePath: slim.filePath, digest: slim.digest }).toEqual({
      id: 'ko-prosto',
      data: { title: 'KO-PROSTO' },
      filePath: markdownEntry.filePath,
      digest: 'abc',
    });
  });

  it('leaves an entry rendered later (MDX) as it is', () => {
    const mdx: Entry = { id: 'x', data: {}, body: 'import A from "./a";', deferredRender: true };
    expect(slimEntry(mdx)).toBe(mdx);
  });

  it('does not change the entry it was given', () => {
    const copy = structuredClone(markdownEntry);
    slimEntry(markdownEntry);
    expect(markdownEntry).toEqual(copy);
  });
});

describe('the slimmed store', () => {
  it('slims what is set and passes every other call through to the real store', () => {
    const saved = new Map<string, Entry>();
    const fake = {
      set: (entry: Entry) => {
        saved.set(entry.id, entry);
        return true;
      },
      get: (id: string) => saved.get(id),
      keys: () => [...saved.keys()],
    } as unknown as Store;
    const store = slimStore(fake);
    expect(store.set(markdownEntry)).toBe(true);
    expect(saved.get('ko-prosto')?.rendered?.metadata).not.toHaveProperty('frontmatter');
    expect(store.get('ko-prosto')?.rendered?.html).toContain('Besedilo');
    expect(store.keys()).toEqual(['ko-prosto']);
  });
});

describe('the loader', () => {
  it('asks Astro not to keep the raw Markdown (its public retainBody option)', async () => {
    const source = (await import('node:fs')).readFileSync(new URL('../../src/lib/content-loader.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/glob\(\{[^()]*retainBody: false/);
  });
});

describe('an empty collection', () => {
  it('counts only Markdown entries, not hidden files such as .gitkeep, and a missing folder as empty', () => {
    const root = mkdtempSync(join(tmpdir(), 'entries-'));
    mkdirSync(join(root, 'content', 'events', 'sl'), { recursive: true });
    writeFileSync(join(root, 'content', 'events', 'sl', '.gitkeep'), '');
    expect(hasEntries('events', 'sl', root)).toBe(false);
    expect(hasEntries('opportunities', 'sl', root)).toBe(false);
    writeFileSync(join(root, 'content', 'events', 'sl', 'koncert.md'), '---\n---\n');
    expect(hasEntries('events', 'sl', root)).toBe(true);
  });
});
