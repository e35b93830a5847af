/**
 * Building blocks shared by every collection schema. Pure zod, no Astro.
 *
 * Error messages are written as `sl | en` pairs so that the content check and
 * Astro's own build output both tell staff what is wrong in both languages.
 */
import { z } from 'zod';
import { addDays, calendarDay, isRealDate, partialDateBounds } from './dates';
import { minutesOf } from './clock';

export { isRealDate, partialDateBounds };

/** Joins a Slovenian and an English message into the form every error uses. */
export const bilingual = (sl: string, en: string): string => `${sl} | ${en}`;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * YAML 1.1 readers (Astro's frontmatter parser) turn an unquoted `2019-06-01`
 * into a Date at UTC midnight. Turning it back into the same ISO string keeps
 * one meaning for quoted and unquoted dates; anything else stays as typed so the
 * pattern check below can reject it.
 */
const dateToIsoString = (value: unknown): unknown =>
  value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value;

/**
 * Years a date in the content may have. Nothing the site describes is older or further ahead, so a
 * year outside is a typo ("2109" for "2019", "1019" for "2019") that would otherwise be published.
 */
export const YEARS = { first: 1990, last: 2100 } as const;

/** The message for a date whose year is outside `YEARS`; undefined when the year is plausible. */
function implausibleYear(year: number, written: string): string | undefined {
  if (year >= YEARS.first && year <= YEARS.last) return undefined;
  return bilingual(
    `Leto v datumu "${written}" ni verjetno: datumi so med letoma ${YEARS.first} in ${YEARS.last}; preverite, ali ste se zatipkali (npr. "2109" namesto "2019").`,
    `The year in "${written}" is implausible: dates lie between ${YEARS.first} and ${YEARS.last}; check for a typo (e.g. "2109" for "2019").`,
  );
}

/** A calendar day written `YYYY-MM-DD`. `1.6.2019` and `2019-02-30` are errors, never reinterpreted. */
export const isoDate = z.preprocess(
  dateToIsoString,
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? bilingual('Manjka datum, npr. "2019-06-01".', 'Date is missing, e.g. "2019-06-01".')
          : bilingual('Datum zapišite kot besedilo, npr. "2019-06-01".', 'Write the date as text, e.g. "2019-06-01".'),
    })
    .regex(
      ISO_DATE,
      bilingual(
        'Datum ni v obliki LLLL-MM-DD; 1. junij 2019 zapišite "2019-06-01".',
        'The date is not YYYY-MM-DD; write 1 June 2019 as "2019-06-01".',
      ),
    )
    .superRefine((value, ctx) => {
      const match = ISO_DATE.exec(value);
      // A wrong pattern is reported by the regex above; here only days that do not exist.
      if (match && !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
        ctx.addIssue({
          code: 'custom',
          message: bilingual(`Dan "${value}" v koledarju ne obstaja.`, `The day "${value}" does not exist in the calendar.`),
        });
      } else if (match) {
        const message = implausibleYear(Number(match[1]), value);
        if (message) ctx.addIssue({ code: 'custom', message });
      }
    }),
);

/**
 * A date known to the year, month or day: `2012`, `2019-06` or `2019-06-01`.
 * Project periods in the client's documents are often only "June 2019".
 */
export const partialDate = z.preprocess(
  dateToIsoString,
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? undefined
          : bilingual('Datum zapišite kot besedilo v narekovajih, npr. "2019-06".', 'Write the date as quoted text, e.g. "2019-06".'),
    })
    .regex(
      PARTIAL_DATE,
      bilingual('Datum zapišite kot "2019", "2019-06" ali "2019-06-01".', 'Write the date as "2019", "2019-06" or "2019-06-01".'),
    )
    .superRefine((value, ctx) => {
      const match = PARTIAL_DATE.exec(value);
      if (!match) return;
      const month = match[2] === undefined ? 1 : Number(match[2]);
      const day = match[3] === undefined ? 1 : Number(match[3]);
      if (!isRealDate(Number(match[1]), month, day)) {
        ctx.addIssue({
          code: 'custom',
          message: bilingual(`Datum "${value}" v koledarju ne obstaja.`, `The date "${value}" does not exist in the calendar.`),
        });
        return;
      }
      const message = implausibleYear(Number(match[1]), value);
      if (message) ctx.addIssue({ code: 'custom', message });
    }),
);

