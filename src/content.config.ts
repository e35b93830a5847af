/**
 * Collections = a glob loader over the top-level content/ folder + the zod schema.
 * Entry ids keep the locale folder: `sl/ese` (see src/lib/entries.ts).
 */
import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { schemas, type CollectionName } from './schemas';

const collectionFrom = (name: CollectionName) =>
  defineCollection({
    loader: glob({ pattern: '*/*.{md,mdx}', base: `./content/${name}` }),
    schema: schemas[name],
  });

export const collections = {
  programmes: collectionFrom('programmes'),
  projects: collectionFrom('projects'),
  partners: collectionFrom('partners'),
  centres: collectionFrom('centres'),
};
