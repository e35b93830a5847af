/** Every collection's schema by collection name, for Astro and for the content check alike. */
import { centreSchema } from './centre';
import { eventSchema } from './event';
import { faqSchema } from './faq';
import { opportunitySchema } from './opportunity';
import { pageSchema } from './page';
import { partnerSchema } from './partner';
import { programmeSchema } from './programme';
import { projectSchema } from './project';

export const schemas = {
  programmes: programmeSchema,
  projects: projectSchema,
  partners: partnerSchema,
  centres: centreSchema,
  opportunities: opportunitySchema,
  events: eventSchema,
  pages: pageSchema,
  faq: faqSchema,
} as const;
export type CollectionName = keyof typeof schemas;
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];
