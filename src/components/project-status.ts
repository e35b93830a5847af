/**
 * Client island: fills in each project's status for today in Ljubljana and,
 * where a page groups projects, moves them under "ongoing" or "finished".
 */
import { dayInZone, projectStatus, type ProjectStatus } from '../lib/period';

/** Sets `data-project-status` and the label on every badge; returns each badge's status. */
export function applyProjectStatuses(root: ParentNode, now = new Date()): void {
  const today = dayInZone(now);
  for (const badge of root.querySelectorAll<HTMLElement>('[data-project-status]')) {
    const status: ProjectStatus = projectStatus({ start: badge.dataset['start'], end: badge.dataset['end'] }, today);
    badge.dataset['projectStatus'] = status;
    badge.textContent = badge.dataset[`label${status[0]!.toUpperCase()}${status.slice(1)}`] ?? status;
  }
  for (const source of root.querySelectorAll<HTMLElement>('[data-status-source]')) groupByStatus(source, root);
}

/** Moves list items from a plain list into the per-status lists beside it. */
function groupByStatus(source: HTMLElement, root: ParentNode): void {
  const container = source.closest('[data-status-groups]') ?? root;
  const targets = new Map<string, HTMLElement>();
  for (const group of container.querySelectorAll<HTMLElement>('[data-status-group]')) {
    const list = group.querySelector<HTMLElement>('ul, ol');
    if (list) targets.set(group.dataset['statusGroup'] ?? '', list);
  }
  for (const item of [...source.children] as HTMLElement[]) {
    const status = item.querySelector<HTMLElement>('[data-project-status]')?.dataset['projectStatus'];
    // Not-yet-started work is listed with the ongoing work: it is what visitors can still join.
    const target = targets.get(status === 'upcoming' ? 'ongoing' : (status ?? ''));
    if (target) target.append(item);
  }
  for (const [, list] of targets) list.closest<HTMLElement>('[data-status-group]')!.hidden = list.children.length === 0;
  source.closest<HTMLElement>('[data-status-fallback]')?.setAttribute('hidden', '');
}
