/**
 * The way in (#17): the fit check's matching against the real programme entries (and what a change
 * in them changes), easy-read sentences, the questions' references, and the start page's links.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { validateContent } from '../../src/cli/validate-content';
import {
  ageBands,
  ageVerdict,
  answerSegments,
  assess,
  assessAll,
  fitSteps,
  lengthVerdict,
  type AgeBand,
  type StrandFacts,
} from '../../src/lib/fit-check';
import { assembleTranslation } from '../../src/lib/translations';
import { easyRead, EASY_READ_MAX_WORDS } from '../../src/schemas/easy-read';
import { programmeSchema } from '../../src/schemas/programme';
import { faqPageJsonLd } from '../../src/lib/structured-data';
import { easyReadUrl, faqUrl, fitCheckUrl, startUrl } from '../../src/lib/routes';
import { LOCALES } from '../../src/lib/locales';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** The strands as the site reads them: frontmatter of content/programmes/sl, through the schema. */
function realStrands(): StrandFacts[] {
  return ['projekti-prostovoljstva', 'solidarnostni-projekti', 'humanitarna-pomoc'].map((slug) => {
    const source = readFileSync(join(root, 'content/programmes/sl', `${slug}.md`), 'utf8');
    const data = programmeSchema.parse(parseYaml(source.split(/^---$/m)[1]!));
    return { slug, ageRange: data.ageRange, duration: data.duration, places: data.places, format: data.format };
  });
}

const band = (strands: StrandFacts[], slug: string): AgeBand => ageBands(strands).find((candidate) => candidate.slug === slug)!;
const fitOf = (strands: StrandFacts[], slug: string, answers: Parameters<typeof assessAll>[1]) =>
  assessAll(strands, answers).find((assessment) => assessment.slug === slug)!;

describe('the fit check, on the real programme entries', () => {
  const strands = realStrands();

  it('offers the age bands the entries name: under 18, 18 to 30, over 30', () => {
    expect(ageBands(strands).map((candidate) => candidate.slug)).toEqual(['do-17', '18-30', 'od-31']);
  });

  it('suggests volunteering projects to an 18–30-year-old who wants to go abroad alone', () => {
    const answers = { age: band(strands, '18-30'), place: 'abroad' as const, format: 'individual' as const };
    expect(fitOf(strands, 'projekti-prostovoljstva', answers).fit).toBe('yes');
    expect(assessAll(strands, answers)[0]!.slug).toBe('projekti-prostovoljstva');
  });

  it('says it does not know the humanitarian strand’s age limits instead of guessing', () => {
    const assessment = fitOf(strands, 'humanitarna-pomoc', { age: band(strands, '18-30'), place: 'abroad', format: 'group' });
    expect(assessment.fit).toBe('maybe');
    expect(assessment.reasons.find((reason) => reason.question === 'age')!.verdict).toBe('unknown');
  });

  it('rules solidarity projects out abroad, and says it does not know whether they are done alone', () => {
    const assessment = fitOf(strands, 'solidarnostni-projekti', { age: band(strands, '18-30'), place: 'abroad', format: 'individual' });
    expect(assessment.fit).toBe('no');
    expect(assessment.reasons).toEqual([
      { question: 'age', verdict: 'yes' },
      { question: 'place', verdict: 'no' },
      { question: 'format', verdict: 'unknown' },
    ]);
  });

  it('rules out the strands with an age limit for a 31-year-old, but not the one without', () => {
    const answers = { age: band(strands, 'od-31'), place: 'abroad' as const, format: 'group' as const };
    expect(fitOf(strands, 'projekti-prostovoljstva', answers).fit).toBe('no');
    expect(fitOf(strands, 'humanitarna-pomoc', answers).fit).toBe('maybe');
  });

  it('compares the time someone has with the only duration the entries give', () => {
    const solidarity = strands.find((strand) => strand.slug === 'solidarnostni-projekti')!;
    expect(lengthVerdict('weeks', solidarity.duration)).toBe('no');
    expect(lengthVerdict('months', solidarity.duration)).toBe('yes');
    expect(lengthVerdict('year', solidarity.duration)).toBe('yes');
    expect(lengthVerdict('months', strands.find((strand) => strand.slug === 'projekti-prostovoljstva')!.duration)).toBe('unknown');
  });

  it('has one page for the first question, each partial answer and each full set of answers', () => {
    const steps = fitSteps(strands);
    // 1 + 3 ages + 3×2 places + 3×2×2 results
    expect(steps).toHaveLength(1 + 3 + 6 + 12);
    expect(steps.filter((step) => !step.next)).toHaveLength(12);
    for (const locale of LOCALES)
      expect(new Set(steps.map((step) => answerSegments(step.answers, locale).join('/'))).size).toBe(steps.length);
    expect(answerSegments(steps.at(-1)!.answers, 'sl')).toEqual(['od-31', 'v-tujini', 'v-skupini']);
    expect(answerSegments(steps.at(-1)!.answers, 'en')).toEqual(['od-31', 'abroad', 'group']);
    expect(answerSegments(steps.at(-1)!.answers, 'it')).toEqual(['od-31', 'all-estero', 'in-gruppo']);
  });
});

