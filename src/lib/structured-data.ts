/** schema.org vocabulary for our entries, for the JSON-LD search engines read. */
import type { PartnerKind } from '../schemas/partner';

const GOVERNMENT: readonly PartnerKind[] = ['ministry', 'public-body', 'municipality', 'eu-institution'];
const NON_PROFIT: readonly PartnerKind[] = ['ngo', 'association', 'federation', 'foundation', 'network', 'youth-centre'];

/**
 * The schema.org type of an organisation of a given kind.
 * @example organisationType("ministry") // "GovernmentOrganization"
 * @example organisationType("association") // "NGO"
 */
export function organisationType(kind: PartnerKind): 'GovernmentOrganization' | 'NGO' | 'EducationalOrganization' | 'Organization' {
  if (GOVERNMENT.includes(kind)) return 'GovernmentOrganization';
  if (NON_PROFIT.includes(kind)) return 'NGO';
  if (kind === 'education') return 'EducationalOrganization';
  return 'Organization';
}
