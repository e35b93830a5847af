/**
 * The line "Objavljeno: <time>, različica <commit>" on the editor's page, read from this site's
 * /objava.json: staff see which save is live without Git. Nothing is shown when the file cannot
 * be read (e.g. `npm run dev`, where the editor runs without a build).
 */
import { isPublication, PUBLICATION_PATH, publicationLine } from '../lib/publication';

export async function showPublication(
  element: HTMLElement,
  fetchJson: (path: string) => Promise<unknown> = async (path) => (await fetch(path, { cache: 'no-store' })).json(),
): Promise<void> {
  try {
    const publication = await fetchJson(PUBLICATION_PATH);
    if (!isPublication(publication)) return;
    element.textContent = publicationLine(publication);
    element.title = publication.commit ? `${publication.branch || 'commit'} ${publication.commit}` : '';
    element.hidden = false;
  } catch {
    // No status file: say nothing rather than something wrong.
  }
}
