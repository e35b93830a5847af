/**
 * Integrity between collections. Astro does not check that a plain referenced id
 * exists, so the content check and the partner pages use these functions.
 */
import type { Project } from '../schemas/project';

export type PartnerRole = 'lead' | 'partner' | 'associated' | 'funder';

export interface PartnerReference {
  partner: string;
  role: PartnerRole;
  /** Path of the field inside the project, e.g. ["funders", 0, "partner"]. */
  path: (string | number)[];
}

/**
 * Every partner id a project names, with its role and the field that names it.
 * @example partnerReferences({ lead: "sent", partners: ["ozara"], ... })
 *   // [{ partner: "sent", role: "lead", path: ["lead"] }, { partner: "ozara", role: "partner", path: ["partners", 0] }]
 */
export function partnerReferences(project: Pick<Project, 'lead' | 'partners' | 'associatedPartners' | 'funders'>): PartnerReference[] {
  return [
    { partner: project.lead, role: 'lead' as const, path: ['lead'] },
    ...project.partners.map((partner, i) => ({ partner, role: 'partner' as const, path: ['partners', i] })),
    ...project.associatedPartners.map((partner, i) => ({ partner, role: 'associated' as const, path: ['associatedPartners', i] })),
    ...project.funders.map((funder, i) => ({ partner: funder.partner, role: 'funder' as const, path: ['funders', i, 'partner'] })),
  ];
}

export interface PartnerProjectRole {
  project: string;
  roles: PartnerRole[];
}

/**
 * For each partner id, the projects that name it and in which roles; built in
 * one pass over the projects so partner pages do no per-page joins.
 */
export function projectsByPartner(
  projects: readonly { slug: string; data: Parameters<typeof partnerReferences>[0] }[],
): Map<string, PartnerProjectRole[]> {
  const index = new Map<string, PartnerProjectRole[]>();
  for (const { slug, data } of projects) {
    for (const { partner, role } of partnerReferences(data)) {
      let list = index.get(partner);
      if (!list) index.set(partner, (list = []));
      // A project's references come one after another, so its entry, if any, is the last one:
      // no scan of the partner's whole list (thousands of projects for a big funder).
      const existing = list.at(-1);
      if (existing?.project === slug) {
        if (!existing.roles.includes(role)) existing.roles.push(role);
      } else {
        list.push({ project: slug, roles: [role] });
      }
    }
  }
  return index;
}

/**
 * Edit distance between two strings, for "did you mean" hints.
 * @example editDistance("mondey", "monday") // 1
 */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/**
 * The known names closest to an unknown one, best first; substrings count as close.
 * @example closestNames("mars", ["zavod-mars-maribor", "sent"]) // ["zavod-mars-maribor"]
 */
export function closestNames(unknown: string, known: readonly string[], limit = 3): string[] {
  const scored = known.map((name) => {
    const contains = name.includes(unknown) || unknown.includes(name);
    const distance = editDistance(unknown, name);
    return { name, score: contains ? 0 : distance, distance };
  });
  const threshold = Math.max(2, Math.floor(unknown.length / 3));
  return scored
    .filter((item) => item.score <= threshold)
    .sort((a, b) => a.score - b.score || a.distance - b.distance)
    .slice(0, limit)
    .map((item) => item.name);
}

export interface FundedWork {
  collection: 'programmes' | 'projects';
  slug: string;
  amountEur?: number | undefined;
  call?: string | undefined;
}

/**
 * Everything each funder pays for, across programmes and projects, in one pass.
 * @example fundingByFunder([], [{ slug: "ko-prosto", data: { funders: [{ partner: "mju", amountEur: 125000 }] } }]).get("mju")
 *   // [{ collection: "projects", slug: "ko-prosto", amountEur: 125000, call: undefined }]
 */
export function fundingByFunder(
  programmes: readonly {
    slug: string;
    data: { funders: readonly { partner: string; amountEur?: number | undefined; call?: string | undefined }[] };
  }[],
  projects: readonly {
    slug: string;
    data: { funders: readonly { partner: string; amountEur?: number | undefined; call?: string | undefined }[] };
  }[],
): Map<string, FundedWork[]> {
  const index = new Map<string, FundedWork[]>();
  const add = (collection: FundedWork['collection'], entries: typeof programmes) => {
    for (const { slug, data } of entries) {
      for (const { partner, amountEur, call } of data.funders) {
        let works = index.get(partner);
        if (!works) index.set(partner, (works = []));
        works.push({ collection, slug, amountEur, call });
      }
    }
  };
  add('programmes', programmes);
  add('projects', projects);
  return index;
}
