/**
 * The content check on careless files (tests/fixtures/careless/): each mistake is named at its file
 * and line, in both languages, in one run, and nothing stops the check. Every file of the corpus is
 * one mistake; the test names the message each must produce.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent, formatProblem, problemCount } from '../../src/cli/check-content';
import { validateContent, type Problem } from '../../src/cli/validate-content';

const root = fileURLToPath(new URL('../..', import.meta.url));
const corpus = 'tests/fixtures/careless';
/** Midday on 1 December 2026 in Ljubljana: "today" for `updated`. */
const now = new Date('2026-12-01T11:00:00Z');
const { problems } = validateContent(root, join(root, corpus), { now });

const temporary: string[] = [];
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

/** A fresh project folder with `content/` copied from the careless corpus, or empty. */
function projectWith(copyCorpus: boolean): string {
  const directory = mkdtempSync(join(tmpdir(), 'careless-'));
  temporary.push(directory);
  if (copyCorpus) cpSync(join(root, corpus), join(directory, 'content'), { recursive: true });
  else mkdirSync(join(directory, 'content'));
  return directory;
}

/** Problems of one file or folder of the corpus, by its path below it. */
const problemsOf = (path: string): Problem[] => problems.filter((problem) => problem.file === `${corpus}/${path}`);

/** The one problem of a file (and field) whose message contains `part`; fails, listing what there is, when none. */
function problemAt(path: string, part: string, field = ''): Problem {
  const found = problemsOf(path).find((problem) => problem.field === field && problem.message.includes(part));
  expect(found, `no problem "${part}" for ${path} ${field}; got:\n${problemsOf(path).map(formatProblem).join('\n')}`).toBeDefined();
  return found!;
}

describe('careless files', () => {
  it('are each reported, and only they, in one run', () => {
    expect(new Set(problems.map((problem) => problem.file.slice(corpus.length + 1)))).toEqual(
      new Set([
        'centres/sl/brez-vrste.md',
        'centres/sl/podvojeno.md',
        'centres/sl/slovensko-polje.md',
        'projects/sl/znesek-s-pikami.md',
        'projects/sl/znesek-s-presledki.md',
        'projets',
        'projects/brez-jezika.md',
        'projects/si/napacen-jezik.md',
        'projects/sl/alias-bomb.md',
        'projects/sl/alias-loop.md',
        'projects/sl/closing-line.md',
        'projects/sl/colon-line-7.md',
        'projects/sl/date-title.md',
        'projects/sl/duplicate-key.md',
        'projects/sl/future-updated.md',
        'projects/sl/implausible-years.md',
        'projects/sl/infinite-amounts.md',
        'projects/sl/ko-prosto.md',
        'projects/sl/nemogoc-datum.md',
        'projects/sl/no-space.md',
        'projects/sl/plus-closing.md',
        'projects/sl/star.md',
        'projects/sl/stari',
        'projects/sl/tab-indent.md',
        'projects/sl/toml.md',
        'projects/sl/unclosed-quote.md',
        'projects/sl/unclosed.md',
        'projects/sl/windows-1250.md',
      ]),
    );
  });

  it('writes every message in Slovenian and English', () => {
    for (const problem of problems) expect(problem.message, formatProblem(problem)).toMatch(/^.+ \| .+$/s);
  });

  it('names an unquoted day that does not exist as impossible, not as a period that ends before it starts', () => {
    // YAML reads `end: 2019-02-30` as 2 March; the check reads it as written.
    const impossible = problemAt('projects/sl/nemogoc-datum.md', '"2019-02-30" v koledarju ne obstaja', 'period.end');
    expect(impossible.line).toBe(6);
    expect(impossible.message).toContain('"2019-02-30" does not exist');
    expect(
      problemsOf('projects/sl/nemogoc-datum.md')
        .map((problem) => problem.message)
        .join('\n'),
    ).not.toMatch(/2019-03-02|pred začetkom|before the start/);
  });

  it('keeps the parser’s English out of the Slovenian half of every message', () => {
    // js-yaml's and the MDX parser's reasons ("bad indentation of a mapping entry", "Unexpected character")
    // may follow the English half, for developers; the Slovenian half is Slovenian only.
    const parserWords = /\b(?:mapping|scalar|indentation|unexpected|expected|stream|document|character|alias|Invalid|Error)\b/i;
    for (const problem of problems) expect(problem.message.split(' | ')[0], formatProblem(problem)).not.toMatch(parserWords);
  });

  it('accepts a BOM with CRLF line ends, as Astro does, and an updated date of tomorrow', () => {
    // The fixture must keep its bytes: a Git that normalises line ends would make this test prove nothing.
    const bytes = readFileSync(join(root, corpus, 'partners/sl/bom-crlf.md'));
    expect([bytes.subarray(0, 3).toString('hex'), bytes.includes('\r\n')]).toEqual(['efbbbf', true]);
    expect(problemsOf('partners/sl/bom-crlf.md')).toEqual([]);
    expect(problemsOf('projects/sl/updated-tomorrow.md')).toEqual([]);
  });

  it('leaves content/images/ alone: it is a folder of the content, not a collection', () => {
    expect(problems.filter((problem) => problem.file.includes('/images'))).toEqual([]);
  });
});

