/**
 * Client island of the 404 page: one page serves every language (GitHub Pages serves only
 * /404.html, whatever the missing address), with a heading line and a section per language. This
 * puts the language the missing address was in (/en/… → English) first in both, and makes its
 * words the page's title. Without JavaScript every language is still there, Slovenian first.
 */
import { readerSection } from './not-found-order';

const sections = [...document.querySelectorAll<HTMLElement>('[data-not-found]')];
const chosen =
  sections[
    readerSection(
      location.pathname,
      sections.map((section) => section.dataset['home'] ?? '/'),
    )
  ];
const first = sections[0];
if (chosen && first && chosen !== first) {
  first.before(chosen);
  const language = chosen.dataset['notFound'];
  const titles = [...document.querySelectorAll<HTMLElement>('[data-not-found-title]')];
  const title = titles.find((line) => line.dataset['notFoundTitle'] === language);
  if (title && titles[0] && title !== titles[0]) titles[0].before(title);
  if (chosen.dataset['title']) document.title = chosen.dataset['title'];
}
