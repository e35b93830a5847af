/**
 * The sanitiser alone keeps visitors safe: a copy of the site whose content holds the hostile
 * bodies of tests/fixtures/hostile/ is built with `astro build` directly (no content check, which
 * would refuse them), served WITHOUT the security headers of public/_headers and with the pages'
 * own <meta> Content-Security-Policy taken out (no policy to fall back on), and every hostile page
 * is opened in Chromium. No
 * script may run, no dialog open, no request leave for another host, no navigation happen; the
 * harmless text around each attack stays. The allowed bodies keep their HTML and local image.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareProject } from '../../tools/bench/bench-project';
import { HOSTILE_CASES } from '../fixtures/hostile/cases';
import { useBrowserSession } from './support/browser-session';
import { isForeignUrl } from './support/inspect';
import { startServer, stopServer, type StaticServer } from '../../tools/harness/server';

const fixtures = fileURLToPath(new URL('../fixtures/hostile/', import.meta.url));
/** What an MDX import, export or expression in the fixtures would write if it ran during the build. */
const BUILD_MARKER = 'hostile-build-ran.txt';
/** Long enough after `load` for a 0-second refresh, an onerror or a late fetch to have happened. */
const SETTLE_MS = 300;

const session = useBrowserSession();
let project: string;
let server: StaticServer;

beforeAll(async () => {
  // The real content with a few synthetic entries (the smallest copy the benchmark makes), plus the hostile pages.
  project = prepareProject(0, 1);
  cpSync(join(fixtures, 'pages'), join(project, 'content', 'pages'), { recursive: true });
  cpSync(join(fixtures, 'images'), join(project, 'content', 'images'), { recursive: true });
  const result = spawnSync(join(project, 'node_modules', '.bin', 'astro'), ['build'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`astro build of the hostile site failed (exit ${result.status}):\n${(result.stdout + result.stderr).slice(-4000)}`);
  // No policy at all: the meta policy every page carries is taken out, and no headers are sent, so
  // what holds here is the sanitiser's doing alone.
  for (const file of filesBelow(join(project, 'dist')).filter((path) => path.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const bare = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/gi, '');
    writeFileSync(file, bare);
  }
  server = await startServer(join(project, 'dist'));
});

afterAll(async () => {
  if (server) await stopServer(server);
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Every file below `dir`. */
const filesBelow = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? filesBelow(join(dir, name)) : [join(dir, name)]));

/** What happened while a page was open, and what its body holds once it has settled. */
async function visit(urlPath: string) {
  const context = await session.newContext();
  const foreignRequests: string[] = [];
  // Nothing may leave the machine even if a test fails: other hosts are refused, and noted.
  await context.route('**/*', (route) => {
    if (!isForeignUrl(route.request().url(), server.host)) return route.continue();
    foreignRequests.push(route.request().url());
    return route.abort();
  });
  const page = await context.newPage();
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  const navigations: string[] = [];
  const popups: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });
  context.on('page', (popup) => popups.push(popup.url()));
  const url = `${server.baseUrl}${urlPath}`;
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const state = await page.evaluate(() => {
    const body = document.querySelector('.prose-body');
    const inBody = (selector: string) => [...(body?.querySelectorAll(selector) ?? [])];
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned ?? null,
      title: document.title,
      text: body?.textContent ?? '',
      /** Event handlers and inline styles left in the body. */
      attributes: inBody('*').flatMap((element) =>
        [...element.attributes]
          .filter((attribute) => /^on/i.test(attribute.name) || attribute.name === 'style')
          .map((attribute) => `<${element.localName} ${attribute.name}>`),
      ),
      /** Elements that run code, embed, ask for data or restyle, and SVG images, in the body; base and refresh anywhere. */
      elements: [
        ...inBody('script, style, link, iframe, frame, object, embed, form, input, button, svg, math, meta, template, img[src$=".svg" i]'),
        ...document.querySelectorAll('base, meta[http-equiv="refresh" i]'),
      ].map((element) => element.outerHTML.slice(0, 80)),
      linkProtocols: [...new Set(inBody('a[href]').map((link) => (link as HTMLAnchorElement).protocol))],
      frames: window.frames.length,
    };
  });
  return { url, finalUrl: page.url(), dialogs, pageErrors, navigations, popups, foreignRequests, state, page };
}

