/**
 * Two faults a page's copy can have that no schema sees: a pointer to something "below" that
 * is not there, and an announcement of something in a year that has already passed.
 */

/** The words that point the reader further down the page. */
const POINTER = /\b(below|spodaj|v nadaljevanju|further down)\b/i;
/** What a pointer can point at: a list, a table, a form, a description list, or another section. */
const TARGET = /<(ul|ol|table|dl|form|section|details)\b/i;
/** Words that announce something to come, followed (within the sentence) by a year. */
const ANNOUNCEMENT =
  /\b(napovedan\w*|bo(?:do)? objavljen\w*|predviden\w*|planned for|announced for|will be (?:published|announced)|expected in)\b[^.!?]*?\b(20\d\d)\b/gi;

/** The `<main>` of a page, without scripts, hidden blocks and elements the site hides from search. */
export function mainHtml(html: string): string {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? '';
  return main.replace(/<script\b[\s\S]*?<\/script>/gi, '');
}

const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ');

/**
 * Sentences that point "below" while nothing a pointer can mean (a list, table, form, section)
 * follows them in the page's main content.
 * @example danglingPointers("<main><p>See the list below.</p></main>") // ["See the list below."]
 * @example danglingPointers("<main><p>See the list below.</p><ul><li>a</li></ul></main>") // []
 */
export function danglingPointers(html: string): string[] {
  const main = mainHtml(html);
  const found: string[] = [];
  // Each block-level text element is one unit: its text must not point at nothing.
  for (const match of main.matchAll(/<(p|li|h[1-6]|td|figcaption)\b[^>]*>([\s\S]*?)<\/\1>/gi)) {
    const text = textOf(match[2] ?? '').trim();
    if (!POINTER.test(text)) continue;
    const after = main.slice((match.index ?? 0) + match[0].length);
    if (!TARGET.test(after)) found.push(text);
  }
  return found;
}

/**
 * Announcements of something to come in a year before `currentYear`: news that went stale.
 * @example staleAnnouncements("<main><p>First calls are planned for 2023.</p></main>", 2026) // ["planned for 2023"]
 * @example staleAnnouncements("<main><p>ESE has offered them since 2023.</p></main>", 2026) // []
 */
export function staleAnnouncements(html: string, currentYear: number): string[] {
  const text = textOf(mainHtml(html));
  return [...text.matchAll(ANNOUNCEMENT)].filter((match) => Number(match[2]) < currentYear).map((match) => match[0]);
}
