/**
 * The excerpt under a search result, built from the page's indexed text: it starts at the
 * beginning of a sentence (not mid-sentence, as "projects. v tujini…" did) and holds only the
 * page's own words, never the hidden search keywords at the end of the page (its names in the
 * other language and abbreviations, "ESE · ESC · …", SearchKeywords.astro), which are there to
 * be found by, not read.
 */

/** One run of words in an excerpt: found words are marked. */
export interface ExcerptPart {
  text: string;
  marked: boolean;
}

/** Words an excerpt shows after the first found word's sentence starts, at least. */
const LENGTH = 26;
/** How far back a sentence's start is looked for; a longer run-on sentence starts with "…". */
const MAX_BACK = 18;
/** Words shown after the first found word, at least, however long its sentence is before it. */
const AFTER_FOUND = 8;

/** True when a word ends a sentence (or a heading Pagefind closed with a full stop). */
const endsSentence = (word: string): boolean => /[.!?:;…]["»”)]*$/u.test(word);

/**
 * The excerpt of a page for the found words at `locations` (Pagefind's word positions in
 * `content`), leaving out the last `hiddenWords` words (the hidden keywords). Without a found word
 * in the page's own text (only a keyword matched), the page's first words.
 * @example sentenceExcerpt("Prvi stavek. Drugi stavek o prostovoljstvu. ESC", [5], 1).map((part) => part.text).join("")
 * // "Drugi stavek o prostovoljstvu."  (with "prostovoljstvu." marked)
 */
export function sentenceExcerpt(content: string, locations: readonly number[], hiddenWords = 0, length = LENGTH): ExcerptPart[] {
  const words = content.split(/\s+/).filter(Boolean);
  const usable = Math.max(0, words.length - hiddenWords);
  const found = [...new Set(locations)].filter((location) => location >= 0 && location < usable).sort((a, b) => a - b);
  const first = found[0] ?? 0;
  let start = first;
  while (start > 0 && first - start < MAX_BACK && !endsSentence(words[start - 1]!)) start -= 1;
  const cutAtStart = start > 0 && !endsSentence(words[start - 1]!);
  const end = Math.min(usable, Math.max(start + length, first + AFTER_FOUND));
  const marked = new Set(found);
  const parts: ExcerptPart[] = [];
  const add = (text: string, isMarked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === isMarked && !isMarked) last.text += text;
    else parts.push({ text, marked: isMarked });
  };
  if (cutAtStart) add('… ', false);
  for (let i = start; i < end; i += 1) {
    if (i > start) add(' ', false);
    add(words[i]!, marked.has(i));
  }
  if (end < usable) add(' …', false);
  return parts;
}
