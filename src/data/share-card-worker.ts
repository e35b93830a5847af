/**
 * The worker thread that draws share cards into their cache (share-card-pool.ts starts it), so
 * that drawing runs on another core while Astro renders the pages.
 */
import { parentPort } from 'node:worker_threads';
import type { CardScene } from '../lib/share-card';
import { ensureShareCardFile } from './share-card-png';

parentPort?.on('message', ({ id, scene }: { id: number; scene: CardScene }) => {
  try {
    const drawn = ensureShareCardFile(scene);
    parentPort?.postMessage({ id, drawn });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
