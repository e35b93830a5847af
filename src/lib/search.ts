/**
 * Turning what a visitor types into queries that find Slovenian words in every form.
 *
 * Pagefind folds č/š/ž and matches word prefixes, but it has no Slovenian stemmer, so
 * `prostovoljec` misses `prostovoljce` and `solidarnostne` misses `solidarnostnih`. We trim
 * the inflectional ending (and a fleeting vowel) so that the prefix left over matches every
 * form of the word. The trimmed stem is always a prefix of the typed word, so over-trimming
 * costs some precision and never loses the typed form itself; the benchmark
 * (`npm run bench:search`) measures the balance. Pure: the search page ships it to the browser.
 */

/** Words this short are kept as typed: trimming them would match half the dictionary. */
const MIN_STEMMED_WORD_LENGTH = 5;
/** A stem never gets shorter than this. */
const MIN_STEM_LENGTH = 4;

/**
 * Inflectional endings of Slovenian nouns, adjectives and verbs, longest first, without
 * diacritics (they are compared with the folded word). Left out because they cut common
 * words short for forms nobody searches in: -ami/-ama (`programi` is not `progr-ami`),
 * second-person verb forms, and the past participle -al/-il (`festival`, `material`).
 */
const ENDINGS = [
  'ega',
  'emu',
  'ima',
  'imi',
  'amo',
  'ate',
  'ajo',
  'imo',
  'ite',
  'ijo',
  'emo',
  'ete',
  'ejo',
  'ati',
  'iti',
  'eti',
  'ala',
  'ali',
  'alo',
  'ila',
  'ili',
  'ilo',
  'ije',
  'iji',
  'ih',
  'im',
  'em',
  'ah',
  'om',
  'ov',
  'ev',
  'ju',
  'jo',
  'je',
  'ja',
  'ji',
  'a',
  'e',
  'i',
  'o',
  'u',
];

/**
 * What a search needs to know of the page's language (src/lib/locales.ts `queryLanguage`), handed
 * to the browser as data. Stop words carry no meaning in a query: Pagefind matches every word as a
 * prefix, so `v` would match any page; they are dropped unless the query has nothing else. Words
 * of a language Pagefind stems itself are searched as typed; the others (Slovenian) are trimmed here.
 */
export interface QueryLanguage {
  stopWords: readonly string[];
  pagefindStems: boolean;
}

/**
 * Word-forming endings left after the inflection: -stv(o) and -sk(i). Trimming them joins a
 * word to its family (prostovolj-stvo, prostovolj-ski, prostovolj-ec; evrop-ski, Evrop-a), which
 * is what a visitor searching for one of them wants; the exact words still rank first.
 */
const DERIVATIONS = ['stv', 'sk'];

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
/** Consonants that a fleeting vowel stands before: prostovolj-e-c, cent-e-r, zadet-e-k. */
const FLEETING_AFTER = new Set(['c', 'k', 'r', 'l', 'n']);

/**
 * Lower case and without diacritics, the way Pagefind compares words.
 * @example foldDiacritics("Duševno ZDRAVJE") // "dusevno zdravje"
 */
export function foldDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const isConsonant = (letter: string | undefined): boolean => letter !== undefined && /\p{L}/u.test(letter) && !VOWELS.has(letter);

/** Length of the stem of a folded word: inflection off, and with `family`, the word-forming ending too. */
function stemLength(folded: string, family: boolean): number {
  let length = folded.length;
  // A fleeting vowel in the base form: prostovolj-ec / prostovolj-ca, cent-er / cent-ra.
  if (/e[ckrln]$/.test(folded) && isConsonant(folded[length - 3]) && length - 2 >= MIN_STEM_LENGTH) return length - 2;
  const ending = ENDINGS.find((candidate) => folded.endsWith(candidate) && length - candidate.length >= MIN_STEM_LENGTH);
  if (!ending) return length;
  length -= ending.length;
  const derivation =
    family && DERIVATIONS.find((candidate) => folded.slice(0, length).endsWith(candidate) && length - candidate.length >= MIN_STEM_LENGTH);
  if (derivation) length -= derivation.length;
  // The fleeting vowel is gone in the inflected form (prostovoljc-a, centr-u): drop the consonant it stood before.
  const last = folded[length - 1];
  if (last !== undefined && FLEETING_AFTER.has(last) && isConsonant(folded[length - 2]) && length - 1 >= MIN_STEM_LENGTH) length -= 1;
  return length;
}

/** Applies `stemLength` to a word as typed; short words, numbers and odd Unicode come back whole. */
function trimmed(word: string, family: boolean): string {
  const folded = foldDiacritics(word);
  // Folding can change the length (a combining mark typed separately); trim only when it does not.
  if (folded.length !== word.length || folded.length < MIN_STEMMED_WORD_LENGTH || /\d/.test(folded)) return word;
  return word.slice(0, stemLength(folded, family));
}

/**
 * The prefix of a Slovenian word shared by its inflected forms, in the word's own spelling
 * (with or without diacritics, as typed); short words come back whole.
 * @example slovenianStem("prostovoljec") // "prostovolj"   (prostovoljca, prostovoljci)
 * @example slovenianStem("solidarnostne") // "solidarnost"  (solidarnostnih, solidarnost)
 * @example slovenianStem("Mariboru") // "Maribor"
 * @example slovenianStem("pomoč") // "pomoč"
 */
export const slovenianStem = (word: string): string => trimmed(word, false);

