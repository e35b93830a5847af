import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import { easyRead } from './easy-read';
import { assumptions, httpsUrl, isoDate, text, updated } from './shared';

/**
 * A standalone page staff keep up to date: the accessibility statement,
 * privacy, funders, and the legal pages of the organisation's footer.
 * The page with `list: start` is the start page (/kako-zaceti/), not a footer page.
 * The file name is the Slovenian URL; each translation gives its own (`slug`, src/schemas/translation.ts).
 */
export const pageSchema = z
  .object(
    describedShape(
      {
        title: text,
        summary: text,
        /** Position among the footer's links, smallest first. */
        order: z.number().int().nonnegative().default(100),
        /** Date the page's facts were last checked (shown, e.g. on the accessibility statement). */
        reviewed: isoDate.optional(),
        /** What the page still lacks; shown to visitors as an honest notice until staff fill it in. */
        missing: z.array(text).default([]),
        /** A list built from the data, shown under the text: "funders" lists every funder with its projects. */
        list: z.enum(['funders', 'start']).optional(),
        /** Official pages this page points to (e.g. the European Youth Portal), each with its address. */
        links: z.array(z.object({ title: text, url: httpsUrl }).strict()).default([]),
        /** The easy-read version, on a page of its own. */
        easyRead: easyRead.optional(),
        updated,
        assumptions,
      },
      HINTS.pages,
    ),
  )
  .strict();
export type Page = z.infer<typeof pageSchema>;
