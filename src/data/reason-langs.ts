/**
 * Which reasons of a centre's schedule changes are written in another language than the page, so
 * that they carry `lang` wherever they show: the exception list, today's row, the live status line.
 */
import type { HoursException } from '../schemas/centre';
import { DEFAULT_LOCALE, type Locale } from '../lib/locales';
import type { Event } from './collections';

/**
 * Reason → its language, for the reasons not in `locale`: staff write a dated exception's reason in
 * Slovenian; an event night's reason is its events' titles, each in the language its event is shown
 * in (a night whose titles are not all in the page's language counts as Slovenian).
 * @example reasonLangs([{ date: "2026-12-24", closed: true, reason: "Inventura" }], [], "en") // { Inventura: "sl" }
 * @example reasonLangs([{ date: "2026-12-24", closed: true, reason: "Inventura" }], [], "sl") // {}
 */
export function reasonLangs(exceptions: readonly HoursException[], events: readonly Event[], locale: Locale): Record<string, Locale> {
  const langs: Record<string, Locale> = {};
  for (const exception of exceptions) {
    const night = exception.eventNight
      ? events.filter((event) => event.data.start.date === exception.date && exception.reason.includes(event.data.title))
      : [];
    const translated = night.length > 0 && night.every((event) => event.textLocale === locale);
    const lang = translated ? locale : DEFAULT_LOCALE;
    if (lang !== locale) langs[exception.reason] = lang;
  }
  return langs;
}
