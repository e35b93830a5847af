/**
 * How a translated entry is assembled: the original's facts, the translation's
 * words where it has them, and an honest record of which language is shown.
 */
import { DEFAULT_LOCALE, type Locale } from './locales';

export interface Assembled<Data> {
  data: Data;
  /** Language of the fields shown. */
  textLocale: Locale;
  /** Language of the body shown; the original's body when the translation has none. */
  bodyLocale: Locale;
  useTranslationBody: boolean;
  /** The later of the two `updated` dates. */
  updated: string;
}

interface OriginalData {
  updated: string;
  milestones?: { what: string }[];
  links?: { title: string; url: string }[];
  howToTakePart?: { step: string; link?: { title: string; url: string } | undefined }[];
  sources?: { title: string; url: string }[];
}

interface TranslatedStep {
  step: string;
  link?: { title: string } | undefined;
}

/** The words of a translated item: its field `key`, if the translation has that item. */
const wordsAt = (items: unknown[], i: number, key: string): string | undefined => (items[i] as Record<string, string> | undefined)?.[key];

/** Fields that hold no words of the entry: bookkeeping only. */
const NOT_WORDS = new Set(['untranslated', 'updated', 'assumptions', 'slug']);

/**
 * Whether a translation translates anything: a field of words or a body. A translation file the
 * editor created beside a new entry, with nothing typed in its language yet, translates nothing and
 * is shown like one marked `untranslated: true`.
 */
export const translatesAnything = (translation: TranslationInput): boolean =>
  (translation.body ?? '').trim().length > 0 ||
  Object.entries(translation.data).some(([key, value]) => value !== undefined && !NOT_WORDS.has(key));

interface TranslationInput {
  data: Record<string, unknown> & { untranslated: boolean; updated: string };
  /** The translation's body, as Markdown or rendered HTML: empty means "show the original's". */
  body?: string | undefined;
}

/**
 * Lays a translation over the original. A missing or `untranslated` translation, or
 * one that translates nothing, shows the original as it is; milestones translate
 * their `what` in order.
 * @example assembleTranslation({ title: "Projekt", updated: "2026-01-01" }, { data: { title: "Project", untranslated: false, updated: "2026-02-01" }, body: "" }, "en")
 *   // { data: { title: "Project", updated: "2026-01-01" }, textLocale: "en", bodyLocale: "sl", useTranslationBody: false, updated: "2026-02-01" }
 */
export function assembleTranslation<Data extends OriginalData>(
  original: Data,
  translation: TranslationInput | undefined,
  locale: Locale,
): Assembled<Data> {
  if (!translation || translation.data.untranslated || !translatesAnything(translation)) {
    return { data: original, textLocale: DEFAULT_LOCALE, bodyLocale: DEFAULT_LOCALE, useTranslationBody: false, updated: original.updated };
  }
  const fields: Record<string, unknown> = Object.fromEntries(
    Object.entries(translation.data).filter(([key, value]) => value !== undefined && !NOT_WORDS.has(key)),
  );
  const milestones = fields['milestones'];
  if (Array.isArray(milestones) && original.milestones) {
    fields['milestones'] = original.milestones.map((milestone, i) => ({
      ...milestone,
      what: wordsAt(milestones, i, 'what') ?? milestone.what,
    }));
  }
  // A page's official links translate their titles only; the addresses stay in the original.
  const links = fields['links'];
  if (Array.isArray(links) && original.links) {
    fields['links'] = original.links.map((link, i) => ({ ...link, title: wordsAt(links, i, 'title') ?? link.title }));
  }
  // Steps and sources translate their words; the addresses they link to stay the original's.
  const steps = fields['howToTakePart'];
  if (Array.isArray(steps) && original.howToTakePart) {
    fields['howToTakePart'] = original.howToTakePart.map((step, i) => {
      const words = steps[i] as TranslatedStep | undefined;
      if (!words) return step;
      return { ...step, step: words.step, ...(step.link && words.link ? { link: { ...step.link, title: words.link.title } } : {}) };
    });
  }
  const sources = fields['sources'];
  if (Array.isArray(sources) && original.sources) {
    fields['sources'] = original.sources.map((source, i) => ({ ...source, title: wordsAt(sources, i, 'title') ?? source.title }));
  }
  const useTranslationBody = (translation.body ?? '').trim().length > 0;
  return {
    data: { ...original, ...fields },
    textLocale: locale,
    bodyLocale: useTranslationBody ? locale : DEFAULT_LOCALE,
    useTranslationBody,
    updated: translation.data.updated > original.updated ? translation.data.updated : original.updated,
  };
}

/**
 * Attributes of an element that shows an entry's words in `lang`, the language they are in when
 * it is not the page's (undefined when it is): `lang` for browsers and screen readers, and
 * `data-pagefind-ignore`, so that a page in one language does not put the other language's text
 * into its language's search index. An untranslated entry's English page stays findable in
 * English by its name (the h1 is never given these) and its facts; its Slovenian words are found,
 * once, on the Slovenian page.
 * @example otherLanguageText('sl') // { lang: 'sl', 'data-pagefind-ignore': '' }
 * @example otherLanguageText(undefined) // {}
 */
export function otherLanguageText(lang: string | undefined): { lang?: string; 'data-pagefind-ignore'?: '' } {
  return lang ? { lang, 'data-pagefind-ignore': '' } : {};
}

/**
 * The name of the collection that holds one language's translations of a collection.
 * @example translationCollection("programmes", "it") // "programmes_it"
 */
export const translationCollection = (collection: string, locale: Locale): string => `${collection}_${locale}`;

/**
 * An interface sentence split around the value it is built with, so that the value can carry its
 * own `lang` when it is in another language than the sentence (an untranslated entry's words).
 * @example aroundValue((where) => `Poteka drugje: ${where}.`) // ["Poteka drugje: ", "."]
 */
export function aroundValue(sentence: (value: string) => string): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = sentence(marker).split(marker);
  return [before, after];
}
