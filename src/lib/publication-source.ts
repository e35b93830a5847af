/**
 * Where /objava.json's facts come from at build time: the CI's variables, else Git.
 */
import { execFileSync } from 'node:child_process';
import type { Publication } from './publication';

/** Runs git in `cwd`; undefined outside a repository or without git. */
function gitOutput(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * The instant of the build: `SOURCE_DATE_EPOCH` (seconds) when set, for reproducible builds, else now.
 * @example buildInstant({ SOURCE_DATE_EPOCH: "1764583200" }) // Date.parse("2025-12-01T10:00:00Z")
 */
export function buildInstant(env: Readonly<Record<string, string | undefined>> = process.env, now = Date.now()): number {
  const epoch = Number(env['SOURCE_DATE_EPOCH']);
  return env['SOURCE_DATE_EPOCH'] && Number.isFinite(epoch) ? epoch * 1000 : now;
}

/**
 * The build's origin: from the CI's variables (GitHub Actions, Cloudflare Pages), else from Git in
 * `cwd`. `SOURCE_DATE_EPOCH` (seconds), when set, fixes the build time for reproducible builds.
 * @example publicationOf({ GITHUB_SHA: "abc", GITHUB_REF_NAME: "main" }, new Date("2026-12-01T10:00:00Z"))
 * // { commit: "abc", builtAt: "2026-12-01T10:00:00.000Z", branch: "main" }
 */
export function publicationOf(env: Readonly<Record<string, string | undefined>>, now: Date, cwd = process.cwd()): Publication {
  const builtAt = new Date(buildInstant(env, now.getTime())).toISOString();
  const commit = env['GITHUB_SHA'] || env['CF_PAGES_COMMIT_SHA'] || gitOutput(cwd, ['rev-parse', 'HEAD']) || '';
  const branch = env['GITHUB_REF_NAME'] || env['CF_PAGES_BRANCH'] || gitOutput(cwd, ['rev-parse', '--abbrev-ref', 'HEAD']) || '';
  return { commit, builtAt, branch: branch === 'HEAD' ? '' : branch };
}
