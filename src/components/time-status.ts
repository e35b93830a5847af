/**
 * Client island, one for every badge whose words depend on the moment the page is read: a
 * project's "ongoing / finished", a call's "open / closing soon / closed", an event's "coming up /
 * on now / over". The build writes the two instants at which a badge changes (`data-changes`,
 * milliseconds since 1970, worked out in Ljubljana time by src/lib), so the browser only compares
 * them with its clock: no time zones, no dates, no language here.
 *
 * Badge contract (StatusBadge.astro writes it): `data-badge` names the kind, and the status goes
 * to `data-<kind>-status`; `data-states` are the three statuses in time order, `data-labels` their
 * words separated by `|`.
 *
 * `data-open-until` (milliseconds) hides an element from that instant on, `data-closed-from` shows
 * one from then: a call's "how to apply" and the note that it has closed.
 *
 * Then the lists that follow the badges:
 * - `data-keep="open soon"` on a list keeps the items whose badge has one of those statuses and
 *   hides the rest; an emptied list hides itself and shows the `data-keep-none` note right after
 *   it, or, when it has none, hides the `data-keep-section` around it;
 * - `data-status-source` (projects) moves each item into the `data-status-group` that lists its
 *   status (ProjectGroups.astro puts work not yet started with the ongoing work).
 */

/**
 * Which of the three statuses holds at `now`: 0 before the first change, 1 between the two, 2 after
 * (the changes passed, since they come in time order).
 * @example statusStep("1000 2000", 1500) // 1
 */
export const statusStep = (changes: string, now: number): number => changes.split(' ').filter((change) => now >= +change).length;

/** The status a list item's badge shows. */
const statusIn = (item: Element): string | undefined => {
  const badge = item.querySelector<HTMLElement>('[data-badge]');
  return badge?.dataset[`${badge.dataset['badge']}Status`];
};

/** Fills in every badge under `root` for the instant `now`, then sorts the lists by the result. */
export function applyTimeStatuses(root: ParentNode, now = Date.now()): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-badge]')) {
    const step = statusStep(badge.dataset['changes']!, now);
    badge.dataset[`${badge.dataset['badge']}Status`] = badge.dataset['states']!.split(' ')[step];
    badge.textContent = badge.dataset['labels']!.split('|')[step]!;
  }
  // What only an open call offers (how to apply, its deadline for a calendar) goes at the deadline,
  // and the note that it has closed comes.
  for (const item of root.querySelectorAll<HTMLElement>('[data-open-until]')) item.hidden = now >= +item.dataset['openUntil']!;
  for (const item of root.querySelectorAll<HTMLElement>('[data-closed-from]')) item.hidden = now < +item.dataset['closedFrom']!;
  for (const list of root.querySelectorAll<HTMLElement>('[data-keep]')) {
    const wanted = list.dataset['keep']!.split(' ');
    let shown = 0;
    for (const item of list.children as HTMLCollectionOf<HTMLElement>) shown += +!(item.hidden = !wanted.includes(statusIn(item)!));
    const note = list.nextElementSibling as HTMLElement | null;
    list.hidden = !shown;
    if (note?.hasAttribute('data-keep-none')) note.hidden = shown > 0;
    else if (!shown) list.closest<HTMLElement>('[data-keep-section]')?.setAttribute('hidden', '');
  }
  for (const source of root.querySelectorAll<HTMLElement>('[data-status-source]')) {
    const groups = [...(source.closest('[data-status-groups]') ?? root).querySelectorAll<HTMLElement>('[data-status-group]')];
    for (const item of [...source.children]) {
      const status = statusIn(item);
      groups
        .find((group) => group.dataset['statusGroup']!.split(' ').includes(status!))
        ?.querySelector('ul')
        ?.append(item);
    }
    for (const group of groups) group.hidden = !group.querySelector('li');
    source.closest('[data-status-fallback]')?.setAttribute('hidden', '');
  }
}
