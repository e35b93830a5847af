/**
 * What the published site was built from, so staff can see without Git whether their change is
 * live: /objava.json (commit, build time, branch), written when the site is built, and the line
 * "Objavljeno: <time>, različica <commit>" on the editor's page /admin/, read from that file.
 * No Node imports here: the editor's page runs this in the browser (publicationOf is in
 * publication-source.ts).
 */
/** The body of /objava.json. */
export interface Publication {
  /** Full commit id the site was built from; "" when unknown (no Git, no CI variable). */
  commit: string;
  /** When the build ran, ISO 8601 in UTC. */
  builtAt: string;
  /** Branch the commit is on; "" when unknown. */
  branch: string;
}

/** Path of the status file on the site. */
export const PUBLICATION_PATH = '/objava.json';

/**
 * The line the editor's page shows, in Slovenian, the time as in Ljubljana.
 * @example publicationLine({ commit: "0123456789abcdef", builtAt: "2026-12-01T10:05:00.000Z", branch: "main" })
 * // "Objavljeno: 1. 12. 2026 ob 11.05, različica 0123456"
 */
export function publicationLine(publication: Publication): string {
  const at = new Date(publication.builtAt);
  const day = new Intl.DateTimeFormat('sl', { timeZone: 'Europe/Ljubljana', day: 'numeric', month: 'numeric', year: 'numeric' }).format(at);
  const time = new Intl.DateTimeFormat('sl', { timeZone: 'Europe/Ljubljana', hour: '2-digit', minute: '2-digit' })
    .format(at)
    .replace(':', '.');
  const version = publication.commit ? `, različica ${publication.commit.slice(0, 7)}` : '';
  return `Objavljeno: ${day} ob ${time}${version}`;
}

/** Whether a parsed /objava.json has the shape above (it comes over the network). */
export const isPublication = (value: unknown): value is Publication =>
  typeof value === 'object' &&
  value !== null &&
  ['commit', 'builtAt', 'branch'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string') &&
  !Number.isNaN(Date.parse((value as Publication).builtAt));
