/**
 * What the browser sweep loads, and in which combinations (docs/testing.md, "The page sweep").
 *
 * - `sample` (`npm test`): every page once, desktop in the light scheme; one page of each page
 *   type (route shape, view variant, language) and the 404 page in all four combinations.
 * - `rest` (what `npm run test:full` adds, and `.ci/run` runs after `npm test`): every other
 *   combination of every other page, so that together the two are the exhaustive sweep.
 * - `full`: every page in all four combinations, in one run.
 * - `changed` (`npm run verify:content`): the pages a content edit changed in all four combinations,
 *   plus one page of each type in one; the others are not loaded (the browser-free checks still read them).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { discoverPages, MISSING_URL_PATH, type BuiltPage } from './pages';
import { sampleOfEachType, typePages, type TypedPage } from './page-types';

export type SweepMode = 'sample' | 'rest' | 'full' | 'changed';
export const SWEEP_MODES: readonly SweepMode[] = ['sample', 'rest', 'full', 'changed'];

export type LayoutName = 'desktop' | 'mobile';
export type SchemeName = 'light' | 'dark';

/** A screen and a colour scheme a page is checked in. */
export interface PlannedCombination {
  layout: LayoutName;
  scheme: SchemeName;
}

/** One load of one page, checked in each combination listed: loaded in the first, then switched. */
export interface PlannedLoad {
  urlPath: string;
  expectedStatus: number;
  combinations: PlannedCombination[];
}

export interface PlannedPage {
  urlPath: string;
  expectedStatus: number;
  /** Page type, for the test's name; the 404 page is a type of its own. */
  type: string;
  /** Whether the page is checked in all four combinations (it samples its type, or its HTML changed). */
  inFull: boolean;
  loads: PlannedLoad[];
}

const ALL: PlannedCombination[] = [
  { layout: 'desktop', scheme: 'light' },
  { layout: 'desktop', scheme: 'dark' },
  { layout: 'mobile', scheme: 'light' },
  { layout: 'mobile', scheme: 'dark' },
];
const ONCE = ALL.slice(0, 1);
const REST = ALL.slice(1);

/** Reads the sweep mode from `PAGE_SWEEP` (default `sample`); an unknown value is an error, not a silent default. */
export function sweepModeFromEnvironment(value = process.env.PAGE_SWEEP): SweepMode {
  if (value === undefined || value === '') return 'sample';
  if ((SWEEP_MODES as readonly string[]).includes(value)) return value as SweepMode;
  throw new Error(`PAGE_SWEEP=${value} is not a sweep mode: use one of ${SWEEP_MODES.join(', ')}.`);
}

/** The URL paths listed in a file (one per line), for the `changed` mode: what differs from the published build. */
export function readChangedList(file = process.env.PAGE_SWEEP_CHANGED): Set<string> {
  if (!file) throw new Error('PAGE_SWEEP=changed needs PAGE_SWEEP_CHANGED, a file listing the changed pages (one URL path a line).');
  return new Set(
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
  );
}

/**
 * Plans the sweep over the given pages: which loads each page gets in a mode.
 * @example planSweep(typed, 'sample').find((page) => page.urlPath === '/partnerji/sent/')?.loads[0]?.combinations.length // 1 (not the sample of its type)
 */
export function planSweep(pages: TypedPage[], mode: SweepMode, changed: Set<string> = new Set()): PlannedPage[] {
  const samples = new Set(sampleOfEachType(pages).map((page) => page.urlPath));
  const planned: PlannedPage[] = [];
  const add = (urlPath: string, expectedStatus: number, type: string, sample: boolean) => {
    const combinations = combinationsFor(mode, sample, changed.has(urlPath));
    if (combinations.length > 0) {
      planned.push({
        urlPath,
        expectedStatus,
        type,
        inFull: combinations.length === ALL.length,
        loads: [{ urlPath, expectedStatus, combinations }],
      });
    }
  };
  for (const page of pages) add(page.urlPath, 200, page.type, samples.has(page.urlPath));
  add(MISSING_URL_PATH, 404, 'the 404 page', true);
  return planned;
}

/**
 * The combinations one page is checked in. In `changed`, a page the edit changed gets all four and
 * the sample of each type one: a content-only push changes no template, so the samples are there
 * to catch what the build around the content broke, and the four combinations of every type were
 * checked when the templates last changed (`npm test`, CI).
 */
function combinationsFor(mode: SweepMode, sample: boolean, changed: boolean): PlannedCombination[] {
  if (mode === 'full') return ALL;
  if (mode === 'rest') return sample ? [] : REST;
  if (mode === 'changed') return changed ? ALL : sample ? ONCE : [];
  return sample ? ALL : ONCE;
}

/** Every page of a build with its type, its HTML read from `root`. */
export function typedPagesOf(root: string): TypedPage[] {
  return typePages(discoverPages(root), (page: BuiltPage) => readFileSync(path.join(root, page.file), 'utf8'));
}
