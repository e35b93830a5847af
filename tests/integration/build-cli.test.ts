/**
 * `npm run build` and `npm run check:content` as staff meet them: a copy of the project with two
 * mistakes added must stop the build before it writes a page, naming the file, line and field.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const copy = mkdtempSync(join(tmpdir(), 'build-cli-'));
for (const name of ['src', 'content', 'package.json', 'tsconfig.json', 'astro.config.mjs'])
  cpSync(join(root, name), join(copy, name), { recursive: true });
symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
afterAll(() => rmSync(copy, { recursive: true, force: true }));

const tsx = join(root, 'node_modules', '.bin', 'tsx');
const run = (...args: string[]) => spawnSync(tsx, args, { cwd: copy, encoding: 'utf8', timeout: 120_000 });

describe('the content check on the command line', () => {
  // Child processes that load Astro's frontmatter reader: seconds each, more on a loaded machine.
  it('says the content is valid, and lists the files for tools with --json', () => {
    const plain = run('src/cli/check-content.ts');
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/Vsebina je v redu .* Content is valid/);
    const json = run('src/cli/check-content.ts', '--json');
    expect(json.status).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ problems: [] });
  });
});

describe('npm run build with a mistake in the content', () => {
  it('stops Astro, with the file, line, field and fix of every mistake', () => {
    const project = join(copy, 'content', 'projects', 'sl', 'ko-prosto.md');
    const source = readFileSync(project, 'utf8');
    const broken = source.replace(/^updated: .*$/m, 'updated: "1.6.2019"');
    expect(broken).not.toBe(source);
    writeFileSync(project, broken);
    writeFileSync(join(copy, 'content', 'partners', 'sl', 'brez-imena.md'), '---\nkind: ngo\nupdated: "2026-01-01"\n---\n');
    const result = run('src/cli/build.ts');
    expect(result.status).toBe(1);
    const updatedLine = broken.split('\n').findIndex((line) => line.startsWith('updated:')) + 1;
    expect(result.stderr).toContain(`content/projects/sl/ko-prosto.md:${updatedLine} posodobljeno | updated — `);
    expect(result.stderr).toMatch(/content\/partners\/sl\/brez-imena\.md:\d+ ime \| name — /);
    expect(result.stderr).toMatch(/2 težavi v vsebini.*\| 2 content problems/);
    // Astro started beside the check; it was stopped before writing pages, and none of its output was shown.
    expect(existsSync(join(copy, 'dist', 'index.html'))).toBe(false);
    expect(result.stdout + result.stderr).not.toMatch(/\[build\]|\[content\]/);
  });
});
