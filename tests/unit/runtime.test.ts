import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
  allowScripts: Record<string, boolean>;
};
const major = (version: string) => Number(/(\d+)/.exec(version)?.[1]);

describe('the runtime', () => {
  it('is Node 22 or newer for the test suite itself (npm scripts find the pinned node first)', () => {
    expect(
      major(process.versions.node),
      `running on Node ${process.versions.node}: run tests through npm (npm test), which puts node_modules/.bin/node first`,
    ).toBeGreaterThanOrEqual(22);
  });

  it('is the Node version the project pins, wherever it is named', () => {
    const pinned = pkg.devDependencies['node']!;
    expect(pinned, 'the `node` dev dependency is an exact version').toMatch(/^\d+\.\d+\.\d+$/);
    expect(process.versions.node).toBe(pinned);
    expect(read('.nvmrc').trim()).toBe(pinned);
    expect(pkg.engines.node).toBe(`>=${major(pinned)}`);
    const workflow = read('.github/workflows/deploy.yml');
    expect(workflow.match(/node-version(-file)?:.*/g)?.every((line) => line.includes('.nvmrc'))).toBe(true);
    expect(read('README.md')).toContain(`Node.js ${pinned}`);
  });

  it('is allowed to install itself, and only the install scripts the site needs run', () => {
    expect(pkg.allowScripts).toEqual({ node: true, esbuild: true, sharp: true });
  });
});
