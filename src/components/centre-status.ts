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
 * among them in the page's language only, so this file holds no language; so does
 * the language of each reason that is not the page's (`reasonLangs`), which the line
 * and today's row give it with a `lang` span.
 */
import { addDays } from '../lib/hours/holidays';
import { hoursStatus, instantOf, wallOf, weekdayOf, type Change, type HoursStatus, type Schedule } from '../lib/hours/status';
import type { Dictionary } from '../i18n';

export type LiveStrings = Dictionary['centres']['live'] & {
  weekdaysOn: Dictionary['weekdaysOn'];
  /** Each work-free day in its phrase, "praznik (božič)", by `HOLIDAY_NAMES`' index (live-strings.ts). */
  holidays: readonly string[];
  /** A closed day in the weekly table ("zaprto"), as WeeklySchedule.astro writes it. */
  closedDay: string;
  /** The language of each dated change's reason that is not in the page's (src/data/reason-langs.ts). */
  reasonLangs: Readonly<Record<string, string>>;
};

const HOUR = 36e5;
const fill = (template: string, values: Record<string, string>): string =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '');
const clock = (hhmm: string): string => hhmm.replace(/^0(?=\d)/, '');

/** "ob 22:00", "jutri ob 9:00", "v ponedeljek ob 9:00" or "7. 12. ob 9:00", from today in Ljubljana. */
function when(next: Change, today: string, s: LiveStrings): string {
  const days = Math.round((Date.parse(next.date) - Date.parse(today)) / 864e5);
  return fill(days < 1 ? s.at : days < 2 ? s.tomorrow : days < 7 ? s.onDay : s.onDate, {
    time: clock(next.time),
    day: s.weekdaysOn[weekdayOf(next.date)],
    date: new Intl.DateTimeFormat(s.dateLocale, { day: 'numeric', month: s.dateMonth, timeZone: 'UTC' }).format(Date.parse(next.date)),
  });
}

/**
 * The status line, e.g. "Odprto · zapre ob 22:00" or "Zaprto · praznik (božič) · odpre v ponedeljek ob 9:00".
 * @example statusText({ open: true, soon: true, today: "2026-11-23", next: { time: "22:00", date: "2026-11-23", … } }, sl) // "Kmalu zapre · ob 22:00"
 */
export function statusText({ open, soon, today, next, reason, assumed }: HoursStatus, s: LiveStrings): string {
  const why = reason?.kind === 'holiday' ? s.holidays[reason.holiday] : reason?.kind === 'exception' ? reason.text : '';
  const at = next && when(next, today, s);
  let parts: (string | false | undefined)[];
  if (open && reason?.kind === 'event' && next && !soon) parts = [s.eventToday, fill(s.openUntil, { time: clock(next.time) })];
  else if (soon) parts = [open ? s.closesSoon : s.opensSoon, at];
  else parts = [open ? s.open : s.closed, why, at && fill(open ? s.closes : s.opens, { when: at })];
  // Open or closed now, or opening next, only by a value the content chose itself.
  parts.push(assumed && s.unconfirmed[assumed]);
  return parts.filter(Boolean).join(' · ');
}

/**
 * A line cut around the reason it names, when it names it: [before, reason, after], else [line].
 * The reason is looked for after the first " · ", since the state or the hours come first.
 * @example aroundReason("Closed · Inventura · opens on Monday at 9:00", "Inventura") // ["Closed · ", "Inventura", " · opens on Monday at 9:00"]
 */
export function aroundReason(line: string, reason: string | undefined): string[] {
  const at = reason ? line.indexOf(reason, line.indexOf(' · ')) : -1;
  return at < 0 ? [line] : [line.slice(0, at), reason!, line.slice(at + reason!.length)];
}

/** Writes a line, with the reason in a span of its own language when that is not the page's. */
const write = (element: HTMLElement, line: string, reason: string | undefined, lang: string | undefined): void =>
  element.replaceChildren(
    ...aroundReason(line, lang && reason).map((piece, i) =>
      i === 1 ? Object.assign(document.createElement('span'), { lang, textContent: piece }) : piece,
    ),
  );

/** True when the visitor's clock does not show Ljubljana time at the instant. */
const otherZone = (instant: number): boolean => {
  const local = new Date(instant);
  return wallOf(instant).minutes !== local.getHours() * 60 + local.getMinutes();
};

/** Fills in one centre and returns when it next needs a refresh. */
function renderCentre(root: HTMLElement, now: number): number {
  // Every centre shows its line (CentreStatus.astro): the contract the tests hold the pages to.
  const line = root.querySelector<HTMLElement>('[data-status]')!;
  // The data attributes CentreStatus.astro always writes.
  const data = <T>(name: string) => JSON.parse(line.dataset[name]!) as T;
  const status = hoursStatus(data<Schedule>('schedule'), new Date(now));
  const strings = data<LiveStrings>('strings');
  const nextAt = status.next?.at.getTime();
  const note = otherZone(now) || otherZone(nextAt ?? now) ? ` ${strings.localTime}` : '';
  // A dated change's reason (the badge and today's row name it), and its language if not the page's.
  const reason = (status.reason as { text?: string } | undefined)?.text;
  const lang = strings.reasonLangs[reason!];
  write(line.querySelector('[data-status-text]')!, statusText(status, strings) + note, reason, lang);
  line.dataset['status'] = status.open ? 'open' : 'closed';
  line.dataset['soon'] = `${status.soon}`;

  const weekday = weekdayOf(status.today);
  // Today's row says what today really is when it differs from the week (a holiday, a change, an
  // event): the build wrote those days' rows (src/lib/hours/today-row.ts), the island looks today up.
  const todayText = data<Record<string, string | undefined>>('specialDays')[status.today];
  for (const row of root.querySelectorAll<HTMLElement>('[data-weekday]')) {
    const isToday = row.dataset['weekday'] === weekday;
    row.ariaCurrent = isToday ? 'date' : null;
    // The weekly hours and today's, the two spans of the row's cell (WeeklySchedule.astro).
    const [regular, todays] = row.querySelectorAll<HTMLElement>('td > span');
    todays!.hidden = !(regular!.hidden = isToday && todayText !== undefined);
    write(todays!, todayText ?? '', reason, lang);
  }
  let upcoming = 0;
  for (const item of root.querySelectorAll<HTMLElement>('[data-until]')) {
    item.hidden = item.dataset['until']! < status.today;
    if (!item.hidden) upcoming++;
  }
  root.querySelector('[data-no-upcoming]')?.toggleAttribute('hidden', upcoming > 0);

  const midnight = instantOf(addDays(status.today, 1), 0);
  // An hour before the change the line turns to "closes soon" / "opens soon".
  return Math.min(midnight, nextAt! - HOUR > now ? nextAt! - HOUR : (nextAt ?? midnight));
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
  document.addEventListener('visibilitychange', () => !document.hidden && refreshCentres());
  addEventListener('pageshow', (event) => event.persisted && refreshCentres());
}
