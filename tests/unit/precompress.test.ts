/**
 * The build's last step (src/cli/build.ts): a .br and a .gz beside every text file worth it, the
 * same bytes once decompressed, nothing for files that are compressed already, and the published
 * build's copies taken over for files that have not changed.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { brotliQuality, isPrecompressed, precompressFolder } from '../../src/cli/precompress';

const scratch = mkdtempSync(join(tmpdir(), 'precompress-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A folder with these files. */
function folder(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(scratch, name);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

const page = `<!doctype html><html lang="sl"><title>Stran</title>${'<p>Prostovoljstvo za mlade, prostovoljci in mladinski centri.</p>'.repeat(200)}</html>`;

describe('which files get compressed copies', () => {
  it.each([
    'index.html',
    'programi/ese/index.html',
    '_astro/a.B1c2.css',
    '_astro/b.js',
    'pagefind/pagefind.js',
    'pagefind/pagefind-entry.json',
    'sitemap-0.xml',
    'favicon.svg',
    'robots.txt',
    'dogodki/koledar.ics',
    'manifest.webmanifest',
    'admin/config.yml',
  ])('%s does', (file) => {
    expect(isPrecompressed(file)).toBe(true);
  });

  it.each([
    'pagefind/fragment/sl_1a.pf_fragment',
    'pagefind/index/sl_2b.pf_index',
    'pagefind/pagefind.sl_3c.pf_meta',
    'pagefind/filter/sl_4d.pf_filter',
    'pagefind/wasm.sl.pagefind',
    'og-default.png',
    'admin/fonts/a.woff2',
    '_headers',
    'pagefind/pagefind-ui.js',
    'pagefind/pagefind-component-ui.css',
    'pagefind/pagefind-worker.js',
    'index.html.br',
    'index.html.gz',
  ])('%s does not (compressed already, never loaded, or a copy)', (file) => {
    expect(isPrecompressed(file)).toBe(false);
  });

  it.each([
    ['index.html', 25_000, 11],
    ['en/index.html', 25_000, 11],
    ['projekti/index.html', 30_000, 11],
    ['en/projects/index.html', 30_000, 11],
    ['_astro/BaseLayout.abc.css', 30_000, 11],
    ['pagefind/pagefind.js', 40_000, 11],
    ['projekti/ko-prosto/index.html', 16_000, 9],
    ['en/projects/ko-prosto/index.html', 16_000, 9],
    ['projekti/stran/2/index.html', 30_000, 9],
    ['sitemap-0.xml', 900_000, 9],
    ['admin/index.html', 900, 9],
    ['admin/sveltia-cms.js', 2_139_006, 9],
    ['_astro/huge.js', 1_100_000, 9],
  ])('give %s (%i bytes) Brotli quality %i: the best for what nearly every visit loads', (path, bytes, quality) => {
    expect(brotliQuality(path, bytes)).toBe(quality);
  });
});

describe('precompressing a build', () => {
  it('writes .br and .gz that decompress to the very file, and nothing for compressed files', async () => {
    const dir = folder('fresh', { 'index.html': page, 'pagefind/fragment/sl_1.pf_fragment': Buffer.from([0x1f, 0x8b, 1, 2, 3]) });
    const report = await precompressFolder(dir, undefined);
    expect(brotliDecompressSync(readFileSync(join(dir, 'index.html.br'))).toString()).toBe(page);
    expect(gunzipSync(readFileSync(join(dir, 'index.html.gz'))).toString()).toBe(page);
    expect(existsSync(join(dir, 'pagefind/fragment/sl_1.pf_fragment.gz'))).toBe(false);
    expect(report).toMatchObject({ files: 1, reused: 0, rawBytes: page.length });
    expect(report.brBytes).toBeLessThan(report.gzBytes);
  });

  it('compresses only the files it is told to, so the pages can be done while Pagefind writes its own', async () => {
    const dir = folder('only', { 'index.html': page, 'pagefind/pagefind.js': page });
    const pages = await precompressFolder(dir, undefined, undefined, (path) => !path.startsWith('pagefind/'));
    expect(pages.files).toBe(1);
    expect(existsSync(join(dir, 'index.html.br'))).toBe(true);
    expect(existsSync(join(dir, 'pagefind/pagefind.js.br'))).toBe(false);
    await precompressFolder(dir, undefined, undefined, (path) => path.startsWith('pagefind/'));
    expect(brotliDecompressSync(readFileSync(join(dir, 'pagefind/pagefind.js.br'))).toString()).toBe(page);
  });

  it('writes no copy that would be larger than the file', async () => {
    const dir = folder('tiny', { 'robots.txt': 'User-agent: *\n' });
    await precompressFolder(dir, undefined);
    expect(existsSync(join(dir, 'robots.txt.gz'))).toBe(false);
    expect(existsSync(join(dir, 'robots.txt.br'))).toBe(false);
  });

  it('takes the published copies of unchanged files, and compresses changed ones anew', async () => {
    const published = folder('published', { 'a/index.html': page, 'b/index.html': page });
    await precompressFolder(published, undefined);
    // Marked, so that a copy taken over can be told from one written again.
    writeFileSync(join(published, 'a/index.html.br'), 'published copy');
    writeFileSync(join(published, 'a/index.html.gz'), 'published copy');
    const changed = page.replace('Stran', 'Druga stran');
    const built = folder('built', { 'a/index.html': page, 'b/index.html': changed, 'c/index.html': page });
    const report = await precompressFolder(built, published);
    expect(report).toMatchObject({ files: 3, reused: 1 });
    expect(readFileSync(join(built, 'a/index.html.br'), 'utf8')).toBe('published copy');
    expect(brotliDecompressSync(readFileSync(join(built, 'b/index.html.br'))).toString()).toBe(changed);
    expect(gunzipSync(readFileSync(join(built, 'c/index.html.gz'))).toString()).toBe(page);
    expect(statSync(join(published, 'a/index.html.br')).size).toBe('published copy'.length);
  });

  it('stops between files when cancelled', async () => {
    const dir = folder('cancelled', Object.fromEntries(Array.from({ length: 20 }, (_, index) => [`p${index}/index.html`, page])));
    const cancelled = new AbortController();
    cancelled.abort();
    expect((await precompressFolder(dir, undefined, cancelled.signal)).files).toBe(0);
  });
});
