/**
 * Client island: the live "open now" line of every centre on the page, today's
 * row in the weekly table (marked, and with today's real hours when a holiday,
 * a change or an event night makes them differ), and only the exceptions still to come.
 *
 * It recomputes by itself at the next change (and an hour before it, for
 * "closes soon", and at midnight, for "today"), when the tab becomes visible
 * again (timers sleep in background tabs) and on back/forward navigation (the
 * page comes back from the cache with a stale status). The schedule and the
 * words arrive as JSON in data attributes, the names of the work-free days
 * among them in the page's language only, so this file holds no language.
 */
import { addDays } from '../lib/hours/holidays';
import { hoursStatus, instantOf, wallOf, weekdayOf, type Change, type HoursStatus, type Schedule } from '../lib/hours/status';
import type { Dictionary } from '../i18n';

export type LiveStrings = Dictionary['centres']['live'] & {
  weekdaysOn: Dictionary['weekdaysOn'];
  /** `HOLIDAY_NAMES` (src/lib/hours/holidays.ts) of the page's language. */
  holidays: readonly string[];
  /** A closed day in the weekly table ("zaprto"), as WeeklySchedule.astro writes it. */
  closedDay: string;
};

const HOUR = 36e5;
const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
const clock = (hhmm: string): string => hhmm.replace(/^0(?=\d)/, '');

/** "ob 22:00", "jutri ob 9:00", "v ponedeljek ob 9:00" or "7. 12. ob 9:00", from today in Ljubljana. */
function when(next: Change, today: string, s: LiveStrings): string {
  const time = clock(next.time);
  const days = Math.round((Date.parse(next.date) - Date.parse(today)) / 864e5);
  if (days < 1) return fill(s.at, { time });
  if (days < 2) return fill(s.tomorrow, { time });
  if (days < 7) return fill(s.onDay, { day: s.weekdaysOn[weekdayOf(next.date)], time });
  const date = new Intl.DateTimeFormat(s.dateLocale, { day: 'numeric', month: s.dateMonth, timeZone: 'UTC' }).format(Date.parse(next.date));
  return fill(s.onDate, { date, time });
}

/**
 * The status line, e.g. "Odprto · zapre ob 22:00" or "Zaprto · praznik (božič) · odpre v ponedeljek ob 9:00".
 * @example statusText({ open: true, soon: true, today: "2026-11-23", next: { time: "22:00", date: "2026-11-23", … } }, sl) // "Kmalu zapre · ob 22:00"
 */
export function statusText({ open, soon, today, next, reason, assumed }: HoursStatus, s: LiveStrings): string {
  const why =
    reason?.kind === 'holiday'
      ? fill(s.holiday, { name: s.holidays[reason.holiday] ?? '' })
      : reason?.kind === 'exception'
        ? reason.text
        : '';
  const at = next && when(next, today, s);
  let parts: (string | false | undefined)[];
  if (open && reason?.kind === 'event' && next && !soon) parts = [s.eventToday, fill(s.openUntil, { time: clock(next.time) })];
  else if (soon) parts = [open ? s.closesSoon : s.opensSoon, at];
  else parts = [open ? s.open : s.closed, why, at && fill(open ? s.closes : s.opens, { when: at })];
  // Open or closed now, or opening next, only by a value the content chose itself.
  parts.push(assumed && s.unconfirmed[assumed]);
  return parts.filter(Boolean).join(' · ');
}

/** True when the visitor's clock does not show Ljubljana time at the instant. */
const otherZone = (instant: number): boolean => {
  const local = new Date(instant);
  return wallOf(instant).minutes !== local.getHours() * 60 + local.getMinutes();
};

/** Fills in one centre and returns when it next needs a refresh. */
function renderCentre(root: HTMLElement, now: number): number {
  const line = root.querySelector<HTMLElement>('[data-status]');
  if (!line) return Infinity;
  const status = hoursStatus(JSON.parse(line.dataset['schedule'] ?? '{}') as Schedule, new Date(now));
  const strings = JSON.parse(line.dataset['strings'] ?? '{}') as LiveStrings;
  const nextAt = status.next?.at.getTime();
  const note = otherZone(now) || (nextAt !== undefined && otherZone(nextAt)) ? ` ${strings.localTime}` : '';
  line.querySelector('[data-status-text]')!.textContent = statusText(status, strings) + note;
  line.dataset['status'] = status.open ? 'open' : 'closed';
  line.dataset['soon'] = String(status.soon);

  const weekday = weekdayOf(status.today);
  // Today's row says what today really is when it differs from the week (a holiday, a change, an
  // event): the build wrote those days' rows (src/lib/hours/today-row.ts), the island looks today up.
  const todayText = (JSON.parse(line.dataset['specialDays'] ?? '{}') as Record<string, string>)[status.today];
  for (const row of root.querySelectorAll<HTMLElement>('[data-weekday]')) {
    const isToday = row.dataset['weekday'] === weekday;
    if (isToday) row.setAttribute('aria-current', 'date');
    else row.removeAttribute('aria-current');
    // The weekly hours and today's, the two spans of the row's cell (WeeklySchedule.astro).
    const [regular, todays] = row.querySelectorAll<HTMLElement>('td > span');
    todays!.hidden = !(regular!.hidden = isToday && todayText !== undefined);
    todays!.textContent = todayText ?? '';
  }
  let upcoming = 0;
  for (const item of root.querySelectorAll<HTMLElement>('[data-until]')) {
    item.hidden = item.dataset['until']! < status.today;
    if (!item.hidden) upcoming++;
  }
  const none = root.querySelector<HTMLElement>('[data-no-upcoming]');
  if (none) none.hidden = upcoming > 0;

  const midnight = instantOf(addDays(status.today, 1), 0);
  if (nextAt === undefined) return midnight;
  // An hour before the change the line turns to "closes soon" / "opens soon".
  return Math.min(midnight, nextAt - HOUR > now ? nextAt - HOUR : nextAt);
}

let timer: ReturnType<typeof setTimeout> | undefined;

/** Renders every centre on the page now and schedules the next refresh. */
export function refreshCentres(): void {
  clearTimeout(timer);
  const now = Date.now();
  let wake = Infinity;
  for (const root of document.querySelectorAll<HTMLElement>('[data-centre]')) wake = Math.min(wake, renderCentre(root, now));
  if (wake < Infinity) timer = setTimeout(refreshCentres, wake - now);
}

/** Starts the island once per page, however many centres it shows. */
export function startCentreStatus(): void {
  refreshCentres();
  document.addEventListener('visibilitychange', () => document.visibilityState === 'visible' && refreshCentres());
  addEventListener('pageshow', (event) => event.persisted && refreshCentres());
}
