/**
 * The rest tier's start order (tests/longest-first.ts): the longest file first, whatever the
 * files' sizes, with vitest's cache only where no figure is given, and groups before durations.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { TestSpecification, Vitest } from 'vitest/node';
import { longestFirst } from '../longest-first';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A stand-in for vitest's specification of a real file of this repository (sizes are read). */
const spec = (file: string, group = 0, project = 'e2e') =>
  ({
    moduleId: `${root}${file}`,
    project: { name: project, config: { sequence: { groupOrder: group }, isolate: true } },
  }) as unknown as TestSpecification;

function sequencer(expected: Record<string, number>, cached: Record<string, number> = {}) {
  const Sequencer = longestFirst(expected);
  const ctx = {
    config: { root, shard: undefined },
    cache: {
      getTestSpecificationResult: (s: TestSpecification) => {
        const duration = cached[s.moduleId.slice(root.length)];
        return duration === undefined ? undefined : { duration, failed: false };
      },
    },
  } as unknown as Vitest;
  return new Sequencer(ctx);
}

const names = (specs: TestSpecification[]) => specs.map((s) => s.moduleId.slice(root.length));

describe('longestFirst', () => {
  it('starts the longest file first, not the largest (vitest’s order on a clean clone)', async () => {
    // admin.test.ts is larger than pages.test.ts; pages takes longer.
    const files = [spec('tests/e2e/admin.test.ts'), spec('tests/e2e/pages.test.ts'), spec('tests/e2e/header.test.ts')];
    const sorted = await sequencer({ 'tests/e2e/pages.test.ts': 213, 'tests/e2e/admin.test.ts': 151, 'tests/e2e/header.test.ts': 28 }).sort(
      files,
    );
    expect(names(sorted)).toEqual(['tests/e2e/pages.test.ts', 'tests/e2e/admin.test.ts', 'tests/e2e/header.test.ts']);
  });

  it('prefers the given figure to the cache, and uses the cache for a file with none', async () => {
    const files = [spec('tests/e2e/header.test.ts'), spec('tests/e2e/pages.test.ts'), spec('tests/e2e/keyboard.test.ts')];
    const sorted = await sequencer(
      { 'tests/e2e/pages.test.ts': 213, 'tests/e2e/header.test.ts': 28 },
      { 'tests/e2e/pages.test.ts': 1_000, 'tests/e2e/keyboard.test.ts': 250_000 },
    ).sort(files);
    expect(names(sorted)).toEqual(['tests/e2e/keyboard.test.ts', 'tests/e2e/pages.test.ts', 'tests/e2e/header.test.ts']);
  });

  it('orders the files of projects that share a group together, by duration', async () => {
    const files = [
      spec('tests/e2e/header.test.ts'),
      spec('tests/integration/build-cli.test.ts', 0, 'integration'),
      spec('tests/e2e/pages.test.ts'),
    ];
    const sorted = await sequencer({
      'tests/e2e/pages.test.ts': 213,
      'tests/integration/build-cli.test.ts': 31,
      'tests/e2e/header.test.ts': 28,
    }).sort(files);
    expect(names(sorted)).toEqual(['tests/e2e/pages.test.ts', 'tests/integration/build-cli.test.ts', 'tests/e2e/header.test.ts']);
  });

  it('keeps groups in their order before any duration', async () => {
    const files = [spec('tests/e2e/pages.test.ts', 2), spec('tests/integration/build-cli.test.ts', 1, 'integration')];
    const sorted = await sequencer({ 'tests/e2e/pages.test.ts': 213 }).sort(files);
    expect(names(sorted)).toEqual(['tests/integration/build-cli.test.ts', 'tests/e2e/pages.test.ts']);
  });
});
