import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import { amountEur, entryId, entryImage, oneOrMany, partialDate, period, text, topics, updated, assumptions } from './shared';

/** A funder of a project, optionally with the amount and the call it came from. */
export const funder = z
  .object({
    /** Partner id of the funding body. */
    partner: entryId,
    /** Amount in euro, as a number: 125000 for "125 000,00 €". */
    amountEur: amountEur.optional(),
    /** The public call or programme the money came from. */
    call: text.optional(),
  })
  .strict();

/** A dated step of a project; `until` makes it a span. */
export const milestone = z.object({ date: partialDate, until: partialDate.optional(), what: text }).strict();

/**
 * A funded project or a long-running strand of an organisation's work.
 * Whether it is ongoing or finished is derived from `period`, never typed.
 */
export const projectSchema = z
  .object(
    describedShape(
      {
        title: text,
        /** The official long title when it differs from `title`. */
        fullTitle: text.optional(),
        summary: text,
        period: period.default({}),
        /** Partner id of the lead organisation (prijavitelj). */
        lead: entryId,
        partners: oneOrMany(entryId).default([]),
        associatedPartners: oneOrMany(entryId).default([]),
        funders: z.array(funder).default([]),
        /** Towns or places where the project runs. */
        places: oneOrMany(text).default([]),
        /** Field of work, e.g. "prostovoljstvo na področju duševnega zdravja". */
        field: text.optional(),
        activities: z.array(text).default([]),
        goals: z.array(text).default([]),
        indicators: z.array(text).default([]),
        milestones: z.array(milestone).default([]),
        topics,
        /** A photo (or logo) shown on the page; file in content/images/. */
        image: entryImage.optional(),
        updated,
        assumptions,
      },
      HINTS.projects,
    ),
  )
  .strict();
export type Project = z.infer<typeof projectSchema>;
