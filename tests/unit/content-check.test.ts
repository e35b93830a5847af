import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, formatProblem, problemCount, reportMarkdown } from '../../src/cli/check-content';
import { fieldForSlovenianName, fieldInWords, lengthMismatch } from '../../src/cli/field-words';
import { countItems } from '../../src/lib/plural';
import { hoursException } from '../../src/schemas/centre';
import { eventSchema } from '../../src/schemas/event';
import { opportunitySchema } from '../../src/schemas/opportunity';
import { programmeSchema } from '../../src/schemas/programme';
import { validateContent, type Problem } from '../../src/cli/validate-content';
import { numberHint } from '../../src/cli/zod-issues';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { problems } = validateContent(root, `${root}tests/fixtures/broken`);

/** The one problem reported for a file and field; fails when there is none. */
function problemAt(file: string, field: string): Problem {
  const found = problems.find((problem) => problem.file.endsWith(file) && problem.field === field);
  expect(found, `no problem reported for ${file} ${field}; got:\n${problems.map((p) => `${p.file} ${p.field}`).join('\n')}`).toBeDefined();
  return found!;
}

describe('content check over broken fixtures', () => {
  it('reports every mistake of every file in one run', () => {
    expect(new Set(problems.map((problem) => problem.file.split('/').slice(-3).join('/')))).toEqual(
      new Set([
        'centres/sl/bad-hours.md',
        'centres/sl/single-forms.md',
        'partners/en/ozara.md',
        'partners/sl/sent.md',
        'partners/sl/with-images.md',
        'programmes/sl/missing-image.md',
        'programmes/sl/strand.md',
        'projects/sl/bad-period.md',
        'projects/sl/broken-yaml.md',
        'projects/sl/missing-fields.md',
        'projects/en/bad-period.md',
      ]),
    );
    expect(problems.length).toBeGreaterThanOrEqual(20);
  });

  it('writes every message in Slovenian and English', () => {
    for (const problem of problems) expect(problem.message).toMatch(/^.+ \| .+$/);
  });

  it('rejects 1.6.2019 instead of reading it as a date, on the right line', () => {
    const problem = problemAt('partners/sl/sent.md', 'updated');
    expect(problem.line).toBe(5);
    expect(problem.message).toContain('"2019-06-01"');
  });

  it('rejects a day that does not exist', () => {
    expect(problemAt('projects/sl/bad-period.md', 'updated').message).toContain('2019-02-30');
  });

  it('rejects slashes in dates', () => {
    expect(problemAt('projects/sl/missing-fields.md', 'period.start').message).toContain('2019/06/01');
  });

  it('suggests the right name for a misspelt field, weekday and enum value', () => {
    expect(problemAt('partners/sl/sent.md', 'websit').message).toContain('"website"');
    expect(problemAt('centres/sl/bad-hours.md', 'weeklyHours.mondey').message).toContain('"monday"');
    expect(problemAt('partners/sl/sent.md', 'kind').message).toContain('"association"');
  });

  it('names missing and empty required fields', () => {
    expect(problemAt('projects/sl/missing-fields.md', 'summary').message).toContain('"summary"');
    expect(problemAt('projects/sl/missing-fields.md', 'lead').message).toContain('"lead"');
    expect(problemAt('projects/sl/missing-fields.md', 'title').message).toMatch(/prazno/);
  });

  it('rejects times like 9.00 and 25:00, reversed and overlapping hours', () => {
    expect(problemAt('centres/sl/bad-hours.md', 'weeklyHours.monday.0.opens').line).toBe(9);
    expect(problemAt('centres/sl/bad-hours.md', 'weeklyHours.tuesday.0.closes').message).toContain('HH:MM');
    expect(problemAt('centres/sl/bad-hours.md', 'weeklyHours.wednesday.1').message).toContain('13:00–18:00');
    expect(problemAt('centres/sl/bad-hours.md', 'weeklyHours.thursday.0.closes').message).toContain('22:00');
  });

  it('accepts a single item where a list is expected, and still finds its mistakes', () => {
    const singleForms = problems.filter((problem) => problem.file.endsWith('single-forms.md'));
    expect(singleForms.map((problem) => `${problem.line} ${problem.field}`)).toEqual(['9 weeklyHours.tuesday.opens']);
  });

  it('finds an image that does not exist, or exists only with other letter case, and a missing or file-name alt text', () => {
    const wrongCase = problemAt('partners/sl/with-images.md', 'image.src');
    expect(wrongCase.line).toBe(5);
    expect(wrongCase.message).toContain('"Skupina.png"');
    expect(problemAt('partners/sl/with-images.md', 'image.alt').message).toContain('not its file name');
    expect(problemAt('programmes/sl/missing-image.md', 'image.src').message).toContain('content/images/');
    expect(problemAt('programmes/sl/missing-image.md', 'image.alt').line).toBe(7);
  });

  it('checks exceptions and the holiday rule', () => {
    expect(problemAt('centres/sl/bad-hours.md', 'exceptions.0').message).toContain('closed: true');
    expect(problemAt('centres/sl/bad-hours.md', 'publicHolidays').message).toContain('regular');
  });

  it('rejects an end before the start and a minimum age above the maximum', () => {
    expect(problemAt('projects/sl/bad-period.md', 'period.end').line).toBe(6);
    expect(problemAt('programmes/sl/strand.md', 'ageRange.min').message).toContain('30');
  });

  it('reports unknown partners with the closest existing id, even when other fields are wrong', () => {
    const lead = problemAt('projects/sl/bad-period.md', 'lead');
    expect(lead.line).toBe(7);
    expect(lead.message).toContain('zavod-mars-maribor');
    expect(problemAt('projects/sl/bad-period.md', 'funders.0.partner').message).toContain('"ministrstvo"');
  });

  it('reports a partner listed twice and an unknown parent programme', () => {
    expect(problemAt('projects/sl/bad-period.md', 'partners.1').message).toContain(
      'je že naveden v "1. partner"; vsak partner naj ima eno vlogo. | Partner "zavod-mars-maribor" is already listed in "partner 1"',
    );
    expect(problemAt('programmes/sl/strand.md', 'parent').message).toContain('"es"');
  });

  it('explains broken YAML: an unquoted colon and an unclosed quote', () => {
    const yaml = problems.filter((problem) => problem.file.endsWith('broken-yaml.md'));
    expect(yaml.some((problem) => problem.message.includes('narekovaje'))).toBe(true);
    expect(yaml.some((problem) => problem.message.includes('A closing quote'))).toBe(true);
  });

  it('puts each YAML mistake on its own line, the first where Astro’s reader stops (line and column)', () => {
    const yaml = problems.filter((problem) => problem.file.endsWith('broken-yaml.md'));
    expect(yaml.map((problem) => [problem.line, problem.column, problem.message.split(' | ')[1]?.split(/[.:]/)[0]])).toEqual([
      [2, 17, 'Put a value that contains a colon in quotes, e'],
      [3, undefined, 'A closing quote is missing'],
    ]);
  });

  it('checks translations against the translation schema and the original list lengths', () => {
    expect(problemAt('projects/en/bad-period.md', 'lead').message).toContain('Unknown field "lead"');
    expect(problemAt('projects/en/bad-period.md', 'activities').message).toMatch(
      /^"activities" ima 1 vnos, slovenski izvirnik pa 2;.* \| "activities" has 1 item but the Slovenian original has 2;/,
    );
  });

  it('reports a translation without a Slovenian original', () => {
    expect(problems.find((problem) => problem.file.endsWith('partners/en/ozara.md'))?.message).toContain('content/partners/sl/ozara.md');
  });
});

