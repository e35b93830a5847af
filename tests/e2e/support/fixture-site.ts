/**
 * A fixture site: a throw-away copy of the project (as `npm run bench` makes one, with no
 * synthetic entries) with a fixture's content laid over the real content, built with
 * `npm run build`. The real content/ and dist/ are never written to.
 *
 * Test files only read a fixture site, so the files that use the same fixture share one build
 * (posters.test.ts and calls-and-events.test.ts both use calls-and-events): the copy lives in the
 * system's temporary folder under a name made of the fixture and a hash of everything the build
 * reads, and a later file, or a later run with the same sources, reuses it. A copy is complete
 * only once its build succeeded (it is renamed into place then), and a copy of older sources is
 * removed when a new one is built.
 *
 * Run it by hand to look at a fixture site: `npx tsx tests/e2e/support/fixture-site.ts calls-and-events`
 * prints the folder of its dist/, which E2E_DIST_DIR points the page tests at.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { digestOfPaths } from '../../../src/cli/build';
import { prepareProject } from '../../../tools/bench/bench-project';
import { projectRoot } from '../../../tools/harness/paths';

/** What a fixture build reads: the copy's sources (prepareProject), the fixture, and the installed packages. */
const BUILD_INPUTS = ['src', 'public', 'content', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'package-lock.json'];

/** A short hash of everything the fixture site `name` is built from. */
export const fixtureSourceHash = (name: string): string =>
  digestOfPaths(projectRoot, [...BUILD_INPUTS, join('tests', 'fixtures', name)]).slice(0, 16);

/** How long a file waits for another one's build of the same fixture site before it gives up. */
const LOCK_WAIT_MS = 600_000;

/** Blocks the thread for `ms` (the build below is synchronous too). */
const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** True when the process that took the lock has ended without releasing it. */
function lockHolderIsGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(readFileSync(join(lock, 'pid'), 'utf8'));
  } catch {
    return false; // just taken: its pid is not written yet
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Builds the site with tests/fixtures/<name>/content added, or reuses that build; returns the
 * copy's folder (its build is in dist/). Test files that run at the same time and want the same
 * fixture site take turns through a lock folder: the first builds, the others wait for it.
 */
export function buildFixtureSite(name: string): string {
  const prefix = `fixture-site-${name}-`;
  const shared = join(tmpdir(), `${prefix}${fixtureSourceHash(name)}`);
  const isBuilt = () => existsSync(join(shared, 'dist', 'index.html'));
  const lock = `${shared}.lock`;
  const waitUntil = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    if (isBuilt()) return shared;
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (lockHolderIsGone(lock)) {
        rmSync(lock, { recursive: true, force: true }); // left by a run that was stopped mid-build
        continue;
      }
      if (Date.now() > waitUntil)
        throw new Error(`${lock} has been held for ${LOCK_WAIT_MS / 1000} s: delete it if no test run is building`);
      sleep(500);
    }
  }
  try {
    if (isBuilt()) return shared; // built while this file waited for the lock
    const project = prepareProject(0, 1);
    cpSync(join(projectRoot, 'tests', 'fixtures', name, 'content'), join(project, 'content'), { recursive: true });
    const result = spawnSync(join(project, 'node_modules', '.bin', 'tsx'), ['src/cli/build.ts'], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (result.status !== 0) {
      rmSync(project, { recursive: true, force: true });
      throw new Error(`the ${name} fixture site did not build (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
    }
    // Copies of older sources go (never one a run may be reading: that has this name); then
    // this one takes the shared name, whole or not at all.
    for (const old of readdirSync(tmpdir()).filter((entry) => entry.startsWith(prefix) && !entry.endsWith('.lock'))) {
      rmSync(join(tmpdir(), old), { recursive: true, force: true });
    }
    renameSync(project, shared);
    return shared;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(join(buildFixtureSite(process.argv[2] ?? 'calls-and-events'), 'dist'));
}
