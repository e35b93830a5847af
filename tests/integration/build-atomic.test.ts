/**
 * `npm run build` publishes all or nothing: the site is built beside dist/ and replaces it only when
 * the content check, Astro and Pagefind have all passed. Real builds run in a copy of the project;
 * each step is made to fail in turn, and the dist/ built before must stay as it was, byte for byte,
 * with no build folder left behind.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { abandonedBuildFolders, asideFolder, buildFolder, buildSteps, publish } from '../../src/cli/build';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** A real build of the small site takes 10–25 s on the two-core machines; the first one is the slowest. */
const BUILD_TIMEOUT_MS = 180_000;

/**
 * A copy of what the build reads. Packages are linked one by one, so Astro's and Vite's caches stay
 * in the copy (as in tools/bench/bench-project.ts), and node_modules/.bin is a folder of the copy's own,
 * so that a test can put a failing `pagefind` in it without touching the project's.
 */
function copyProject(): string {
  const copy = mkdtempSync(join(tmpdir(), 'build-atomic-'));
  for (const name of ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json', '.gitignore'])
    cpSync(join(root, name), join(copy, name), { recursive: true });
  mkdirSync(join(copy, 'node_modules', '.bin'), { recursive: true });
  for (const name of readdirSync(join(root, 'node_modules'))) {
    if (!name.startsWith('.')) symlinkSync(join(root, 'node_modules', name), join(copy, 'node_modules', name));
  }
  for (const name of readdirSync(join(root, 'node_modules', '.bin')))
    symlinkSync(join(root, 'node_modules', '.bin', name), join(copy, 'node_modules', '.bin', name));
  return copy;
}

/**
 * Every file, folder and link under `dir`: a file by its SHA-256 and modification time (rewritten
 * with the same bytes would show), a folder by its inode (moved away and back, or replaced, would
 * show).
 */
function snapshot(dir: string): Record<string, string> {
  const entries: Record<string, string> = { '.': `folder ${lstatSync(dir).ino}` };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    const stats = lstatSync(path);
    entries[relative(dir, path)] = entry.isSymbolicLink()
      ? `link ${readlinkSync(path)}`
      : entry.isDirectory()
        ? `folder ${stats.ino}`
        : `file ${createHash('sha256').update(readFileSync(path)).digest('hex')} ${stats.mtimeMs}`;
  }
  return entries;
}

