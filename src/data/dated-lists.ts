/**
 * Dated lists at the moment of the build. Whether a call is open or an event still to come is the
 * browser's to say (src/components/time-status.ts), but a call closed, an event over or a centre's
 * change past at the build never comes back: the lists of what is current leave those out, so that
 * they stay short however long the archive grows. The archive keeps every entry.
 */
import type { Event, Opportunity, SiteData } from './collections';
import { deadlineInstant } from '../lib/deadline';
import { eventInstant } from '../lib/events';
import { wallOf } from '../lib/hours/status';
import { buildInstant } from '../lib/publication-source';
import type { ArchivedCollection } from '../lib/routes';

/** Calls whose deadline has not passed at `now`, in their order (nearest deadline first). */
export const openAt = (calls: readonly Opportunity[], now = buildInstant()): Opportunity[] =>
  calls.filter((call) => deadlineInstant(call.data.deadline) > now);

/** Events not over at `now`, in their order (earliest start first). */
export const comingAt = (events: readonly Event[], now = buildInstant()): Event[] =>
  events.filter((event) => eventInstant(event.data.end) > now);

/**
 * A centre's dated changes whose last day is today or later in Ljubljana, at `now`.
 * @example changesFrom([{ date: "2026-12-24" }, { date: "2026-01-02", until: "2026-01-05" }], Date.parse("2026-12-07T10:00Z")) // [{ date: "2026-12-24" }]
 */
export const changesFrom = <T extends { date: string; until?: string | undefined }>(changes: readonly T[], now = buildInstant()): T[] => {
  const today = wallOf(now).date;
  return changes.filter((change) => (change.until ?? change.date) >= today);
};

/** The entries of a dated list: what is current at the build (nearest first), or (`archive`) every entry, the latest first. */
export function datedListEntries(
  data: Pick<SiteData, 'opportunities' | 'events'>,
  collection: ArchivedCollection,
  archive: boolean,
  now = buildInstant(),
): Opportunity[] | Event[] {
  if (collection === 'opportunities') return archive ? [...data.opportunities].reverse() : openAt(data.opportunities, now);
  return archive ? [...data.events].reverse() : comingAt(data.events, now);
}