describe('YAML mistakes, at their real line and column', () => {
  it('puts a colon in an unquoted value on its line (7), not on line 2', () => {
    const problem = problemAt('projects/sl/colon-line-7.md', 'v narekovaje');
    expect([problem.line, problem.column]).toEqual([7, 18]);
    expect(problem.message).toContain('bad indentation of a mapping entry');
  });

  it('names a field written twice, and where it was first', () => {
    const problem = problemAt('projects/sl/duplicate-key.md', 'The field "title" is written twice (first on line 2)');
    expect(problem.line).toBe(5);
  });

  it('says a tab indents a line, and which', () => {
    expect(problemAt('projects/sl/tab-indent.md', 'indented with a tab').line).toBe(6);
  });

  it('finds the line of a quote that is never closed, besides where the parser gave up', () => {
    expect(problemAt('projects/sl/unclosed-quote.md', 'the quote opened on this line is not closed on it').line).toBe(3);
    expect(problemAt('projects/sl/unclosed-quote.md', 'not "name: value"').line).toBe(8);
  });

  it('explains a value starting with "*" (an alias to nothing)', () => {
    const problem = problemAt('projects/sl/star.md', 'put it in quotes');
    expect([problem.line, problem.column]).toEqual([3, 16]);
  });

  it('reports aliases that expand without end instead of hanging', () => {
    expect(problemAt('projects/sl/alias-bomb.md', 'more than 100,000 values').line).toBe(7);
    expect(problemAt('projects/sl/alias-loop.md', 'inside the value it points to').line).toBe(7);
  });

  it('notices frontmatter that is not fields (no space after the colon), which Astro reads as nothing', () => {
    expect(problemAt('projects/sl/no-space.md', 'not written as "name: value" fields').line).toBe(2);
  });
});

describe('where the frontmatter starts and ends', () => {
  it('names a frontmatter that is never closed', () => {
    const found = problemsOf('projects/sl/unclosed.md');
    expect(found.map((problem) => [problem.line, problem.message.includes('never closed')])).toEqual([[1, true]]);
  });

  it('refuses TOML between "+++" lines', () => {
    expect(problemAt('projects/sl/toml.md', 'our content is YAML only').line).toBe(1);
  });

  it('names text after the closing "---", which would be published', () => {
    expect(problemAt('projects/sl/closing-line.md', '("konec podatkov") would appear on the page').line).toBe(6);
  });

  it('names a "+++" that closes a "---": Astro reads the fields but publishes the whole block', () => {
    expect(problemAt('projects/sl/plus-closing.md', 'must close with a "---" line, not "+++"').line).toBe(6);
  });
});

