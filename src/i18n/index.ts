/** The dictionary of a locale. */
import type { Locale } from '../lib/locales';
import { en } from './en';
import { sl, type Dictionary } from './sl';

const dictionaries: Record<Locale, Dictionary> = { sl, en };

/** @example dictionary("en").nav.home // "Home" */
export const dictionary = (locale: Locale): Dictionary => dictionaries[locale];
export type { Dictionary };
