/**
 * A build with the caches of the one before it (Astro's content store, the published dist/ and its
 * compressed copies) must be faster, never different: one entry is changed and built warm, changed
 * back and built warm again, and that last dist/ must be the cold build's byte for byte
 * (tools/bench/bench-project.ts, warmRebuilds; `npm run bench` does the same at 1,000 and 5,000 entries).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareProject, warmRebuilds, type WarmResult } from '../../tools/bench/bench-project';

/** A few synthetic entries beside the real ones: the change goes into one of them. */
const ENTRIES = 20;

let project: string;
let warm: WarmResult;

/** `npm run build -- --precompress` in the copy, as a server that sends the compressed copies is built. */
function build(): Promise<{ seconds: number; cpuSeconds: number; peakRssMiB: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(join(project, 'node_modules', '.bin', 'tsx'), ['src/cli/build.ts', '--precompress'], {
      cwd: project,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`npm run build -- --precompress failed (exit ${code}):\n${output.slice(-4000)}`));
      else resolve({ seconds: (performance.now() - started) / 1000, cpuSeconds: 0, peakRssMiB: 0 });
    });
  });
}

beforeAll(async () => {
  project = prepareProject(ENTRIES, 1);
  await build();
  warm = await warmRebuilds(project, build);
}, 900_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('a warm build', () => {
  it('kept the content store of the build before it', () => {
    expect(existsSync(join(project, 'node_modules', '.astro', 'data-store.json'))).toBe(true);
    expect(readFileSync(join(project, 'node_modules', '.astro', 'data-store.inputs'), 'utf8')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('shows a changed entry', () => {
    expect(warm.changeShown).toBe(true);
  });

  it('writes the same dist/ as a cold build, byte for byte, compressed copies and search index included', () => {
    expect(warm.differences).toEqual([]);
  });
});
