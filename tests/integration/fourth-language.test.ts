/**
 * A fourth language costs its list entry, its dictionary and its content folders, and nothing
 * else (issue #31). A throw-away copy of the project gets a test-only language `xx`: an entry in
 * src/lib/locales.ts, src/i18n/xx.ts (the English words, pseudo-translated: every vowel accented,
 * so that no English word survives) and one content folder (content/pages/xx/). Then one build:
 * every page of the site must exist in `xx` too, and no `xx` page may show another language's
 * interface words outside a part marked with its own `lang` (an untranslated entry's Slovenian
 * text, the switcher's language names).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dictionary } from '../../src/i18n';
import { LOCALES } from '../../src/lib/locales';
import { prepareProject } from '../../tools/bench/bench-project';

/** The test language's URL words: each says "xx", so an address that falls back to another language's is seen. */
const XX_ENTRY = `
  xx: {
    prefix: 'xx',
    name: 'Xxish',
    staffName: { sl: 'iksiščina', en: 'Xxish' },
    hreflang: 'xx',
    pagefind: { language: 'xx', stems: false },
    intl: 'en-GB',
    ogLocale: 'xx_XX',
    feedLanguage: 'xx',
    dayDate: 'long',
    period: { since: 'xx-since {date}', until: 'xx-until {date}', ongoing: 'xx-ongoing' },
    countedItems: { one: '{n} xx-item', other: '{n} xx-items' },
    holidayNames: Array.from({ length: 15 }, (_, i) => \`xx-holiday-\${i}\`),
    stopWords: ['xx'],
    europaPortal: 'en',
    urls: {
      programmes: 'xx-programmes',
      projects: 'xx-projects',
      partners: 'xx-partners',
      centres: 'xx-centres',
      opportunities: 'xx-opportunities',
      events: 'xx-events',
      page: 'xx-page',
      archive: 'xx-archive',
      search: 'xx-search',
      start: 'xx-start',
      fitCheck: 'xx-fit-check',
      faq: 'xx-faq',
      easyRead: 'xx-easy-read',
      poster: 'xx-poster',
      eventsCalendar: 'xx-calendar',
      eventCalendar: 'xx-event',
      deadlinesCalendar: 'xx-deadlines',
      deadlineCalendar: 'xx-deadline',
      fitAnswers: { home: 'xx-home', abroad: 'xx-abroad', individual: 'xx-alone', group: 'xx-group' },
    },
  },
`;

/**
 * The test dictionary: English with every lower-case vowel accented, outside `{placeholders}`;
 * functions keep their arguments and accent their own words. Intl settings stay as they are.
 */
const XX_DICTIONARY = `import type { Dictionary } from './sl';
import { en } from './en';

const ACCENTED: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú' };
const pseudo = (text: string): string =>
  text.split(/(\\{\\w+\\})/).map((part, i) => (i % 2 ? part : part.replace(/[aeiou]/g, (vowel) => ACCENTED[vowel]!))).join('');
const KEEP = new Set(['dateLocale', 'dateMonth']);
const MARK = '\\u0000';
function translate(value: unknown, key = ''): unknown {
  if (KEEP.has(key)) return value;
  if (typeof value === 'string') return pseudo(value);
  if (typeof value === 'function')
    return (...args: unknown[]) => {
      // Arguments are content or numbers, not words of the dictionary: only the template's own words change.
      const shown = args.map((arg, i) => (typeof arg === 'string' ? \`\${MARK}\${i}\${MARK}\` : arg));
      const words = pseudo(String((value as (...a: unknown[]) => unknown)(...shown)));
      return words.replace(new RegExp(\`\${MARK}(\\\\d+)\${MARK}\`, 'g'), (_, i: string) => String(args[Number(i)]));
    };
  if (Array.isArray(value)) return value.map((item) => translate(item));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, translate(v, k)]));
  return value;
}

export const xx = translate(en) as Dictionary;
`;

/** One content folder: a standalone page translated into xx, with its own address. */
const XX_PAGE = `---
slug: xx-privacy
title: Xx privacy
summary: Xx words about privacy.
updated: "2026-12-07"
---

Xx text of the privacy page.
`;

let project = '';
let dist = '';

beforeAll(() => {
  project = prepareProject(0, 1);
  const locales = join(project, 'src', 'lib', 'locales.ts');
  const source = readFileSync(locales, 'utf8');
  const end = '} as const satisfies Record<string, LocaleDefinition>;';
  if (!source.includes(end)) throw new Error(`src/lib/locales.ts no longer ends its list with "${end}"`);
  writeFileSync(locales, source.replace(end, `${XX_ENTRY}${end}`));
  writeFileSync(join(project, 'src', 'i18n', 'xx.ts'), XX_DICTIONARY);
  mkdirSync(join(project, 'content', 'pages', 'xx'), { recursive: true });
  writeFileSync(join(project, 'content', 'pages', 'xx', 'zasebnost.md'), XX_PAGE);
  const result = spawnSync(join(project, 'node_modules', '.bin', 'tsx'), ['src/cli/build.ts'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0)
    throw new Error(`the site with a fourth language did not build:\n${(result.stdout + result.stderr).slice(-4000)}`);
  dist = join(project, 'dist');
});
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

/** Every built page, as its URL path. */
function builtPages(): string[] {
  const walk = (folder: string): string[] =>
    readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
      entry.isDirectory() ? walk(join(folder, entry.name)) : entry.name === 'index.html' ? [join(folder, entry.name)] : [],
    );
  return walk(dist).map(
    (file) =>
      `/${relative(dist, file)
        .split(sep)
        .join('/')
        .replace(/index\.html$/, '')}`,
  );
}

