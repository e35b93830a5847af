/**
 * A centre's holiday rule in words, one way for the centre page, the centre card and the poster,
 * with what is said of it when the content only assumes it (`publicHolidays` in `assumed`).
 */
import type { Dictionary } from '../../i18n/sl';
import { holidayRuleOf, type Centre } from '../../schemas/centre';
import { formatTimeRange } from '../format';

type Words = Pick<Dictionary['centres'], 'holidayRule' | 'closed' | 'live'>;

export interface HolidayNote {
  /** The rule as one sentence, without its full stop: "Ob praznikih: 10:00–14:00". */
  rule: string;
  /** "praznični urnik ni potrjen, preveri ga v centru" when the rule is only assumed. */
  unconfirmed?: string | undefined;
}

/**
 * The holiday rule and, when assumed, its mark; written out as `${rule} (${unconfirmed}).`.
 * @example holidayNote({ publicHolidays: "closed", assumed: ["publicHolidays"] }, en.centres)
 * // { rule: "Closed on public holidays and other work-free days in Slovenia", unconfirmed: "holiday hours not confirmed, check with the centre" }
 */
export function holidayNote(centre: Pick<Centre, 'publicHolidays' | 'holidayHours' | 'assumed'>, words: Words): HolidayNote {
  const holidays = holidayRuleOf(centre);
  const rule =
    holidays === 'closed'
      ? words.holidayRule.closed
      : holidays === 'regular'
        ? words.holidayRule.regular
        : `${words.holidayRule.hours} ${holidays.hours.map(formatTimeRange).join(', ') || words.closed}`;
  return {
    rule: rule.replace(/\.$/, ''),
    unconfirmed: centre.assumed.includes('publicHolidays') ? words.live.unconfirmed.publicHolidays : undefined,
  };
}

/**
 * The note as one line of text (a poster's).
 * @example holidayLine({ rule: "Closed on public holidays", unconfirmed: "holiday hours not confirmed, check with the centre" })
 * // "Closed on public holidays (holiday hours not confirmed, check with the centre)."
 */
export const holidayLine = ({ rule, unconfirmed }: HolidayNote): string => `${rule}${unconfirmed ? ` (${unconfirmed})` : ''}.`;
