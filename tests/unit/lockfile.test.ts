import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { platformOf } from '../../tools/complete-lockfile.mjs';

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as {
  packages: Record<string, LockEntry>;
};

describe('package-lock.json', () => {
  it('lists every platform binary so that npm ci accepts it on a fresh machine', () => {
    const missing = Object.values(lock.packages).flatMap((entry) =>
      Object.entries(entry.optionalDependencies ?? {})
        .filter(([name, version]) => /^[\^~]?\d+\.\d+\.\d+$/.test(version) && platformOf(name) && !lock.packages[`node_modules/${name}`])
        .map(([name, version]) => `${name}@${version}`),
    );
    expect(missing, 'run `npm run lock:complete` and commit package-lock.json').toEqual([]);
  });

  it('reads os, cpu and libc from a binary package name', () => {
    expect(platformOf('@rollup/rollup-linux-x64-musl')).toEqual({ os: ['linux'], cpu: ['x64'], libc: ['musl'] });
    expect(platformOf('@pagefind/windows-arm64')).toEqual({ os: ['win32'], cpu: ['arm64'] });
    expect(platformOf('@rollup/rollup-darwin-x64')).toEqual({ os: ['darwin'], cpu: ['x64'] });
    expect(platformOf('napi-windows-process-start-time')).toEqual({ os: ['win32'] });
    expect(platformOf('@rollup/pluginutils')).toBeUndefined();
  });
});
