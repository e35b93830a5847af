/**
 * The benchmark's synthetic content must be content staff could have written: if the content
 * check rejected it, `npm run bench` would measure a failed build. N = 1,000 here is the size
 * `npm run bench:budgets` builds; only the check runs (seconds, not a build).
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { countsFor, questionCount, syntheticEntries, writeSyntheticContent } from '../../tools/bench/bench-content';
import { PAGE_SIZE } from '../../src/lib/pagination';
import { validateContent } from '../../src/cli/validate-content';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const temporary = mkdtempSync(join(tmpdir(), 'bench-content-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('synthetic benchmark content', () => {
  it('is the same for the same seed and different for another', () => {
    expect(syntheticEntries(50, 7)).toEqual(syntheticEntries(50, 7));
    expect(syntheticEntries(50, 8)).not.toEqual(syntheticEntries(50, 7));
  });

  it('is mostly projects and partners, with every collection present', () => {
    const counts = countsFor(1000);
    expect(counts.projects + counts.partners + counts.programmes + counts.centres + counts.opportunities + counts.events).toBe(1000);
    // An organisation has a handful of open calls at a time, not hundreds.
    expect(counts.opportunities).toBe(10);
    expect(counts.events).toBe(10);
    expect(counts.projects).toBeGreaterThan(500);
    expect(counts.partners).toBeGreaterThan(200);
    expect(countsFor(10)).toMatchObject({ programmes: 1, centres: 1, opportunities: 1, events: 1 });
    expect(countsFor(0)).toEqual({ partners: 0, programmes: 0, centres: 0, opportunities: 0, events: 0, projects: 0 });
    // And questions on top, enough to page the questions page (#30).
    expect(syntheticEntries(1000, 1).filter((entry) => entry.collection === 'faq')).toHaveLength(questionCount(1000));
    expect(questionCount(1000)).toBeGreaterThan(PAGE_SIZE.faq);
    expect(questionCount(0)).toBe(0);
  });

  it('passes the content check beside the real content at N = 1,000', () => {
    cpSync(join(projectRoot, 'content'), join(temporary, 'content'), { recursive: true });
    writeSyntheticContent(join(temporary, 'content'), syntheticEntries(1000, 1));
    const { problems, files } = validateContent(temporary);
    expect(problems.slice(0, 5)).toEqual([]);
    expect(files.length).toBeGreaterThan(1000);
  }, 120_000);
});

describe('the words of the synthetic text', () => {
  // Search cost grows with how many pages hold a query's words; the real entries hold
  // "prostovoljstvo" in 18 % and "mladi" in 22 %. The synthetic ones must not be rarer (that would
  // flatter the search figures) nor hold them everywhere (the old generator: 68 %).
  const entries = syntheticEntries(1000, 1);
  const share = (word: string) =>
    entries.filter((entry) => new RegExp(`(^|[^\\p{L}])${word}([^\\p{L}]|$)`, 'iu').test(entry.source)).length / entries.length;

  it.each(['prostovoljstvo', 'mladi'])('put "%s" in a share of entries like the real content, or a little more', (word) => {
    expect(share(word)).toBeGreaterThan(0.2);
    expect(share(word)).toBeLessThan(0.35);
  });

  it('inflect nouns, as Slovenian does', () => {
    const text = entries.map((entry) => entry.source).join('\n');
    for (const form of ['prostovoljstva', 'prostovoljstvu', 'mladih', 'skupnostjo', 'delavnico']) expect(text).toContain(form);
  });
});
