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

/** Markup removed and whitespace collapsed: the plain text of our own (already sanitised) HTML. */
const plainText = (html: string): string =>
  html
    .replace(/<\/?(?:p|li|ul|ol|br|h[1-6]|dd|dt|blockquote)\b[^>]*>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * schema.org FAQPage for questions shown on a page, answers as plain text.
 * @example faqPageJsonLd([{ question: "Koliko let?", answerHtml: "<p>Od 18 do 30.</p>" }]).mainEntity[0].acceptedAnswer.text // "Od 18 do 30."
 */
export function faqPageJsonLd(questions: readonly { question: string; answerHtml: string }[], inLanguage?: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'FAQPage',
    ...(inLanguage ? { inLanguage } : {}),
    mainEntity: questions.map(({ question, answerHtml }) => ({
      '@type': 'Question',
      name: question,
      acceptedAnswer: { '@type': 'Answer', text: plainText(answerHtml) },
    })),
  };
}
