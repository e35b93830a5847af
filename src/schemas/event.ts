import { z } from 'zod';
import { describedShape, HINTS } from './hints';
import { assumptions, bilingual, email, entryId, evenWithFieldMistakes, httpsUrl, isoDate, text, time, topics, updated } from './shared';
import { minutesOf } from './clock';

/** A moment in Ljubljana: a day and a wall-clock time. */
export const eventTime = z.object({ date: isoDate, time }).strict();
export type EventTime = z.infer<typeof eventTime>;

/** Where an event is when it is not at one of our centres. */
export const eventAddress = z.object({ name: text.optional(), street: text, town: text }).strict();

/** How to sign up: a web address or an e-mail (or both), and the last day to do it. */
export const registration = z
  .object({ url: httpsUrl.optional(), email: email.optional(), deadline: isoDate.optional() })
  .strict()
  .superRefine((way, ctx) => {
    if (way.url === undefined && way.email === undefined) {
      ctx.addIssue({
        code: 'custom',
        message: bilingual('Za prijavo vpišite "url" ali "email".', 'For registration give a "url" or an "email".'),
      });
    }
  });

/** Sort key of an event time. @example timeKey({ date: "2027-02-12", time: "19:00" }) // "2027-02-12T19:00" */
export const timeKey = (moment: { date: string; time: string }): string => `${moment.date}T${moment.time}`;

/**
 * A dated event. At one of our centres (`centre`), it is that centre's event night when the centre's
 * `eventNights` rule names its weekday: the centre's hours follow from the event, nowhere else.
 * Elsewhere, `address` says where. Upcoming or past is derived in the browser, never typed.
 */
export const eventSchema = z
  .object(
    describedShape(
      {
        title: text,
        summary: text,
        start: eventTime,
        end: eventTime,
        centre: entryId.optional(),
        address: eventAddress.optional(),
        /** Partner or centre id of the organiser; left out at a centre, the centre organises the event. */
        organiser: entryId.optional(),
        registration: registration.optional(),
        topics,
        /** true when the event will not take place; it stays listed, marked as cancelled. */
        cancelled: z.boolean().default(false),
        updated,
        assumptions,
      },
      HINTS.events,
    ),
  )
  .strict()
  .superRefine((event, ctx) => {
    if ((event.centre === undefined) === (event.address === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['centre'],
        message: bilingual(
          'Vpišite natanko eno: "centre" (oznaka centra) ali "address" (naslov drugje).',
          'Give exactly one of "centre" (a centre id) or "address" (somewhere else).',
        ),
      });
    }
    if (event.organiser === undefined && event.centre === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['organiser'],
        message: bilingual(
          'Manjka organizator: vpišite "organiser" z oznako partnerja ali centra, ki dogodek pripravlja (izpustite ga lahko le pri dogodku v centru, ki ga pripravi center sam).',
          'The organiser is missing: give "organiser", the id of the partner or centre that runs the event (leave it out only for an event a centre runs at the centre itself).',
        ),
      });
    }
    const { start, end } = event;
    if (
      typeof start?.date === 'string' &&
      typeof end?.date === 'string' &&
      typeof start.time === 'string' &&
      typeof end.time === 'string'
    ) {
      if (end.date < start.date || (end.date === start.date && minutesOf(end.time) <= minutesOf(start.time))) {
        ctx.addIssue({
          code: 'custom',
          path: ['end'],
          message: bilingual(
            `Konec (${end.date} ${end.time}) je pred začetkom (${start.date} ${start.time}) ali hkrati z njim.`,
            `The end (${end.date} ${end.time}) is not after the start (${start.date} ${start.time}).`,
          ),
        });
      }
    }
    const deadline = event.registration?.deadline;
    if (typeof deadline === 'string' && typeof start?.date === 'string' && deadline > start.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['registration', 'deadline'],
        message: bilingual(
          `Rok prijave (${deadline}) je po začetku dogodka (${start.date}).`,
          `The registration deadline (${deadline}) is after the event starts (${start.date}).`,
        ),
      });
    }
  }, evenWithFieldMistakes);
export type Event = z.infer<typeof eventSchema>;
