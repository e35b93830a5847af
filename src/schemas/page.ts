import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import { bilingual, isoDate, text, updated, assumptions } from './shared';

/**
 * A standalone page staff keep up to date: the accessibility statement,
 * privacy, funders, and the legal pages of the organisation's footer.
 * The file name is the Slovenian URL; `enSlug` is the English one.
 */
export const pageSchema = z
  .object(describedShape({
    title: text,
    summary: text,
    enSlug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, bilingual('Angleški naslov strani: male črke in vezaji, npr. "privacy".', 'English URL: lower case and hyphens, e.g. "privacy".')),
    /** Position among the footer's links, smallest first. */
    order: z.number().int().nonnegative().default(100),
    /** Date the page's facts were last checked (shown, e.g. on the accessibility statement). */
    reviewed: isoDate.optional(),
    /** What the page still lacks; shown to visitors as an honest notice until staff fill it in. */
    missing: z.array(text).default([]),
    /** A list built from the data, shown under the text: "funders" lists every funder with its projects. */
    list: z.enum(['funders']).optional(),
    updated,
    assumptions,
  }, HINTS.pages))
  .strict();
export type Page = z.infer<typeof pageSchema>;