describe('values as Astro reads them', () => {
  it('reads an unquoted date as a date, and asks for quotes where text is expected', () => {
    const problem = problemAt('projects/sl/date-title.md', 'Put it in quotes: "2019-06-01"', 'title');
    expect(problem.line).toBe(2);
  });

  it('rejects 1e309, .inf and .nan as amounts, and 0', () => {
    expect(problemAt('projects/sl/infinite-amounts.md', 'not a finite number', 'funders.0.amountEur').line).toBe(7);
    expect(problemAt('projects/sl/infinite-amounts.md', 'not a finite number', 'funders.1.amountEur').line).toBe(9);
    expect(problemAt('projects/sl/infinite-amounts.md', 'not a finite number', 'funders.2.amountEur').line).toBe(11);
    expect(problemAt('projects/sl/infinite-amounts.md', 'greater than 0', 'funders.3.amountEur').line).toBe(13);
  });

  it('rejects years before 1990 and after 2100', () => {
    expect(problemAt('projects/sl/implausible-years.md', '"1899" is implausible', 'period.start').line).toBe(6);
    expect(problemAt('projects/sl/implausible-years.md', '"2109-06" is implausible', 'period.end').line).toBe(7);
    expect(problemAt('projects/sl/implausible-years.md', '"1019-06-01" is implausible', 'milestones.0.date').line).toBe(9);
  });

  it('rejects an updated date after tomorrow, with today in Ljubljana', () => {
    expect(
      problemAt('projects/sl/future-updated.md', 'in the future; write the day of the last change, today (2026-12-01)', 'updated').line,
    ).toBe(5);
  });
});

describe('files and folders in the wrong place', () => {
  it('names a file that is not UTF-8, at its first broken line', () => {
    expect(problemAt('projects/sl/windows-1250.md', 'not saved as UTF-8').line).toBe(2);
  });

  it('names a misspelt collection folder with the right name', () => {
    expect(problemAt('projets', 'Did you mean "projects"?').line).toBe(1);
  });

  it('names a file directly in a collection folder, and where it belongs', () => {
    expect(problemAt('projects/brez-jezika.md', 'content/projects/sl/').message).toContain('directly in the collection folder');
  });

  it('names a folder called like an entry, and any other subfolder of a language folder', () => {
    expect(problemAt('projects/sl/ko-prosto.md', 'is a folder, not a file')).toBeDefined();
    expect(problemAt('projects/sl/stari', 'ignores the subfolder "stari"')).toBeDefined();
  });

  it('suggests the language folder meant', () => {
    expect(problemAt('projects/si/napacen-jezik.md', 'Did you mean "sl"?')).toBeDefined();
    // Every language of src/lib/locales.ts is offered, in both of the staff's languages.
    expect(problemAt('projects/si/napacen-jezik.md', 'uporabite sl, en ali it')).toBeDefined();
    expect(problemAt('projects/si/napacen-jezik.md', 'use sl, en or it')).toBeDefined();
  });
});

describe('the check never stops on a file', () => {
  it('names a file it cannot read and checks the rest', () => {
    const project = projectWith(false);
    mkdirSync(join(project, 'content', 'partners', 'sl'), { recursive: true });
    symlinkSync(join(project, 'nowhere.md'), join(project, 'content', 'partners', 'sl', 'gone.md'));
    writeFileSync(join(project, 'content', 'partners', 'sl', 'ok.md'), '---\nname: Ok\nkind: ngo\nupdated: "2026-11-21"\n---\n');
    const result = validateContent(project);
    expect(result.problems.map((problem) => [problem.file, problem.message.includes('could not be read or checked')])).toEqual([
      ['content/partners/sl/gone.md', true],
    ]);
    expect(result.files.find((file) => file.slug === 'ok')?.data).toMatchObject({ name: 'Ok' });
  });

  it('turns any bytes in any place into problems, never an exception', () => {
    const project = projectWith(false);
    const place = fc.constantFrom('projects/sl/x.md', 'partners/en/y.mdx', 'centres/sl/z.md', 'projects/x.md', 'projets/sl/x.md', 'x.md');
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc.string({ unit: 'binary', maxLength: 300 }).map((text) => Buffer.from(`---\n${text}\n---\n`)),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(place, bytes), { minLength: 1, maxLength: 4 }), (files) => {
        rmSync(join(project, 'content'), { recursive: true, force: true });
        for (const [path, content] of files) {
          mkdirSync(join(project, 'content', path, '..'), { recursive: true });
          writeFileSync(join(project, 'content', path), content);
        }
        for (const problem of validateContent(project).problems) expect(problem.message).toMatch(/^.+ \| .+$/s);
      }),
      { numRuns: 60 },
    );
  }, 60_000);
});

