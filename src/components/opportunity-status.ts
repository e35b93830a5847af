/**
 * Client island: fills in each call's status (open, closing soon, closed) for the moment the page
 * is read, and keeps each list of calls to the ones it is for: a list of open calls drops those
 * that have closed, the archive those still open. A list left empty shows its note, or hides its
 * section when it has none (a programme page without open calls says nothing about calls).
 */
import { opportunityStatus, type OpportunityStatus } from '../lib/deadline';

/** Sets `data-opportunity-status` and the label on every badge, then sorts the lists. */
export function applyOpportunityStatuses(root: ParentNode, now = Date.now()): void {
  for (const badge of root.querySelectorAll<HTMLElement>('[data-opportunity-status]')) {
    const status: OpportunityStatus = opportunityStatus(Date.parse(badge.dataset['deadline'] ?? ''), now);
    badge.dataset['opportunityStatus'] = status;
    badge.textContent = badge.dataset[`label${status[0]!.toUpperCase()}${status.slice(1)}`] ?? status;
  }
  for (const list of root.querySelectorAll<HTMLElement>('[data-opportunity-list]')) keepShown(list);
}

/** Hides the items a list is not for; `data-opportunity-list` is "open" (open and soon) or "closed". */
function keepShown(list: HTMLElement): void {
  const wanted = list.dataset['opportunityList'];
  let shown = 0;
  for (const item of [...list.children] as HTMLElement[]) {
    const status = item.querySelector<HTMLElement>('[data-opportunity-status]')?.dataset['opportunityStatus'];
    const keep = wanted === 'closed' ? status === 'closed' : status !== 'closed';
    item.hidden = !keep;
    if (keep) shown++;
  }
  const container = list.closest<HTMLElement>('[data-opportunities]');
  if (!container) return;
  list.hidden = shown === 0;
  const note = container.querySelector<HTMLElement>('[data-opportunities-none]');
  if (note) note.hidden = shown > 0;
  else if (shown === 0) container.hidden = true;
}