describe('messages that read right', () => {
  it('counts problems in the four Slovenian plural forms and in English', () => {
    expect([1, 2, 3, 5, 101, 102].map(problemCount)).toEqual([
      '1 težava v vsebini | 1 content problem',
      '2 težavi v vsebini | 2 content problems',
      '3 težave v vsebini | 3 content problems',
      '5 težav v vsebini | 5 content problems',
      '101 težava v vsebini | 101 content problems',
      '102 težavi v vsebini | 102 content problems',
    ]);
  });

  it('tells how to write an amount typed the way people write money', () => {
    expect(numberHint('12 000')?.sl).toContain(': 12000.');
    expect(numberHint('125.000,00')?.en).toContain(': 125000.');
    expect(numberHint('1,5 €')?.en).toContain(': 1.5.');
    expect(numberHint('dvanajst')).toBeUndefined();
    expect(numberHint(12000)).toBeUndefined();
  });

  it('counts list items in the four Slovenian plural forms', () => {
    expect([1, 2, 3, 4, 5, 101].map((n) => countItems(n, 'sl'))).toEqual([
      '1 vnos',
      '2 vnosa',
      '3 vnose',
      '4 vnose',
      '5 vnosov',
      '101 vnos',
    ]);
    expect(lengthMismatch('goals', 3, 2)).toMatch(/^"goals" ima 2 vnosa, .* \| "goals" has 2 items /);
  });

  it('names fields in words, positions from 1, Slovenian from the editor labels', () => {
    expect(fieldInWords('exceptions.1.date', 'content/centres/sl/koper.md')).toEqual({ sl: '2. izjema, datum', en: 'exception 2, date' });
    expect(fieldInWords('weeklyHours.monday.0.opens', 'content/centres/sl/koper.md')).toEqual({
      sl: 'redni urnik, ponedeljek, 1. razpon ur, odpre',
      en: 'weeklyHours, monday, time range 1, opens',
    });
    expect(fieldInWords('partners.2', 'content/projects/sl/x.md')).toEqual({ sl: '3. partner', en: 'partner 3' });
    expect(fieldInWords('summary', 'content/projects/en/x.md').en).toBe('summary');
    expect(formatProblem({ file: 'content/centres/sl/koper.md', line: 40, field: 'exceptions.0.reason', message: 'a | b' })).toBe(
      'content/centres/sl/koper.md:40 1. izjema, razlog | exception 1, reason — a | b',
    );
  });

  it('finds the field a Slovenian name stands for, and nothing for a name that means none', () => {
    expect(fieldForSlovenianName('razlog', ['date', 'until', 'closed', 'hours', 'reason'], 'centres', 'sl', ['exceptions', 0])).toBe(
      'reason',
    );
    expect(fieldForSlovenianName('povzetek', ['title', 'summary', 'lead'], 'projects', 'sl', [])).toBe('summary');
    expect(fieldForSlovenianName('Prijavitelj', ['title', 'summary', 'lead'], 'projects', 'sl', [])).toBe('lead');
    expect(fieldForSlovenianName('banana', ['title', 'summary', 'lead'], 'projects', 'sl', [])).toBeUndefined();
  });
});