describe('npm run check:content', () => {
  it('prints every problem of every file in one run, and fails', () => {
    const project = projectWith(true);
    const printed: string[] = [];
    const error = vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    try {
      expect(checkContent(project)).toBe(false);
    } finally {
      error.mockRestore();
    }
    const { problems: expected } = validateContent(project);
    expect(printed.filter((line) => line.startsWith('content/'))).toEqual(expected.map(formatProblem));
    expect(printed.join('\n')).toContain(problemCount(expected.length).split(' | ')[0]);
    // YAML errors carry their column, in the file:line:column form editors link.
    expect(printed).toContainEqual(expect.stringMatching(/^content\/projects\/sl\/colon-line-7\.md:7:18 /));
  });
});

/** The printed line of each problem of a file of the corpus, in order. */
const printedFor = (path: string) => problemsOf(path).map(formatProblem);

describe('messages that read right (issue 21)', () => {
  it('names the repeated field at its own line, and not the intact English twin of a file that failed to parse', () => {
    expect(printedFor('centres/sl/podvojeno.md')).toEqual([
      expect.stringMatching(
        /^tests\/fixtures\/careless\/centres\/sl\/podvojeno\.md:16:1 .*Polje "exceptions" je zapisano dvakrat \(prvič v vrstici 12\)/,
      ),
    ]);
    expect(problemsOf('centres/en/podvojeno.md')).toEqual([]);
  });

  it('counts list positions from 1, in words, in both languages', () => {
    const [missing] = printedFor('centres/sl/slovensko-polje.md');
    expect(missing).toContain(' 2. izjema, razlog | exception 2, reason — ');
    expect(printedFor('projects/sl/znesek-s-presledki.md')[0]).toContain(' 1. financer, znesek v evrih | funder 1, amountEur — ');
    for (const problem of problems) expect(formatProblem(problem)).not.toMatch(/ [a-zA-Z]+\.\d+(\.[a-zA-Z]+)? — /);
  });

  it('points a Slovenian field name to the English one', () => {
    expect(problemAt('centres/sl/slovensko-polje.md', 'Neznano polje "razlog"', 'exceptions.1.razlog').message).toContain(
      'ste mislili "reason"?',
    );
  });

  it('says which plain number to write for 12 000 and for 12.000 (which YAML reads as 12)', () => {
    expect(problemAt('projects/sl/znesek-s-presledki.md', '"12 000" je besedilo', 'funders.0.amountEur').message).toContain(': 12000.');
    const dots = problemAt('projects/sl/znesek-s-pikami.md', '"12.000" se prebere kot 12', 'funders.0.amountEur');
    expect(dots.line).toBe(9);
    expect(dots.message).toContain(': 12000.');
    // The largest number a dot between thousands can make.
    expect(problemAt('projects/sl/znesek-s-pikami.md', '"999.000" se prebere kot 999', 'funders.1.amountEur').line).toBe(11);
  });

  it('reports a rule over a whole exception in the same run as a mistake in one of its fields', () => {
    expect(problemsOf('centres/sl/brez-vrste.md').map((problem) => problem.field)).toEqual(['exceptions.0', 'exceptions.0.until']);
    expect(problemAt('centres/sl/brez-vrste.md', 'natanko eno od', 'exceptions.0').line).toBe(12);
  });
});
