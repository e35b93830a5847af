/** #22: how-to steps link where they send the reader, programmes name their sources, links follow the reader's language. */
import { describe, expect, it } from 'vitest';
import { programmeSchema } from '../../src/schemas/programme';
import { programmeTranslationSchema } from '../../src/schemas/translation';
import { assembleTranslation } from '../../src/lib/translations';
import { LOCALES } from '../../src/lib/locales';
import { localiseLink, youthPortalUrl } from '../../src/lib/routes';

const programme = (extra: Record<string, unknown>) => ({
  title: 'ESE',
  summary: 'Program.',
  kind: 'overview',
  updated: '2026-11-21',
  ...extra,
});

describe('a how-to step', () => {
  it('may link to another site over https or to a page of this site', () => {
    const parsed = programmeSchema.parse(
      programme({
        howToTakePart: [
          { step: 'Registriraj se.', link: { title: 'Portal', url: 'https://youth.europa.eu/solidarity_en' } },
          { step: 'Pridi v center.', link: { title: 'Centri', url: '/centri/' } },
          { step: 'Prijavi se.' },
        ],
      }),
    );
    expect(parsed.howToTakePart.map((step) => step.link?.url)).toEqual(['https://youth.europa.eu/solidarity_en', '/centri/', undefined]);
  });

  it.each(['http://youth.europa.eu/', 'javascript:alert(1)', 'data:text/html,x', 'youth.europa.eu', '//evil.example/', '//evil/'])(
    'refuses the link address %s, naming both ways to write one',
    (url) => {
      const result = programmeSchema.safeParse(programme({ howToTakePart: [{ step: 'Korak.', link: { title: 'Stran', url } }] }));
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toMatch(/"https:\/\/".*\| .*"https:\/\/"/);
    },
  );

  it('is an object, so a plain line says which field it needs', () => {
    expect(programmeSchema.safeParse(programme({ howToTakePart: ['Registriraj se.'] })).success).toBe(false);
  });
});

describe('sources', () => {
  it('are official https pages with a title', () => {
    expect(
      programmeSchema.parse(programme({ sources: [{ title: 'Evropski mladinski portal', url: 'https://youth.europa.eu/solidarity_en' }] }))
        .sources,
    ).toHaveLength(1);
    expect(programmeSchema.safeParse(programme({ sources: [{ title: 'Stran', url: '/centri/' }] })).success).toBe(false);
    expect(programmeSchema.safeParse(programme({ sources: [{ url: 'https://youth.europa.eu/' }] })).success).toBe(false);
  });

  it('default to none, so a page without them says it does not state costs', () => {
    expect(programmeSchema.parse(programme({})).sources).toEqual([]);
  });
});

describe('a translated programme', () => {
  const original = programmeSchema.parse(
    programme({
      howToTakePart: [
        { step: 'Registriraj se.', link: { title: 'Evropski mladinski portal', url: 'https://youth.europa.eu/solidarity_en' } },
        { step: 'Prijavi se.' },
      ],
      sources: [{ title: 'Portal', url: 'https://youth.europa.eu/solidarity_en' }],
    }),
  );

  it('translates the words of steps and sources and keeps their addresses', () => {
    const translation = programmeTranslationSchema.parse({
      updated: '2026-11-21',
      howToTakePart: [{ step: 'Register.', link: { title: 'European Youth Portal' } }, { step: 'Apply.' }],
      sources: [{ title: 'The portal' }],
    });
    const { data } = assembleTranslation(original, { data: translation, body: '' }, 'en');
    expect(data.howToTakePart).toEqual([
      { step: 'Register.', link: { title: 'European Youth Portal', url: 'https://youth.europa.eu/solidarity_en' } },
      { step: 'Apply.' },
    ]);
    expect(data.sources).toEqual([{ title: 'The portal', url: 'https://youth.europa.eu/solidarity_en' }]);
  });

  it('cannot move a link to another address', () => {
    expect(
      programmeTranslationSchema.safeParse({
        updated: '2026-11-21',
        howToTakePart: [{ step: 'Register.', link: { title: 'x', url: 'https://evil.example/' } }],
      }).success,
    ).toBe(false);
  });
});

describe('localiseLink', () => {
  it.each([
    ['/centri/', 'sl', '/centri/'],
    ['/centri/', 'en', '/en/centres/'],
    ['/programi/ese/', 'en', '/en/programmes/ese/'],
    ['/iskanje/', 'en', '/en/search/'],
    ['https://youth.europa.eu/solidarity_en', 'en', 'https://youth.europa.eu/solidarity_en'],
    ['https://youth.europa.eu/solidarity_en', 'sl', 'https://youth.europa.eu/solidarity_sl'],
    ['https://www.ess-europa.eu/', 'sl', 'https://www.ess-europa.eu/'],
  ] as const)('turns %s into the %s page %s', (url, locale, expected) => {
    expect(localiseLink(url, locale)).toBe(expected);
  });
});

describe('the European Youth Portal in the reader’s language', () => {
  it.each(LOCALES)('links %s pages to the portal’s pages in the same language', (locale) => {
    expect(youthPortalUrl('https://youth.europa.eu/solidarity_en', locale)).toBe(`https://youth.europa.eu/solidarity_${locale}`);
    expect(youthPortalUrl('https://youth.europa.eu/solidarity/opportunities_sl?country=SI#list', locale)).toBe(
      `https://youth.europa.eu/solidarity/opportunities_${locale}?country=SI#list`,
    );
  });

  it('is a function of the locale code, so a new language gets its own pages', () => {
    expect(youthPortalUrl('https://youth.europa.eu/solidarity_sl', 'it')).toBe('https://youth.europa.eu/solidarity_it');
  });

  it('leaves other addresses alone, and a portal address without a language', () => {
    expect(youthPortalUrl('https://youth.europa.eu/home', 'sl')).toBe('https://youth.europa.eu/home');
    expect(youthPortalUrl('https://example.org/solidarity_en', 'sl')).toBe('https://example.org/solidarity_en');
  });
});
