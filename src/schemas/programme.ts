import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import { easyRead } from './easy-read';
import { funder } from './project';
import {
  bilingual,
  entryId,
  evenWithFieldMistakes,
  entryImage,
  numberRange,
  partialDate,
  text,
  topics,
  updated,
  assumptions,
} from './shared';

/**
 * Where a link may go: an https address of another site, or a path on this site ("/centri/").
 * Never http, javascript: or data:.
 */
export const linkAddress = z
  .string()
  .trim()
  .refine(
    (value) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(value) || /^\/(?!\/)[a-z0-9/-]*$/.test(value),
    bilingual(
      'Naslov se začne s "https://" (druga stran) ali s "/" (stran tega spletišča, npr. "/centri/").',
      'An address starts with "https://" (another site) or "/" (a page of this site, e.g. "/centri/").',
    ),
  );

/** A page to go to: its name as the link text, and its address. */
export const link = z.object({ title: text, url: linkAddress }).strict();

/** One step of "how to take part"; a step that sends the reader somewhere links to it. */
export const howToStep = z.object({ step: text, link: link.optional() }).strict();
export type HowToStep = z.infer<typeof howToStep>;

/** An official page that states a fact on the programme page (cost, cover, duration …). */
export const source = z
  .object({
    title: text,
    url: linkAddress.refine(
      (value) => value.startsWith('https://'),
      bilingual('Vir je uradna stran: naslov se začne s "https://".', 'A source is an official page: its address starts with "https://".'),
    ),
  })
  .strict();

/** Which part of the programme family an entry describes. */
export const programmeKind = z.enum(['overview', 'strand']);

/** Where an activity takes place: in the volunteer's home country, or abroad. */
export const programmePlace = z.enum(['home', 'abroad']);
export type ProgrammePlace = z.infer<typeof programmePlace>;

/**
 * A programme description: the European Solidarity Corps (ESE) overview or one
 * of its strands. Facts live here; the explanation is the Markdown body.
 */
export const programmeSchema = z
  .object(
    describedShape(
      {
        title: text,
        /** One or two sentences shown in lists and search results. */
        summary: text,
        kind: programmeKind,
        /** For a strand: the id of its overview programme. */
        parent: entryId.optional(),
        /** Position in lists, smallest first. */
        order: z.number().int().nonnegative().default(100),
        /** Who can take part, in years of age. */
        ageRange: numberRange('let', 'years').optional(),
        /** How long an activity lasts. */
        duration: numberRange('', '', { unit: z.enum(['days', 'weeks', 'months']) }).optional(),
        /**
         * Other names and abbreviations people search for, in any language ("ESC", "European Solidarity
         * Corps"): indexed for search on both language versions, never shown.
         */
        otherNames: z.array(text).default([]),
        /** Year or month since when the programme or strand runs. */
        since: partialDate.optional(),
        /** Where the activities take place, e.g. "v tujini ali doma". */
        where: text.optional(),
        /** Individual or group activity. */
        format: z.array(z.enum(['individual', 'group'])).default([]),
        /** In the home country, abroad, or both; typed for the fit check (`where` says it in words). */
        places: z.array(programmePlace).default([]),
        topics,
        /** Steps a young person follows to take part, in order. */
        howToTakePart: z.array(howToStep).default([]),
        /** Official pages the facts on this page come from, shown as "Vir" / "Source". */
        sources: z.array(source).default([]),
        /** The organisation's Quality Label for hosting volunteers. */
        /** Who pays for the programme; EU and ministry funders get a funding notice. */
        funders: z.array(funder).default([]),
        qualityLabel: z
          .object({ heldSince: z.number().int().min(1990).max(2100), renewed: z.array(z.number().int().min(1990).max(2100)).default([]) })
          .strict()
          .optional(),
        /** A photo (or logo) shown on the page; file in content/images/. */
        image: entryImage.optional(),
        /** The easy-read version, on a page of its own. */
        easyRead: easyRead.optional(),
        updated,
        assumptions,
      },
      HINTS.programmes,
    ),
  )
  .strict()
  .superRefine((programme, ctx) => {
    if (programme.kind === 'strand' && !programme.parent) {
      ctx.addIssue({
        code: 'custom',
        path: ['parent'],
        message: bilingual(
          'Sklop programa potrebuje "parent": oznako pregleda programa, npr. "ese".',
          'A strand needs "parent": the id of its overview, e.g. "ese".',
        ),
      });
    }
  }, evenWithFieldMistakes);
export type Programme = z.infer<typeof programmeSchema>;
