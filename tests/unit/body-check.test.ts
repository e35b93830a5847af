import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { attributeLine, checkBody, splitBody, type BodyProblem } from '../../src/cli/body-check';
import { listContentFiles } from '../../src/cli/content-files';
import { validateContent } from '../../src/cli/validate-content';
import { BODY_IMAGE_SRC, SAFE_HREF } from '../../src/lib/safe-html';
import { ALLOWED_FILES, HOSTILE_CASES } from '../fixtures/hostile/cases';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = join(root, 'tests/fixtures/hostile/pages/sl');

/** The check over a whole file, as the content check runs it: the body and the line it starts on. */
function checkFile(path: string, text = readFileSync(path, 'utf8')): BodyProblem[] {
  const { body, bodyStartLine } = splitBody(text);
  return checkBody(body, { file: path, extension: path.endsWith('.mdx') ? 'mdx' : 'md', bodyStartLine });
}

describe('the body check over hostile and careless bodies', () => {
  it('has a case for every fixture file and a file for every case', () => {
    const files = readdirSync(fixtures).sort();
    expect(files).toEqual([...HOSTILE_CASES.map((hostile) => hostile.file), ...ALLOWED_FILES].sort());
  });

  it.each(HOSTILE_CASES)('reports $file ($attack) on the right lines', ({ file, problems: expected }) => {
    const problems = checkFile(join(fixtures, file));
    const found = problems.map((problem) => `${problem.line}: ${problem.message}`);
    for (const [line, text] of expected) {
      expect(
        problems.some((problem) => problem.line === line && problem.message.includes(text)),
        `expected line ${line}: …${text}…\ngot:\n${found.join('\n')}`,
      ).toBe(true);
    }
    expect(problems, `one problem per expected message, no more:\n${found.join('\n')}`).toHaveLength(expected.length);
  });

  it('writes every message in Slovenian and English, as the body field of the file', () => {
    for (const { file } of HOSTILE_CASES) {
      for (const problem of checkFile(join(fixtures, file))) {
        expect(problem.message).toMatch(/^.+ \| .+$/);
        expect(problem).toMatchObject({ file: join(fixtures, file), field: 'body' });
      }
    }
  });

  it('names MDX it cannot read in Slovenian words only, with the parser’s English reason in the English half', () => {
    const [problem] = checkBody('Besedilo {\n\nše\n', { file: 'x.mdx', extension: 'mdx', bodyStartLine: 5 });
    expect(problem).toBeDefined();
    const [slovenian, english] = problem!.message.split(' | ');
    expect(slovenian).toContain('\\{');
    expect(slovenian).not.toMatch(/[(]|\b(?:unexpected|expected|character|end of file|before)\b/i);
    expect(english).toMatch(/The MDX cannot be read \(.+\)/);
  });

  it.each(ALLOWED_FILES)('accepts %s, which uses everything allowed', (file) => {
    expect(checkFile(join(fixtures, file))).toEqual([]);
  });

  it('accepts every body of the real content', () => {
    const { files } = listContentFiles(root);
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((file) => checkFile(join(root, file.file)));
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.message}`)).toEqual([]);
  });
});

describe('images in a body', () => {
  it('need a description: an empty one would tell a screen reader the image is decoration', () => {
    const [problem, ...rest] = checkFile('a.md', '---\ntitle: A\n---\n\nText\n\n![](../../images/kolo.jpg)\n');
    expect(rest).toEqual([]);
    expect(problem?.line).toBe(7);
    expect(problem?.message).toMatch(/nima opisa.*\| The image .* has no description/);
    expect(checkFile('a.md', '---\ntitle: A\n---\n\n![   ][kolo]\n\n[kolo]: ../../images/kolo.jpg\n')).toHaveLength(1);
    expect(checkFile('a.md', '---\ntitle: A\n---\n\n![Kolo pred centrom](../../images/kolo.jpg)\n')).toEqual([]);
  });
});

describe('where the check places a problem', () => {
  it('counts the frontmatter as Astro finds it: the body starts on the line of the closing ---', () => {
    expect(splitBody('---\ntitle: A\n---\n\nText')).toEqual({ body: '\n\nText', bodyStartLine: 3 });
    expect(splitBody('\uFEFF---\r\ntitle: A\r\n---\r\nText')).toEqual({ body: '\r\nText', bodyStartLine: 3 });
    expect(splitBody('\n\n---\ntitle: A\n---\nText')).toEqual({ body: '\nText', bodyStartLine: 5 });
    expect(splitBody('Text only')).toEqual({ body: 'Text only', bodyStartLine: 1 });
    const [problem] = checkFile('a.md', '---\ntitle: A\n---\n\nText\n\n<script>alert(1)</script>\n');
    expect(problem?.line).toBe(7);
  });

  it('names the line of an attribute in a tag written over several lines', () => {
    const problems = checkFile('a.md', '---\ntitle: A\n---\n\nBesedilo.\n\n<img\n  src="../../images/a.jpg"\n  onerror="alert(1)">\n');
    expect(problems.map((problem) => [problem.line, problem.message.split(' | ')[1]?.slice(0, 40)])).toEqual([
      [7, 'Insert the image with Markdown, not <img'],
      [9, 'The attribute "onerror" on <img> runs co'],
    ]);
    expect(attributeLine('<img\n  src="a.jpg"\n  onerror="x">', 0, 1, 'onerror')).toBe(3);
  });

  it('reports an MDX file it cannot read on the line of the mistake, saying how to write < and {', () => {
    const [problem] = checkFile('a.mdx', '---\ntitle: A\n---\n\nPrvi odstavek.\n\nCena je {5 € na osebo.\n');
    expect(problem?.line).toBe(7);
    expect(problem?.message).toContain('Write < and { in text as \\< and \\{');
  });

  it('reports each statement of an import/export block on its own line', () => {
    const problems = checkFile('a.mdx', '---\ntitle: A\n---\n\nimport A from "a"\nexport const b = 1\n\nBesedilo.\n');
    expect(problems.map((problem) => [problem.line, problem.message.split(' | ')[1]?.slice(0, 8)])).toEqual([
      [5, '"import"'],
      [6, '"export"'],
    ]);
  });

  it('leaves an element inside a forbidden one to the message about its container', () => {
    const problems = checkFile('a.md', '<svg><a href="javascript:alert(1)"><circle onclick="x"/></a></svg>');
    expect(problems.map((problem) => problem.message.split(' | ')[1]?.slice(0, 20))).toEqual(['Inline <svg> is not ']);
  });
});

describe('the URL rules', () => {
  it.each([
    'https://www.ess-europa.eu/',
    'HTTP://example.org',
    'mailto:info@example.org',
    'tel:+38610000000',
    '/projekti/',
    '#vrh',
    '?q=1',
    'ko-prosto/',
    'a/b:c',
  ])('accepts the link %j', (url) => {
    expect(SAFE_HREF.test(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
    'file:///etc/passwd',
  ])('refuses the link %j', (url) => {
    expect(SAFE_HREF.test(url)).toBe(false);
  });

  it.each(['../../images/ko-prosto.jpg', '../../images/skupina.png', '../../images/a.webp', '../../images/b.avif'])(
    'accepts the image %j',
    (src) => {
      expect(BODY_IMAGE_SRC.test(src)).toBe(true);
    },
  );

  it.each([
    'https://tracker.example/p.gif',
    '//tracker.example/p.gif',
    '../../images/logo.svg',
    '../../images/a.jpg?x=1',
    'data:image/png;base64,AAAA',
    '/images/a.jpg',
    '../../images/../../../etc/a.jpg',
    'a.jpg',
  ])('refuses the image %j', (src) => {
    expect(BODY_IMAGE_SRC.test(src)).toBe(false);
  });
});

describe('the content check over hostile bodies', () => {
  const fixtures = fileURLToPath(new URL('../fixtures/hostile', import.meta.url));
  const { problems } = validateContent(fileURLToPath(new URL('../..', import.meta.url)), fixtures, {
    now: new Date('2026-12-01T11:00:00Z'),
  });

  it.each(HOSTILE_CASES.map((hostile) => [hostile.file, hostile] as const))(
    'names every problem of %s as a body problem, at its line',
    (_file, hostile) => {
      const found = problems.filter((problem) => problem.file.endsWith(`/pages/sl/${hostile.file}`) && problem.field === 'body');
      expect(found.map((problem) => problem.line)).toEqual(hostile.problems.map(([line]) => line));
      hostile.problems.forEach(([, text], index) => expect(found[index]!.message).toContain(text));
    },
  );

  it('finds nothing to report in the allowed bodies', () => {
    expect(problems.filter((problem) => /\/allowed(-mdx)?\.mdx?$/.test(problem.file))).toEqual([]);
  });
});
