import { z } from 'zod';
import { describedShape, SITE_HINTS } from './hints';
import { assumptions, email, httpsUrl, phone, text, updated } from './shared';

/**
 * The site's settings, one file (content/settings/sl/site.md) that staff edit in the browser editor
 * like any entry: who runs the site (its operator), which the footer, the statutory pages and
 * the "our" sentences read. Every field may be left out: the client's documents do not name the
 * operator, and the site says so plainly rather than invent one (the content check warns while
 * the operator's name or a way to reach it is missing).
 */
export const siteSchema = z
  .object(
    describedShape(
      {
        operatorName: text.optional(),
        operatorAddress: text.optional(),
        operatorEmail: email.optional(),
        operatorPhone: phone.optional(),
        operatorWebsite: httpsUrl.optional(),
        updated,
        assumptions,
      },
      SITE_HINTS,
    ),
  )
  .strict();
export type SiteSettings = z.infer<typeof siteSchema>;
