/** Search excerpts (issue 30, item 10): from a sentence's start, in the page's own words. */
import { describe, expect, it } from 'vitest';
import { sentenceExcerpt, type Heading } from '../../src/lib/search-excerpt';

const text = (content: string, locations: number[], hidden = 0, length?: number, page?: { title?: string; headings?: Heading[] }) =>
  sentenceExcerpt(content, locations, hidden, length, page)
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
    const excerpt = text('Začetek. A b c d e f g h i j k l m n o p q r s t u v w x y z.', [15], 0, 6);
    expect(excerpt).toContain('[o] p q r s t u v …');
    expect(excerpt.startsWith('A b c')).toBe(true);
  });
});

describe('a search excerpt starts at body text (#30)', () => {
  // As Pagefind gives a programme page: its title, the intro, a link line, a heading with an id, a
  // label and its value, a table row, and the body.
  const content =
    'Evropska solidarnostna enota (ESE). Evropski program za mlade, ki bi radi pomagali v tujini. ' +
    'Del programa: Evropska solidarnostna enota (ESE) Na kratko. Starost od 18 do 30 let ' +
    'Prostovoljci pri nas. Naš zavod gosti prostovoljce že od leta 2017. Srečaš jih v centru.';
  const words = content.split(' ');
  const page = {
    title: 'Evropska solidarnostna enota (ESE)',
    headings: [
      { location: words.indexOf('Na'), text: 'Na kratko' },
      { location: words.indexOf('Prostovoljci'), text: 'Prostovoljci pri nas' },
    ],
  };
  const excerpt = (word: string, hidden = 0) => text(content, [words.indexOf(word)], hidden, 26, page);

  it('never at the title: from the first body sentence when only the title matched', () =>
    expect(excerpt('solidarnostna')).toBe('Evropski program za mlade, ki bi radi pomagali v tujini.'));
  it('never at a heading: from the body sentence after it', () =>
    expect(excerpt('kratko.')).toBe('Naš zavod gosti prostovoljce že od leta 2017. Srečaš jih v centru.'));
  it('never at a label or a line that is no sentence: from the next body sentence', () =>
    expect(excerpt('Starost')).toBe('Naš zavod gosti prostovoljce že od leta 2017. Srečaš jih v centru.'));
  it('at the found word’s own body sentence, and on through the next, but not into what follows them', () => {
    expect(excerpt('Srečaš')).toBe('[Srečaš] jih v centru.');
    expect(excerpt('tujini.')).toBe('Evropski program za mlade, ki bi radi pomagali v [tujini.]');
  });
  it('reads a Slovenian ordinal ("18. in 30. letom") as part of its sentence', () =>
    expect(text('Uvod je tu. Mladim med 18. in 30. letom odpira vrata.', [7])).toBe('Mladim med 18. in [30.] letom odpira vrata.'));
});
