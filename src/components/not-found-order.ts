/**
 * Which language section of the 404 page a missing address belongs to: the one whose home page
 * address (`/`, `/en/`, `/it/` …) is the longest start of the path. Pure, for the island and its tests.
 * @example readerSection("/en/programmes/nope/", ["/", "/en/"]) // 1
 * @example readerSection("/nekaj/", ["/", "/en/"]) // 0
 * @example readerSection("/enota/", ["/", "/en/"]) // 0
 */
export function readerSection(pathname: string, homes: readonly string[]): number {
  let best = -1;
  homes.forEach((home, i) => {
    if (pathname.startsWith(home) && (best === -1 || home.length > homes[best]!.length)) best = i;
  });
  return Math.max(best, 0);
}
