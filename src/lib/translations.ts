/**
 * How a translated entry is assembled: the original's facts, the translation's
 * words where it has them, and an honest record of which language is shown.
 */
import type { Locale } from './locales';

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
  linkTitle?: string | undefined;
}

interface TranslationInput {
  data: Record<string, unknown> & { untranslated: boolean; updated: string };
  /** The translation's body, as Markdown or rendered HTML: empty means "show the original's". */
  body?: string | undefined;
}

/**
 * Lays a translation over the original. A missing or `untranslated` translation
 * shows the original as it is; milestones translate their `what` in order.
 * @example assembleTranslation({ title: "Projekt", updated: "2026-01-01" }, { data: { title: "Project", untranslated: false, updated: "2026-02-01" }, body: "" }, "en")
 *   // { data: { title: "Project", updated: "2026-01-01" }, textLocale: "en", bodyLocale: "sl", useTranslationBody: false, updated: "2026-02-01" }
 */
export function assembleTranslation<Data extends OriginalData>(
  original: Data,
  translation: TranslationInput | undefined,
  locale: Locale,
): Assembled<Data> {
  if (!translation || translation.data.untranslated) {
    return { data: original, textLocale: 'sl', bodyLocale: 'sl', useTranslationBody: false, updated: original.updated };
  }
  const fields: Record<string, unknown> = Object.fromEntries(
    Object.entries(translation.data).filter(([key, value]) => value !== undefined && key !== 'untranslated' && key !== 'updated'),
  );
  const milestones = fields['milestones'];
  if (Array.isArray(milestones) && original.milestones) {
    fields['milestones'] = original.milestones.map((milestone, i) => ({
      ...milestone,
      what: (milestones[i] as string | undefined) ?? milestone.what,
    }));
  }
  // A page's official links translate their titles only; the addresses stay in the original.
  const links = fields['links'];
  if (Array.isArray(links) && original.links) {
    fields['links'] = original.links.map((link, i) => ({ ...link, title: (links[i] as string | undefined) ?? link.title }));
  }
  // Steps and sources translate their words; the addresses they link to stay the original's.
  const steps = fields['howToTakePart'];
  if (Array.isArray(steps) && original.howToTakePart) {
    fields['howToTakePart'] = original.howToTakePart.map((step, i) => {
      const words = steps[i] as TranslatedStep | undefined;
      if (!words) return step;
      return { ...step, step: words.step, ...(step.link && words.linkTitle ? { link: { ...step.link, title: words.linkTitle } } : {}) };
    });
  }
  const sources = fields['sources'];
  if (Array.isArray(sources) && original.sources) {
    fields['sources'] = original.sources.map((source, i) => ({ ...source, title: (sources[i] as string | undefined) ?? source.title }));
  }
  const useTranslationBody = (translation.body ?? '').trim().length > 0;
  return {
    data: { ...original, ...fields },
    textLocale: locale,
    bodyLocale: useTranslationBody ? locale : 'sl',
    useTranslationBody,
    updated: translation.data.updated > original.updated ? translation.data.updated : original.updated,
  };
}
