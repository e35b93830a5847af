import { z } from 'zod';
import { bilingual, text } from './shared';

/**
 * Easy-to-read guidelines (Inclusion Europe, "Information for all") ask for short sentences;
 * a sentence longer than this is an error that asks staff to split it.
 */
export const EASY_READ_MAX_WORDS = 20;

const wordCount = (sentence: string) => sentence.split(/\s+/).filter(Boolean).length;

/** One easy-read sentence: one idea, short enough to read in one go. */
const sentence = text.superRefine((value, ctx) => {
  const words = wordCount(value);
  if (words > EASY_READ_MAX_WORDS) {
    ctx.addIssue({
      code: 'custom',
      message: bilingual(
        `Stavek ima ${words} besed; v lahkem branju naj jih ima največ ${EASY_READ_MAX_WORDS}. Razdelite ga na dva krajša stavka.`,
        `The sentence has ${words} words; easy-read sentences have at most ${EASY_READ_MAX_WORDS}. Split it into two shorter sentences.`,
      ),
    });
  }
});

/**
 * The easy-read ("lahko branje") version of an entry, shown on its own page: headed sections of
 * short sentences, one idea each, and the hard words the text uses, explained.
 */
export const easyRead = z
  .object({
    /** Headed parts of the text, in order. */
    sections: z
      .array(
        z
          .object({
            heading: text,
            /** One short sentence per line; each is shown on a line of its own. */
            sentences: z
              .array(sentence)
              .min(1, bilingual('Vsak del potrebuje vsaj en stavek.', 'Every section needs at least one sentence.')),
          })
          .strict(),
      )
      .min(
        1,
        bilingual(
          'Lahko branje potrebuje vsaj en del (heading in sentences).',
          'An easy-read version needs at least one section (heading and sentences).',
        ),
      ),
    /** Hard words used in the text, each with a short explanation. */
    words: z.array(z.object({ word: text, meaning: sentence }).strict()).default([]),
  })
  .strict();
export type EasyRead = z.infer<typeof easyRead>;
