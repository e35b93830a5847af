/**
 * What every entry page (a programme, project, partner, centre, call or event, and a standalone page) starts from, in one
 * place: the entry's fields, the language's words, its rendered body, the site's data, and the
 * language of its fields and of its body where that is not the page's (`lang`, and the search
 * leaving an untranslated text to its own language's index).
 */
import { render } from 'astro:content';
import { dictionary } from '../i18n';
import type { Locale } from '../lib/locales';
import { siteData, type Localized } from './collections';
import { startShareCard, type CardEntry } from './share-cards';

/** The props of an entry view: its entry, and the language of the page. */
export interface EntryViewProps<T> {
  entry: T;
  locale: Locale;
}

type EntryCollection = 'programmes' | 'projects' | 'partners' | 'centres' | 'opportunities' | 'events' | 'pages';

/** An entry page with a share card: its collection, and the site's address for the card's URL. */
interface Share<C> {
  collection: C & CardEntry['collection'];
  site: URL | undefined;
}

/** The language of `textLocale`, or undefined when it is the page's own. */
const otherThan = (locale: Locale, textLocale: Locale): Locale | undefined => (textLocale === locale ? undefined : textLocale);

/** The opening of an entry page; see the module's comment. */
export async function entryPage<C extends EntryCollection>(entry: Localized<C>, locale: Locale, share?: Share<C>) {
  const t = dictionary(locale);
  const { Content } = await render(entry.body);
  const site = await siteData(locale);
  return {
    data: entry.data,
    t,
    Content,
    site,
    /** The page's share card, whose drawing starts now (share-cards.ts). */
    card: share && startShareCard({ locale, collection: share.collection, entry } as CardEntry, site, share.site),
    textLang: otherThan(locale, entry.textLocale),
    bodyLang: otherThan(locale, entry.bodyLocale),
  };
}
