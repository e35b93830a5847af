/**
 * The rooms of the code base, checked over the import graph of every .ts, .mjs and .astro file in
 * src/, tools/ and tests/: the site never reaches into developer tooling or tests, pages and
 * components never import command-line modules, schemas never import upwards (lib, i18n), the
 * browser's islands never load zod, tools never import tests, and nothing imports itself round a
 * cycle.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/harness/paths';

const ROOMS = ['src', 'tools', 'tests'];
const SOURCE = /\.(ts|mjs|astro)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.mjs', '.astro', '/index.ts'];

function listSources(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' || entry.name === 'node_modules' ? [] : listSources(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

// Comments may quote imports (`import "./y.js"` in a doc comment); they are not edges.
const withoutComments = (source: string): string => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"\\])\/\/.*$/gm, '$1');

/** Every module specifier a file names: static and dynamic imports, re-exports, side-effect imports. */
export function specifiersOf(source: string): string[] {
  const found: string[] = [];
  const code = withoutComments(source);
  const patterns = [
    /\bimport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bexport\s+(?:type\s+)?[^'"`;]*?\bfrom\s*(['"])([^'"]+)\1/g,
    /\bimport\s*(['"])([^'"]+)\1/g,
    /\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of code.matchAll(pattern)) found.push(match[2]!);
  return found;
}

/**
 * The specifiers whose code a file loads when it runs: what `specifiersOf` finds, less the imports
 * and re-exports of types only, which the compiler erases.
 */
export function valueSpecifiersOf(source: string): string[] {
  const code = withoutComments(source);
  const typesOnly = (clause: string): boolean => {
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    return (
      /^type\b/.test(clause.trim()) ||
      (names !== undefined && names.split(',').every((name) => !name.trim() || /^type\b/.test(name.trim())))
    );
  };
  const found: string[] = [];
  for (const match of code.matchAll(/\b(import|export)\s+([^'"`;]*?)\bfrom\s*(['"])([^'"]+)\3/g)) {
    if (!typesOnly(match[2]!)) found.push(match[4]!);
  }
  for (const match of code.matchAll(/\bimport\s*(['"])([^'"]+)\1/g)) found.push(match[2]!);
  for (const match of code.matchAll(/\bimport\s*\(\s*(['"])([^'"]+)\1\s*\)/g)) found.push(match[2]!);
  return found;
}

const rel = (file: string): string => path.relative(projectRoot, file).split(path.sep).join('/');

/** The project file a specifier names (relative or `@/` for src/), or undefined for a package. */
function resolveSpecifier(fromFile: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith('@/')) base = path.join(projectRoot, 'src', specifier.slice(2));
  else if (specifier.startsWith('.')) base = path.resolve(path.dirname(fromFile), specifier);
  else return undefined;
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  // Tests quote imports in strings (samples of content, of this parser); src/ and tools/ must resolve.
  if (rel(fromFile).startsWith('tests/')) return undefined;
  throw new Error(`${rel(fromFile)} imports ${specifier}, which names no file`);
}

const files = ROOMS.flatMap((room) => listSources(path.join(projectRoot, room)));
const edges = new Map<string, string[]>(
  files.map((file) => [
    rel(file),
    specifiersOf(readFileSync(file, 'utf8'))
      .map((specifier) => resolveSpecifier(file, specifier))
      .filter((target): target is string => target !== undefined)
      .map(rel),
  ]),
);

/** The packages a module loads when it runs, through its own value imports and every file they reach. */
function packagesReachedFrom(file: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (current: string, trail: string[]): void => {
    if (seen.has(current)) return;
    seen.add(current);
    for (const specifier of valueSpecifiersOf(readFileSync(path.join(projectRoot, current), 'utf8'))) {
      const target = resolveSpecifier(path.join(projectRoot, current), specifier);
      if (target === undefined) {
        if (!reached.has(specifier)) reached.set(specifier, [...trail, current]);
      } else if (SOURCE.test(target)) visit(rel(target), [...trail, current]);
    }
  };
  visit(file, []);
  return reached;
}

function violations(from: RegExp, to: RegExp): string[] {
  return [...edges].flatMap(([file, targets]) =>
    from.test(file) ? targets.filter((target) => to.test(target)).map((target) => `${file} → ${target}`) : [],
  );
}

/** Every cycle found by a depth-first search, each as the files round it. */
function cycles(graph: Map<string, string[]> = edges): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') found.push([...stack.slice(stack.indexOf(target)), target]);
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('import graph', () => {
  it('reads the whole code base (so that the rules below check something)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect([...edges.values()].flat().length).toBeGreaterThan(500);
    expect(edges.get('src/pages/[...entry].astro')?.length).toBeGreaterThan(0);
  });

  it('finds every kind of import it claims to', () => {
    const sample = `import a from './a';\nimport type { B } from "../b";\nimport './c.css';\nexport { d } from './d';\nconst e = await import('./e');\n/** import './not-an-edge'; */\n// import g from './nor-this';\nimport {\n  f,\n} from '@/f';`;
    expect(specifiersOf(sample).sort()).toEqual(['../b', './a', './c.css', './d', './e', '@/f']);
  });

  it('src never imports tests/ or tools/', () => {
    expect(violations(/^src\//, /^(tests|tools)\//)).toEqual([]);
  });

  it('pages, components and layouts never import command-line modules (src/cli)', () => {
    expect(violations(/^src\/(pages|components|layouts)\//, /^src\/cli\//)).toEqual([]);
  });

  it('schemas never import upwards: nothing of src/lib or src/i18n, which build on them', () => {
    expect(violations(/^src\/schemas\//, /^src\/(lib|i18n)\//)).toEqual([]);
  });

  it('knows which imports load code and which only name types', () => {
    const sample = `import a from './a';\nimport type { B } from './b';\nimport { type C, type D } from './c';\nimport { type E, f } from './e';\nexport type { G } from './g';\nexport { h } from './h';\nimport './i.css';\nawait import('./j');`;
    expect(valueSpecifiersOf(sample).sort()).toEqual(['./a', './e', './h', './i.css', './j']);
  });

  it("the browser's islands never load zod (the clock they share with the schemas is zod-free)", () => {
    const islands = files.map(rel).filter((file) => /^src\/components\/[^/]+\.ts$/.test(file));
    expect(islands.length).toBeGreaterThan(2);
    const zodPaths = islands.flatMap((island) => {
      const trail = packagesReachedFrom(island).get('zod');
      return trail ? [`${trail.join(' → ')} → zod`] : [];
    });
    expect(zodPaths).toEqual([]);
  });

  it('tools never import tests', () => {
    expect(violations(/^tools\//, /^tests\//)).toEqual([]);
  });

  it('has no import cycle', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
          ['d', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(cycles().map((cycle) => cycle.join(' → '))).toEqual([]);
  });
});
