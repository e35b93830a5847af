/**
 * The build's end of share cards: when Astro has written every page, wait for the cards the pages
 * named (drawn meanwhile on another core, src/data/share-card-pool.ts) and put each beside its
 * page. Prints how many were drawn and how many came from the cache, which `npm run bench` reads.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { placeShareCards } from '../data/share-card-pool';

export const shareCards = (): AstroIntegration => ({
  name: 'share-cards',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const started = performance.now();
      const { placed, drawn, cached } = await placeShareCards(fileURLToPath(dir));
      logger.info(
        `share cards: ${drawn} drawn, ${cached} from the cache, ${placed} placed (${Math.round(performance.now() - started)} ms after the pages)`,
      );
    },
  },
});
