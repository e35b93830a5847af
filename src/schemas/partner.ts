import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import { email, entryImage, httpsUrl, phone, text, updated, assumptions } from './shared';

/** What kind of organisation a partner is; shown as a label and used as a filter. */
export const PARTNER_KINDS = [
  'ngo',
  'association',
  'federation',
  'institute',
  'foundation',
  'network',
  'youth-centre',
  'public-body',
  'ministry',
  'eu-institution',
  'municipality',
  'education',
  'professional-body',
  'company',
] as const;
export const partnerKind = z.enum(PARTNER_KINDS);
export type PartnerKind = z.infer<typeof partnerKind>;

/**
 * An organisation that leads, partners in or funds a project. Projects name it
 * by id (its file name). Names stay in the organisation's own language.
 */
export const partnerSchema = z
  .object(
    describedShape(
      {
        /** Full official name, e.g. "ŠENT – Slovensko združenje za duševno zdravje". */
        name: text,
        /** Short name used in running text, e.g. "ŠENT". */
        shortName: text.optional(),
        kind: partnerKind,
        /** A registered social enterprise ("so.p."). */
        socialEnterprise: z.boolean().default(false),
        town: text.optional(),
        address: text.optional(),
        website: httpsUrl.optional(),
        email: email.optional(),
        phones: z.array(phone).default([]),
        /** A photo (or logo) shown on the page; file in content/images/. */
        image: entryImage.optional(),
        updated,
        assumptions,
      },
      HINTS.partners,
    ),
  )
  .strict();
export type Partner = z.infer<typeof partnerSchema>;