const html = (urlPath: string) => readFileSync(join(dist, urlPath, 'index.html'), 'utf8');

/** The switcher's link to `locale` on a page. */
function switcherLink(page: string, locale: string): string | undefined {
  const list = /<ul[^>]*data-language-switcher[^>]*>([\s\S]*?)<\/ul>/.exec(page)?.[1] ?? '';
  return [...list.matchAll(/<a href="([^"]+)"[^>]*data-language="([^"]+)"/g)].find((match) => match[2] === locale)?.[1];
}

interface Node {
  nodeName: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
  content?: Node;
}

/** The text a reader of `lang` sees: no script or style, nothing hidden, nothing marked as another language. */
function textIn(node: Node, lang: string): string {
  if (node.nodeName === '#text') return node.value ?? '';
  if (['script', 'style', 'template', 'head'].includes(node.nodeName)) return '';
  const attrs = new Map((node.attrs ?? []).map((attr) => [attr.name, attr.value]));
  if (attrs.has('hidden')) return '';
  const marked = attrs.get('lang');
  if (marked !== undefined && marked !== lang) return '';
  return (node.childNodes ?? []).map((child) => textIn(child, lang)).join(' ');
}

/** Every string of a dictionary, functions left out (their words are in the strings they build). */
function stringsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsOf);
  return [];
}

describe('a fourth language, added as a list entry, a dictionary and a content folder', () => {
  it('has every page of the site, each reached from the page of the other languages by the switcher', () => {
    const pages = builtPages();
    const xx = pages.filter((urlPath) => urlPath.startsWith('/xx/'));
    const english = pages.filter((urlPath) => urlPath.startsWith('/en/'));
    expect(english.length).toBeGreaterThan(50);
    expect(xx.length).toBe(english.length);
    const missing = english.map((urlPath) => switcherLink(html(urlPath), 'xx')).filter((urlPath) => !urlPath || !xx.includes(urlPath));
    expect(missing).toEqual([]);
    // Every page type, at the addresses its URL words give it.
    for (const urlPath of [
      '/xx/',
      '/xx/xx-programmes/',
      '/xx/xx-programmes/ese/',
      '/xx/xx-programmes/ese/xx-easy-read/',
      '/xx/xx-projects/',
      '/xx/xx-projects/ko-prosto/',
      '/xx/xx-partners/',
      '/xx/xx-partners/sent/',
      '/xx/xx-centres/',
      '/xx/xx-centres/center-mladih-koper/',
      '/xx/xx-opportunities/',
      '/xx/xx-opportunities/xx-archive/',
      '/xx/xx-events/',
      '/xx/xx-events/xx-archive/',
      '/xx/xx-search/',
      '/xx/xx-start/',
      '/xx/xx-start/xx-easy-read/',
      '/xx/xx-start/xx-fit-check/',
      '/xx/xx-faq/',
      '/xx/xx-privacy/',
    ])
      expect(xx, urlPath).toContain(urlPath);
    for (const file of [
      'xx/xx-projects/rss.xml',
      'xx/xx-opportunities/rss.xml',
      'xx/xx-events/xx-calendar.ics',
      'xx/xx-opportunities/xx-deadlines.ics',
    ])
      expect(() => readFileSync(join(dist, file)), file).not.toThrow();
  });

  it('declares the language on its pages and shows its translation where one exists', () => {
    const privacy = html('/xx/xx-privacy/');
    expect(privacy).toMatch(/<html[^>]* lang="xx"/);
    expect(privacy).toContain('Xx text of the privacy page.');
    expect(privacy).not.toContain('data-untranslated');
    // An entry without an xx translation says so, in xx words, and shows the Slovenian text marked as such.
    const centre = html('/xx/xx-centres/center-mladih-koper/');
    expect(centre).toContain('data-untranslated');
    expect(centre).toMatch(/lang="sl"/);
  });

  it('shows no other language’s interface words on its pages', () => {
    // Each language's strings, cut at their placeholders, long enough to be a language's own words;
    // a string without a lower-case vowel ("ESE", "RSS") is the same in xx, so it says nothing.
    const foreign = LOCALES.flatMap((locale) =>
      stringsOf(dictionary(locale)).flatMap((text) =>
        text.split(/\{\w+\}/).map((part) => ({ locale, phrase: part.replace(/\s+/g, ' ').trim() })),
      ),
    ).filter(({ phrase }) => phrase.length >= 8 && /[aeiou]/.test(phrase));
    // Names stay in their own language on every page ("Mladinski center Markovec City"): not interface words.
    const names = ['centres', 'partners'].flatMap((collection) =>
      readdirSync(join(project, 'content', collection, 'sl')).flatMap(
        (file) => /^name: (.+)$/m.exec(readFileSync(join(project, 'content', collection, 'sl', file), 'utf8'))?.[1]?.trim() ?? [],
      ),
    );
    expect(names.length).toBeGreaterThan(5);
    const found = new Map<string, string>();
    for (const urlPath of builtPages().filter((page) => page.startsWith('/xx/'))) {
      let text = textIn(parse(html(urlPath)), 'xx').replace(/\s+/g, ' ');
      for (const name of names) text = text.replaceAll(name, ' ');
      for (const { locale, phrase } of foreign)
        if (text.includes(phrase) && !found.has(phrase)) found.set(phrase, `${urlPath} (${locale})`);
    }
    expect(Object.fromEntries(found)).toEqual({});
  });
});
