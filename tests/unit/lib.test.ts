import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, isLocale, langIfOther, LOCALES, TRANSLATED_LOCALES } from '../../src/lib/locales';
import { formatEuro, formatList, formatPartialDate, formatPeriod, formatTimeRange } from '../../src/lib/format';
import { dayInZone, projectStatus } from '../../src/lib/period';
import { closestNames, projectsByPartner } from '../../src/lib/references';
import { entryUrl, listUrl } from '../../src/lib/routes';
import { groupWeek } from '../../src/lib/hours/schedule';
import { pluralSl } from '../../src/i18n/sl';

describe('project status', () => {
  const period = { start: '2019-06', end: '2020-11' };
  it('is ongoing through the whole of its last month', () => expect(projectStatus(period, '2020-11-30')).toBe('ongoing'));
  it('is finished the day after', () => expect(projectStatus(period, '2020-12-01')).toBe('finished'));
  it('is upcoming before its first month', () => expect(projectStatus(period, '2019-05-31')).toBe('upcoming'));
  it('goes on without an end', () => expect(projectStatus({ start: '2011' }, '2026-11-21')).toBe('ongoing'));
  it('uses the day in Ljubljana, not UTC', () => {
    expect(dayInZone(new Date('2026-11-21T23:30:00Z'))).toBe('2026-11-22');
    expect(dayInZone(new Date('2026-07-01T21:59:00Z'))).toBe('2026-07-01');
    expect(dayInZone(new Date('2026-07-01T22:00:00Z'))).toBe('2026-07-02');
  });
});

describe('formatting', () => {
  it('writes Slovenian and English dates', () => {
    expect(formatPartialDate('2019-06-01', 'sl')).toBe('1. 6. 2019');
    expect(formatPartialDate('2019-06-01', 'en')).toBe('1 June 2019');
    expect(formatPartialDate('2019-06', 'sl')).toBe('junij 2019');
    expect(formatPartialDate('2012', 'sl')).toBe('2012');
  });
  it('writes periods with both ends or an open end', () => {
    expect(formatPeriod({ start: '2019-11', end: '2022-01' }, 'sl')).toBe('november 2019 – januar 2022');
    expect(formatPeriod({ start: '2011' }, 'sl')).toBe('od 2011');
    expect(formatPeriod({}, 'en')).toBe('ongoing work');
  });
  it('writes times without a leading zero and euro amounts per locale', () => {
    expect(formatTimeRange({ opens: '09:00', closes: '22:00' })).toBe('9:00–22:00');
    expect(formatTimeRange({ opens: '12:30', closes: '24:00' })).toBe('12:30–24:00');
    expect(formatEuro(125000, 'sl')).toBe('125.000,00\u00a0€');
    expect(formatEuro(125000, 'en')).toBe('€125,000.00');
  });
  it('joins lists with "in"', () => expect(formatList(['petkih', 'sobotah'], 'sl')).toBe('petkih in sobotah'));
  it('uses all four Slovenian plural forms', () => {
    const forms = ['zadetek', 'zadetka', 'zadetki', 'zadetkov'] as const;
    expect([1, 2, 3, 4, 5, 101, 102, 105].map((n) => pluralSl(n, forms))).toEqual([
      'zadetek',
      'zadetka',
      'zadetki',
      'zadetki',
      'zadetkov',
      'zadetek',
      'zadetka',
      'zadetkov',
    ]);
  });
});

describe('weekly schedule', () => {
  const r = { opens: '09:00', closes: '22:00' };
  it('groups consecutive days with the same hours', () => {
    expect(groupWeek({ monday: [r], tuesday: [r], wednesday: [r], thursday: [r], friday: [r] })).toEqual([
      { first: 'monday', last: 'friday', ranges: [r] },
    ]);
  });
  it('does not join days across a closed day', () => {
    expect(groupWeek({ monday: [r], wednesday: [r] }).map((g) => [g.first, g.last])).toEqual([
      ['monday', 'monday'],
      ['wednesday', 'wednesday'],
    ]);
  });
});

describe('entries, routes and references', () => {
  it('lists every language once, the default first, and knows a folder name from a language', () => {
    expect(LOCALES).toEqual(['sl', 'en', 'it']);
    expect(DEFAULT_LOCALE).toBe('sl');
    expect(TRANSLATED_LOCALES).toEqual(['en', 'it']);
    expect(['it', 'si', 'toString'].map(isLocale)).toEqual([true, false, false]);
  });
  it('marks only a text in another language than the page', () => {
    expect(langIfOther('sl', 'it')).toBe('sl');
    expect(langIfOther('it', 'it')).toBeUndefined();
  });
  it('builds the URLs of the guide', () => {
    expect(listUrl('programmes', 'sl')).toBe('/programi/');
    expect(entryUrl('centres', 'center-mladih-koper', 'en')).toBe('/en/centres/center-mladih-koper/');
    expect(entryUrl('partners', 'sent', 'it')).toBe('/it/partner/sent/');
  });
  it('indexes every role of a partner across projects', () => {
    const index = projectsByPartner([
      { slug: 'ko-prosto', data: { lead: 'sent', partners: ['ozara'], associatedPartners: [], funders: [{ partner: 'mju' }] } },
      { slug: 'razvoj', data: { lead: 'pekarna', partners: [], associatedPartners: ['sent'], funders: [{ partner: 'mju' }] } },
    ]);
    expect(index.get('sent')).toEqual([
      { project: 'ko-prosto', roles: ['lead'] },
      { project: 'razvoj', roles: ['associated'] },
    ]);
    expect(index.get('mju')?.map((item) => item.project)).toEqual(['ko-prosto', 'razvoj']);
  });
  it('suggests the closest existing ids', () => {
    expect(closestNames('zavod-mars', ['zavod-mars-maribor', 'sent', 'ozara'])).toEqual(['zavod-mars-maribor']);
    expect(closestNames('ozra', ['zavod-mars-maribor', 'sent', 'ozara'])).toEqual(['ozara']);
    expect(closestNames('qqqqqq', ['sent'])).toEqual([]);
  });
});

describe('structured data', () => {
  it('maps partner kinds to schema.org organisation types', async () => {
    const { organisationType } = await import('../../src/lib/structured-data');
    expect(organisationType('ministry')).toBe('GovernmentOrganization');
    expect(organisationType('eu-institution')).toBe('GovernmentOrganization');
    expect(organisationType('association')).toBe('NGO');
    expect(organisationType('education')).toBe('EducationalOrganization');
    expect(organisationType('company')).toBe('Organization');
  });
});

describe('document titles', () => {
  it('add the site name when it fits in 70 characters, drop it when not, and cut very long titles at a word', async () => {
    const { documentTitle } = await import('../../src/lib/format');
    expect(documentTitle('Projekti', 'Prostovoljstvo za mlade')).toBe('Projekti · Prostovoljstvo za mlade');
    expect(documentTitle('OZARA Slovenija Nacionalno združenje za kakovost življenja', 'Prostovoljstvo za mlade')).toBe(
      'OZARA Slovenija Nacionalno združenje za kakovost življenja',
    );
    const cut = documentTitle('a '.repeat(50).trim(), 'Site');
    expect(cut.length).toBeLessThanOrEqual(70);
    expect(cut.endsWith('…')).toBe(true);
  });
});