/** A wall-clock time `HH:MM`; `"24:00"` is accepted here and limited to closing times by `timeRange`. */
export const time = z
  .string({
    error: (issue) =>
      issue.input === undefined
        ? undefined
        : bilingual('Čas zapišite v narekovajih, npr. "09:00".', 'Write the time in quotes, e.g. "09:00".'),
  })
  .regex(
    /^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/,
    bilingual(
      'Čas zapišite kot "HH:MM" z dvema števkama, npr. "09:00" ali "22:30".',
      'Write the time as "HH:MM" with two digits, e.g. "09:00" or "22:30".',
    ),
  );

/**
 * One opening period within a day. Ranges never cross midnight: a night that
 * goes on past 24:00 is split into two days.
 */
export const timeRange = z
  .object({ opens: time, closes: time })
  .strict()
  .superRefine((range, ctx) => {
    if (range.opens === '24:00') {
      ctx.addIssue({
        code: 'custom',
        path: ['opens'],
        message: bilingual(
          '"24:00" je lahko le čas zaprtja; odprtje ob polnoči je "00:00".',
          '"24:00" can only be a closing time; opening at midnight is "00:00".',
        ),
      });
    } else if (minutesOf(range.closes) <= minutesOf(range.opens)) {
      ctx.addIssue({
        code: 'custom',
        path: ['closes'],
        message: bilingual(
          `Zapre (${range.closes}) mora biti po odprtju (${range.opens}); noč čez polnoč razdelite na dva dneva.`,
          `Closing (${range.closes}) must be after opening (${range.opens}); split a night past midnight over two days.`,
        ),
      });
    }
  });
export type TimeRange = z.infer<typeof timeRange>;

/**
 * A list that staff may also write as its single item: `partners: ozara` or
 * `monday: { opens: "09:00", closes: "22:00" }` mean a list of one.
 * @example oneOrMany(z.string()).parse("ozara") // ["ozara"]
 */
export const oneOrMany = <Item extends z.ZodType>(item: Item) =>
  z.union([z.array(item), item]).transform((value): z.output<Item>[] => (Array.isArray(value) ? value : [value]));

/**
 * The opening ranges of one day, without overlaps, put in order of opening (so that the browser's
 * hours island need not sort them). An empty list means closed.
 */
export const dayHours = oneOrMany(timeRange)
  .superRefine((ranges, ctx) => {
    const sorted = [...ranges].sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens));
    for (let i = 1; i < sorted.length; i++) {
      const previous = sorted[i - 1]!;
      const current = sorted[i]!;
      if (minutesOf(current.opens) < minutesOf(previous.closes)) {
        ctx.addIssue({
          code: 'custom',
          path: [ranges.indexOf(current)],
          message: bilingual(
            `Čas ${current.opens}–${current.closes} se prekriva s ${previous.opens}–${previous.closes}.`,
            `Hours ${current.opens}–${current.closes} overlap ${previous.opens}–${previous.closes}.`,
          ),
        });
      }
    }
  })
  .transform((ranges) => ranges.sort((a, b) => minutesOf(a.opens) - minutesOf(b.opens)));

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Weekday names as written in content (English, lower case). */
export const weekday = z.enum(WEEKDAYS, {
  error: () =>
    bilingual(
      `Dan v tednu pišite angleško z malimi črkami: ${WEEKDAYS.join(', ')}.`,
      `Write the weekday in lower-case English: ${WEEKDAYS.join(', ')}.`,
    ),
});

/** Regular weekly hours; a weekday left out is a closed day. */
export const weeklyHours = z
  .object(Object.fromEntries(WEEKDAYS.map((day) => [day, dayHours.optional()])) as Record<Weekday, z.ZodOptional<typeof dayHours>>)
  .strict();
export type WeeklyHours = z.infer<typeof weeklyHours>;

/** The id of another entry (its file name without extension), e.g. `zavod-mars-maribor`. */
export const entryId = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    bilingual(
      'Oznaka vnosa je ime datoteke brez končnice, npr. "zavod-mars-maribor".',
      'An entry id is the file name without extension, e.g. "zavod-mars-maribor".',
    ),
  );

