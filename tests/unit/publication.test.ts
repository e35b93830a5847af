import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isPublication, publicationLine } from '../../src/lib/publication';
import { publicationOf } from '../../src/lib/publication-source';
import { showPublication } from '../../src/cms/publication-status';

const now = new Date('2026-12-01T10:05:00Z');
const root = join(import.meta.dirname, '..', '..');

describe('/objava.json: what the site was built from', () => {
  it('takes commit and branch from GitHub Actions or Cloudflare Pages', () => {
    expect(publicationOf({ GITHUB_SHA: 'a'.repeat(40), GITHUB_REF_NAME: 'main' }, now, root)).toEqual({
      commit: 'a'.repeat(40),
      builtAt: '2026-12-01T10:05:00.000Z',
      branch: 'main',
    });
    expect(publicationOf({ CF_PAGES_COMMIT_SHA: 'b'.repeat(40), CF_PAGES_BRANCH: 'main' }, now, root)).toMatchObject({
      commit: 'b'.repeat(40),
      branch: 'main',
    });
  });

  it('asks Git outside CI, and says nothing it does not know outside Git', () => {
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    expect(publicationOf({}, now, root).commit).toBe(head);
    const plain = mkdtempSync(join(tmpdir(), 'publication-'));
    try {
      expect(publicationOf({}, now, plain)).toEqual({ commit: '', builtAt: now.toISOString(), branch: '' });
    } finally {
      rmSync(plain, { recursive: true, force: true });
    }
  });

  it('uses SOURCE_DATE_EPOCH as the build time when set', () => {
    expect(publicationOf({ SOURCE_DATE_EPOCH: '1764583200', GITHUB_SHA: 'c' }, now, root).builtAt).toBe('2025-12-01T10:00:00.000Z');
  });
});

describe('the line on the editor page', () => {
  const publication = { commit: '0123456789abcdef0123456789abcdef01234567', builtAt: '2026-12-01T10:05:00.000Z', branch: 'main' };

  it('says when (Ljubljana time) and which version, in Slovenian', () => {
    expect(publicationLine(publication)).toBe('Objavljeno: 1. 12. 2026 ob 11.05, različica 0123456');
    expect(publicationLine({ ...publication, builtAt: '2026-07-01T22:30:00.000Z', commit: '' })).toBe('Objavljeno: 2. 7. 2026 ob 00.30');
  });

  it('accepts only a well-formed status file', () => {
    expect(isPublication(publication)).toBe(true);
    expect(isPublication({ ...publication, builtAt: 'včeraj' })).toBe(false);
    expect(isPublication({ commit: 1 })).toBe(false);
    expect(isPublication(null)).toBe(false);
  });

  it('fills the element from the site, and stays hidden when the file is missing or wrong', async () => {
    const element = { textContent: '', title: '', hidden: true } as unknown as HTMLElement;
    await showPublication(element, () => Promise.resolve(publication));
    expect(element.textContent).toBe('Objavljeno: 1. 12. 2026 ob 11.05, različica 0123456');
    expect(element.hidden).toBe(false);
    const missing = { textContent: '', title: '', hidden: true } as unknown as HTMLElement;
    await showPublication(missing, () => Promise.reject(new Error('404')));
    await showPublication(missing, () => Promise.resolve('<html>'));
    expect(missing.hidden).toBe(true);
    expect(missing.textContent).toBe('');
  });
});
