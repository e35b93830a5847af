/**
 * Building the site once for the browser tests and the screenshots, and reusing a build that is
 * still fresh, because `astro build` + Pagefind takes a while on a two-core machine.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { distDir, isForeignDist, projectRoot } from './paths';

/** Everything the build reads that staff or developers edit. */
const BUILD_INPUTS = [
  'src',
  'content',
  'public',
  'astro.config.mjs',
  // the `@/` path alias
  'tsconfig.json',
  'package-lock.json',
];

/**
 * The browser tests check the compressed copies too (tests/e2e/precompressed.test.ts, nginx.test.ts),
 * so they build with them: `npm run build -- --precompress`.
 */
const BUILD_ARGUMENTS = ['run', 'build', '--', '--precompress'];

/**
 * The copies of Pagefind's files are written last in `npm run build -- --precompress`, so the
 * copy of its entry file is there only after a build with the copies that got to the end; its
 * time stamp is the time of that build. A build without the copies (`npm run build`) has none,
 * and is not taken for the browser tests' build.
 */
const BUILD_COMPLETE_MARKER = path.join(distDir, 'pagefind', 'pagefind.js.br');

/** Newest modification time (ms) of a file or of any file below a folder; 0 when absent. */
function newestModificationTime(fileOrFolder: string): number {
  if (!existsSync(fileOrFolder)) return 0;
  const stats = statSync(fileOrFolder);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return readdirSync(fileOrFolder).reduce(
    (newest, name) => Math.max(newest, newestModificationTime(path.join(fileOrFolder, name))),
    stats.mtimeMs, // a deleted file shows only as a newer folder time
  );
}

/** True when the last complete build is newer than every input, so building again would change nothing. */
export function isBuildFresh(): boolean {
  if (!existsSync(BUILD_COMPLETE_MARKER)) return false;
  const builtAt = statSync(BUILD_COMPLETE_MARKER).mtimeMs;
  const newestInput = Math.max(...BUILD_INPUTS.map((input) => newestModificationTime(path.join(projectRoot, input))));
  return builtAt > newestInput;
}

/** Runs `npm run build -- --precompress` in the foreground; its output is the best explanation when it fails. */
function buildSite(): void {
  console.log('building the site for browser tests… (npm run build -- --precompress)');
  const startedAt = Date.now();
  const result = spawnSync('npm', BUILD_ARGUMENTS, { cwd: projectRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    throw new Error(
      `\`npm ${BUILD_ARGUMENTS.join(' ')}\` failed (exit ${result.status ?? result.signal}); the browser tests need a built site.`,
    );
  }
  console.log(`site built in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`);
}

/**
 * Makes sure dist/ holds a build of the current sources. E2E_SKIP_BUILD=1 trusts whatever
 * dist/ holds (for iterating on tests), and so does E2E_DIST_DIR, which names a build that
 * `npm run build` would not write; an empty build is still an error.
 */
export function ensureFreshBuild(): void {
  if (process.env.E2E_SKIP_BUILD === '1' || isForeignDist) {
    const reason = isForeignDist ? `E2E_DIST_DIR=${distDir}` : 'E2E_SKIP_BUILD=1';
    if (!existsSync(path.join(distDir, 'index.html'))) {
      throw new Error(`${reason}, but ${path.join(distDir, 'index.html')} does not exist: build the site first.`);
    }
    console.log(`${reason}: testing the existing build as it is`);
    return;
  }
  if (isBuildFresh()) {
    console.log('dist/ is newer than every source file: reusing it');
    return;
  }
  buildSite();
}
