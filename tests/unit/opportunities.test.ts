/** Open calls: the schema's rules across fields, the status at an instant, and the content check's references. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/cli/validate-content';
import { deadlineInstant, opportunityStatus, placeKind } from '../../src/lib/deadline';
import { formatDeadline, formatOpportunityPeriod } from '../../src/lib/opportunity-format';
import { en } from '../../src/i18n/en';
import { sl } from '../../src/i18n/sl';
import { opportunitySchema } from '../../src/schemas/opportunity';
import { withClock } from '../../src/schemas/shared';

const root = fileURLToPath(new URL('../..', import.meta.url));
const valid = {
  title: 'Poziv',
  summary: 'Kratek opis.',
  programme: 'ese',
  host: 'sent',
  place: { town: 'Gradec', country: 'AT' },
  period: { start: '2027-03-01', end: '2027-12-31' },
  deadline: { date: '2027-01-15', time: '12:00' },
  apply: { email: 'info@primer.si' },
  updated: '2026-11-20',
};
const parse = (data: unknown) =>
  withClock(
    () => new Date('2026-12-01T12:00:00Z'),
    () => opportunitySchema.safeParse(data),
  );
const messages = (data: unknown) => {
  const result = parse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('an open call', () => {
  it('accepts a complete call', () => {
    expect(messages(valid)).toEqual([]);
  });

  it('rejects a deadline after the start of the period', () => {
    expect(messages({ ...valid, deadline: { date: '2027-03-02' } })).toEqual([
      expect.stringMatching(/^deadline\.date: Rok prijave \(2027-03-02\) je po začetku/),
    ]);
  });

  it('needs at least one way to apply, and a portal address on youth.europa.eu', () => {
    expect(messages({ ...valid, apply: {} })).toEqual([expect.stringContaining('vsaj en način prijave')]);
    expect(messages({ ...valid, apply: { portal: 'https://example.org/x' } })).toEqual([expect.stringContaining('youth.europa.eu')]);
  });

  it('needs a start or a length in months, and "other" before saying what it is', () => {
    expect(messages({ ...valid, period: {} })).toEqual([expect.stringContaining('"months"')]);
    expect(parse({ ...valid, period: { months: 10 } }).success).toBe(true);
    expect(messages({ ...valid, coveredOther: 'vozovnica' })).toEqual([expect.stringContaining('coveredOther')]);
    expect(parse({ ...valid, covered: ['food', 'other'], coveredOther: 'vozovnica' }).success).toBe(true);
  });

  it('rejects a country that is not a two-letter code and a cover the ESE list does not have', () => {
    expect(messages({ ...valid, place: { town: 'Gradec', country: 'Avstrija' } })).toEqual([expect.stringContaining('place.country')]);
    expect(parse({ ...valid, covered: ['food', 'car'] }).success).toBe(false);
  });
});

describe('the deadline', () => {
  it('is the stated time in Ljubljana, in winter and in summer', () => {
    expect(new Date(deadlineInstant({ date: '2027-01-15', time: '12:00' })).toISOString()).toBe('2027-01-15T11:00:00.000Z');
    expect(new Date(deadlineInstant({ date: '2027-07-15', time: '12:00' })).toISOString()).toBe('2027-07-15T10:00:00.000Z');
  });

  it('is the end of the day when no time is given, also on the day the clocks go back', () => {
    expect(new Date(deadlineInstant({ date: '2027-07-15' })).toISOString()).toBe('2027-07-15T22:00:00.000Z');
    expect(new Date(deadlineInstant({ date: '2027-10-31' })).toISOString()).toBe('2027-10-31T23:00:00.000Z');
  });

  it('makes a call close soon 7 days before, and closed at the deadline itself', () => {
    const deadline = deadlineInstant({ date: '2027-01-15', time: '12:00' });
    expect(opportunityStatus(deadline, Date.parse('2027-01-08T10:59:00Z'))).toBe('open');
    expect(opportunityStatus(deadline, Date.parse('2027-01-08T11:00:00Z'))).toBe('soon');
    expect(opportunityStatus(deadline, Date.parse('2027-01-15T10:59:59Z'))).toBe('soon');
    expect(opportunityStatus(deadline, Date.parse('2027-01-15T11:00:00Z'))).toBe('closed');
  });

  it('is written out for readers without JavaScript', () => {
    expect(formatDeadline({ date: '2027-01-15', time: '12:00' }, 'sl', sl.opportunities)).toBe('15. 1. 2027 ob 12:00 (slovenski čas)');
    expect(formatDeadline({ date: '2027-01-15' }, 'en', en.opportunities)).toBe('15 January 2027, until midnight (Slovenian time)');
    expect(formatOpportunityPeriod({ months: 10 }, 'en', en.opportunities)).toBe('10 months');
    expect(formatOpportunityPeriod({ start: '2027-03-01', months: 10 }, 'sl', sl.opportunities)).toBe('od 1. 3. 2027, 10 mesecev');
    expect(placeKind('SI')).toBe('home');
    expect(placeKind('AT')).toBe('abroad');
  });
});

describe('the content check of open calls', () => {
  const { problems } = validateContent(root, `${root}tests/fixtures/broken-calls-and-events`, { now: new Date('2026-12-01T12:00:00Z') });
  const about = (file: string) =>
    problems.filter((problem) => problem.file.endsWith(file)).map((problem) => `${problem.field}: ${problem.message}`);

  it('names unknown programme, partner and centre ids with the closest existing ones', () => {
    expect(about('opportunities/sl/napacne-oznake.md')).toEqual([
      expect.stringMatching(/^programme: Program "esee" ne obstaja.*Najbližje obstoječe: ese/),
      expect.stringMatching(/^host: Partner "sentt" ne obstaja.*Najbližje obstoječe: sent/),
      expect.stringMatching(/^centre: Center "center-mladih-kopr" ne obstaja.*Najbližje obstoječe: center-mladih-koper/),
    ]);
  });

  it('reports a deadline after the start together with the field errors', () => {
    expect(about('opportunities/sl/rok-po-zacetku.md')).toEqual([
      expect.stringMatching(/^deadline\.date: Rok prijave \(2027-04-01\) je po začetku \(2027-03-01\)/),
      expect.stringMatching(/^apply: Vpišite vsaj en način prijave/),
    ]);
  });

  it('keeps the archive address free', () => {
    expect(about('opportunities/sl/arhiv.md')).toEqual([expect.stringContaining('naslov strani seznama')]);
  });
});
