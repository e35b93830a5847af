/** The fit check's view of the programme entries, and its pages: read once per build, like every collection. */
import type { Programme } from './collections';
import { siteData } from './collections';
import { answerSegments, fitSteps, type FitStep, type StrandFacts } from '../lib/fit-check';
import type { Locale } from '../lib/locales';

/** The facts of each strand that the fit check compares. */
export const strandFacts = (strands: readonly Programme[]): StrandFacts[] =>
  strands.map((strand) => ({ slug: strand.slug, ageRange: strand.data.ageRange, duration: strand.data.duration, places: strand.data.places, format: strand.data.format }));

/** Route params of every page of the fit check: `answers` undefined for the first question. */
export async function fitCheckPages(locale: Locale): Promise<{ params: { answers: string | undefined }; props: { step: FitStep } }[]> {
  const { programmes } = await siteData(locale);
  const strands = programmes.filter((programme) => programme.data.kind === 'strand');
  return fitSteps(strandFacts(strands)).map((step) => {
    const segments = answerSegments(step.answers, locale);
    return { params: { answers: segments.length > 0 ? segments.join('/') : undefined }, props: { step } };
  });
}
