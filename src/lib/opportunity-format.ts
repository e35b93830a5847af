/** How a call's deadline and period are written out for people; the words come from the page's dictionary. */
import type { Dictionary } from '../i18n/sl';
import type { Deadline, Opportunity } from '../schemas/opportunity';
import { formatPartialDate, formatPeriod, formatTime } from './format';
import type { Locale } from './locales';

type Words = Pick<Dictionary['opportunities'], 'deadlineValue' | 'months' | 'from'>;

/**
 * The deadline as a reader without JavaScript needs it: day, time and time zone.
 * @example formatDeadline({ date: "2027-01-15", time: "12:00" }, "sl", sl.opportunities) // "15. 1. 2027 ob 12:00 (slovenski čas)"
 * @example formatDeadline({ date: "2027-01-15" }, "en", en.opportunities) // "15 January 2027, until midnight (Slovenian time)"
 */
export function formatDeadline(deadline: Deadline, locale: Locale, words: Words): string {
  return words.deadlineValue(formatPartialDate(deadline.date, locale), deadline.time && formatTime(deadline.time));
}

/**
 * When the volunteering happens: the dates, and the length in months when that is what is known.
 * @example formatOpportunityPeriod({ months: 10 }, "en", en.opportunities) // "10 months"
 * @example formatOpportunityPeriod({ start: "2027-03-01", months: 10 }, "en", en.opportunities) // "from 1 March 2027, 10 months"
 */
export function formatOpportunityPeriod(period: Opportunity['period'], locale: Locale, words: Words): string {
  const months = period.months === undefined ? undefined : words.months(period.months);
  if (period.start && period.end)
    return [formatPeriod({ start: period.start, end: period.end }, locale), months].filter(Boolean).join(', ');
  if (period.start) return [words.from(formatPartialDate(period.start, locale)), months].filter(Boolean).join(', ');
  return months ?? '';
}
