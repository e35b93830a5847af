import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import SlowestFirst, { KNOWN_SECONDS, knownSeconds } from '../sequencer';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('the order test files start in (tests/sequencer.ts)', () => {
  it('names only test files that exist, so a renamed slow file does not silently lose its place', () => {
    const missing = Object.keys(KNOWN_SECONDS).filter((file) => !existsSync(path.join(root, file)));
    expect(missing).toEqual([]);
  });

  it('starts the slowest files of a group first, whatever their project, and keeps the groups in order', async () => {
    const spec = (file: string, project: string, groupOrder: number) =>
      ({ moduleId: path.join(root, file), project: { name: project, config: { sequence: { groupOrder }, isolate: true } } }) as never;
    const files = [
      spec('tests/unit/sequencer.test.ts', 'unit', 0),
      spec('tests/e2e/urls.test.ts', 'e2e', 1),
      spec('tests/integration/build-atomic.test.ts', 'integration', 1),
      spec('tests/e2e/header.test.ts', 'e2e', 1),
      spec('tests/e2e/pages.test.ts', 'e2e', 1),
      spec('tests/unit/lib.test.ts', 'unit', 0),
    ];
    const context = { config: { root }, cache: { getTestSpecificationResult: () => undefined } };
    const sorted: Array<{ moduleId: string }> = await new SlowestFirst(context as never).sort(files);
    const order = sorted.map((file) => path.relative(root, file.moduleId));
    expect(order.slice(0, 2).sort()).toEqual(['tests/unit/lib.test.ts', 'tests/unit/sequencer.test.ts']);
    expect(order.slice(2)).toEqual([
      'tests/e2e/pages.test.ts',
      'tests/integration/build-atomic.test.ts',
      'tests/e2e/header.test.ts',
      'tests/e2e/urls.test.ts',
    ]);
  });

  it('reads a file by its path below the root, and gives files it does not name no head start', () => {
    expect(knownSeconds(root, path.join(root, 'tests/e2e/pages.test.ts'))).toBe(311);
    expect(knownSeconds(root, path.join(root, 'tests/e2e/urls.test.ts'))).toBe(0);
    expect(knownSeconds('/elsewhere', path.join(root, 'tests/e2e/pages.test.ts'))).toBe(0);
  });
});