describe('a change in content changes the answers', () => {
  it('an age range added to the humanitarian strand turns "may suit" into "suits"', () => {
    const strands = realStrands().map((strand) =>
      strand.slug === 'humanitarna-pomoc' ? { ...strand, ageRange: { min: 18, max: 30 } } : strand,
    );
    expect(fitOf(strands, 'humanitarna-pomoc', { age: band(strands, '18-30'), place: 'abroad', format: 'group' }).fit).toBe('yes');
  });

  it('a strand open to 35-year-olds adds an age band and suits a 33-year-old', () => {
    const strands = realStrands().map((strand) =>
      strand.slug === 'projekti-prostovoljstva' ? { ...strand, ageRange: { min: 18, max: 35 } } : strand,
    );
    expect(ageBands(strands).map((candidate) => candidate.slug)).toEqual(['do-17', '18-30', '31-35', 'od-36']);
    const answers = { age: band(strands, '31-35'), place: 'abroad' as const, format: 'individual' as const };
    expect(fitOf(strands, 'projekti-prostovoljstva', answers).fit).toBe('yes');
    expect(fitOf(strands, 'solidarnostni-projekti', answers).reasons[0]!.verdict).toBe('no');
  });

  it('solidarity projects abroad in the entry make them suit a visitor who wants to go abroad', () => {
    const strands = realStrands().map((strand) =>
      strand.slug === 'solidarnostni-projekti' ? { ...strand, places: ['home', 'abroad'] as const } : strand,
    );
    expect(fitOf(strands, 'solidarnostni-projekti', { age: band(strands, '18-30'), place: 'abroad', format: 'group' }).fit).toBe('maybe');
  });
});

describe('the age verdict', () => {
  it('is unknown when a band only partly overlaps a range', () => {
    expect(ageVerdict({ slug: '25-40', min: 25, max: 40 }, { min: 18, max: 30 })).toBe('unknown');
    expect(ageVerdict({ slug: 'do-17', max: 17 }, { min: 18, max: 30 })).toBe('no');
  });

  it('counts days and weeks as parts of a month', () => {
    expect(lengthVerdict('weeks', { min: 2, max: 8, unit: 'weeks' })).toBe('yes');
    expect(lengthVerdict('year', { min: 10, max: 60, unit: 'days' })).toBe('no');
  });

  it('an assessment without facts is "maybe", never "yes"', () => {
    expect(
      assess({ slug: 'x', places: [], format: [] }, { age: { slug: '18-30', min: 18, max: 30 }, place: 'home', format: 'group' }).fit,
    ).toBe('maybe');
  });
});

