/**
 * The excerpt under a search result, built from the page's indexed text: it starts at the
 * beginning of a sentence of the page's body text (not mid-sentence, as "projects. v tujini…" did,
 * nor at the page's title or a heading) and holds only the page's own words, never the hidden
 * search keywords at the end of the page (its names in the other language and abbreviations,
 * "ESE · ESC · …", SearchKeywords.astro), which are there to be found by, not read.
 *
 * Pagefind gives the page's text as one run of words, headings closed with a full stop, and the
 * headings that have an id as anchors with their word position: the title (the page's first
 * words) and those headings are never body text, and neither is a label ("Prazniki:") or a run
 * of words that ends without a full stop (a table row, a link line).
 */

/** One run of words in an excerpt: found words are marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** A heading as Pagefind's anchors give it: its text and the position of its first word. */
export interface Heading {
  location: number;
  text: string;
}

/** Words an excerpt shows after the first found word's sentence starts, at least. */
const LENGTH = 26;
/** How far back a sentence's start is looked for; a longer run-on sentence starts with "…". */
const MAX_BACK = 18;
/** Words shown after the first found word, at least, however long its sentence is before it. */
const AFTER_FOUND = 8;
/** Fewer words than this are no sentence of body text ("Da.", "Nov si?"). */
const MIN_SENTENCE = 3;

const wordsOf = (text: string): string[] => text.split(/\s+/).filter(Boolean);
/** A word that ends a sentence, unless a lower-case word goes on ("med 18. in 30. letom", "npr. tako"). */
const endsSentence = (word: string, next: string | undefined): boolean => /[.!?…]["»”)]*$/u.test(word) && !(next && /^\p{Ll}/u.test(next));
/** A label before its value, "Prazniki: Ob …", "Del programa: ESE". */
const endsLabel = (word: string, next: string | undefined): boolean => /:$/.test(word) && !!next && !/^\p{Ll}/u.test(next);
const startsSentence = (word: string): boolean => /^[\p{Lu}\d»„"“(]/u.test(word);

/**
 * The sentences of body text, as inclusive ranges of word positions: each starts with a capital, a
 * digit or a quote, ends with a full stop (or ! ? …), has at least three words and touches no
 * heading word; a label ends a run that is no sentence.
 * @example proseSentences("Naslov. Prvi stavek je tu. Dan Ura".split(" "), new Set([0])) // [[1, 4]]
 */
export function proseSentences(words: readonly string[], headingWords: ReadonlySet<number>): [number, number][] {
  const sentences: [number, number][] = [];
  let start = 0;
  for (let i = 0; i < words.length; i += 1) {
    if (headingWords.has(i)) {
      start = i + 1;
      continue;
    }
    const next = headingWords.has(i + 1) ? undefined : words[i + 1];
    if (endsLabel(words[i]!, next)) start = i + 1;
    else if (endsSentence(words[i]!, next)) {
      if (i - start + 1 >= MIN_SENTENCE && startsSentence(words[start]!)) sentences.push([start, i]);
      start = i + 1;
    }
  }
  return sentences;
}

/**
 * Positions of the words that are the page's title (its first words, when they are the title) or
 * one of its headings.
 * @example headingWordsOf("Naslov strani. Besedilo. Podnaslov. Še.".split(" "), "Naslov strani", [{ location: 3, text: "Podnaslov" }]) // Set {0, 1, 3}
 */
export function headingWordsOf(words: readonly string[], title: string | undefined, headings: readonly Heading[]): Set<number> {
  const found = new Set<number>();
  const titleWords = wordsOf(title ?? '');
  if (titleWords.length && titleWords.every((word, i) => words[i]?.replace(/\.$/, '') === word.replace(/\.$/, '')))
    titleWords.forEach((_, i) => found.add(i));
  for (const heading of headings) {
    const length = wordsOf(heading.text).length;
    for (let i = heading.location; i < heading.location + length; i += 1) found.add(i);
  }
  return found;
}

/**
 * The excerpt of a page for the found words at `locations` (Pagefind's word positions in
 * `content`), leaving out the last `hiddenWords` words (the hidden keywords): from the start of the
 * body sentence that holds the first found word, or the first body sentence after it when the word
 * is in the title or a heading (or only a keyword matched), on through the body sentences that
 * follow. Without any body sentence, from the start of the found word's run of words.
 * @example sentenceExcerpt("Prvi stavek je tu. Drugi stavek o prostovoljstvu. ESC", [7], 1).map((part) => part.text).join("")
 * // "Drugi stavek o prostovoljstvu."  (with "prostovoljstvu." marked)
 */
export function sentenceExcerpt(
  content: string,
  locations: readonly number[],
  hiddenWords = 0,
  length = LENGTH,
  page: { title?: string | undefined; headings?: readonly Heading[] } = {},
): ExcerptPart[] {
  const all = wordsOf(content);
  const words = all.slice(0, Math.max(0, all.length - hiddenWords));
  const found = [...new Set(locations)].filter((location) => location >= 0 && location < words.length).sort((a, b) => a - b);
  const first = found[0] ?? 0;
  const sentences = proseSentences(words, headingWordsOf(words, page.title, page.headings ?? []));
  // The sentence holding the first found word, else the next one, else the last before it.
  const next = sentences.findIndex(([, last]) => last >= first);
  const at = next === -1 ? sentences.length - 1 : next;
  const sentence = sentences[at];
  let start: number;
  let end: number;
  if (sentence) {
    start = Math.max(sentence[0], Math.min(first, sentence[1]) - MAX_BACK);
    // On through the body sentences that follow one another; never into a heading, label or table.
    end = sentence[1] + 1;
    for (let i = at + 1; i < sentences.length && sentences[i]![0] === end && end - start < length; i += 1) end = sentences[i]![1] + 1;
  } else {
    // No body sentence at all: from the start of the found word's run of words.
    start = first;
    while (start > 0 && first - start < MAX_BACK && !endsSentence(words[start - 1]!, words[start])) start -= 1;
    end = words.length;
  }
  const cutAtStart = start > 0 && (sentence ? start > sentence[0] : !endsSentence(words[start - 1]!, words[start]));
  const stop = Math.min(end, Math.max(start + length, first + AFTER_FOUND));
  const marked = new Set(found);
  const parts: ExcerptPart[] = [];
  const add = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMarked && !isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (cutAtStart) add('… ', false);
  for (let i = start; i < stop; i += 1) {
    if (i > start) add(' ', false);
    add(words[i]!, marked.has(i));
  }
  // Cut inside a sentence: say so. A sentence that ends before a heading or a table needs no "…".
  if (stop < end && !endsSentence(words[stop - 1]!, words[stop])) add(' …', false);
  return parts;
}
