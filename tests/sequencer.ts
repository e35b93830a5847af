/**
 * The order test files start in: vitest's groups in their order, and inside a group (whatever the
 * project) the slowest files first, so that with two files at a time the longest one (the page checks)
 * starts at once instead of last, and the short ones fill the gaps at the end.
 *
 * vitest orders by the durations of the previous run, but a clean clone (CI) has none and falls
 * back to file size, which put `pages.test.ts` ninth. The figures below are seconds, measured one
 * file at a time by `bash .ci/run` on 1 December 2026; only their order matters. A file not named
 * here keeps vitest's order after the named ones. tests/unit/sequencer.test.ts keeps the names true.
 */
import path from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export const KNOWN_SECONDS: Readonly<Record<string, number>> = {
  'tests/e2e/pages.test.ts': 311,
  'tests/e2e/nginx.test.ts': 92,
  'tests/e2e/admin.test.ts': 82,
  'tests/e2e/search.test.ts': 81,
  'tests/e2e/centre-status.test.ts': 61,
  'tests/e2e/scale.test.ts': 57,
  'tests/e2e/way-in.test.ts': 51,
  'tests/e2e/hostile-content.test.ts': 46,
  'tests/e2e/calls-and-events.test.ts': 40,
  'tests/integration/build-atomic.test.ts': 29,
  'tests/e2e/keyboard.test.ts': 28,
  'tests/e2e/warm-build.test.ts': 25,
  'tests/e2e/header.test.ts': 18,
};

/** Seconds a file is known to take, 0 when it is not named above. */
export const knownSeconds = (root: string, moduleId: string): number =>
  KNOWN_SECONDS[path.relative(root, moduleId).split(path.sep).join('/')] ?? 0;

export default class SlowestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    const rank = new Map(base.map((file, index) => [file, index]));
    // Stable: files of different groups keep vitest's order, files of equal cost too.
    return [...base].sort((a, b) => {
      // Files of one group run together, whatever their project.
      if (a.project.config.sequence.groupOrder !== b.project.config.sequence.groupOrder) return rank.get(a)! - rank.get(b)!;
      return knownSeconds(root, b.moduleId) - knownSeconds(root, a.moduleId) || rank.get(a)! - rank.get(b)!;
    });
  }
}
