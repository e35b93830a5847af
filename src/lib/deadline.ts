/**
 * Open, closing soon or closed: an open call's status at an instant, from its deadline in
 * Ljubljana. It ships to the browser (the search page's filters), so it imports no zod.
 */
import type { Deadline } from '../schemas/opportunity';
import { minutesOf } from '../schemas/clock';
import { instantOf } from './hours/status';

export const OPPORTUNITY_STATUSES = ['open', 'soon', 'closed'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

/** A call closes "soon" when this many days or fewer are left. */
export const SOON_DAYS = 7;
const DAY = 864e5;

/**
 * The last instant applications are taken, as a timestamp: the stated time in Ljubljana, or the
 * end of the day (midnight after it) when the call names none.
 * @example new Date(deadlineInstant({ date: "2027-01-15", time: "12:00" })).toISOString() // "2027-01-15T11:00:00.000Z"
 * @example new Date(deadlineInstant({ date: "2027-07-15" })).toISOString() // "2027-07-15T22:00:00.000Z"
 */
export function deadlineInstant(deadline: Deadline): number {
  return instantOf(deadline.date, deadline.time === undefined ? 24 * 60 : minutesOf(deadline.time));
}

/**
 * A call's status at `now` for a deadline instant: closed from the deadline on, closing soon in the
 * `SOON_DAYS` days before it.
 * @example opportunityStatus(Date.parse("2027-01-15T11:00:00Z"), Date.parse("2027-01-10T09:00:00Z")) // "soon"
 */
export function opportunityStatus(deadline: number, now: number): OpportunityStatus {
  if (now >= deadline) return 'closed';
  return deadline - now <= SOON_DAYS * DAY ? 'soon' : 'open';
}

/**
 * The instants a call's status changes, for the browser to compare with its clock: open until the
 * first, closing soon until the second (the deadline), closed from then on.
 * @example deadlineChanges({ date: "2027-01-15", time: "12:00" }) // [Date.parse("2027-01-08T11:00Z"), Date.parse("2027-01-15T11:00Z")]
 */
export function deadlineChanges(deadline: Deadline): [number, number] {
  const closes = deadlineInstant(deadline);
  return [closes - SOON_DAYS * DAY, closes];
}

/**
 * A deadline as a sort key and filter value: the instant in UTC, to the minute.
 * @example deadlineKey({ date: "2027-01-15", time: "12:00" }) // "2027-01-15T11:00Z"
 */
export const deadlineKey = (deadline: Deadline): string => new Date(deadlineInstant(deadline)).toISOString().slice(0, 16) + 'Z';

/**
 * At home (Slovenia) or abroad, from a call's country code.
 * @example placeKind("SI") // "home"
 */
export const placeKind = (country: string): 'home' | 'abroad' => (country === 'SI' ? 'home' : 'abroad');
