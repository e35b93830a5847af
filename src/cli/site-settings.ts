/**
 * What staff read while a fact about who runs the site is missing from its settings
 * (content/settings/sl/site.md), for the content check (validate-content.ts, after it has checked
 * the file) and for the publication feedback, which only needs to list them and stays light: it
 * reads the frontmatter's plain values without the content check's parsers.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { missingOperatorFacts, SITE_SETTINGS_FILE, type OperatorFact, type OperatorFields } from '../lib/operator';
import type { SiteSettings } from '../schemas/site';

/** A warning, shaped as the content check's problems are (validate-content.ts, `Problem`). */
export interface SettingsWarning {
  file: string;
  line: number;
  field: string;
  /** `Slovenian | English`. */
  message: string;
}

/** Each missing fact: the field to fill in, and what to do, in Slovenian | English. */
export const OPERATOR_WARNINGS: Record<OperatorFact, { field: keyof SiteSettings; message: string }> = {
  name: {
    field: 'operatorName',
    message:
      'Ime upravljavca spletišča še ni vpisano, zato noga vsake strani pravi, da ga še ni. Vpišite ga v "operatorName", ko ga izveste; ne ugibajte. | The name of the site\'s operator is not given yet, so every page\'s footer says it is missing. Write it in "operatorName" when known; never guess.',
  },
  address: {
    field: 'operatorAddress',
    message:
      'Naslov upravljavca spletišča še ni vpisan. Vpišite ga v "operatorAddress", npr. "Ulica 1, 6000 Koper". | The operator\'s address is not given yet. Write it in "operatorAddress", e.g. "Ulica 1, 6000 Koper".',
  },
  contact: {
    field: 'operatorEmail',
    message:
      'Kontakt upravljavca spletišča (e-pošta ali telefon) še ni vpisan, zato obiskovalci ne vedo, komu pisati o zasebnosti ali dostopnosti. Vpišite "operatorEmail" ali "operatorPhone". | The operator\'s contact (e-mail or phone) is not given yet, so visitors do not know whom to write about privacy or accessibility. Give "operatorEmail" or "operatorPhone".',
  },
};

/** The warning for a settings file that is not there at all. */
export const NO_SETTINGS_FILE = `Datoteke z nastavitvami spletišča ni; ustvarite ${SITE_SETTINGS_FILE} (vsa polja so neobvezna). | The site settings file is missing; create ${SITE_SETTINGS_FILE} (every field is optional).`;

/** One warning per missing fact, at the line of its field (or where the file's data starts). */
export function operatorWarnings(file: string, settings: Partial<SiteSettings>, lineOf: (field: string) => number): SettingsWarning[] {
  return missingOperatorFacts(settings).map((fact) => {
    const { field, message } = OPERATOR_WARNINGS[fact];
    return { file, line: lineOf(field), field, message };
  });
}

/**
 * The settings under `root`, read lightly: only the fields that are non-empty strings. A file the
 * check would refuse (or none) gives nothing, so its facts count as missing.
 */
function plainSettings(root: string): OperatorFields {
  let settings: object = {};
  try {
    const frontmatter = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(root, SITE_SETTINGS_FILE), 'utf8'))?.[1] ?? '';
    const data: unknown = parse(frontmatter);
    if (data && typeof data === 'object') settings = data;
  } catch {
    // Missing or unreadable: the content check names the mistake; here every fact counts as missing.
  }
  return Object.fromEntries(Object.entries(settings).filter(([, value]) => typeof value === 'string' && value.trim() !== ''));
}

/** The warnings of the settings under `root`, read lightly (the publication feedback). */
export function siteSettingsWarnings(root: string): SettingsWarning[] {
  if (!existsSync(join(root, SITE_SETTINGS_FILE))) return [{ file: SITE_SETTINGS_FILE, line: 1, field: '', message: NO_SETTINGS_FILE }];
  return operatorWarnings(SITE_SETTINGS_FILE, plainSettings(root), () => 1);
}

/**
 * The operator's name the settings under `root` give, if any, for the Markdown pipeline
 * (src/lib/remark-operator-name.ts, loaded by astro.config.mjs).
 * @example operatorNameOf("/work/site") // undefined while content/settings/sl/site.md gives none
 */
export const operatorNameOf = (root: string): string | undefined => plainSettings(root).operatorName?.trim();