/**
 * The prefix a Slovenian word shares with its word family, for a wider second search.
 * @example slovenianRoot("prostovoljstvo") // "prostovolj"   (prostovoljec, prostovoljski)
 * @example slovenianRoot("evropske") // "evrop"   (Evropa, evropski)
 */
export const slovenianRoot = (word: string): string => trimmed(word, true);

/**
 * A word the visitor wrote as a name: an acronym (`ŠENT`, `KC`), mixed case (`MaMa`), or a
 * capital inside the query. A capital on the first word proves nothing, since phones add it.
 * @example looksLikeName("OZARA", 0) // true
 * @example looksLikeName("Prostovoljec", 0) // false
 * @example looksLikeName("Markovec", 2) // true
 */
export function looksLikeName(word: string, position: number): boolean {
  const letters = [...word].filter((letter) => /\p{L}/u.test(letter));
  if (letters.length < 2) return false;
  const upper = letters.filter((letter) => letter !== letter.toLowerCase()).length;
  if (upper === letters.length) return true;
  if (upper > 1) return true;
  return position > 0 && upper === 1 && letters[0] !== letters[0]!.toLowerCase();
}

/** One word of a query and what we search for it. */
export interface QueryTerm {
  /** The word as typed (lower case). */
  word: string;
  /** What Pagefind is asked for: the stem, or the word itself when it is kept whole. */
  stem: string;
  /** The word family's prefix, for the wider search; the stem when there is none shorter. */
  root: string;
}

export interface SearchPlan {
  /** The query tidied for display and the URL: single spaces, no ends. */
  text: string;
  /** The meaningful words, in order; empty for a blank query. */
  terms: QueryTerm[];
}

/**
 * Splits a query into words, drops stop words (unless nothing else is left) and stems each
 * word when searching an index Pagefind does not stem (Slovenian). English and Italian pages have
 * Pagefind's own stemmer.
 * @example planSearch("Prostovoljec v tujini", queryLanguage("sl")).terms.map((t) => t.stem) // ["prostovolj", "tujin"]
 * @example planSearch("  humanitarna   pomoc ", queryLanguage("sl")).text // "humanitarna pomoc"
 */
export function planSearch(query: string, language: QueryLanguage): SearchPlan {
  const stopWords = new Set(language.stopWords);
  const text = query.replace(/\s+/g, ' ').trim();
  // Hyphens and slashes join words people also type apart ("KO-PROSTO", "ko prosto").
  const words = text
    .split(/[\s/]+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean)
    .map((word, position) => ({ word, position }));
  const meaningful = words.filter(({ word }) => !stopWords.has(foldDiacritics(word)));
  const terms = (meaningful.length > 0 ? meaningful : words).map(({ word, position }) => {
    const lower = word.toLowerCase();
    const keepWhole = language.pagefindStems || looksLikeName(word, position);
    if (keepWhole) return { word: lower, stem: lower, root: lower };
    return { word: lower, stem: slovenianStem(lower), root: slovenianRoot(lower) };
  });
  return { text, terms };
}

/**
 * True when a word of a page really starts with what was searched for. Pagefind answers a
 * term it cannot find with pages whose compound words share its start (`markovc` finds
 * `MaMa`, `prostovolstv` finds `KO-PROSTO`); those are no match for a typo.
 * @example startsWithTerm("KO-PROSTO:", "prosto") // true
 * @example startsWithTerm("MaMa.", "markovc") // false
 * @example startsWithTerm("Duševno", "dusev") // true
 */
export function startsWithTerm(word: string, term: string): boolean {
  const letters = (text: string) =>
    foldDiacritics(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean);
  const wanted = letters(term).join('');
  if (!wanted) return false;
  const parts = letters(word);
  return parts.join('').startsWith(wanted) || parts.some((part) => part.startsWith(wanted));
}

/**
 * Shorter and shorter prefixes of a word that found nothing, for a typo near its end
 * (`prostovolstvo`, `humanitrna`); never shorter than 60 % of the word or four letters.
 * @example typoFallbacks("markovc") // ["markov", "marko"]
 */
export function typoFallbacks(term: string): string[] {
  const letters = [...term];
  const shortest = Math.max(MIN_STEM_LENGTH, Math.ceil(letters.length * 0.6));
  const prefixes: string[] = [];
  for (let length = letters.length - 1; length >= shortest; length -= 1) prefixes.push(letters.slice(0, length).join(''));
  return prefixes;
}

/** A page Pagefind found, with its score, from one of several searches. */
export interface ScoredPage {
  id: string;
  score: number;
}

/** The results of one Pagefind search and how much its scores count. */
export interface WeightedRun {
  weight: number;
  results: readonly ScoredPage[];
}

/**
 * Combines several searches into one ranking: each page gets the weighted sum of its
 * scores, so a page found by the stems and by the exact words beats one found only by
 * the stems. Ties keep the order of the first run.
 * @example fuseRankings([{ weight: 1, results: [{ id: "a", score: 2 }, { id: "b", score: 3 }] }, { weight: 1, results: [{ id: "a", score: 2 }] }]) // ["a", "b"]
 */
export function fuseRankings(runs: readonly WeightedRun[]): string[] {
  const totals = new Map<string, number>();
  for (const run of runs) {
    for (const page of run.results) totals.set(page.id, (totals.get(page.id) ?? 0) + page.score * run.weight);
  }
  return [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}
