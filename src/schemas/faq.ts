import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import { assumptions, entryId, updated, text } from './shared';

/**
 * A question young people ask, answered in the Markdown body. Related programmes and centres
 * show the question on their pages; the references are checked like every other.
 */
export const faqSchema = z
  .object(
    describedShape(
      {
        question: text,
        /** Position on the questions page, smallest first. */
        order: z.number().int().nonnegative().default(100),
        /** Ids of the programmes (or strands) the answer is about. */
        programmes: z.array(entryId).default([]),
        /** Ids of the youth centres the answer is about. */
        centres: z.array(entryId).default([]),
        updated,
        assumptions,
      },
      HINTS.faq,
    ),
  )
  .strict();
export type Faq = z.infer<typeof faqSchema>;
