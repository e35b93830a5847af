/**
 * The editor's Slovenian interface and the patches that let the pinned Sveltia CMS build load
 * it from this site: every English string of the package has a Slovenian one with the same
 * placeholders, links and plural variants, and every patch still finds its place in the build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UNSET } from '../../src/cms/cms-config';
import { EDITOR_LOCALES, LOCALE_BASE, patchBundle, SVELTIA_PATCHES, UNSET_REPO_NAME } from '../../src/cms/sveltia-patches';
import slovenian from '../../src/cms/sveltia-sl.json';

const sveltiaDir = join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..');
const english = JSON.parse(readFileSync(join(sveltiaDir, 'locales', 'en-US.json'), 'utf8')) as Record<string, unknown>;
const bundle = readFileSync(join(sveltiaDir, 'dist', 'sveltia-cms.js'), 'utf8');

/** Every string of a nested locale object, by its dotted key. */
function strings(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  return new Map(
    Object.entries(tree).flatMap(([key, value]) =>
      value !== null && typeof value === 'object'
        ? [...strings(value as Record<string, unknown>, `${prefix}${key}.`)]
        : [[`${prefix}${key}`, value] as const],
    ),
  );
}

const en = strings(english);
const sl = strings(slovenian);

/** What a translation must keep: placeholders, link tags and the `.input` declarations (each once: plural variants repeat them). */
const skeleton = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{\$\w+[^}]*\}|<a[^>]*>|<\/a>|\.input \{[^}]*\}|`[^`]*`/g)].map((match) => match[0]))].sort();
/** Plural variants of a `.match`: Slovenian adds `two` and `few` to English `one` and `*`. */
const variants = (message: string): string[] => [...message.matchAll(/(?:^|\}\} |\.match \$\w+ )([\w*]+) \{\{/g)].map((match) => match[1]!);

/** Strings that are the same in both languages: brand names, units and loanwords. */
const SAME_IN_BOTH = new Set([
  'video',
  'file_type_labels.mid',
  'file_type_labels.midi',
  'file_type_labels.js',
  'file_size_units.kb',
  'file_size_units.mb',
  'file_size_units.gb',
  'file_size_units.tb',
]);

describe('the editor in Slovenian', () => {
  it('has a Slovenian string for every English one of Sveltia CMS, and no other', () => {
    expect([...sl.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, value] of sl) expect(typeof value === 'string' && value.trim().length > 0, key).toBe(true);
  });

  it('translates every string except names and units', () => {
    const untranslated = [...en].filter(([key, value]) => sl.get(key) === value).map(([key]) => key);
    expect(untranslated.sort()).toEqual([...SAME_IN_BOTH].sort());
  });

  it('keeps every placeholder, link and code name of the English message', () => {
    for (const [key, value] of en) expect(skeleton(String(sl.get(key))), key).toEqual(skeleton(String(value)));
  });

  it('keeps the plural variants, with Slovenian ones added only beside them', () => {
    for (const [key, value] of en) {
      const english = variants(String(value));
      if (english.length === 0) continue;
      const translated = variants(String(sl.get(key)));
      expect(translated, key).toEqual(expect.arrayContaining(english));
      expect(
        translated.filter((variant) => !english.includes(variant)).every((variant) => variant === 'two' || variant === 'few'),
        key,
      ).toBe(true);
      expect(translated.at(-1), key).toBe('*');
    }
  });

  it('writes Slovenian quotation marks, not English ones', () => {
    for (const [key, value] of sl) expect(String(value), key).not.toMatch(/[“”]/);
  });
});

describe('the served Sveltia CMS build', () => {
  const patched = patchBundle(bundle);

  it('finds the place of every patch exactly once in the pinned build', () => {
    for (const patch of SVELTIA_PATCHES) expect(bundle.split(patch.find).length - 1, patch.why).toBe(1);
  });

  it('offers Slovenian and English, loaded from this site', () => {
    expect(patched).toContain(`\`${EDITOR_LOCALES.join(',')}\``);
    expect(patched).toContain(`USe=\`${LOCALE_BASE}\``);
    expect(patched).not.toContain('@${rP}/locales');
  });

  it('names no font CDN and asks no host for updates or status', () => {
    expect(patched).not.toMatch(/cdn\.jsdelivr\.net/);
    expect(patched).toContain('checkStatus:void 0,');
    expect(patched).not.toMatch(/checkStatus:(kye|Mbe)\b/);
    expect(patched).not.toContain('await fetch(NSe)');
  });

  it('never shows the placeholder repository name in the help for working from a local folder', () => {
    // A build without CMS_REPO names this placeholder; the help then asks for "your Git repository".
    expect(UNSET.repo.endsWith(UNSET_REPO_NAME)).toBe(true);
    const condition = /W\(n,e=>\{(R\(c\)[^?]*)\?e\(r\):e\(i,-1\)\}\)/.exec(patched)?.[1];
    expect(condition).toBeDefined();
    // The condition the patched build decides with, for the repository name it is given.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- evaluates the patched editor's own condition, a string from its bundle
    const showsName = (repo: string) => Boolean(new Function('R', 'c', `return ${condition}`)((value: string) => value, repo));
    expect(showsName(UNSET_REPO_NAME)).toBe(false);
    expect(showsName('')).toBe(false);
    expect(showsName('stran')).toBe(true);
  });

  it('refuses a build it does not recognise, naming each patch that no longer applies', () => {
    const changed = bundle.replace(SVELTIA_PATCHES[1]!.find, 'USe=`elsewhere`');
    expect(() => patchBundle(changed)).toThrow(SVELTIA_PATCHES[1]!.why);
  });
});
