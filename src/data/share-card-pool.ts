/**
 * Share cards are drawn beside Astro's rendering, not in it: an entry page names its card as it
 * renders (`startShareCard` in share-cards.ts calls `requestShareCard`), a worker thread draws it
 * into the cache on the other core while Astro goes on with the next pages, and when the build
 * is done the integration (src/cli/share-cards-integration.ts) waits for the last ones and puts
 * every card beside its page (`placeShareCards`), as a hard link to the cache file. A card whose content is unchanged is already
 * in the cache and is not drawn again.
 *
 * Astro bundles the pages apart from its configuration, so the two see different copies of this
 * module; what they share (the queue, the worker, the list of cards) lives on `globalThis`.
 */
import { existsSync } from 'node:fs';
import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardScene } from '../lib/share-card';
import { ensureShareCardFile, shareCardFile } from './share-card-png';

interface PoolState {
  /** Site path of each card (`/centri/koper/kartica.png`) → its cache file. */
  cards: Map<string, string>;
  /** One job per cache file, so that a card shared by two pages is drawn once. */
  jobs: Map<string, Promise<void>>;
  pending: Map<number, { resolve: (drawn: boolean) => void; reject: (error: Error) => void }>;
  worker: Worker | null | undefined;
  nextId: number;
  counts: { drawn: number; cached: number };
}

const KEY = Symbol.for('prostovoljstvo.share-cards');
const state = ((globalThis as Record<symbol, unknown>)[KEY] ??= {
  cards: new Map(),
  jobs: new Map(),
  pending: new Map(),
  worker: undefined,
  nextId: 0,
  counts: { drawn: 0, cached: 0 },
} satisfies PoolState) as PoolState;

/** The drawing thread, started on first use; null where it cannot start (then cards are drawn here). */
function drawingThread(): Worker | null {
  if (state.worker !== undefined) return state.worker;
  try {
    // The worker runs the TypeScript source through tsx, as the build itself does (npm run build).
    const started = new Worker(join(process.cwd(), 'src', 'data', 'share-card-worker.ts'), { execArgv: ['--import', 'tsx'] });
    started.on('message', ({ id, drawn, error }: { id: number; drawn?: boolean; error?: string }) => {
      const job = state.pending.get(id);
      state.pending.delete(id);
      if (state.pending.size === 0) started.unref();
      if (error) job?.reject(new Error(error));
      else job?.resolve(Boolean(drawn));
    });
    started.on('error', (error: Error) => {
      state.worker = null;
      for (const job of state.pending.values()) job.reject(error);
      state.pending.clear();
    });
    started.unref();
    state.worker = started;
  } catch {
    state.worker = null;
  }
  return state.worker;
}

function drawElsewhere(scene: CardScene): Promise<boolean> {
  const thread = drawingThread();
  if (!thread) return Promise.resolve(ensureShareCardFile(scene));
  const id = state.nextId++;
  // Kept alive only while cards are being drawn, so a build never waits on an idle thread to end.
  thread.ref();
  return new Promise<boolean>((resolve, reject) => {
    state.pending.set(id, { resolve, reject });
    thread.postMessage({ id, scene });
  }).catch(
    // A thread that failed (no tsx, a crash) does not fail the build: the card is drawn here.
    () => ensureShareCardFile(scene),
  );
}

/** Names the card at `url` (a site path) and starts drawing it unless the cache has it. */
export function requestShareCard(url: string, scene: CardScene): void {
  const file = shareCardFile(scene);
  state.cards.set(url, file);
  if (state.jobs.has(file)) return;
  if (existsSync(file)) {
    state.counts.cached += 1;
    state.jobs.set(file, Promise.resolve());
    return;
  }
  const job = drawElsewhere(scene).then((drawn) => {
    if (drawn) state.counts.drawn += 1;
    else state.counts.cached += 1;
  });
  // A failure is reported by placeShareCards, which awaits the same job.
  job.catch(() => undefined);
  state.jobs.set(file, job);
}

/**
 * Waits for every card named so far and copies each beside its page in `outDir`; returns how many
 * were drawn and how many came from the cache. Ends the drawing thread.
 */
export async function placeShareCards(outDir: string): Promise<{ placed: number; drawn: number; cached: number }> {
  await Promise.all(state.jobs.values());
  await Promise.all(
    [...state.cards].map(async ([url, file]) => {
      const target = join(outDir, ...url.split('/').filter(Boolean));
      await mkdir(dirname(target), { recursive: true });
      // A hard link where it can be (a card's cache file never changes: its name is its content's
      // hash), which spares writing 200 MB again at 7,000 cards; a copy across file systems.
      await link(file, target).catch(async (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') await rm(target, { force: true });
        await copyFile(file, target);
      });
    }),
  );
  const result = { placed: state.cards.size, ...state.counts };
  await state.worker?.terminate();
  state.worker = undefined;
  state.cards.clear();
  state.jobs.clear();
  state.counts = { drawn: 0, cached: 0 };
  return result;
}
