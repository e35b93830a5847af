/**
 * Collections = a glob loader over the top-level content/ folder + the zod schema.
 * Slovenian entries hold the facts; `*Translations` hold the English words for
 * the same ids (src/schemas/translation.ts). Ids are file names.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentFiles as filesOf } from './lib/content-loader';
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

export const collections = {
  programmes: defineCollection({ loader: filesOf('programmes', 'sl'), schema: programmeSchema }),
  projects: defineCollection({ loader: filesOf('projects', 'sl'), schema: projectSchema }),
  partners: defineCollection({ loader: filesOf('partners', 'sl'), schema: partnerSchema }),
  centres: defineCollection({ loader: filesOf('centres', 'sl'), schema: centreSchema }),
  opportunities: defineCollection({ loader: filesOf('opportunities', 'sl'), schema: opportunitySchema }),
  events: defineCollection({ loader: filesOf('events', 'sl'), schema: eventSchema }),
  pages: defineCollection({ loader: filesOf('pages', 'sl'), schema: pageSchema }),
  faq: defineCollection({ loader: filesOf('faq', 'sl'), schema: faqSchema }),
  programmeTranslations: defineCollection({ loader: filesOf('programmes', 'en'), schema: translationSchemas.programmes }),
  projectTranslations: defineCollection({ loader: filesOf('projects', 'en'), schema: translationSchemas.projects }),
  partnerTranslations: defineCollection({ loader: filesOf('partners', 'en'), schema: translationSchemas.partners }),
  centreTranslations: defineCollection({ loader: filesOf('centres', 'en'), schema: translationSchemas.centres }),
  opportunityTranslations: defineCollection({ loader: filesOf('opportunities', 'en'), schema: translationSchemas.opportunities }),
  eventTranslations: defineCollection({ loader: filesOf('events', 'en'), schema: translationSchemas.events }),
  pageTranslations: defineCollection({ loader: filesOf('pages', 'en'), schema: translationSchemas.pages }),
  faqTranslations: defineCollection({ loader: filesOf('faq', 'en'), schema: translationSchemas.faq }),
  // The site's settings: one file, content/settings/sl/site.md (who runs the site).
  site: defineCollection({ loader: glob({ pattern: 'site.md', base: './content/settings/sl', retainBody: false }), schema: siteSchema }),
};
