/**
 * Entries of every language but the default (English, Italian, …) translate words, not facts.
 * Dates, hours, ids, amounts and partner lists live once, in the Slovenian
 * entry; a translation carries only the text fields below and its own body.
 * A translated list of objects keeps the original's item shape with its words
 * only (`milestones: [{ what }]`), so the editor shows each item beside its
 * original.
 * `untranslated: true` is the explicit way to say "not translated yet, show
 * the Slovenian text with a notice".
 */
import { z } from 'zod';
import { describedShape, TRANSLATION_HINTS } from './hints';
import { easyRead } from './easy-read';
import { assumptions, bilingual, text, updated } from './shared';

const base = {
  /** Set to true to publish the Slovenian text (with a notice) until a translation exists. */
  untranslated: z.boolean().default(false),
  updated,
  assumptions,
};

export const programmeTranslationSchema = z
  .object(
    describedShape(
      {
        ...base,
        title: text.optional(),
        summary: text.optional(),
        where: text.optional(),
        topics: z.array(text).optional(),
        /** Each step's words, and the link's name where it has one; addresses stay in the Slovenian entry. */
        howToTakePart: z.array(z.object({ step: text, link: z.object({ title: text }).strict().optional() }).strict()).optional(),
        /** The sources' names, in the same order; addresses stay in the Slovenian entry. */
        sources: z.array(z.object({ title: text }).strict()).optional(),
        easyRead: easyRead.optional(),
      },
      TRANSLATION_HINTS.programmes,
    ),
  )
  .strict();

export const projectTranslationSchema = z
  .object(
    describedShape(
      {
        ...base,
        title: text.optional(),
        fullTitle: text.optional(),
        summary: text.optional(),
        field: text.optional(),
        places: z.array(text).optional(),
        activities: z.array(text).optional(),
        goals: z.array(text).optional(),
        indicators: z.array(text).optional(),
        /** What happens at each milestone, in the same order as the Slovenian entry; dates stay in it. */
        milestones: z.array(z.object({ what: text }).strict()).optional(),
        topics: z.array(text).optional(),
      },
      TRANSLATION_HINTS.projects,
    ),
  )
  .strict();

/** Partner names stay in their own language; only the description (body) is translated. */
export const partnerTranslationSchema = z.object(describedShape({ ...base }, TRANSLATION_HINTS.partners)).strict();

/** Centre names and addresses stay as they are; only the description (body) is translated. */
export const centreTranslationSchema = z
  .object(describedShape({ ...base, easyRead: easyRead.optional() }, TRANSLATION_HINTS.centres))
  .strict();

/** Facts (dates, places, references, how to apply) stay in the Slovenian entry; the words are translated. */
export const opportunityTranslationSchema = z
  .object(
    describedShape(
      {
        ...base,
        title: text.optional(),
        summary: text.optional(),
        requirements: z.array(text).optional(),
        coveredOther: text.optional(),
        languages: z.array(text).optional(),
        topics: z.array(text).optional(),
        contact: text.optional(),
      },
      TRANSLATION_HINTS.opportunities,
    ),
  )
  .strict();

export const eventTranslationSchema = z
  .object(
    describedShape(
      { ...base, title: text.optional(), summary: text.optional(), topics: z.array(text).optional() },
      TRANSLATION_HINTS.events,
    ),
  )
  .strict();

/**
 * A page's address in this language: lower case and hyphens ("privacy" for /en/privacy/). Without
 * it the page keeps the Slovenian file name under the language's prefix.
 */
export const pageSlug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    bilingual(
      'Naslov strani v tem jeziku: male črke in vezaji, npr. "privacy".',
      'URL in this language: lower case and hyphens, e.g. "privacy".',
    ),
  );

export const pageTranslationSchema = z
  .object(
    describedShape(
      {
        ...base,
        slug: pageSlug.optional(),
        title: text.optional(),
        summary: text.optional(),
        missing: z.array(text).optional(),
        /** The titles of the original's `links`, in order; the addresses stay in the original. */
        links: z.array(z.object({ title: text }).strict()).optional(),
        easyRead: easyRead.optional(),
      },
      TRANSLATION_HINTS.pages,
    ),
  )
  .strict();

export const faqTranslationSchema = z.object(describedShape({ ...base, question: text.optional() }, TRANSLATION_HINTS.faq)).strict();

export const translationSchemas = {
  programmes: programmeTranslationSchema,
  projects: projectTranslationSchema,
  partners: partnerTranslationSchema,
  centres: centreTranslationSchema,
  opportunities: opportunityTranslationSchema,
  events: eventTranslationSchema,
  pages: pageTranslationSchema,
  faq: faqTranslationSchema,
} as const;

export type ProgrammeTranslation = z.infer<typeof programmeTranslationSchema>;
export type ProjectTranslation = z.infer<typeof projectTranslationSchema>;
