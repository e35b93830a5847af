/** Props that several components share, named once. */
import type { Locale } from '../lib/locales';

/** A component's own props and the language of the page it is on. */
export type InLanguage<T> = T & { locale: Locale };

/**
 * A card of one entry, under the entry's own name (`centre`, `programme`).
 * @example type Props = CardProps<"centre", Centre> // { centre: Centre; locale: Locale; headingLevel?: "h2" | "h3" }
 */
export type CardProps<Name extends string, T> = InLanguage<
  { [key in Name]: T } & {
    /** h2 on a list page right under the h1; h3 under a section heading. */
    headingLevel?: 'h2' | 'h3';
  }
>;
