/**
 * Collections = a glob loader over the top-level content/ folder + the zod schema.
 * Entry ids keep the locale folder: `sl/ese` (see src/lib/entries.ts).
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { centreSchema } from './schemas/centre';
import { partnerSchema } from './schemas/partner';
import { programmeSchema } from './schemas/programme';
import { projectSchema } from './schemas/project';

const filesOf = (collection: string) => glob({ pattern: '*/*.{md,mdx}', base: `./content/${collection}` });

export const collections = {
  programmes: defineCollection({ loader: filesOf('programmes'), schema: programmeSchema }),
  projects: defineCollection({ loader: filesOf('projects'), schema: projectSchema }),
  partners: defineCollection({ loader: filesOf('partners'), schema: partnerSchema }),
  centres: defineCollection({ loader: filesOf('centres'), schema: centreSchema }),
};
