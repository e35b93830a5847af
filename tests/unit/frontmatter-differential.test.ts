/**
 * One reading: the content check and Astro must see the same frontmatter in every file. Careless
 * files are generated (comments holding "---", unquoted dates, 1e309 and .inf, BOM, CRLF, tabs,
 * duplicate keys, anchors and aliases, nested lists, empty or unclosed blocks, broken UTF-8) and
 * each is read twice: by the check, and by the functions Astro's own Markdown and MDX entry types
 * call (`getEntryInfo`), from the same bytes on disk. Any difference in data, in "is there a
 * frontmatter" or in "does it parse" fails.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import mdx from '@astrojs/mdx';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../src/cli/content-files';
import { expandedSize, MAX_EXPANDED_VALUES, readEntry } from '../../src/cli/frontmatter';

const root = fileURLToPath(new URL('../..', import.meta.url));

interface EntryInfo {
  data: Record<string, unknown>;
  rawData: string;
}
type GetEntryInfo = (input: { contents: string; fileUrl: URL }) => Promise<EntryInfo>;

/** Astro's Markdown entry type: not exported, so loaded from its file, as Astro itself loads it. */
async function markdownEntryInfo(): Promise<GetEntryInfo> {
  const url = pathToFileURL(join(root, 'node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js')).href;
  const module = (await import(url)) as { markdownContentEntryType: { getEntryInfo: GetEntryInfo } };
  return module.markdownContentEntryType.getEntryInfo;
}

/** The MDX integration's entry type, as it registers it with Astro during config setup. */
async function mdxEntryInfo(): Promise<GetEntryInfo> {
  let entryType: { getEntryInfo: GetEntryInfo } | undefined;
  const setup = mdx().hooks['astro:config:setup'] as unknown as (params: object) => Promise<void>;
  await setup({
    config: { root: pathToFileURL(root), markdown: {} },
    updateConfig: () => undefined,
    addPageExtension: () => undefined,
    addRenderer: () => undefined,
    addContentEntryType: (type: { getEntryInfo: GetEntryInfo }) => (entryType = type),
    logger: console,
  });
  if (!entryType) throw new Error('@astrojs/mdx registered no content entry type');
  return entryType.getEntryInfo;
}

