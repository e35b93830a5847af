/**
 * The evaluator must give the same answers whatever the zone of the computer it
 * runs on. Setting process.env.TZ inside a running test is unreliable (the zone
 * is read once), so this runs the hours and holiday tests again in child
 * processes, one per zone, and asserts each passes.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ZONES = ['UTC', 'America/New_York', 'Pacific/Kiritimati'];
// A child never spawns children of its own, whatever files it is asked to run.
const isChild = process.env['HOURS_EXPECT_TZ'] !== undefined;

describe.skipIf(isChild)('hours and holidays in other process zones', () => {
  it.each(ZONES)(
    'pass under TZ=%s',
    (zone) => {
      const child = spawnSync(
        'node_modules/.bin/vitest',
        [
          'run',
          'tests/unit/hours.test.ts',
          'tests/unit/holidays.test.ts',
          '--config',
          'tests/vitest.config.ts',
          '--project',
          'unit',
          '--reporter',
          'verbose',
        ],
        {
          cwd: root,
          encoding: 'utf8',
          // TEST_TIER: the unit project is in the fast tier; this file runs in test:rest, whose tier has none.
          env: { ...process.env, TZ: zone, HOURS_EXPECT_TZ: zone, TEST_TIER: 'fast', FORCE_COLOR: '0', NO_COLOR: '1' },
          timeout: 240_000,
        },
      );
      const output = `${child.stdout}\n${child.stderr}`;
      expect(child.status, output).toBe(0);
      // The child proves it ran in the zone asked for, and ran both files.
      expect(output).toContain(`runs under TZ=${zone}`);
      expect(output).toMatch(/Test Files\s+2 passed/);
    },
    240_000,
  );
});
