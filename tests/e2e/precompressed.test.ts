/**
 * The compressed copies in the build (written by the last step of `npm run build -- --precompress`,
 * as the browser tests build the site: tools/harness/build.ts) are what servers send instead of the files, so each must be the file, byte for byte, once decompressed:
 * a stale or broken copy would be served as the page. A build folder edited by hand (E2E_DIST_DIR,
 * to plant a defect) keeps its old copies, and this test says so.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { isPrecompressed } from '../../src/cli/precompress';
import { distDir } from '../../tools/harness/paths';

const files = readdirSync(distDir, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
const copies = files.filter((file) => /\.(?:br|gz)$/.test(file));
const originals = files.filter(isPrecompressed);

describe('the precompressed copies in the build', () => {
  it('exist for the text files: every HTML page at least', () => {
    const pages = originals.filter((file) => file.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(10);
    expect(pages.filter((file) => !existsSync(path.join(distDir, `${file}.br`)) || !existsSync(path.join(distDir, `${file}.gz`)))).toEqual(
      [],
    );
  });

  it('belong to a file that gets them, never to a compressed one (Pagefind, images) or to nothing', () => {
    expect(copies.filter((copy) => !isPrecompressed(copy.slice(0, -3)) || !existsSync(path.join(distDir, copy.slice(0, -3))))).toEqual([]);
  });

  it('each decompress to the very bytes of their file', () => {
    const stale = copies.filter((copy) => {
      const original = readFileSync(path.join(distDir, copy.slice(0, -3)));
      const compressed = readFileSync(path.join(distDir, copy));
      const decompressed = copy.endsWith('.br') ? brotliDecompressSync(compressed) : gunzipSync(compressed);
      return !decompressed.equals(original);
    });
    expect(
      stale,
      'copies that are not their file any more (a file changed after the build?); run `npm run build -- --precompress`',
    ).toEqual([]);
  });

  it('are smaller than their files', () => {
    const larger = copies.filter(
      (copy) => readFileSync(path.join(distDir, copy)).length >= readFileSync(path.join(distDir, copy.slice(0, -3))).length,
    );
    expect(larger).toEqual([]);
  });
});
