/**
 * The fit check of the start page: a few answers (age, at home or abroad, alone or in a group, how
 * long) against the facts of each strand. Every limit it compares comes from the programme entries,
 * so a change in content changes the answers; a fact an entry does not give is "unknown", never a guess.
 */
import { LOCALE_DEFINITIONS, type Locale } from './locales';

/** The facts of one strand that the check reads (a subset of the programme schema). */
export interface StrandFacts {
  slug: string;
  ageRange?: { min: number; max: number } | undefined;
  duration?: { min: number; max: number; unit: 'days' | 'weeks' | 'months' } | undefined;
  places: readonly ('home' | 'abroad')[];
  format: readonly ('individual' | 'group')[];
}

/** An age answer: a band of years between the limits the strands name; open at either end. */
export interface AgeBand {
  /** URL segment, e.g. "do-17", "18-30", "od-31". */
  slug: string;
  min?: number | undefined;
  max?: number | undefined;
}

export type Place = 'home' | 'abroad';
export type Format = 'individual' | 'group';
/** How long someone can take part: up to a month, one to twelve months, more than a year. */
export type Length = 'weeks' | 'months' | 'year';

export const PLACES: readonly Place[] = ['home', 'abroad'];
export const FORMATS: readonly Format[] = ['individual', 'group'];
export const LENGTHS: readonly Length[] = ['weeks', 'months', 'year'];

/** Each length answer in months, both ends included; the upper end of "year" is open. */
const LENGTH_MONTHS: Record<Length, { min: number; max: number }> = {
  weeks: { min: 0, max: 1 },
  months: { min: 1, max: 12 },
  year: { min: 12, max: Number.POSITIVE_INFINITY },
};

const MONTHS_PER = { days: 1 / 30, weeks: 7 / 30, months: 1 } as const;

/**
 * The age bands to offer: the ages at which some strand starts or stops fitting split the years.
 * @example ageBands([{ ageRange: { min: 18, max: 30 } }]).map((band) => band.slug) // ["do-17", "18-30", "od-31"]
 */
export function ageBands(strands: readonly Pick<StrandFacts, 'ageRange'>[]): AgeBand[] {
  const starts = new Set<number>();
  for (const { ageRange } of strands) {
    if (!ageRange) continue;
    starts.add(ageRange.min);
    starts.add(ageRange.max + 1);
  }
  const edges = [...starts].sort((a, b) => a - b);
  if (edges.length === 0) return [];
  const bands: AgeBand[] = [{ slug: `do-${edges[0]! - 1}`, max: edges[0]! - 1 }];
  for (let i = 0; i < edges.length - 1; i++) {
    const min = edges[i]!;
    const max = edges[i + 1]! - 1;
    bands.push({ slug: min === max ? String(min) : `${min}-${max}`, min, max });
  }
  bands.push({ slug: `od-${edges.at(-1)!}`, min: edges.at(-1)! });
  return bands;
}

/** What one answer says about one strand: it fits, it does not, or the content does not say. */
export type Verdict = 'yes' | 'no' | 'unknown';
export type Question = 'age' | 'place' | 'format' | 'length';

export interface Reason {
  question: Question;
  verdict: Verdict;
}

export interface Answers {
  age: AgeBand;
  place: Place;
  format: Format;
}

const within = (band: AgeBand, range: { min: number; max: number }) =>
  (band.min ?? Number.NEGATIVE_INFINITY) >= range.min && (band.max ?? Number.POSITIVE_INFINITY) <= range.max;
const overlaps = (band: AgeBand, range: { min: number; max: number }) =>
  (band.min ?? Number.NEGATIVE_INFINITY) <= range.max && (band.max ?? Number.POSITIVE_INFINITY) >= range.min;

/** @example ageVerdict({ slug: "18-30", min: 18, max: 30 }, { min: 18, max: 30 }) // "yes" */
export function ageVerdict(band: AgeBand, range: StrandFacts['ageRange']): Verdict {
  if (!range) return 'unknown';
  if (within(band, range)) return 'yes';
  return overlaps(band, range) ? 'unknown' : 'no';
}

/** @example lengthVerdict("weeks", { min: 2, max: 12, unit: "months" }) // "no" */
export function lengthVerdict(length: Length, duration: StrandFacts['duration']): Verdict {
  if (!duration) return 'unknown';
  const factor = MONTHS_PER[duration.unit];
  const wanted = LENGTH_MONTHS[length];
  return duration.min * factor <= wanted.max && duration.max * factor >= wanted.min ? 'yes' : 'no';
}

const listed = <T>(value: T, values: readonly T[]): Verdict => (values.length === 0 ? 'unknown' : values.includes(value) ? 'yes' : 'no');

export type Fit = 'yes' | 'maybe' | 'no';

export interface Assessment {
  slug: string;
  /** "yes" when every answer fits, "no" when one does not, "maybe" when content does not say. */
  fit: Fit;
  reasons: Reason[];
}

const fitOf = (reasons: readonly Reason[]): Fit =>
  reasons.some((reason) => reason.verdict === 'no') ? 'no' : reasons.some((reason) => reason.verdict === 'unknown') ? 'maybe' : 'yes';

/** How one strand fits the answers, with the reason for each. */
export function assess(strand: StrandFacts, answers: Answers): Assessment {
  const reasons: Reason[] = [
    { question: 'age', verdict: ageVerdict(answers.age, strand.ageRange) },
    { question: 'place', verdict: listed(answers.place, strand.places) },
    { question: 'format', verdict: listed(answers.format, strand.format) },
  ];
  return { slug: strand.slug, fit: fitOf(reasons), reasons };
}

/** Every strand against the answers: those that fit first, then those that may, then the rest (stable). */
export function assessAll(strands: readonly StrandFacts[], answers: Answers): Assessment[] {
  const rank: Record<Fit, number> = { yes: 0, maybe: 1, no: 2 };
  return strands.map((strand) => assess(strand, answers)).sort((a, b) => rank[a.fit] - rank[b.fit]);
}

/** One step of the check: the answers so far, and the question it asks next (none: the results). */
export interface FitStep {
  answers: { age?: AgeBand; place?: Place; format?: Format };
  next?: 'age' | 'place' | 'format';
}

/**
 * The URL segments of answers, in the order asked.
 * @example answerSegments({ age: { slug: "18-30", min: 18, max: 30 }, place: "abroad" }, "sl") // ["18-30", "v-tujini"]
 */
export function answerSegments(answers: FitStep['answers'], locale: Locale): string[] {
  return [
    answers.age?.slug,
    answers.place && LOCALE_DEFINITIONS[locale].urls.fitAnswers[answers.place],
    answers.format && LOCALE_DEFINITIONS[locale].urls.fitAnswers[answers.format],
  ].filter((segment): segment is string => segment !== undefined);
}

/**
 * Every page of the check: the first question, each partial answer, and each full set of answers.
 * Length is asked on the results page, where it needs no page of its own.
 */
export function fitSteps(strands: readonly StrandFacts[]): FitStep[] {
  const steps: FitStep[] = [{ answers: {}, next: 'age' }];
  for (const age of ageBands(strands)) {
    steps.push({ answers: { age }, next: 'place' });
    for (const place of PLACES) {
      steps.push({ answers: { age, place }, next: 'format' });
      for (const format of FORMATS) steps.push({ answers: { age, place, format } });
    }
  }
  return steps;
}