const copy = copyProject();
afterAll(() => rmSync(copy, { recursive: true, force: true }));
const dist = join(copy, 'dist');
/** Folders named like a build's own (dist.next-<pid>, dist.old-<pid>), left in the project. */
const leftovers = () => readdirSync(copy).filter((name) => name.startsWith('dist.'));
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** `npm run build` in the copy. */
function build() {
  const result = spawnSync(tsx, ['src/cli/build.ts'], {
    cwd: copy,
    env,
    encoding: 'utf8',
    timeout: BUILD_TIMEOUT_MS,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Runs `during` with `path` holding `text`, then puts back what was there (or nothing). */
function withFile<T>(path: string, text: string, during: () => T): T {
  const before = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  writeFileSync(path, text);
  try {
    return during();
  } finally {
    if (before === undefined) rmSync(path);
    else writeFileSync(path, before);
  }
}

/** Expects a failed build that left dist/ exactly as `before`, and no folder of its own. */
function expectUnchanged(result: { status: number | null; output: string }, before: Record<string, string>) {
  expect(result.status, result.output.slice(-3000)).not.toBe(0);
  expect(result.output).toContain('dist/ is unchanged');
  expect(snapshot(dist)).toEqual(before);
  expect(leftovers()).toEqual([]);
}

describe('npm run build, all or nothing', () => {
  it(
    'replaces dist/ completely when every step passes, and removes folders abandoned by killed builds',
    { timeout: BUILD_TIMEOUT_MS },
    () => {
      mkdirSync(join(dist, 'programi'), { recursive: true });
      writeFileSync(join(dist, 'index.html'), '<p>the previous build</p>');
      writeFileSync(join(dist, 'programi', 'removed-since.html'), '<p>a page the content no longer has</p>');
      // Process ids above the kernel's maximum (2^22) belong to no running build.
      mkdirSync(join(copy, 'dist.next-99999999', 'pagefind'), { recursive: true });
      mkdirSync(join(copy, 'dist.old-99999998'));

      const result = build();
      expect(result.status, result.output.slice(-3000)).toBe(0);
      expect(result.output).toContain('The new build is in dist/.');
      expect(existsSync(join(dist, 'programi', 'removed-since.html'))).toBe(false);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('the previous build');
      expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(existsSync(join(dist, 'sitemap-index.xml'))).toBe(true);
      // The compressed copies only with --precompress (tests/e2e/warm-build.test.ts builds with it).
      expect(existsSync(join(dist, 'index.html.br')) || existsSync(join(dist, 'index.html.gz'))).toBe(false);
      expect(leftovers()).toEqual([]);
    },
  );

  it('leaves dist/ as it was when the content check fails', { timeout: BUILD_TIMEOUT_MS }, () => {
    const before = snapshot(dist);
    const file = join(copy, 'content', 'projects', 'sl', 'ko-prosto.md');
    const broken = readFileSync(file, 'utf8').replace(/^updated: .*$/m, 'updated: "1.6.2019"');
    const result = withFile(file, broken, build);
    expect(result.output).toMatch(/content\/projects\/sl\/ko-prosto\.md:\d+ posodobljeno \| updated/);
    expectUnchanged(result, before);
  });

  it('leaves dist/ as it was when a page fails to render after others were written', { timeout: BUILD_TIMEOUT_MS }, () => {
    const before = snapshot(dist);
    // The wait lets the other pages render and be written first, as when page 300 of 2,000 fails.
    const page = "---\nawait new Promise((resolve) => setTimeout(resolve, 2000));\nthrow new Error('planted render failure');\n---\n";
    const result = withFile(join(copy, 'src', 'pages', 'render-failure.astro'), page, build);
    expect(result.output).toContain('planted render failure');
    expect(result.output).toMatch(/index\.html/);
    expectUnchanged(result, before);
  });

  it('leaves dist/ as it was when Pagefind fails', { timeout: BUILD_TIMEOUT_MS }, () => {
    const before = snapshot(dist);
    const pagefind = join(copy, 'node_modules', '.bin', 'pagefind');
    const real = readlinkSync(pagefind);
    // Unlinked before writing: writing through the link would replace the project's own Pagefind.
    unlinkSync(pagefind);
    // It writes the file the browser tests take as the sign of a complete build, then fails.
    writeFileSync(
      pagefind,
      '#!/bin/sh\nmkdir -p "$2/pagefind" && echo partial > "$2/pagefind/pagefind.js"\necho "planted Pagefind failure" >&2\nexit 1\n',
    );
    chmodSync(pagefind, 0o755);
    try {
      const result = build();
      expect(result.output).toContain('planted Pagefind failure');
      expect(result.output).toContain('[build] Complete!');
      expectUnchanged(result, before);
    } finally {
      unlinkSync(pagefind);
      symlinkSync(real, pagefind);
    }
  });

  it('leaves dist/ as it was when Ctrl+C stops the build while Astro writes', { timeout: BUILD_TIMEOUT_MS }, async () => {
    const before = snapshot(dist);
    // A process group of its own, signalled as a whole, as a terminal does on Ctrl+C.
    const child = spawn(tsx, ['src/cli/build.ts'], { cwd: copy, env, detached: true });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    // Astro has created the build folder (tsx runs the build in a process of its own, so its name is not known here).
    const started = Date.now();
    while (leftovers().length === 0 && child.exitCode === null && Date.now() - started < BUILD_TIMEOUT_MS / 2)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(leftovers(), output.slice(-3000)).toHaveLength(1);
    process.kill(-child.pid!, 'SIGINT');
    const status = await closed;
    expectUnchanged({ status, output }, before);
  });
});

describe('the steps of an atomic build', () => {
  it('build into the folder named after the process, and index that folder', () => {
    const { astro, pagefind } = buildSteps(root, {}, buildFolder(42));
    expect(astro.command.slice(1)).toEqual(['build', '--outDir', 'dist.next-42']);
    expect(pagefind.command.slice(1)).toEqual(['--site', 'dist.next-42']);
    expect(asideFolder(42)).toBe('dist.old-42');
  });

  it('remove only the folders of builds that no longer run', () => {
    const names = ['dist', 'dist.next-17', 'dist.old-18', 'dist.next-19', 'dist.next-x', 'dist.next-0', 'dist.next-17.bak', 'src'];
    expect(abandonedBuildFolders(names, (pid) => pid === 19)).toEqual(['dist.next-17', 'dist.old-18']);
  });
});

describe('publishing a build', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'publish-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const folder = (name: string, files: Record<string, string>) => {
    const path = join(scratch, name);
    mkdirSync(path, { recursive: true });
    for (const [file, text] of Object.entries(files)) writeFileSync(join(path, file), text);
    return path;
  };

  it('puts the new build in place of the old one and deletes the old one', () => {
    const published = folder('a/dist', { 'index.html': 'old', 'stale.html': 'gone' });
    const built = folder('a/dist.next-1', { 'index.html': 'new' });
    publish(built, published, join(scratch, 'a', 'dist.old-1'));
    expect(readdirSync(join(scratch, 'a'))).toEqual(['dist']);
    expect(readdirSync(published)).toEqual(['index.html']);
    expect(readFileSync(join(published, 'index.html'), 'utf8')).toBe('new');
  });

  it('publishes the first build when there was none', () => {
    const built = folder('b/dist.next-1', { 'index.html': 'new' });
    publish(built, join(scratch, 'b', 'dist'), join(scratch, 'b', 'dist.old-1'));
    expect(readdirSync(join(scratch, 'b'))).toEqual(['dist']);
  });

  it('puts the old build back when the new one cannot be moved in', () => {
    const published = folder('c/dist', { 'index.html': 'old' });
    const before = snapshot(published);
    expect(() => publish(join(scratch, 'c', 'dist.next-missing'), published, join(scratch, 'c', 'dist.old-1'))).toThrow(/ENOENT/);
    expect(readdirSync(join(scratch, 'c'))).toEqual(['dist']);
    expect(snapshot(published)).toEqual(before);
  });
});
