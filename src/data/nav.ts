/** Links to the lists of entries, as the header's menu and the 404 page offer them. */
import type { Dictionary } from '../i18n/sl';
import type { Locale } from '../lib/locales';
import { listUrl, type ListedCollection } from '../lib/routes';

/**
 * A link to each list of `collections`, in that order, named in the language of `words`.
 * @example listLinks(["centres"], "en", dictionary("en")) // [{ href: "/en/centres/", label: "Youth centres" }]
 */
export const listLinks = (collections: readonly ListedCollection[], locale: Locale, words: Dictionary) =>
  collections.map((collection) => ({ href: listUrl(collection, locale), label: words.nav[collection] }));