describe('easy-read text', () => {
  const section = (sentences: string[]) => ({ sections: [{ heading: 'Kdo', sentences }] });

  it('accepts short sentences and hard words with their meaning', () => {
    expect(
      easyRead.safeParse({ ...section(['To je kratek stavek.']), words: [{ word: 'ESE', meaning: 'Program za mlade.' }] }).success,
    ).toBe(true);
  });

  it(`rejects a sentence longer than ${EASY_READ_MAX_WORDS} words, in both languages, with the fix`, () => {
    const long = Array.from({ length: EASY_READ_MAX_WORDS + 1 }, () => 'beseda').join(' ');
    const result = easyRead.safeParse(section([long]));
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/Razdelite ga.*\| .*Split it/);
    expect(result.error!.issues[0]!.path).toEqual(['sections', 0, 'sentences', 0]);
  });

  it('rejects an unknown field, a section without sentences and an empty version', () => {
    expect(easyRead.safeParse({ ...section(['Stavek.']), wordz: [] }).success).toBe(false);
    expect(easyRead.safeParse(section([])).success).toBe(false);
    expect(easyRead.safeParse({ sections: [] }).success).toBe(false);
  });
});

describe('questions in the content check', () => {
  const dir = mkdtempSync(join(tmpdir(), 'faq-check-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names a question’s unknown programme and centre with file, line, field and the closest ids', () => {
    cpSync(join(root, 'content'), join(dir, 'content'), { recursive: true });
    writeFileSync(
      join(dir, 'content/faq/sl/napaka.md'),
      '---\nquestion: Kaj?\nprogrammes:\n  - ese\n  - solidarnostni-projekt\ncentres:\n  - center-mladih-kopr\nupdated: "2026-11-30"\n---\n\nOdgovor.\n',
    );
    writeFileSync(join(dir, 'content/faq/en/napaka.md'), '---\nuntranslated: true\nupdated: "2026-11-30"\n---\n');
    const problems = validateContent(dir, join(dir, 'content'), { now: new Date('2026-12-01T12:00:00Z') }).problems.filter((problem) =>
      problem.file.includes('napaka'),
    );
    expect(problems.map(({ line, field }) => ({ line, field }))).toEqual([
      { line: 5, field: 'programmes.1' },
      { line: 7, field: 'centres.0' },
    ]);
    expect(problems[0]!.message).toContain('solidarnostni-projekti');
    expect(problems[1]!.message).toMatch(/Center "center-mladih-kopr" ne obstaja.*\| Centre "center-mladih-kopr" does not exist/);
  });
});

describe('the pages of the way in', () => {
  it('have the addresses of the guide', () => {
    expect([startUrl('sl'), startUrl('en'), startUrl('it'), faqUrl('sl'), faqUrl('en'), faqUrl('it')]).toEqual([
      '/kako-zaceti/',
      '/en/get-started/',
      '/it/come-iniziare/',
      '/vprasanja/',
      '/en/questions/',
      '/it/domande/',
    ]);
    expect(fitCheckUrl('sl', ['18-30', 'v-tujini'])).toBe('/kako-zaceti/ustreznost/18-30/v-tujini/');
    expect(easyReadUrl('/en/programmes/ese/', 'en')).toBe('/en/programmes/ese/easy-read/');
    expect(easyReadUrl('/it/programmi/ese/', 'it')).toBe('/it/programmi/ese/lettura-facile/');
  });

  it('translate a link’s title and keep its address from the original', () => {
    const original = {
      updated: '2026-11-21',
      links: [{ title: 'Evropski mladinski portal', url: 'https://youth.europa.eu/solidarity_en' }],
    };
    const assembled = assembleTranslation(
      original,
      { data: { untranslated: false, updated: '2026-11-21', links: [{ title: 'European Youth Portal' }] }, body: '' },
      'en',
    );
    expect(assembled.data.links).toEqual([{ title: 'European Youth Portal', url: 'https://youth.europa.eu/solidarity_en' }]);
  });

  it('give search engines each question with its answer as plain text', () => {
    const data = faqPageJsonLd(
      [{ question: 'Koliko let?', answerHtml: '<p>Od 18 do 30 &amp; <a href="/x/">več</a>.</p>\n<ul><li>Ena</li></ul>' }],
      'sl',
    );
    expect(data).toMatchObject({
      '@type': 'FAQPage',
      inLanguage: 'sl',
      mainEntity: [{ '@type': 'Question', name: 'Koliko let?', acceptedAnswer: { '@type': 'Answer', text: 'Od 18 do 30 & več. Ena' } }],
    });
  });
});
