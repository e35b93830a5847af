/**
 * Who runs the site, as far as its settings (content/settings/sl/site.md, src/schemas/site.ts) say:
 * which facts a visitor needs are still missing. Pure and free of the schemas' dependencies, so
 * that the light publication feedback can ask it too.
 */

/** Where the settings file is, below the project folder. */
export const SITE_SETTINGS_FILE = 'content/settings/sl/site.md';

/** What a visitor needs to know about who runs the site. */
export type OperatorFact = 'name' | 'address' | 'contact';

/** The operator fields of the settings, as far as this file reads them. */
export interface OperatorFields {
  operatorName?: string | undefined;
  operatorAddress?: string | undefined;
  operatorEmail?: string | undefined;
  operatorPhone?: string | undefined;
}

/**
 * The facts about the operator the settings do not give yet: its name, its address, and a way to
 * reach it (e-mail or phone).
 * @example missingOperatorFacts({ operatorName: "Zavod X", operatorEmail: "info@x.si" }) // ["address"]
 * @example missingOperatorFacts({}) // ["name", "address", "contact"]
 */
export function missingOperatorFacts(settings: OperatorFields | undefined): OperatorFact[] {
  const missing: OperatorFact[] = [];
  if (!settings?.operatorName) missing.push('name');
  if (!settings?.operatorAddress) missing.push('address');
  if (!settings?.operatorEmail && !settings?.operatorPhone) missing.push('contact');
  return missing;
}
