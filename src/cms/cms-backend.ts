/**
 * Where the editor signs in and saves: the Git host and repository, from environment variables read
 * at build time (see "Browser editor (/admin/)" in README.md).
 */
import type { Backend } from '@sveltia/cms';

/** Environment variables read at build time; see "Browser editor (/admin/)" in README.md. */
export type CmsEnvironment = Partial<Record<'CMS_BACKEND' | 'CMS_REPO' | 'CMS_BRANCH' | 'CMS_APP_ID' | 'CMS_BASE_URL', string>>;

/** Placeholders that make an unconfigured build obvious on the sign-in page instead of failing the build. */
export const UNSET = {
  repo: 'CMS_REPO/ni-nastavljen',
  appId: 'CMS_APP_ID-ni-nastavljen',
  relay: 'https://CMS_BASE_URL-ni-nastavljen.invalid',
} as const;

/**
 * The Git host staff sign in to. GitLab with PKCE needs only an OAuth application id and no
 * server; GitHub needs an OAuth relay (e.g. Sveltia CMS Authenticator) at CMS_BASE_URL.
 * `test-repo` keeps everything in the browser, for trying the editor out.
 * @example backendFromEnv({ CMS_REPO: 'mladi/stran', CMS_APP_ID: 'abc' }) // { name: 'gitlab', repo: 'mladi/stran', auth_type: 'pkce', app_id: 'abc' }
 */
export function backendFromEnv(env: CmsEnvironment): Backend {
  const name = env.CMS_BACKEND || 'gitlab';
  const branch = env.CMS_BRANCH ? { branch: env.CMS_BRANCH } : {};
  const repo = env.CMS_REPO || UNSET.repo;
  if (name === 'test-repo') return { name };
  if (name === 'gitlab') {
    // A self-hosted GitLab signs in and answers API calls at its own address.
    const selfHosted = env.CMS_BASE_URL ? { base_url: env.CMS_BASE_URL, api_root: `${env.CMS_BASE_URL.replace(/\/+$/, '')}/api/v4` } : {};
    return { name, repo, auth_type: 'pkce', app_id: env.CMS_APP_ID || UNSET.appId, ...selfHosted, ...branch };
  }
  if (name === 'github') return { name, repo, base_url: env.CMS_BASE_URL || UNSET.relay, ...branch };
  throw new Error(`CMS_BACKEND="${name}": uporabite gitlab, github ali test-repo. | Use gitlab, github or test-repo.`);
}