/** Non-empty text with surrounding spaces removed. */
export const text = z
  .string({ error: (issue) => (issue.input === undefined ? bilingual('Polje je obvezno.', 'This field is required.') : undefined) })
  .trim()
  .min(
    1,
    bilingual(
      'Polje ne sme biti prazno: vpišite vrednost ali izbrišite vrstico, če polje ni obvezno.',
      'This field must not be empty: fill it in, or delete the line if the field is optional.',
    ),
  );

export const email = z.email(
  bilingual('Neveljaven e-poštni naslov, npr. "info@primer.si".', 'Not a valid e-mail address, e.g. "info@example.org".'),
);

/** A phone number in international form, spaces allowed: `+386 2 300 68 50`. */
export const phone = z
  .string()
  .regex(
    /^\+\d{1,3}(?: ?\d){6,12}$/,
    bilingual(
      'Telefon zapišite v mednarodni obliki, npr. "+386 2 300 68 50".',
      'Write the phone in international form, e.g. "+386 2 300 68 50".',
    ),
  );

export const httpsUrl = z
  .url(bilingual('Neveljaven spletni naslov; začnite s "https://".', 'Not a valid web address; start with "https://".'))
  .refine(
    (value) => value.startsWith('https://'),
    bilingual('Spletni naslov mora začeti s "https://".', 'The web address must start with "https://".'),
  );

/**
 * Notes for staff on what the entry assumes where the client's documents are silent (the
 * Saturday opening time, the holiday rule, …): short sentences kept with the entry, shown in the
 * editor's form and never on the site. A YAML comment would be lost on the editor's first save.
 */
export const assumptions = z.array(text).optional();

/** Topic tags, lower case, used for filters and related content. */
export const topics = oneOrMany(text).default([]);

/**
 * For a rule over a whole object that reads the fields defensively (typeof checks, never trusting a
 * shape): run it even when a field of the object has its own mistake, so that every rule is reported
 * in the same run. zod skips such rules by default until the fields are right.
 */
export const evenWithFieldMistakes = {
  when: ({ value, issues }: { value: unknown; issues: readonly unknown[] }) =>
    issues.length === 0 || (typeof value === 'object' && value !== null && !Array.isArray(value)),
};

/** The time zone of "today" for the content: the organisation and its centres are in Slovenia. */
const CONTENT_TIME_ZONE = 'Europe/Ljubljana';

/** The clock "not in the future" compares with; see `withClock`. */
let clock: () => Date = () => new Date();

/**
 * Runs `check` with the schemas reading `now` as the current time, then restores the real clock.
 * The content check passes its own clock through here so that tests can fix the day.
 * @example withClock(() => new Date("2026-12-01T12:00:00Z"), () => updated.safeParse("2026-12-05").success) // false
 */
export function withClock<T>(now: () => Date, check: () => T): T {
  const previous = clock;
  clock = now;
  try {
    return check();
  } finally {
    clock = previous;
  }
}

/**
 * Date the content of an entry was last checked or changed; shown on every page. A date in the
 * future would tell visitors the page was checked when it was not: it is a typo. One day of slack
 * keeps an edit made just after midnight, or in another time zone, from failing the build.
 * Optional: left out, it is "" here and src/data/collections.ts takes the day of the file's last
 * commit (src/lib/last-changed.ts).
 */
export const updated = isoDate
  .superRefine((value, ctx) => {
    const match = typeof value === 'string' ? ISO_DATE.exec(value) : null;
    // A malformed or impossible date is reported by isoDate already.
    if (!match || !isRealDate(Number(match[1]), Number(match[2]), Number(match[3]))) return;
    const today = calendarDay(clock(), CONTENT_TIME_ZONE);
    if (value <= addDays(today, 1)) return;
    ctx.addIssue({
      code: 'custom',
      message: bilingual(
        `Datum "${value}" je v prihodnosti; vpišite dan zadnje spremembe, najpozneje današnji (${today}).`,
        `The date "${value}" is in the future; write the day of the last change, today (${today}) at the latest.`,
      ),
    });
  })
  .default('');

