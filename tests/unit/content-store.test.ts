/**
 * Astro keeps the content store between builds and clears it only when its own config, its version
 * or the text of src/content.config.ts changes; the build clears it too when the schemas, the
 * Markdown plugins or the packages changed (src/cli/build.ts), so a kept cache never changes a page.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentStore, recordContentStore } from '../../src/cli/build';

const scratch = mkdtempSync(join(tmpdir(), 'content-store-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function project(name: string): { root: string; store: string } {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries({
    'src/schemas/project.ts': 'export const a = 1;',
    'src/lib/safe-html.ts': 'export const b = 1;',
    'src/content.config.ts': '',
    'astro.config.mjs': '',
    'node_modules/.astro/data-store.json': '{}',
  })) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { root, store: join(root, 'node_modules/.astro/data-store.json') };
}

/** What a build does: records the code that made the store, which Astro then (re)writes. */
function build(root: string, store: string): void {
  recordContentStore(root, checkContentStore(root).digest);
  writeFileSync(store, '{}');
}

describe('the content store kept between builds', () => {
  it('is kept while the code that made it is unchanged', () => {
    const { root, store } = project('same');
    build(root, store);
    expect(checkContentStore(root).cleared).toBe(false);
    expect(existsSync(store)).toBe(true);
  });

  it.each(['src/schemas/project.ts', 'src/lib/safe-html.ts', 'package-lock.json'])('is cleared when %s changed', (changed) => {
    const { root, store } = project(`changed-${changed.replace(/\W/g, '-')}`);
    build(root, store);
    writeFileSync(join(root, changed), 'export const a = 2;');
    expect(checkContentStore(root).cleared).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  it('is cleared when no build recorded which code made it', () => {
    const { root, store } = project('unrecorded');
    expect(checkContentStore(root).cleared).toBe(true);
    expect(existsSync(store)).toBe(false);
  });

  it('does not count a file of another folder (a page template) as content code', () => {
    const { root, store } = project('template');
    build(root, store);
    mkdirSync(join(root, 'src/pages'), { recursive: true });
    writeFileSync(join(root, 'src/pages/index.astro'), '<p>changed</p>');
    expect(checkContentStore(root).cleared).toBe(false);
  });
});
