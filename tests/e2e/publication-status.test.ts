/**
 * Staff see which save is live (issue 21): the built site carries /objava.json, made from the commit
 * it was built from, and the editor's page /admin/ shows "Objavljeno: <time>, različica <commit>"
 * read from it, without covering or blocking the editor.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { isPublication, publicationLine } from '../../src/lib/publication';
import { useBrowserSession } from './support/browser-session';
import { distDir } from '../../tools/harness/paths';

const baseUrl = inject('baseUrl');
const session = useBrowserSession();

describe('what the site was built from', () => {
  it('publishes /objava.json with the commit, the build time and the branch', async () => {
    const response = await fetch(new URL('/objava.json', baseUrl));
    expect(response.status).toBe(200);
    const publication: unknown = await response.json();
    expect(isPublication(publication)).toBe(true);
    const built = JSON.parse(readFileSync(path.join(distDir, 'objava.json'), 'utf8')) as { commit: string; builtAt: string };
    expect(publication).toEqual(built);
    // Built here, outside CI: the commit is this worktree's HEAD, and the build is recent.
    if (!process.env['GITHUB_SHA']) expect(built.commit).toBe(execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim());
    expect(Date.now() - Date.parse(built.builtAt)).toBeLessThan(24 * 60 * 60 * 1000);
  });

  it('shows "Objavljeno: …, različica …" on the editor page, over the editor, letting clicks through', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    const siteHost = new URL(baseUrl).host;
    // The editor asks other hosts for updates; the page's policy refuses them, and so does this.
    await context.route(
      (url) => url.host !== siteHost,
      (route) => route.abort(),
    );
    const page = await context.newPage();
    await page.goto(new URL('/admin/', baseUrl).href);
    const line = page.locator('#objava');
    await line.waitFor({ state: 'visible' });
    const publication = JSON.parse(readFileSync(path.join(distDir, 'objava.json'), 'utf8')) as {
      commit: string;
      builtAt: string;
      branch: string;
    };
    await expect.poll(() => line.textContent()).toBe(publicationLine(publication));
    expect(await line.textContent()).toMatch(
      new RegExp(`^Objavljeno: \\d{1,2}\\. \\d{1,2}\\. \\d{4} ob \\d{2}\\.\\d{2}, različica ${publication.commit.slice(0, 7)}$`),
    );
    expect(await line.evaluate((element) => getComputedStyle(element).pointerEvents)).toBe('none');
    const box = await line.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(800);
  });
});
