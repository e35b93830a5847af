/**
 * Every centre's opening hours as JSON, for anyone who wants to reuse them
 * (a map, a noticeboard screen, another site). Same data the pages evaluate.
 */
import type { APIRoute } from 'astro';
import { siteData } from '../data/collections';
import { holidaysOf } from '../lib/hours/holidays';
import { publicSchedule } from '../lib/hours/json-ld';
import { TIME_ZONE } from '../lib/hours/status';
import { entryAlternates } from '../lib/routes';
import { DEFAULT_LOCALE } from '../lib/locales';

export const GET: APIRoute = async () => {
  const { centres } = await siteData(DEFAULT_LOCALE);
  const newest = Math.max(...centres.map((centre) => Number(centre.data.updated.slice(0, 4))));
  const body = {
    timeZone: TIME_ZONE,
    rules:
      'Times are Europe/Ljubljana wall time; ranges are opens (inclusive) to closes (exclusive); "24:00" closes at midnight. ' +
      'A dated exception wins over the holiday rule, which wins over weeklyHours. eventNights applies only on exceptions with eventNight: true. ' +
      'Fields listed in a centre\'s "assumed" hold a value the centre has not confirmed: eventNights.opensOnClosedDays (an event night\'s opening on a closed day) or publicHolidays (the holiday rule, with holidayHours).',
    workFreeDays: [...holidaysOf(newest), ...holidaysOf(newest + 1)],
    centres: centres.map((centre) => ({
      id: centre.slug,
      name: centre.data.name,
      urls: entryAlternates('centres', centre.slug),
      address: centre.data.address,
      updated: centre.data.updated,
      ...publicSchedule(centre.data),
    })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
