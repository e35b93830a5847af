import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { astroNodeOptions, buildSteps, contentBytes, heapLimitMiB, parseBuildOptions, runAstro, type Step } from '../../src/cli/build';

describe('the heap limit of the build', () => {
  it('grows with the content and never drops below the minimum', () => {
    expect(heapLimitMiB(0)).toBe(256);
    expect(heapLimitMiB(150_000)).toBe(256);
    // 5,000 synthetic entries are about 7.5 MB of Markdown; the build needs 450–510 MiB there.
    expect(heapLimitMiB(7_500_000)).toBeGreaterThan(700);
    expect(heapLimitMiB(7_500_000)).toBeLessThan(800);
    expect(heapLimitMiB(30_000_000)).toBeGreaterThan(heapLimitMiB(7_500_000) * 3);
  });

  it("is added to the caller's NODE_OPTIONS with a smaller young generation, and a limit the caller set wins", () => {
    expect(astroNodeOptions(undefined, 0)).toBe('--max-old-space-size=256 --max-semi-space-size=8');
    expect(astroNodeOptions('--enable-source-maps', 0)).toBe('--enable-source-maps --max-old-space-size=256 --max-semi-space-size=8');
    expect(astroNodeOptions('--max-old-space-size=4096', 7_500_000)).toBe('--max-old-space-size=4096 --max-semi-space-size=8');
    expect(astroNodeOptions('--max-old-space-size 4096', 7_500_000)).toBe('--max-old-space-size 4096 --max-semi-space-size=8');
    expect(astroNodeOptions('--max-semi-space-size=64', 0)).toBe('--max-semi-space-size=64 --max-old-space-size=256');
    expect(astroNodeOptions('--max-old-space-size=4096 --max-semi-space-size=64', 0)).toBe(
      '--max-old-space-size=4096 --max-semi-space-size=64',
    );
  });
});

describe('the arguments of npm run build', () => {
  it('writes the compressed copies only when asked to', () => {
    expect(parseBuildOptions([])).toEqual({ precompress: false });
    expect(parseBuildOptions(['--precompress'])).toEqual({ precompress: true });
  });

  it('refuses an argument it does not know, so a misspelt one never builds without the copies unnoticed', () => {
    expect(() => parseBuildOptions(['--precompres'])).toThrow(/unknown argument --precompres/);
    expect(() => parseBuildOptions(['--precompress', 'dist'])).toThrow(/unknown argument dist/);
  });
});

describe('the build steps', () => {
  const root = mkdtempSync(join(tmpdir(), 'build-script-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  mkdirSync(join(root, 'content', 'projects', 'sl'), { recursive: true });
  mkdirSync(join(root, 'content', 'images'), { recursive: true });
  writeFileSync(join(root, 'content', 'projects', 'sl', 'a.md'), 'x'.repeat(1000));
  writeFileSync(join(root, 'content', 'projects', 'sl', 'b.mdx'), 'x'.repeat(500));
  writeFileSync(join(root, 'content', 'images', 'photo.jpg'), 'x'.repeat(100_000));

  it('count the bytes of Markdown only, in every folder', () => expect(contentBytes(join(root, 'content'))).toBe(1500));

  it('check the content, run Astro with the limit and Pagefind over dist/', () => {
    const { check, astro, pagefind } = buildSteps(root, { PATH: '/usr/bin' });
    expect(check.command.at(-1)).toBe(join(root, 'src', 'cli', 'check-content.ts'));
    expect(check.env['NODE_OPTIONS']).toBeUndefined();
    expect(astro.command.slice(1)).toEqual(['build']);
    expect(astro.env['NODE_OPTIONS']).toBe('--max-old-space-size=256 --max-semi-space-size=8');
    expect(astro.env['PATH']).toBe('/usr/bin');
    expect(pagefind.command.slice(1)).toEqual(['--site', 'dist']);
    expect(pagefind.env['NODE_OPTIONS']).toBeUndefined();
  });
});

describe('a build that runs out of heap', () => {
  const astro: Step = { name: 'astro build', command: ['astro', 'build'], env: { NODE_OPTIONS: '--max-old-space-size=256' } };
  const quiet = () => vi.spyOn(console, 'error').mockImplementation(() => {});

  it('is run again without the limit, and that outcome counts', async () => {
    const spy = quiet();
    const rerun = vi.fn().mockResolvedValue({ code: 0, outOfMemory: false });
    expect(await runAstro(astro, Promise.resolve({ code: 134, outOfMemory: true }), rerun, undefined)).toBe(0);
    expect(rerun).toHaveBeenCalledTimes(1);
    expect((rerun.mock.calls[0]![0] as Step).env.NODE_OPTIONS).toBe('');
    expect(spy.mock.calls.join(' ')).toMatch(/zmanjkalo pomnilnika.*ran out of the heap/s);
    spy.mockRestore();
  });

  it('is not run again when it failed for another reason, or under a limit the caller chose', async () => {
    const rerun = vi.fn().mockResolvedValue({ code: 0, outOfMemory: false });
    expect(await runAstro(astro, Promise.resolve({ code: 1, outOfMemory: false }), rerun, undefined)).toBe(1);
    expect(await runAstro(astro, Promise.resolve({ code: 134, outOfMemory: true }), rerun, '--max-old-space-size=256')).toBe(134);
    expect(await runAstro(astro, Promise.resolve({ code: 0, outOfMemory: false }), rerun, undefined)).toBe(0);
    expect(rerun).not.toHaveBeenCalled();
  });
});
