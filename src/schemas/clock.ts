/**
 * A time of day as staff write it, `"HH:MM"` (checked by `time` in shared.ts), counted in minutes.
 * Imports nothing, zod least of all, so that the schemas, the build and the browser's islands
 * (centre hours, deadlines, events) all share this one reading of a time.
 */

/**
 * Minutes since midnight of an `HH:MM` time; `"24:00"`, a closing time, is 1440.
 * @example minutesOf("12:30") // 750
 */
export const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
