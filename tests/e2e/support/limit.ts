/**
 * A small concurrency limit for browser work: pages wait for the network and for each other's
 * axe runs, so two or three at a time keep both cores busy without starving Chromium.
 */

/** Queues async jobs and runs at most `concurrency` of them at once, in the order they came. */
export function createLimit(concurrency: number): <T>(job: () => Promise<T>) => Promise<T> {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new Error(`concurrency must be a whole number ≥ 1, not ${concurrency}`);
  let running = 0;
  const waiting: Array<() => void> = [];
  const startNext = () => {
    if (running >= concurrency) return;
    const next = waiting.shift();
    if (!next) return;
    running += 1;
    next();
  };
  return <T>(job: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        job()
          .then(resolve, reject)
          .finally(() => {
            running -= 1;
            startNext();
          });
      });
      startNext();
    });
}

/**
 * How many pages the page checks open at once: E2E_CONCURRENCY, else 3, measured fastest on a
 * two-core machine (docs/testing.md, "Quality gates").
 */
export function pageConcurrency(): number {
  const fromEnv = process.env.E2E_CONCURRENCY;
  if (!fromEnv) return 3;
  const value = Number(fromEnv);
  if (!Number.isInteger(value) || value < 1) throw new Error(`E2E_CONCURRENCY must be a whole number ≥ 1, not "${fromEnv}"`);
  return value;
}
