/**
 * The words the centre-status island and today's rows are given, for a page's language: the live
 * line's strings, the weekdays, the closed-day word and each work-free day already in its phrase
 * ("praznik (božič)"), so that the island only looks it up.
 */
import { dictionary } from '../i18n';
import { HOLIDAY_NAMES } from '../lib/hours/holidays';
import type { Locale } from '../lib/locales';
import type { LiveStrings } from './centre-status';

/** @example liveStrings("en").holidays[10] // "public holiday (Christmas Day)" */
export function liveStrings(locale: Locale): LiveStrings {
  const t = dictionary(locale);
  return {
    ...t.centres.live,
    weekdaysOn: t.weekdaysOn,
    holidays: HOLIDAY_NAMES[locale].map((name) => t.centres.live.holiday.replace('{name}', name)),
    closedDay: t.centres.closed,
    // Which reasons are in another language is the centre's to say (CentreStatus.astro).
    reasonLangs: {},
  };
}
