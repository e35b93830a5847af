/** Search excerpts (issue 30, item 10): from a sentence's start, in the page's own words. */
import { describe, expect, it } from 'vitest';
import { sentenceExcerpt } from '../../src/lib/search-excerpt';

const text = (content: string, locations: number[], hidden = 0, length?: number) =>
  sentenceExcerpt(content, locations, hidden, length)
    .map((part) => (part.marked ? `[${part.text}]` : part.text))
    .join('');

describe('a search excerpt', () => {
  it('starts at the beginning of the sentence that holds the first found word', () => {
    expect(text('Prvi stavek je tu. Drugi stavek govori o tujini in še o čem.', [8], 0, 6)).toBe(
      'Drugi stavek govori o [tujini] in še o čem.',
    );
    expect(text('Prvi stavek je tu. Drugi stavek govori o tujini in še o čem in tako naprej do konca.', [6], 0, 4)).toBe(
      'Drugi stavek [govori] o tujini in še o čem in …',
    );
  });

  it('never shows the hidden keywords at the end of the page, even when only they matched', () => {
    const content = 'Evropska solidarnostna enota. Program za mlade od 18 do 30 let. ESE · ESC · European Solidarity Corps';
    // "ESC" is word 13; the last 7 words are the keywords.
    expect(text(content, [13], 7)).toBe('Evropska solidarnostna enota. Program za mlade od 18 do 30 let.');
    expect(text(content, [3, 13], 7)).toBe('[Program] za mlade od 18 do 30 let.');
  });

  it('starts a run-on sentence with "…" rather than going back too far', () => {
    const words = Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ');
    expect(text(words, [30], 0, 5).startsWith('… w12 ')).toBe(true);
  });

  it('shows the found word with a few after it, however late it comes in its sentence', () => {
    const excerpt = text('Začetek. a b c d e f g h i j k l m n o p q r s t u v w x y z.', [15], 0, 6);
    expect(excerpt).toContain('[o] p q r s t u v …');
    expect(excerpt.startsWith('a b c')).toBe(true);
  });
});
