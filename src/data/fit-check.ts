/** The fit check's view of the programme entries, and its pages: read once per build, like every collection. */
import type { Programme } from './collections';
import type { StrandFacts } from '../lib/fit-check';

/** The facts of each strand that the fit check compares. */
export const strandFacts = (strands: readonly Programme[]): StrandFacts[] =>
  strands.map((strand) => ({
    slug: strand.slug,
    ageRange: strand.data.ageRange,
    duration: strand.data.duration,
    places: strand.data.places,
    format: strand.data.format,
  }));