/**
 * An amount of money in euro: a plain number above zero, `125000` for "125 000,00 €".
 * YAML reads `1e309` and `.inf` as infinite and `.nan` as not a number; zod rejects all three.
 */
export const amountEur = z
  .number({
    error: (issue) => {
      if (issue.input === undefined) return undefined;
      // js-yaml reads `.inf` and `.nan` as numbers, but `1e309` (too big for a number) as the text "1e309".
      if (typeof issue.input === 'number' || Math.abs(Number(issue.input)) === Infinity)
        return bilingual(
          'Znesek ni končno število (npr. 1e309, .inf ali .nan); vpišite znesek v evrih, npr. 125000 za 125 000,00 €.',
          'The amount is not a finite number (e.g. 1e309, .inf or .nan); write the amount in euro, e.g. 125000 for €125,000.00.',
        );
      return bilingual(
        'Znesek zapišite kot število brez pik, presledkov in znaka €, npr. 125000 za 125 000,00 €.',
        'Write the amount as a plain number without dots, spaces or €, e.g. 125000 for €125,000.00.',
      );
    },
  })
  .positive(
    bilingual(
      'Znesek mora biti večji od 0; če ga ne poznate, polje izpustite.',
      'The amount must be greater than 0; leave the field out if it is not known.',
    ),
  );

/** An inclusive whole-number range such as an age range; `min` never above `max`. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- `{}` is zod's empty shape, the default of no extra fields
export const numberRange = <Extra extends z.ZodRawShape = {}>(unitSl: string, unitEn: string, extra: Extra = {} as Extra) =>
  z
    .object({ min: z.number().int().nonnegative(), max: z.number().int().positive() })
    .extend(extra)
    .strict()
    .superRefine((range, ctx) => {
      // The extra fields hide min and max from the inferred type; they are always there.
      const { min, max } = range as { min: unknown; max: unknown };
      if (typeof min === 'number' && typeof max === 'number' && min > max) {
        ctx.addIssue({
          code: 'custom',
          path: ['min'],
          message: bilingual(
            `Najmanj (${min} ${unitSl}) ne sme biti več kot največ (${max}).`,
            `Minimum (${min} ${unitEn}) must not be above maximum (${max}).`,
          ),
        });
      }
    });

/** The problem of a span whose end comes before its start, reported at `end`. */
export const endBeforeStart = (span: { start: string; end: string }) => ({
  code: 'custom' as const,
  path: ['end'],
  message: bilingual(`Konec (${span.end}) je pred začetkom (${span.start}).`, `The end (${span.end}) is before the start (${span.start}).`),
});

/** A span of partial dates; either end may be unknown, and the end never comes before the start. */
export const period = z
  .object({ start: partialDate.optional(), end: partialDate.optional() })
  .strict()
  .superRefine((span, ctx) => {
    if (typeof span.start !== 'string' || typeof span.end !== 'string') return;
    if (partialDateBounds(span.end).last < partialDateBounds(span.start).first)
      ctx.addIssue(endBeforeStart({ start: span.start, end: span.end }));
  });
export type Period = z.infer<typeof period>;

/** File types an entry image may have; the build turns them into AVIF and WebP in several sizes. */
export const IMAGE_FILE = /^[A-Za-z0-9][A-Za-z0-9._-]*\.(?:jpe?g|png|webp|avif)$/;

/**
 * A photo or logo of an entry: a file in content/images/ and its description for people who
 * cannot see it. The content check makes sure the file exists, letter case included.
 */
export const entryImage = z
  .object({
    src: z
      .string()
      .regex(
        IMAGE_FILE,
        bilingual(
          'Ime slike iz mape content/images/, npr. "ko-prosto.jpg" (jpg, png, webp ali avif).',
          'The name of an image in content/images/, e.g. "ko-prosto.jpg" (jpg, png, webp or avif).',
        ),
      ),
    alt: text.refine(
      (alt) => !IMAGE_FILE.test(alt.trim()),
      bilingual('Opis slike naj pove, kaj je na njej, ne imena datoteke.', 'Describe what the image shows, not its file name.'),
    ),
  })
  .strict();
export type EntryImage = z.infer<typeof entryImage>;