const lineEnd = fc.constantFrom('\n', '\r\n');
const key = fc.constantFrom('title', 'summary', 'lead', 'updated', 'title', 'a', '"quoted key"', 'x y', '1', 'on');
const scalar = fc.constantFrom(
  'KO-PROSTO',
  '2019-06-01',
  '2019-06',
  '2019-06-01 10:00:00',
  '2019-06-01T10:00:00+02:00',
  '1e309',
  '-1e309',
  '1e3',
  '.inf',
  '-.inf',
  '.nan',
  '.NaN',
  '0x1F',
  '0o17',
  '017',
  '1_000',
  '12:30',
  '1:20:30',
  '125000',
  '-0',
  'yes',
  'no',
  'on',
  'true',
  'False',
  'null',
  '~',
  '',
  '"a # b"',
  "'it''s'",
  '"unclosed',
  "'unclosed",
  'text # --- comment',
  'KO-PROSTO: S krepitvijo',
  '*alias',
  '*missing',
  '&anchor value',
  '&a [1, 2]',
  '[1, 2]',
  '[a, b',
  '{a: 1, b: [2, 3]}',
  '"\\u0161"',
  '"\\q"',
  '"---"',
  '---',
  '|',
  '>-',
  '!!str 5',
  '!!binary aGVsbG8=',
  '@handle',
  'ŠENT – društvo',
  '"tab\there"',
  '- item',
);
/** One line of a careless frontmatter; some only make sense after others, which is the point. */
const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`) },
  { weight: 2, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `  ${k}: ${v}`) },
  { weight: 2, arbitrary: scalar.map((v) => `  - ${v}`) },
  { weight: 1, arbitrary: scalar.map((v) => `    - - ${v}`) },
  { weight: 1, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `\t${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}:\t${v}`) },
  { weight: 1, arbitrary: key.map((k) => `${k}:`) },
  { weight: 1, arbitrary: fc.constantFrom('base: &b', 'copy: *b', '  <<: *b', 'list: &l', '  - *a', 'merged:', '  <<: [*a, *b]') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('# ---', '#---', '# comment', 'title: a # ---', '---', '----', '--- x', '...', '+++', '', '   ', '  ---'),
  },
);
const opening = fc.constantFrom('---', '---', '---', '--- ', '----', '+++', '---x');
const closing = fc.constantFrom('---', '---', '---', '--- ', '----', '--- konec', '', '+++', '...');
const before = fc.constantFrom('', '', '', '\uFEFF', '\n', '\n\n', '  \n', 'Besedilo\n');
const body = fc.constantFrom('', 'Besedilo.', '---\nmore: x\n---', '# Naslov');

/** A careless file as bytes: sometimes with a byte that is not UTF-8 (Windows-1250 "š"). */
const careless = fc
  .record({
    before,
    opening,
    lines: fc.array(line, { maxLength: 8 }),
    closing,
    body,
    eol: lineEnd,
    broken: fc.option(fc.nat(), { nil: undefined }),
  })
  .map(({ before, opening, lines, closing, body, eol, broken }) => {
    const text = before + [opening, ...lines, closing, body].join(eol);
    const bytes = Buffer.from(text, 'utf8');
    if (broken === undefined) return bytes;
    const at = broken % (bytes.length + 1);
    return Buffer.concat([bytes.subarray(0, at), Buffer.from([0x9a]), bytes.subarray(at)]);
  });

let directory: string;
let astroMarkdown: GetEntryInfo;
let astroMdx: GetEntryInfo;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'frontmatter-differential-'));
  astroMarkdown = await markdownEntryInfo();
  astroMdx = await mdxEntryInfo();
});
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** What Astro's loader makes of a file: it reads it as UTF-8 text and hands it to the entry type. */
async function astroReads(getEntryInfo: GetEntryInfo, path: string): Promise<{ info?: EntryInfo; error?: unknown }> {
  const contents = readFileSync(path, 'utf-8');
  try {
    return { info: await getEntryInfo({ contents, fileUrl: pathToFileURL(path) }) };
  } catch (error) {
    return { error };
  }
}

/** Fails unless the check's reading of `bytes` agrees with Astro's reading of the same file. */
async function expectSameReading(bytes: Buffer, extension: 'md' | 'mdx'): Promise<void> {
  const path = join(directory, `entry.${extension}`);
  writeFileSync(path, bytes);
  const astro = await astroReads(extension === 'md' ? astroMarkdown : astroMdx, path);
  const decoded = decodeUtf8(readFileSync(path));
  // The check decodes the bytes itself (to find broken UTF-8); the text must still be Astro's.
  expect(decoded.text).toBe(readFileSync(path, 'utf-8'));
  const ours = readEntry(decoded.text);
  const shown = JSON.stringify(decoded.text);

  const toml = ours.problems.some((problem) => problem.message.includes('TOML'));
  if (toml) {
    // The one deliberate difference: Astro would read TOML; the check refuses it, and says so.
    expect(ours.data, shown).toBeUndefined();
    expect(astro.error ?? astro.info?.rawData, shown).toBeTruthy();
    return;
  }
  if (astro.error !== undefined) {
    expect(ours.data, `Astro fails on ${shown} (${String(astro.error as unknown)}), the check must too`).toBeUndefined();
    expect(ours.problems.length, shown).toBeGreaterThan(0);
    return;
  }
  const info = astro.info!;
  expect(ours.hasFrontmatter, `is there a frontmatter in ${shown}?`).toBe(info.rawData !== '');
  if (!ours.hasFrontmatter) {
    expect(info.data, shown).toEqual({});
    expect(ours.problems.length, shown).toBeGreaterThan(0);
    return;
  }
  if (ours.data === undefined) {
    // Refused although Astro reads it: only for aliases that expand without end.
    expect(expandedSize(info.data, MAX_EXPANDED_VALUES), shown).toBeGreaterThan(MAX_EXPANDED_VALUES);
    return;
  }
  expect(ours.data, `data of ${shown}`).toStrictEqual(info.data);
}

describe('the check reads frontmatter exactly as Astro does', () => {
  it('agrees with Astro’s Markdown entry type on careless files', async () => {
    await fc.assert(
      fc.asyncProperty(careless, (bytes) => expectSameReading(bytes, 'md')),
      { numRuns: 400 },
    );
  }, 60_000);

  it('agrees with the MDX integration’s entry type on careless files', async () => {
    await fc.assert(
      fc.asyncProperty(careless, (bytes) => expectSameReading(bytes, 'mdx')),
      { numRuns: 200 },
    );
  }, 60_000);

  it.each([
    ['a comment holding ---', '---\ntitle: a # ---\n# ---\nsummary: b\n---\n'],
    ['an unquoted date as a title', '---\ntitle: 2019-06-01\n---\n'],
    ['numbers too big, infinite or not a number', '---\na: 1e309\nb: .inf\nc: -.inf\nd: .nan\n---\n'],
    ['a byte order mark and CRLF line ends', '\uFEFF---\r\ntitle: a\r\n---\r\nBody\r\n'],
    ['a four-dash line that ends the frontmatter early', '---\ntitle: a\n----\nsummary: b\n---\n'],
    ['anchors, aliases and a merge key', '---\nbase: &b {x: 1}\ncopy: *b\nmerged:\n  <<: *b\n  y: 2\n---\n'],
    ['nested lists', '---\nlist:\n  - - a\n    - b\n  - c\n---\n'],
    ['an empty frontmatter', '---\n---\nBody\n'],
    ['text after a space-less colon', '---\ntitle:"x"\n---\n'],
  ])('agrees on %s', async (_, text) => {
    await expectSameReading(Buffer.from(text, 'utf8'), 'md');
    await expectSameReading(Buffer.from(text, 'utf8'), 'mdx');
  });

  it.each([
    ['a duplicate key', '---\ntitle: a\ntitle: b\n---\n'],
    ['a tab as indentation', '---\nperiod:\n\tstart: "2019"\n---\n'],
    ['an unquoted colon in a value', '---\ntitle: KO-PROSTO: S krepitvijo\n---\n'],
    ['an alias to no anchor', '---\nsummary: *Novo* besedilo\n---\n'],
  ])('fails, as Astro fails, on %s', async (_, text) => {
    await expectSameReading(Buffer.from(text, 'utf8'), 'md');
    expect(readEntry(text).data).toBeUndefined();
  });

  it('sees no frontmatter where Astro sees none: a missing closing line', async () => {
    const text = '---\ntitle: a\nsummary: b\n';
    await expectSameReading(Buffer.from(text, 'utf8'), 'md');
    expect(readEntry(text).hasFrontmatter).toBe(false);
  });
});

describe('reading never throws', () => {
  it('names a problem instead, whatever the text', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      careless.map((bytes) => bytes.toString('utf8')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        const reading = readEntry(text);
        for (const problem of reading.problems) {
          expect(problem.line).toBeGreaterThanOrEqual(1);
          expect(problem.message).toMatch(/^.+ \| .+$/s);
        }
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
