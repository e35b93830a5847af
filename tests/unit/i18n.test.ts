import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { en } from '../../src/i18n/en';
import { it as italian } from '../../src/i18n/it';
import { sl } from '../../src/i18n/sl';
import { WEEKDAY_LABELS } from '../../src/schemas/nested-labels';
import { LOCALES } from '../../src/lib/locales';

/** Every key path of a dictionary, e.g. "nav.home", with the kind of value behind it. */
function shape(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [`${prefix}:${typeof value}`];
  return Object.entries(value).flatMap(([key, inner]) => shape(inner, prefix ? `${prefix}.${key}` : key));
}

/** Every string of a dictionary with its key path; a key may hold a dot ("eventNights.opensOnClosedDays"). */
function strings(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([key, inner]) => strings(inner, prefix ? `${prefix}.${key}` : key));
}

describe('interface dictionaries', () => {
  it("name the weekdays as the editor's form labels them (capitalised)", () => {
    const capitalised = Object.fromEntries(
      Object.entries(sl.weekdays).map(([day, name]) => [day, name.charAt(0).toUpperCase() + name.slice(1)]),
    );
    expect(WEEKDAY_LABELS).toEqual(capitalised);
  });

  it.each(LOCALES)('have the same keys with the same kinds of value in Slovenian and in "%s"', (locale) => {
    expect(shape(dictionary(locale)).sort()).toEqual(shape(sl).sort());
  });

  it('load each language from its own file', () => {
    expect([dictionary('sl'), dictionary('en'), dictionary('it')]).toEqual([sl, en, italian]);
  });

  it.each(LOCALES)('have no empty strings in "%s"', (locale) => {
    const empty = strings(dictionary(locale))
      .filter(([, text]) => text === '')
      .map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it('write counts with the right plural forms', () => {
    expect([1, 2, 3, 5].map(sl.projects.count)).toEqual(['1 projekt', '2 projekta', '3 projekti', '5 projektov']);
    expect([1, 2].map(en.projects.count)).toEqual(['1 project', '2 projects']);
    expect(en.partners.count(25)).toBe('25 organisations');
    expect([1, 2].map(italian.projects.count)).toEqual(['1 progetto', '2 progetti']);
    expect(italian.opportunities.months(1)).toBe('1 mese');
  });
});
