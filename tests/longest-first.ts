/**
 * The order test files start in: longest first, so that when files run two at a time (the rest
 * tier's browser files) the last to start is a short one, and no core sits idle at the end while
 * the other finishes a long file. vitest's own order uses the durations of the last run on this
 * machine and, on a clean clone (CI), falls back to file size, which started the page sweep (the
 * longest file, and one of the smallest) last.
 *
 * A file's expected seconds: the figure given for it (measured in CI, docs/testing.md), else its
 * duration in vitest's cache, else 0. The given figure comes first because the cache does not
 * know the tier: `npm test` runs the page sweep's sample, `test:rest` the rest of it, under one
 * name. Groups (`sequence.groupOrder`) keep vitest's order, and so do files with the
 * same figure (the sort is stable). Projects that share a group run side by side, so their files
 * are ordered together (vitest's own order runs one project's files before the next's).
 */
import { BaseSequencer, type TestSequencerConstructor, type TestSpecification } from 'vitest/node';

/** A sequencer for `expectedSeconds`, by file path from the root (`tests/e2e/pages.test.ts`). */
export function longestFirst(expectedSeconds: Readonly<Record<string, number>>): TestSequencerConstructor {
  return class LongestFirst extends BaseSequencer {
    override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
      const byVitest = await super.sort(files);
      const root = this.ctx.config.root.replace(/\/?$/, '/');
      const expected = (spec: TestSpecification): number =>
        expectedSeconds[spec.moduleId.replace(root, '')] ?? (this.ctx.cache.getTestSpecificationResult(spec)?.duration ?? 0) / 1000;
      const group = (spec: TestSpecification) => spec.project.config.sequence.groupOrder;
      return byVitest.sort((a, b) => group(a) - group(b) || expected(b) - expected(a));
    }
  };
}