describe('a site built from hostile content, without the content check', () => {
  it('ran no MDX import, export or expression while it was built', () => {
    expect(existsSync(join(project, BUILD_MARKER)), `${BUILD_MARKER} was written: MDX code ran during the build`).toBe(false);
  });

  it('ships none of the attacks in any page or script', () => {
    const shipped = filesBelow(join(project, 'dist'))
      .filter((file) => /\.(?:html|js|css|xml)$/.test(file))
      .filter((file) => /evil\.example|tracker\.example|__pwned|writeFileSync|getBuiltinModule/.test(readFileSync(file, 'utf8')));
    expect(shipped).toEqual([]);
  });

  it('publishes no SVG a body referred to: the Markdown pipeline never hands it to the build', () => {
    const svgs = filesBelow(join(project, 'dist')).filter((file) => /\.svg$/i.test(file) && /logo/i.test(file));
    expect(svgs).toEqual([]);
  });

  it.each(HOSTILE_CASES)('serves $file without running or loading anything ($attack)', async ({ file }) => {
    const id = file.replace(/\.mdx?$/, '');
    const visited = await visit(`/${id}/`);
    expect(visited.dialogs, 'a dialog opened: a script ran').toEqual([]);
    expect(visited.pageErrors).toEqual([]);
    expect(visited.state.pwned, 'window.__pwned was set: a script ran').toBeNull();
    expect(visited.state.title).not.toMatch(/pwned/i);
    expect(visited.foreignRequests, 'requests to another host').toEqual([]);
    expect(
      visited.navigations.filter((url) => url !== visited.url),
      'the page navigated away',
    ).toEqual([]);
    expect(visited.finalUrl).toBe(visited.url);
    expect(visited.popups).toEqual([]);
    expect(visited.state.frames).toBe(0);
    expect(visited.state.attributes).toEqual([]);
    expect(visited.state.elements).toEqual([]);
    for (const protocol of visited.state.linkProtocols) expect(['http:', 'https:', 'mailto:', 'tel:']).toContain(protocol);
    expect(visited.state.text, 'the harmless text around the attack was lost').toContain('Ta stavek ostane');
  });

  it.each(['/allowed/', '/allowed-mdx/'])('keeps the allowed HTML, heading ids and the local image of %s', async (urlPath) => {
    const { page, dialogs, foreignRequests } = await visit(urlPath);
    expect(dialogs).toEqual([]);
    expect(foreignRequests).toEqual([]);
    const kept = await page.evaluate(() => {
      const body = document.querySelector('.prose-body')!;
      const image = body.querySelector('img');
      return {
        abbr: body.querySelector('abbr')?.getAttribute('title'),
        english: body.querySelector('span[lang="en"]')?.textContent,
        summary: body.querySelector('details > summary')?.textContent,
        headingIds: [...body.querySelectorAll('h2[id]')].map((heading) => heading.id),
        image: image && { src: image.getAttribute('src'), alt: image.alt, loaded: image.complete && image.naturalWidth > 0 },
      };
    });
    expect(kept.abbr).toBe('Evropska solidarnostna enota');
    expect(kept.english).toBe('European Solidarity Corps');
    expect(kept.summary).toBe('Kdo se lahko prijavi?');
    expect(kept.headingIds[0]).toMatch(/^formule/);
    // Astro's optimised image, from the file in content/images/.
    expect(kept.image).toMatchObject({
      alt: 'Skupina prostovoljcev',
      loaded: true,
      src: expect.stringMatching(/^\/_astro\/skupina\.[\w-]+\.webp$/) as unknown,
    });
  });
});
