import { describe, expect, it } from 'vitest';
import { aroundValue, assembleTranslation, otherLanguageText, translationCollection } from '../../src/lib/translations';

const original = {
  title: 'Skupaj na delu',
  summary: 'Projekt Mreže MaMa.',
  period: { start: '2012', end: '2013-02' },
  milestones: [
    { date: '2012-05', what: 'Javne tribune' },
    { date: '2013-02', what: 'Nacionalno srečanje' },
  ],
  updated: '2026-11-21',
};

describe('assembling an English entry', () => {
  it('shows the Slovenian text, marked as Slovenian, when there is no translation', () => {
    const shown = assembleTranslation(original, undefined, 'en');
    expect(shown).toMatchObject({ data: original, textLocale: 'sl', bodyLocale: 'sl', useTranslationBody: false });
  });

  it('shows the Slovenian text when the translation is explicitly marked untranslated', () => {
    const shown = assembleTranslation(
      original,
      { data: { untranslated: true, updated: '2026-12-01', title: 'Working together' }, body: 'Text' },
      'en',
    );
    expect(shown.data.title).toBe('Skupaj na delu');
    expect(shown.textLocale).toBe('sl');
  });

  it('keeps the facts and replaces only the translated words', () => {
    const shown = assembleTranslation(
      original,
      {
        data: {
          untranslated: false,
          updated: '2026-11-20',
          summary: 'A project of Mreža MaMa.',
          milestones: [{ what: 'Public forums' }],
        },
        body: '\n',
      },
      'en',
    );
    expect(shown.data.title).toBe('Skupaj na delu');
    expect(shown.data.summary).toBe('A project of Mreža MaMa.');
    expect(shown.data.period).toEqual(original.period);
    expect(shown.data.milestones).toEqual([
      { date: '2012-05', what: 'Public forums' },
      { date: '2013-02', what: 'Nacionalno srečanje' },
    ]);
    expect(shown.textLocale).toBe('en');
  });

  it('falls back to the Slovenian body, and says so, when the translation has none', () => {
    const shown = assembleTranslation(
      original,
      { data: { untranslated: false, updated: '2026-12-01', title: 'Working together' }, body: '  ' },
      'en',
    );
    expect(shown).toMatchObject({ textLocale: 'en', bodyLocale: 'sl', useTranslationBody: false, updated: '2026-12-01' });
  });

  it('shows the Slovenian text, marked as Slovenian, when the translation translates nothing', () => {
    // What the editor writes beside a new entry whose English column was left empty.
    const empty = { data: { untranslated: false, updated: '2026-12-01', assumptions: ['A note.'] }, body: '\n' };
    expect(assembleTranslation(original, empty, 'en')).toMatchObject({ data: original, textLocale: 'sl', bodyLocale: 'sl' });
    expect(assembleTranslation(original, { ...empty, body: 'English text.' }, 'en')).toMatchObject({ textLocale: 'en', bodyLocale: 'en' });
  });

  it('uses the translated body when there is one', () => {
    expect(
      assembleTranslation(original, { data: { untranslated: false, updated: '2026-01-01' }, body: 'English text.' }, 'en'),
    ).toMatchObject({
      bodyLocale: 'en',
      useTranslationBody: true,
      updated: '2026-11-21',
    });
  });
});

describe('text in the other language', () => {
  it("is marked with its language and left out of the page language's search index", () => {
    expect(otherLanguageText('sl')).toEqual({ lang: 'sl', 'data-pagefind-ignore': '' });
  });

  it("gets no attributes when it is in the page's language", () => {
    expect(otherLanguageText(undefined)).toEqual({});
  });
});

describe('a sentence around a value in another language', () => {
  it('splits the sentence where the value goes, so the value can carry its own lang', () => {
    expect(aroundValue((where) => `Si svolge altrove: ${where}.`)).toEqual(['Si svolge altrove: ', '.']);
    expect(aroundValue((title) => `${title}: lettura facile`)).toEqual(['', ': lettura facile']);
  });

  it('names one translation collection per collection and language', () => {
    expect(translationCollection('programmes', 'it')).toBe('programmes_it');
  });
});
