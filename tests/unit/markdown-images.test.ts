/**
 * Defence in depth (issue 30, item 16): the Markdown pipeline itself never lists an SVG (or any
 * image the sanitiser refuses) as one of a body's images. Astro copies every listed image to
 * /_astro/, so a build run without the content check would publish the SVG, whose script runs on
 * any host that sends no security headers. Run through the site's own configured processor, the
 * way `astro build` renders a content entry.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { splitBody } from '../../src/cli/body-check';
import { dropUnsafeImages } from '../../src/lib/remark-safe-images';

const root = fileURLToPath(new URL('../..', import.meta.url));
const entry = pathToFileURL(join(root, 'content/pages/sl/primer.md'));

interface Renderer {
  render: (content: string, options: { fileURL: URL }) => Promise<{ code: string; metadata: { localImagePaths: string[] } }>;
}

/** Renders a body with the site's `markdown.processor` (astro.config.mjs), as Astro does. */
async function render(body: string) {
  const config = (await import(/* @vite-ignore */ pathToFileURL(join(root, 'astro.config.mjs')).href)) as {
    default: { markdown: { processor: { createRenderer: (shared: object) => Promise<Renderer> } } };
  };
  const renderer = await config.default.markdown.processor.createRenderer({});
  return renderer.render(body, { fileURL: entry });
}

// Loading the site's configuration (Tailwind, MDX) takes seconds on a busy machine.
describe('a body’s images, as Astro collects them to copy to /_astro/', { timeout: 60_000 }, () => {
  it('never include an SVG written in Markdown syntax', async () => {
    const hostile = splitBody(readFileSync(join(root, 'tests/fixtures/hostile/pages/sl/svg-image.md'), 'utf8')).body;
    const { code, metadata } = await render(hostile);
    expect(metadata.localImagePaths).toEqual([]);
    expect(code).not.toMatch(/logo\.svg/);
  });

  it('never include an SVG named through a reference definition, in any letter case', async () => {
    const { metadata } = await render('Logo: ![Logotip][logo]\n\n[LOGO]: ../../images/logo.SVG\n');
    expect(metadata.localImagePaths).toEqual([]);
  });

  it('never include an image outside content/images/ or hidden behind an encoded name', async () => {
    const { metadata } = await render('![a](../../../src/x.png) ![b](../../images/logo%2Esvg) ![c](data:image/png;base64,AAAA)\n');
    expect(metadata.localImagePaths).toEqual([]);
  });

  it('still include the photos a body may show, beside the refused one', async () => {
    const { metadata } = await render('![Skupina](../../images/skupina.png)\n\n![Logotip](../../images/logo.svg)\n');
    expect(metadata.localImagePaths).toEqual(['../../images/skupina.png']);
  });
});

describe('dropUnsafeImages', () => {
  const tree = (markdown: string) => unified().use(remarkParse).parse(markdown);

  it('removes only the refused images, wherever they stand, and says how many', () => {
    const parsed = tree('- ![x](../../images/a.svg)\n- ![y](../../images/b.jpg)\n\n> ![z](https://tracker.example/p.gif)\n');
    expect(dropUnsafeImages(parsed)).toBe(2);
    expect(JSON.stringify(parsed)).toContain('../../images/b.jpg');
    expect(JSON.stringify(parsed)).not.toMatch(/a\.svg|tracker/);
  });

  it('leaves a reference without a definition alone: Markdown shows it as text', () => {
    expect(dropUnsafeImages(tree('![x][nowhere]\n'))).toBe(0);
  });
});
