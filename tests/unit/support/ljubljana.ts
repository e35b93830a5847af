/**
 * Test-side clock for Ljubljana, written from the EU summer-time rule rather than
 * with `Intl`, so the evaluator's own conversion is checked against something
 * independent. Summer time (UTC+2) runs from 01:00 UTC on the last Sunday of
 * March to 01:00 UTC on the last Sunday of October; otherwise UTC+1.
 */
import { fileURLToPath } from 'node:url';
import { readContentFile } from '../../../src/cli/content-files';
import { centreSchema, type Centre } from '../../../src/schemas/centre';
import { publicSchedule } from '../../../src/lib/hours/json-ld';
import type { Schedule } from '../../../src/lib/hours/status';

const HOUR = 36e5;
const root = fileURLToPath(new URL('../../..', import.meta.url));

/** 01:00 UTC on the last Sunday of a month (1-based). */
function lastSundayAtOne(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, last.getUTCDate() - last.getUTCDay(), 1);
}

/** True when Ljubljana keeps summer time at the instant. */
export function isSummerTime(instant: number): boolean {
  const year = new Date(instant).getUTCFullYear();
  return instant >= lastSundayAtOne(year, 3) && instant < lastSundayAtOne(year, 10);
}

/** Ljubljana offset from UTC at an instant, in milliseconds. */
export const offsetAt = (instant: number): number => (isSummerTime(instant) ? 2 : 1) * HOUR;

/**
 * The instant of a Ljubljana wall time "YYYY-MM-DD HH:MM". Throws for a time that
 * does not exist or happens twice, so a test must spell those out with an offset.
 */
export function lj(local: string): Date {
  const wall = Date.parse(`${local.replace(' ', 'T')}:00Z`);
  const fits = [wall - 2 * HOUR, wall - HOUR].filter((instant) => offsetAt(instant) === wall - instant);
  if (fits.length !== 1) throw new Error(`${local} happens ${fits.length} times in Ljubljana; give the offset`);
  return new Date(fits[0]!);
}

/** Ljubljana wall time of an instant, "YYYY-MM-DD HH:MM". */
export const wallString = (instant: Date | number): string =>
  new Date(new Date(instant).getTime() + offsetAt(new Date(instant).getTime())).toISOString().slice(0, 16).replace('T', ' ');

/** A real centre, read from content/ and parsed with the schema like the build does. */
export function realCentre(id: string): Centre {
  const file = readContentFile(root, `${root}content/centres/sl/${id}.md`, 'centres', 'sl');
  return centreSchema.parse(file.data);
}

/** A real centre's opening hours, as the page hands them to the browser. */
export const realSchedule = (id: string): Schedule => publicSchedule(realCentre(id));
