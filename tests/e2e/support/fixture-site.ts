/**
 * A fixture site: a throw-away copy of the project (as `npm run bench` makes one, with no
 * synthetic entries) with a fixture's content laid over the real content, built with
 * `npm run build`. The real content/ and dist/ are never written to.
 *
 * Run it by hand to look at a fixture site: `npx tsx tests/e2e/support/fixture-site.ts calls-and-events`
 * prints the folder of its dist/, which E2E_DIST_DIR points the page tests at.
 */
import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareProject } from '../../../tools/bench/bench-project';
import { projectRoot } from '../../../tools/harness/paths';

/** Builds the site with tests/fixtures/<name>/content added; returns the copy's folder (its build is in dist/). */
export function buildFixtureSite(name: string): string {
  const project = prepareProject(0, 1);
  cpSync(join(projectRoot, 'tests', 'fixtures', name, 'content'), join(project, 'content'), { recursive: true });
  const result = spawnSync(join(project, 'node_modules', '.bin', 'tsx'), ['src/cli/build.ts'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`the ${name} fixture site did not build (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  return project;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(join(buildFixtureSite(process.argv[2] ?? 'calls-and-events'), 'dist'));
}