describe('rules over a whole entry, in the same run as a mistake in one of its fields', () => {
  const paths = (result: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) =>
    (result.error?.issues ?? []).map((issue) => issue.path.join('.')).sort();

  it('a strand without parent, beside a summary that is not text', () => {
    expect(paths(programmeSchema.safeParse({ title: 'Sklop', summary: 5, kind: 'strand' }))).toEqual(['parent', 'summary']);
  });

  it('a centre exception with neither closed nor hours, beside a wrong date', () => {
    expect(paths(hoursException.safeParse({ date: '24.12.2026', reason: 'Inventura' }))).toEqual(['', 'date']);
  });

  it('coveredOther without "other", and no way to apply, beside a wrong field', () => {
    const result = opportunitySchema.safeParse({
      title: 'Poziv',
      summary: 'Opis',
      programme: 'ese',
      host: 'sent',
      place: { town: 'Koper', country: 'SI' },
      period: { months: 10 },
      deadline: { date: '2027-01-15' },
      apply: { emali: 'a@b.si' },
      covered: ['food'],
      coveredOther: 'kolo',
      places: 'dve',
    });
    expect(paths(result)).toEqual(['apply', 'apply', 'coveredOther', 'places']);
  });

  it('an event with neither centre nor address, beside an end before its start and a wrong organiser', () => {
    const result = eventSchema.safeParse({
      title: 'Koncert',
      summary: 'Opis',
      start: { date: '2027-03-12', time: '19:00' },
      end: { date: '2027-03-11', time: '22:00' },
      organiser: 5,
    });
    expect(paths(result)).toEqual(['centre', 'end', 'organiser']);
  });
});

describe('the check as a Markdown report (--report)', () => {
  const sample = [
    { file: 'content/centres/sl/koper.md', line: 45, field: 'exceptions.1.date', message: 'Datum <b>ni</b> pravi. | The date is wrong.' },
    { file: 'content/centres/sl/koper.md', line: 3, field: '', message: 'Datoteka @ana #1. | File @ana #1.' },
  ];

  it('lists each problem in Slovenian, with the English below, fields in words', () => {
    const report = reportMarkdown(sample, 90);
    expect(report).toMatch(/^\*\*2 težavi v vsebini\.\*\*/);
    expect(report).toContain('- `content/centres/sl/koper.md`, vrstica 45, 2. izjema, datum: Datum \\<b\\>ni\\</b\\> pravi.');
    expect(report).toContain('- `content/centres/sl/koper.md`, line 45, exception 2, date: The date is wrong.');
    expect(report.indexOf('vrstica 45')).toBeLessThan(report.indexOf('<details>'));
    expect(report.indexOf('line 45')).toBeGreaterThan(report.indexOf('<details>'));
  });

  it('shows what staff wrote as text: no HTML, no mentions, no issue links', () => {
    expect(escapeMarkdown('<img src=x> @ana #12 [a](b) `c`')).toBe('\\<img src=x\\> @\u200bana #\u200b12 \\[a\\](b) \\`c\\`');
    expect(reportMarkdown(sample, 90)).not.toMatch(/@ana|#1\b|<b>/);
  });

  it('says when the content is fine, so the failure is elsewhere', () => {
    expect(reportMarkdown([], 90)).toContain('Vsebina je v redu (preverjenih datotek: 90)');
  });
});
