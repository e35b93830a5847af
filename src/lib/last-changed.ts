/**
 * When each content file last changed, for entries that do not set `updated`: the date of the
 * file's last commit, or the file's modification time when it is not committed (outside Git, a new
 * file, or a change not committed yet). One `git log` for all files, whatever their number, and one
 * `git diff` for the uncommitted ones. Computed afresh on every build from Git and the files, never
 * cached in Astro's data store, so a warm and a cold build give the same dates.
 *
 * Needs the whole history: a shallow clone (CI's default) dates every file to its one commit; the
 * deploy workflow checks out with `fetch-depth: 0`.
 */
import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { calendarDay } from '../schemas/dates';

/** The time zone of the day shown: the organisation is in Slovenia. */
const TIME_ZONE = 'Europe/Ljubljana';

/** Runs git in `cwd` and returns its output, or undefined outside a repository or without git. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', ['-c', 'core.quotePath=false', ...args], {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 256 * 1024 * 1024,
    });
  } catch {
    return undefined;
  }
}

/**
 * The last commit date of every file under `dir`, newest first, from one `git log` output in the
 * form `\x01<ISO date>` followed by the file names of that commit.
 * @example commitDates('\x012026-11-21T10:00:00+01:00\n\ncontent/a.md\n\x012026-01-01T10:00:00+01:00\n\ncontent/a.md\ncontent/b.md\n')
 * // Map { "content/a.md" => "2026-11-21T10:00:00+01:00", "content/b.md" => "2026-01-01T10:00:00+01:00" }
 */
export function commitDates(log: string): Map<string, string> {
  const dates = new Map<string, string>();
  for (const commit of log.split('\x01').slice(1)) {
    const [date = '', ...names] = commit.split('\n');
    for (const name of names) if (name && !dates.has(name)) dates.set(name, date.trim());
  }
  return dates;
}

/** What `lastChangedDays` reads: every path relative to `root`, with forward slashes. */
export interface LastChanged {
  /** `YYYY-MM-DD` in Slovenia of a file's last change; undefined when the file cannot be read. */
  dayOf: (path: string) => string | undefined;
}

/**
 * The day each file under `root/dir` last changed, read lazily per file from one pass over Git.
 * @example lastChangedDays(process.cwd()).dayOf('content/projects/sl/ko-prosto.md') // "2026-11-21"
 */
export function lastChangedDays(root: string, dir = 'content'): LastChanged {
  const log = git(root, ['log', '--format=%x01%cI', '--name-only', '--no-renames', '--relative', '--', dir]);
  const committed = log === undefined ? new Map<string, string>() : commitDates(log);
  // Tracked files changed since the last commit (staged or not): their own time, not the commit's.
  const changed = new Set(
    (git(root, ['diff', 'HEAD', '--name-only', '--no-renames', '--relative', '--', dir]) ?? '').split('\n').filter(Boolean),
  );
  const days = new Map<string, string | undefined>();
  return {
    dayOf(path) {
      if (days.has(path)) return days.get(path);
      let day: string | undefined;
      const commit = committed.get(path);
      if (commit && !changed.has(path)) day = calendarDay(new Date(commit), TIME_ZONE);
      else {
        try {
          day = calendarDay(statSync(join(root, path)).mtime, TIME_ZONE);
        } catch {
          day = undefined;
        }
      }
      days.set(path, day);
      return day;
    },
  };
}
