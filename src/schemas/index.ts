/** Every collection's schema by collection name, for Astro and for the content check alike. */
import { centreSchema } from './centre';
import { pageSchema } from './page';
import { partnerSchema } from './partner';
import { programmeSchema } from './programme';
import { projectSchema } from './project';

export const schemas = {
  programmes: programmeSchema,
  projects: projectSchema,
  partners: partnerSchema,
  centres: centreSchema,
  pages: pageSchema,
} as const;
export type CollectionName = keyof typeof schemas;
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];
