/** Every collection's schema by collection name, for Astro and for the content check alike. */
import { centreSchema } from './centre';
import { partnerSchema } from './partner';
import { programmeSchema } from './programme';
import { projectSchema } from './project';

export const schemas = {
  programmes: programmeSchema,
  projects: projectSchema,
  partners: partnerSchema,
  centres: centreSchema,
} as const;
export type CollectionName = keyof typeof schemas;
export const COLLECTIONS = Object.keys(schemas) as CollectionName[];
