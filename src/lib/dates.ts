/** Helpers over entries' `updated` dates. */

/**
 * The most recent `updated` date among entries; ISO dates compare as strings.
 * @example newestUpdate([{ updated: "2026-01-02" }, { updated: "2026-03-01" }]) // "2026-03-01"
 */
export function newestUpdate(entries: readonly { updated: string }[]): string {
  if (entries.length === 0) throw new Error('newestUpdate needs at least one entry.');
  return entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), entries[0]!.updated);
}
