import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import {
  bilingual,
  email,
  endBeforeStart,
  entryId,
  evenWithFieldMistakes,
  httpsUrl,
  isoDate,
  numberRange,
  oneOrMany,
  text,
  time,
  topics,
  updated,
  assumptions,
} from './shared';

/** What a placement covers, the European Solidarity Corps list; `other` is described in `coveredOther`. */
export const COVERED = ['food', 'lodging', 'travel', 'insurance', 'pocket-money', 'language-support', 'other'] as const;
export type Covered = (typeof COVERED)[number];

/** Where the volunteer works: a town and its country (ISO 3166 code); at home is "SI", anything else abroad. */
export const opportunityPlace = z
  .object({
    town: text,
    /** Two-letter country code, e.g. "SI", "DE". */
    country: z
      .string()
      .regex(
        /^[A-Z]{2}$/,
        bilingual(
          'Državo zapišite z dvema velikima črkama, npr. "SI" ali "DE".',
          'Write the country as two capital letters, e.g. "SI" or "DE".',
        ),
      ),
  })
  .strict();

/**
 * When the volunteering happens: dates, or only a length in months when the dates are agreed later.
 * A start without dates is the month it starts, when known.
 */
export const opportunityPeriod = z
  .object({ start: isoDate.optional(), end: isoDate.optional(), months: z.number().int().positive().max(24).optional() })
  .strict()
  .superRefine((span, ctx) => {
    if (span.start === undefined && span.months === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(
          'Vpišite začetek ("start") ali trajanje v mesecih ("months").',
          'Give a start ("start") or a length in months ("months").',
        ),
      });
    }
    if (typeof span.start === 'string' && typeof span.end === 'string' && span.end < span.start)
      ctx.addIssue(endBeforeStart({ start: span.start, end: span.end }));
  });

/** The application deadline in Ljubljana: a day, and the hour on it if the call names one (else the end of the day). */
export const deadline = z.object({ date: isoDate, time: time.optional() }).strict();
export type Deadline = z.infer<typeof deadline>;

/** How to apply: at least one of a European Youth Portal opportunity, an e-mail address and a form. */
export const howToApply = z
  .object({
    /** The call on the European Youth Portal, https://youth.europa.eu/solidarity/opportunity/… */
    portal: httpsUrl
      .refine(
        (url) => url.startsWith('https://youth.europa.eu/'),
        bilingual(
          'Naslov Evropskega mladinskega portala se začne s "https://youth.europa.eu/".',
          'A European Youth Portal address starts with "https://youth.europa.eu/".',
        ),
      )
      .optional(),
    email: email.optional(),
    form: httpsUrl.optional(),
  })
  .strict()
  .superRefine((ways, ctx) => {
    if (ways.portal === undefined && ways.email === undefined && ways.form === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(
          'Vpišite vsaj en način prijave: portal, email ali form.',
          'Give at least one way to apply: portal, email or form.',
        ),
      });
    }
  }, evenWithFieldMistakes);

/**
 * An open call for volunteers: an ESE placement, a solidarity-project call, a local call.
 * Open, closing soon or closed is derived from `deadline` in the browser, never typed.
 */
export const opportunitySchema = z
  .object(
    describedShape(
      {
        title: text,
        summary: text,
        /** Programme strand (or overview) id, e.g. "projekti-prostovoljstva". */
        programme: entryId,
        /** Partner id of the host organisation. */
        host: entryId,
        place: opportunityPlace,
        /** The youth centre where the volunteer works or that runs the call, if any. */
        centre: entryId.optional(),
        period: opportunityPeriod,
        deadline,
        ageRange: numberRange('let', 'years').optional(),
        requirements: z.array(text).default([]),
        covered: oneOrMany(z.enum(COVERED)).default([]),
        /** What "other" in `covered` means, e.g. "mesečna vozovnica". */
        coveredOther: text.optional(),
        places: z.number().int().positive().optional(),
        /** Working languages, e.g. "angleščina". */
        languages: oneOrMany(text).default([]),
        topics,
        apply: howToApply,
        /** Who answers questions: a name and an e-mail or phone, as text. */
        contact: text.optional(),
        updated,
        assumptions,
      },
      HINTS.opportunities,
    ),
  )
  .strict()
  .superRefine((entry, ctx) => {
    const start = entry.period?.start;
    if (typeof start === 'string' && typeof entry.deadline?.date === 'string' && entry.deadline.date > start) {
      ctx.addIssue({
        code: 'custom',
        path: ['deadline', 'date'],
        message: bilingual(
          `Rok prijave (${entry.deadline.date}) je po začetku (${start}); prijave se zaprejo pred začetkom.`,
          `The deadline (${entry.deadline.date}) is after the start (${start}); applications close before the start.`,
        ),
      });
    }
    if (entry.coveredOther !== undefined && !(Array.isArray(entry.covered) && entry.covered.includes('other'))) {
      ctx.addIssue({
        code: 'custom',
        path: ['coveredOther'],
        message: bilingual(
          '"coveredOther" velja le, če "covered" vsebuje "other".',
          '"coveredOther" applies only when "covered" lists "other".',
        ),
      });
    }
  }, evenWithFieldMistakes);
export type Opportunity = z.infer<typeof opportunitySchema>;
