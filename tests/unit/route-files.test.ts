/**
 * One route file per page type, for every language: src/pages/ has no language folder and no folder
 * named after a translated segment; each page type is a rest route whose paths come from
 * src/lib/routes.ts (src/data/paths.ts), and each view is rendered by one route only.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeParam } from '../../src/lib/routes';
import { projectRoot } from '../../tools/harness/paths';

const pagesDir = path.join(projectRoot, 'src', 'pages');
const entries = readdirSync(pagesDir, { withFileTypes: true });
const routeFiles = entries.filter((entry) => entry.isFile()).map((entry) => entry.name);

describe('route files', () => {
  it('keep no folder but the editor’s (no en/, no programi/ beside programmes/)', () => {
    expect(entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name)).toEqual(['admin']);
  });

  it('are rest routes fed by src/data/paths.ts, apart from the fixed files', () => {
    const fixed = ['404.astro', 'hours.json.ts', 'objava.json.ts', 'robots.txt.ts'];
    const dynamic = routeFiles.filter((name) => !fixed.includes(name));
    expect(dynamic.length).toBeGreaterThanOrEqual(9);
    for (const name of dynamic) {
      const param = /^\[\.\.\.(\w+)\]/.exec(name)?.[1];
      expect(param, `${name} is not a rest route`).toBeDefined();
      const source = readFileSync(path.join(pagesDir, name), 'utf8');
      expect(source, name).toMatch(new RegExp(`getStaticPaths = \\(\\(\\) => ${param}Paths\\(\\)\\)`));
      expect(source, `${name} sets a locale itself`).not.toMatch(/locale="(sl|en)"/);
    }
  });

  it('render each view from one route only', () => {
    const views = routeFiles.flatMap((name) =>
      [...readFileSync(path.join(pagesDir, name), 'utf8').matchAll(/components\/views\/(\w+)\.astro/g)].map((match) => match[1]!),
    );
    expect(views.length).toBeGreaterThan(8);
    expect(views.filter((view, index) => views.indexOf(view) !== index)).toEqual([]);
  });
});

describe('routeParam', () => {
  it('turns a URL into the rest parameter that builds it', () => {
    expect(routeParam('/')).toBeUndefined();
    expect(routeParam('/en/')).toBe('en');
    expect(routeParam('/projekti/stran/2/')).toBe('projekti/stran/2');
    expect(routeParam('/en/projects/rss')).toBe('en/projects/rss');
  });
});
