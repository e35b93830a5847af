/**
 * Client island: fills in each event's status (coming up, on now, over) at the moment the page is
 * read, and keeps each list of events to the ones it is for: the list of events drops those that
 * are over, the archive those still to come. A list left empty shows its note, or hides its section.
 */
import { eventStatus } from '../lib/events';

export function applyEventStatuses(root: ParentNode, now = Date.now()): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-event-status]')) {
    const status = eventStatus(Date.parse(badge.dataset['start'] ?? ''), Date.parse(badge.dataset['end'] ?? ''), now);
    badge.dataset['eventStatus'] = status;
    badge.textContent = badge.dataset[`label${status[0]!.toUpperCase()}${status.slice(1)}`] ?? status;
  }
  for (const list of root.querySelectorAll<HTMLElement>('[data-event-list]')) keepShown(list);
}

/** Hides the items a list is not for; `data-event-list` is "upcoming" (upcoming and ongoing) or "past". */
function keepShown(list: HTMLElement): void {
  const wanted = list.dataset['eventList'];
  let shown = 0;
  for (const item of [...list.children] as HTMLElement[]) {
    const status = item.querySelector<HTMLElement>('[data-event-status]')?.dataset['eventStatus'];
    const keep = wanted === 'past' ? status === 'past' : status !== 'past';
    item.hidden = !keep;
    if (keep) shown++;
  }
  const container = list.closest<HTMLElement>('[data-events]');
  if (!container) return;
  list.hidden = shown === 0;
  const note = container.querySelector<HTMLElement>('[data-events-none]');
  if (note) note.hidden = shown > 0;
  else if (shown === 0) container.hidden = true;
}
