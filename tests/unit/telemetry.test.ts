/**
 * No telemetry (issue 30, item 17): Astro sends anonymous usage data unless
 * ASTRO_TELEMETRY_DISABLED is set, so every way the project runs Astro sets it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildSteps } from '../../src/cli/build';

const root = fileURLToPath(new URL('../..', import.meta.url));
const scripts = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The parts of an npm script that start Astro's command line ("astro dev", "astro check" …). */
const astroCommands = (script: string): string[] => script.split('&&').filter((part) => /(^|\s)astro\s+\w/.test(part.trim()));

describe('Astro never sends usage data', () => {
  const saved = process.env['ASTRO_TELEMETRY_DISABLED'];
  afterEach(() => {
    if (saved === undefined) delete process.env['ASTRO_TELEMETRY_DISABLED'];
    else process.env['ASTRO_TELEMETRY_DISABLED'] = saved;
  });

  it('from `npm run build`, whatever the caller’s environment', () => {
    const { astro } = buildSteps(root, { PATH: '/usr/bin' });
    expect(astro.env['ASTRO_TELEMETRY_DISABLED']).toBe('1');
  });

  it('from every npm script that runs Astro', () => {
    const commands = Object.values(scripts).flatMap(astroCommands);
    // dev, start (preview) and check: a script renamed away would make this test prove nothing.
    expect(commands.length).toBeGreaterThanOrEqual(3);
    for (const command of commands) expect(command.trim()).toMatch(/^ASTRO_TELEMETRY_DISABLED=1 astro /);
  });

  it('from `npx astro …` run by hand: the configuration turns it off', async () => {
    delete process.env['ASTRO_TELEMETRY_DISABLED'];
    await import(/* @vite-ignore */ `${pathToFileURL(`${root}astro.config.mjs`).href}?telemetry`);
    expect(process.env['ASTRO_TELEMETRY_DISABLED']).toBe('1');
  }, 60_000);
});
