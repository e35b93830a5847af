import { z } from 'zod';
import { easyRead } from './easy-read';
import { describedShape, HINTS } from './hints';
import {
  bilingual,
  dayHours,
  evenWithFieldMistakes,
  email,
  entryImage,
  httpsUrl,
  isoDate,
  oneOrMany,
  phone,
  text,
  time,
  updated,
  weekday,
  weeklyHours,
  assumptions,
} from './shared';

/**
 * Event nights: on the listed weekdays, when an event is on, the centre stays
 * open until `closes`. Days without regular hours open at `opensOnClosedDays`.
 * The rule is shown to visitors; a dated exception with `eventNight: true`
 * applies it to a given day.
 */
export const eventNightRule = z
  .object({
    days: oneOrMany(weekday).pipe(z.array(weekday).min(1)),
    closes: time,
    opensOnClosedDays: time.optional(),
  })
  .strict();
export type EventNightRule = z.infer<typeof eventNightRule>;

/**
 * A dated change to the weekly hours: a day or an inclusive date range that is
 * closed, has other hours, or is an event night. `reason` is shown to visitors.
 */
export const hoursException = z
  .object({
    date: isoDate,
    until: isoDate.optional(),
    closed: z.literal(true).optional(),
    hours: dayHours.optional(),
    eventNight: z.literal(true).optional(),
    reason: text,
  })
  .strict()
  .superRefine((exception, ctx) => {
    const kinds = [exception.closed, exception.hours, exception.eventNight].filter((value) => value !== undefined).length;
    if (kinds !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual(
          // eventNight is refused on its own (validate-content.ts): an event night comes from an event.
          'Izjema potrebuje natanko eno od: "closed: true" ali "hours: [...]".',
          'An exception needs exactly one of: "closed: true" or "hours: [...]".',
        ),
      });
    }
    if (typeof exception.until === 'string' && typeof exception.date === 'string' && exception.until < exception.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['until'],
        message: bilingual(
          `"until" (${exception.until}) je pred "date" (${exception.date}).`,
          `"until" (${exception.until}) is before "date" (${exception.date}).`,
        ),
      });
    }
  }, evenWithFieldMistakes);
export type HoursException = z.infer<typeof hoursException>;

/**
 * What happens on Slovenian work-free days: closed, the regular weekly hours, or one set of other
 * hours for every holiday, given in `holidayHours`. Two plain fields rather than one field of
 * three shapes, so that the browser editor's form can write each of them (a choice, and a list
 * of time ranges shown with it).
 */
export const holidayMode = z.enum(['closed', 'regular', 'hours'], {
  error: () =>
    bilingual(
      'Vpišite "closed", "regular" ali "hours" (ure so v "holidayHours").',
      'Write "closed", "regular" or "hours" (the hours go in "holidayHours").',
    ),
});

/** The holiday rule as the opening hours read it: closed, regular, or the holiday hours themselves. */
export type HolidayRule = 'closed' | 'regular' | { hours: z.infer<typeof dayHours> };

/**
 * A centre's holiday rule from its two fields.
 * @example holidayRuleOf({ publicHolidays: 'hours', holidayHours: [{ opens: '10:00', closes: '14:00' }] }) // { hours: [{ opens: "10:00", closes: "14:00" }] }
 */
export const holidayRuleOf = (centre: {
  publicHolidays: z.infer<typeof holidayMode>;
  holidayHours?: z.infer<typeof dayHours> | undefined;
}): HolidayRule => (centre.publicHolidays === 'hours' ? { hours: centre.holidayHours ?? [] } : centre.publicHolidays);

/**
 * Fields of a centre whose value the content assumes rather than takes from the client's documents:
 * the event-night opening on a closed day, and the holiday rule (`publicHolidays`, with its
 * `holidayHours`). Where such a value shows, visitors read that it is not confirmed (page, poster,
 * live status, today's row) or do not read it at all (JSON-LD): see `assumed` in UREJANJE.md /
 * EDITING.md. Only values the site knows how to mark are listed; a new one needs its mark wherever
 * the value shows (each language's `centres.live.unconfirmed` is keyed by these names).
 */
export const ASSUMABLE_FIELDS = ['eventNights.opensOnClosedDays', 'publicHolidays'] as const;
export type AssumableField = (typeof ASSUMABLE_FIELDS)[number];

/**
 * A youth centre with its address, contact and everything the live "open now"
 * status needs: weekly hours, event nights, dated exceptions and holidays.
 */
export const centreSchema = z
  .object(
    describedShape(
      {
        name: text,
        shortName: text.optional(),
        address: z
          .object({
            street: text,
            postcode: z.string().regex(/^\d{4}$/, bilingual('Poštna številka ima 4 števke.', 'A postcode has 4 digits.')),
            town: text,
          })
          .strict(),
        /** Map position for the OpenStreetMap link; without it the link searches the address. */
        geo: z
          .object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
          .strict()
          .optional(),
        email: email.optional(),
        phone: phone.optional(),
        website: httpsUrl.optional(),
        /** Operator of the centre, as a partner id, when known. */
        operator: z.string().optional(),
        timeZone: z.literal('Europe/Ljubljana').default('Europe/Ljubljana'),
        weeklyHours,
        eventNights: eventNightRule.optional(),
        exceptions: z.array(hoursException).default([]),
        publicHolidays: holidayMode,
        /** The hours of every public holiday when `publicHolidays` is `hours`. */
        holidayHours: dayHours.optional(),
        /** A photo (or logo) shown on the page; file in content/images/. */
        image: entryImage.optional(),
        /** The easy-read version, on a page of its own. */
        easyRead: easyRead.optional(),
        updated,
        assumptions,
        /** Field paths whose values rest on an assumption (see ASSUMABLE_FIELDS). */
        assumed: z.array(z.enum(ASSUMABLE_FIELDS)).default([]),
      },
      HINTS.centres,
    ),
  )
  .strict()
  .superRefine((centre, ctx) => {
    if (centre.assumed?.includes('eventNights.opensOnClosedDays') && !centre.eventNights?.opensOnClosedDays) {
      ctx.addIssue({
        code: 'custom',
        path: ['assumed'],
        message: bilingual(
          '"eventNights.opensOnClosedDays" je v "assumed", center pa te ure nima; izbrišite ga iz "assumed".',
          '"eventNights.opensOnClosedDays" is in "assumed", but the centre has no such time; delete it from "assumed".',
        ),
      });
    }
    const hours = centre.holidayHours;
    if (centre.publicHolidays === 'hours' && (hours === undefined || hours.length === 0)) {
      ctx.addIssue({
        code: 'custom',
        path: ['holidayHours'],
        message: bilingual(
          'Pri "publicHolidays: hours" vpišite praznične ure v "holidayHours", npr. - opens: "10:00" in closes: "14:00".',
          'With "publicHolidays: hours", give the holiday hours in "holidayHours", e.g. - opens: "10:00" and closes: "14:00".',
        ),
      });
    }
    if (centre.publicHolidays !== 'hours' && hours !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['holidayHours'],
        message: bilingual(
          `"holidayHours" velja le pri "publicHolidays: hours"; pri "${String(centre.publicHolidays)}" ga izbrišite.`,
          `"holidayHours" applies only with "publicHolidays: hours"; delete it with "${String(centre.publicHolidays)}".`,
        ),
      });
    }
  }, evenWithFieldMistakes);
export type Centre = z.infer<typeof centreSchema>;
