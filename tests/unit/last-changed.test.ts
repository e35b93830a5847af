import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitDates, lastChangedDays } from '../../src/lib/last-changed';

const repo = mkdtempSync(join(tmpdir(), 'last-changed-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

/** git in the temporary repository, with a fixed author and the commit date given. */
const git = (args: string[], date = '2026-01-01T10:00:00+01:00') =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], {
    cwd: repo,
    env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
  });
const write = (path: string, text: string) => {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), text);
};
const setTime = (path: string, iso: string) => utimesSync(join(repo, path), new Date(iso), new Date(iso));

describe('the day a content file last changed', () => {
  it('reads one git log: the newest commit that touched each file', () => {
    const log = '\x012026-11-21T10:00:00+01:00\n\ncontent/a.md\n\x012026-01-01T10:00:00+01:00\n\ncontent/a.md\ncontent/b.md\n';
    expect([...commitDates(log)]).toEqual([
      ['content/a.md', '2026-11-21T10:00:00+01:00'],
      ['content/b.md', '2026-01-01T10:00:00+01:00'],
    ]);
  });

  it('takes the last commit, then the file time for uncommitted changes and new files, in Slovenian days', () => {
    git(['init', '-q']);
    write('content/projects/sl/old.md', 'a');
    write('content/projects/sl/both.md', 'a');
    write('content/projects/sl/šumnik.md', 'a');
    git(['add', '.']);
    git(['commit', '-q', '-m', 'first'], '2026-01-01T10:00:00+01:00');
    write('content/projects/sl/both.md', 'b');
    git(['add', '.']);
    // 23:30 UTC on 14 March is already 15 March in Ljubljana.
    git(['commit', '-q', '-m', 'second'], '2026-03-14T23:30:00Z');
    write('content/projects/sl/old.md', 'changed, not committed');
    setTime('content/projects/sl/old.md', '2026-06-02T12:00:00Z');
    write('content/projects/sl/new.md', 'never committed');
    setTime('content/projects/sl/new.md', '2026-07-03T12:00:00Z');

    const days = lastChangedDays(repo);
    expect(days.dayOf('content/projects/sl/both.md')).toBe('2026-03-15');
    expect(days.dayOf('content/projects/sl/šumnik.md')).toBe('2026-01-01');
    expect(days.dayOf('content/projects/sl/old.md')).toBe('2026-06-02');
    expect(days.dayOf('content/projects/sl/new.md')).toBe('2026-07-03');
    expect(days.dayOf('content/projects/sl/missing.md')).toBeUndefined();
    // The same answer on the next build, whatever was cached in between.
    expect(lastChangedDays(repo).dayOf('content/projects/sl/both.md')).toBe('2026-03-15');
  });

  it('uses file times outside a Git repository', () => {
    const plain = mkdtempSync(join(tmpdir(), 'last-changed-plain-'));
    try {
      mkdirSync(join(plain, 'content'));
      writeFileSync(join(plain, 'content', 'a.md'), 'a');
      utimesSync(join(plain, 'content', 'a.md'), new Date('2025-05-05T12:00:00Z'), new Date('2025-05-05T12:00:00Z'));
      expect(lastChangedDays(plain).dayOf('content/a.md')).toBe('2025-05-05');
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('dates every file of this project in well under a second', () => {
    const root = join(import.meta.dirname, '..', '..');
    const started = performance.now();
    const days = lastChangedDays(root);
    expect(days.dayOf('content/centres/sl/center-mladih-koper.md')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
