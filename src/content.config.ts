/**
 * Collections = a glob loader over the top-level content/ folder + the zod schema.
 * The default language's entries hold the facts; every other language of src/lib/locales.ts has
 * a translation collection per collection (`programmes_en`, `programmes_it`, …) with its words
 * for the same ids (src/schemas/translation.ts). Ids are file names.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFiles as filesOf } from './lib/content-loader';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES } from './lib/locales';
import { translationCollection } from './lib/translations';
import { centreSchema } from './schemas/centre';
import { eventSchema } from './schemas/event';
import { faqSchema } from './schemas/faq';
import { opportunitySchema } from './schemas/opportunity';
import { pageSchema } from './schemas/page';
import { partnerSchema } from './schemas/partner';
import { programmeSchema } from './schemas/programme';
import { projectSchema } from './schemas/project';
import { siteSchema } from './schemas/site';
import { translationSchemas } from './schemas/translation';

const facts = {
  programmes: defineCollection({ loader: filesOf('programmes', DEFAULT_LOCALE), schema: programmeSchema }),
  projects: defineCollection({ loader: filesOf('projects', DEFAULT_LOCALE), schema: projectSchema }),
  partners: defineCollection({ loader: filesOf('partners', DEFAULT_LOCALE), schema: partnerSchema }),
  centres: defineCollection({ loader: filesOf('centres', DEFAULT_LOCALE), schema: centreSchema }),
  opportunities: defineCollection({ loader: filesOf('opportunities', DEFAULT_LOCALE), schema: opportunitySchema }),
  events: defineCollection({ loader: filesOf('events', DEFAULT_LOCALE), schema: eventSchema }),
  pages: defineCollection({ loader: filesOf('pages', DEFAULT_LOCALE), schema: pageSchema }),
  faq: defineCollection({ loader: filesOf('faq', DEFAULT_LOCALE), schema: faqSchema }),
  // The site's settings: one file, content/settings/sl/site.md (who runs the site).
  site: defineCollection({ loader: glob({ pattern: 'site.md', base: './content/settings/sl', retainBody: false }), schema: siteSchema }),
};

const translations = Object.fromEntries(
  TRANSLATED_LOCALES.flatMap((locale) =>
    (Object.keys(translationSchemas) as (keyof typeof translationSchemas)[]).map((collection) => [
      translationCollection(collection, locale),
      defineCollection({ loader: filesOf(collection, locale), schema: translationSchemas[collection] }),
    ]),
  ),
);

export const collections = { ...facts, ...translations };
