/** What a build's log says about share cards (src/cli/share-cards-integration.ts), for the benchmarks. */

export interface CardCount {
  drawn: number;
  cached: number;
  /** How long the build waited for the last cards after Astro had written every page. */
  waitedSeconds: number | undefined;
}

/** The build log's line "share cards: 7012 drawn, 0 from the cache, 7012 placed (840 ms after the pages)". */
export function cardCount(output: string): CardCount | undefined {
  const match = /share cards: (\d+) drawn, (\d+) from the cache(?:, \d+ placed \((\d+) ms after the pages\))?/.exec(output);
  if (!match) return undefined;
  return { drawn: Number(match[1]), cached: Number(match[2]), waitedSeconds: match[3] === undefined ? undefined : Number(match[3]) / 1000 };
}
