/**
 * Synthetic content for `npm run bench`: N entries that look like the real ones (Slovenian-like
 * words, projects naming several partners, centres with opening hours), the same for the same
 * seed, written as Markdown files the content check and Astro read like any other.
 * Only Slovenian files are written: English pages fall back to them, as a new entry does.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** How N entries are shared out; the rest after these are projects. */
export const MIX = { partners: 0.3, programmes: 0.04, centres: 0.03, opportunities: 0.01, events: 0.01 } as const;

/** A small fast PRNG (mulberry32): the same seed gives the same site. */
export function randomFrom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NOUNS = [
  'prostovoljstvo',
  'mladi',
  'skupnost',
  'društvo',
  'mreža',
  'center',
  'delavnica',
  'izmenjava',
  'znanje',
  'solidarnost',
  'podpora',
  'vključenost',
  'okolje',
  'kultura',
  'šport',
  'zdravje',
  'mentorstvo',
  'učenje',
  'sodelovanje',
  'dediščina',
  'narava',
  'zaposljivost',
  'participacija',
  'dostopnost',
  'medgeneracijsko druženje',
];
const ADJECTIVES = [
  'lokalni',
  'mladinski',
  'zeleni',
  'skupni',
  'odprti',
  'evropski',
  'digitalni',
  'trajnostni',
  'kulturni',
  'športni',
  'socialni',
  'ustvarjalni',
  'varni',
  'vključujoči',
  'solidarni',
];
const VERBS = ['krepi', 'povezuje', 'spodbuja', 'razvija', 'podpira', 'odpira', 'gradi', 'predstavlja', 'usposablja', 'vključuje'];
const TOWNS = [
  'Ljubljana',
  'Maribor',
  'Celje',
  'Kranj',
  'Koper',
  'Novo mesto',
  'Velenje',
  'Ptuj',
  'Murska Sobota',
  'Nova Gorica',
  'Trbovlje',
  'Brežice',
  'Sežana',
  'Litija',
  'Idrija',
  'Jesenice',
  'Kočevje',
  'Ajdovščina',
];
const KINDS = ['ngo', 'association', 'institute', 'foundation', 'network', 'youth-centre', 'municipality', 'education'] as const;
const ORG_WORDS = ['Društvo', 'Zavod', 'Mladinski center', 'Zveza', 'Ustanova', 'Mreža'];
const FUNDERS = ['ministrstvo-za-javno-upravo', 'evropska-unija'];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** YAML double-quoted string; our words never hold a quote or a backslash. */
const q = (text: string) => `"${text}"`;

/**
 * Prose draws on a wider vocabulary than titles and topics, in the four commonest case forms, as
 * Slovenian text does: with 25 nouns in one form, "prostovoljstvo" stood in 68 % of synthetic
 * entries but is in 18 % of the real ones (8 of 45; "mladi" 22 %), which made every search index
 * chunk and result list several times what a real site of that size has. Now both words stand in
 * 28 % of the entries (tests/integration/bench-content.test.ts), still above the real share.
 */
const MORE_NOUNS = [
  'projekt',
  'program',
  'organizacija',
  'občina',
  'šola',
  'knjižnica',
  'festival',
  'razstava',
  'koncert',
  'tabor',
  'srečanje',
  'usposabljanje',
  'svetovanje',
  'varstvo',
  'prehrana',
  'gibanje',
  'glasba',
  'gledališče',
  'film',
  'fotografija',
  'umetnost',
  'tehnologija',
  'računalništvo',
  'jezik',
  'branje',
  'pisanje',
  'ekologija',
  'kmetijstvo',
  'vrt',
  'gozd',
  'turizem',
  'promet',
  'stanovanje',
  'zaposlitev',
  'podjetništvo',
  'inovacija',
  'raziskovanje',
  'dialog',
  'demokracija',
  'enakost',
  'raznolikost',
  'strpnost',
  'prostor',
  'načrt',
  'dogodek',
  'krožek',
  'klub',
  'tečaj',
  'obisk',
  'izlet',
];
const IRREGULAR: Record<string, readonly [string, string, string]> = {
  mladi: ['mladih', 'mladim', 'mladimi'],
  center: ['centra', 'centru', 'centrom'],
  'medgeneracijsko druženje': ['medgeneracijskega druženja', 'medgeneracijskem druženju', 'medgeneracijskim druženjem'],
};
/** Nominative, genitive, locative and instrumental, by the regular patterns of the noun's ending. */
function caseForms(noun: string): readonly string[] {
  const irregular = IRREGULAR[noun];
  if (irregular) return [noun, ...irregular];
  if (noun.endsWith('ost')) return [noun, `${noun}i`, `${noun}i`, `${noun}jo`];
  if (noun.endsWith('a')) return [noun, `${noun.slice(0, -1)}e`, `${noun.slice(0, -1)}i`, `${noun.slice(0, -1)}o`];
  if (noun.endsWith('o')) return [noun, `${noun.slice(0, -1)}a`, `${noun.slice(0, -1)}u`, `${noun.slice(0, -1)}om`];
  if (noun.endsWith('e')) return [noun, `${noun.slice(0, -1)}a`, `${noun.slice(0, -1)}u`, `${noun.slice(0, -1)}em`];
  return [noun, `${noun}a`, `${noun}u`, /[cčšžj]$/.test(noun) ? `${noun}em` : `${noun}om`];
}
const PROSE_NOUNS = [...NOUNS, ...MORE_NOUNS].map(caseForms);
/** A noun of the prose in one of its forms, the nominative twice as often as each other case. */
/** A noun of the wider vocabulary in the nominative, for names, titles and short phrases. */
const anyNoun = (random: Random): string => pick(random, PROSE_NOUNS)[0]!;
function proseNoun(random: Random): string {
  const forms = pick(random, PROSE_NOUNS);
  const slot = Math.floor(random() * 5);
  return forms[Math.max(0, slot - 1)]!;
}

function sentence(random: Random): string {
  const words = [
    pick(random, ADJECTIVES),
    proseNoun(random),
    pick(random, VERBS),
    proseNoun(random),
    'v kraju',
    pick(random, TOWNS),
    'in',
    pick(random, VERBS),
    pick(random, ADJECTIVES),
    proseNoun(random),
  ];
  return `${capitalise(words.join(' '))}.`;
}
const paragraph = (random: Random, sentences: number) => Array.from({ length: sentences }, () => sentence(random)).join(' ');
const list = (count: number, make: () => string) => Array.from({ length: count }, make);
const yamlList = (key: string, items: string[]) =>
  items.length === 0 ? `${key}: []` : `${key}:\n${items.map((item) => `  - ${item}`).join('\n')}`;
const body = (random: Random) =>
  `${paragraph(random, 4)}\n\n## ${capitalise(anyNoun(random))}\n\n${paragraph(random, 5)}\n\n${paragraph(random, 3)}\n`;
const month = (year: number, random: Random) => `${year}-${String(between(random, 1, 12)).padStart(2, '0')}`;

/**
 * Counts per collection for N entries (at least one of each, so every page type is built); N = 0
 * adds nothing, for a copy of the project with only fixture content (tests/e2e/support/fixture-site.ts).
 */
export function countsFor(total: number) {
  if (total <= 0) return { partners: 0, programmes: 0, centres: 0, opportunities: 0, events: 0, projects: 0 };
  const partners = Math.max(1, Math.round(total * MIX.partners));
  const programmes = Math.max(1, Math.round(total * MIX.programmes));
  const centres = Math.max(1, Math.round(total * MIX.centres));
  const opportunities = Math.max(1, Math.round(total * MIX.opportunities));
  const events = Math.max(1, Math.round(total * MIX.events));
  return {
    partners,
    programmes,
    centres,
    opportunities,
    events,
    projects: Math.max(1, total - partners - programmes - centres - opportunities - events),
  };
}

/**
 * Questions for the questions page, on top of the N entries (drawn last, so that those stay what
 * they were): 30 at 1,000 entries and 150 at 5,000, enough to page the questions (PAGE_SIZE.faq).
 */
export const questionCount = (total: number): number => (total <= 0 ? 0 : Math.max(1, Math.round(total * 0.03)));

export interface SyntheticEntry {
  collection: 'projects' | 'partners' | 'programmes' | 'centres' | 'opportunities' | 'events' | 'faq';
  id: string;
  source: string;
}

/** All synthetic entries for `total`, ids prefixed `bench-` so they never collide with real ones. */
export function syntheticEntries(total: number, seed = 1): SyntheticEntry[] {
  const random = randomFrom(seed);
  const counts = countsFor(total);
  const entries: SyntheticEntry[] = [];
  const partnerIds = Array.from({ length: counts.partners }, (_, index) => `bench-partner-${index + 1}`);

  partnerIds.forEach((id, index) => {
    const town = pick(random, TOWNS);
    const name = `${pick(random, ORG_WORDS)} ${capitalise(pick(random, ADJECTIVES))} ${capitalise(anyNoun(random))} ${town} ${index + 1}`;
    entries.push({
      collection: 'partners',
      id,
      source: `---\nname: ${q(name)}\nkind: ${pick(random, KINDS)}\ntown: ${q(town)}\nupdated: "2026-0${between(random, 1, 9)}-1${between(random, 0, 9)}"\n---\n\n${paragraph(random, 2)}\n`,
    });
  });

  for (let index = 1; index <= counts.projects; index += 1) {
    const start = between(random, 2012, 2026);
    const lead = pick(random, partnerIds);
    const others = list(between(random, 0, 4), () => pick(random, partnerIds)).filter(
      (id, at, all) => id !== lead && all.indexOf(id) === at,
    );
    const title = `${capitalise(pick(random, ADJECTIVES))} ${anyNoun(random)} ${index}`;
    const frontmatter = [
      `title: ${q(title)}`,
      `summary: ${q(paragraph(random, 2))}`,
      `period:\n  start: ${q(month(start, random))}${random() < 0.8 ? `\n  end: ${q(month(start + between(random, 1, 3), random))}` : ''}`,
      `lead: ${lead}`,
      yamlList('partners', others),
      yamlList('funders', [
        `partner: ${pick(random, FUNDERS)}\n    amountEur: ${between(random, 5, 300) * 1000}\n    call: ${q(`Javni razpis za ${anyNoun(random)} ${start}`)}`,
      ]),
      yamlList(
        'places',
        list(between(random, 1, 3), () => pick(random, TOWNS)),
      ),
      `field: ${q(`${anyNoun(random)} in ${anyNoun(random)}`)}`,
      yamlList(
        'activities',
        list(between(random, 2, 6), () => q(`${pick(random, ADJECTIVES)} ${anyNoun(random)}`)),
      ),
      yamlList(
        'goals',
        list(between(random, 1, 4), () => q(sentence(random))),
      ),
      yamlList(
        'topics',
        list(between(random, 1, 4), () => pick(random, NOUNS)).filter((topic, at, all) => all.indexOf(topic) === at),
      ),
      `updated: "2026-0${between(random, 1, 9)}-1${between(random, 0, 9)}"`,
    ];
    entries.push({
      collection: 'projects',
      id: `bench-project-${index}`,
      source: `---\n${frontmatter.join('\n')}\n---\n\n${body(random)}`,
    });
  }

  for (let index = 1; index <= counts.programmes; index += 1) {
    const frontmatter = [
      `title: ${q(`${capitalise(pick(random, ADJECTIVES))} ${anyNoun(random)} ${index}`)}`,
      `summary: ${q(paragraph(random, 2))}`,
      'kind: strand',
      'parent: ese',
      `order: ${10 + index}`,
      `ageRange:\n  min: 18\n  max: ${between(random, 25, 30)}`,
      yamlList('topics', [pick(random, NOUNS)]),
      `howToTakePart:\n${list(3, () => `  - step: ${q(sentence(random))}`).join('\n')}`,
      'updated: "2026-05-01"',
    ];
    entries.push({
      collection: 'programmes',
      id: `bench-programme-${index}`,
      source: `---\n${frontmatter.join('\n')}\n---\n\n${body(random)}`,
    });
  }

  for (let index = 1; index <= counts.centres; index += 1) {
    const town = pick(random, TOWNS);
    const day = (opens: string, closes: string) => `\n    - opens: "${opens}"\n      closes: "${closes}"`;
    const weekdays = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'].map(
      (name) => `  ${name}:${day(`0${between(random, 7, 9)}:00`, `${between(random, 16, 22)}:00`)}`,
    );
    const frontmatter = [
      `name: ${q(`Mladinski center ${town} ${index}`)}`,
      `address:\n  street: ${q(`${capitalise(pick(random, ADJECTIVES))} ulica ${between(random, 1, 60)}`)}\n  postcode: "${between(random, 1000, 9265)}"\n  town: ${q(town)}`,
      `weeklyHours:\n${weekdays.join('\n')}`,
      'publicHolidays: closed',
      'updated: "2026-04-01"',
    ];
    entries.push({
      collection: 'centres',
      id: `bench-centre-${index}`,
      source: `---\n${frontmatter.join('\n')}\n---\n\n${paragraph(random, 3)}\n`,
    });
  }

  // Drawn last, so the entries above stay what they were before open calls existed.
  const ABROAD = [
    ['Gradec', 'AT'],
    ['Berlin', 'DE'],
    ['Porto', 'PT'],
    ['Tartu', 'EE'],
    ['Zagreb', 'HR'],
  ] as const;
  for (let index = 1; index <= counts.opportunities; index += 1) {
    // Deadlines from 2025 to 2028: some calls closed, some open, whenever the benchmark runs.
    const year = between(random, 2025, 2028);
    const deadlineMonth = between(random, 1, 9);
    const [town, country] = random() < 0.6 ? [pick(random, TOWNS), 'SI'] : pick(random, ABROAD);
    const frontmatter = [
      `title: ${q(`${capitalise(pick(random, ADJECTIVES))} ${anyNoun(random)} v kraju ${town} ${index}`)}`,
      `summary: ${q(paragraph(random, 1))}`,
      `programme: ${counts.programmes > 0 && random() < 0.5 ? `bench-programme-${between(random, 1, counts.programmes)}` : 'ese'}`,
      `host: ${pick(random, partnerIds)}`,
      `place:\n  town: ${q(town)}\n  country: ${country}`,
      `period:\n  start: "${year}-${String(deadlineMonth + 2).padStart(2, '0')}-01"\n  months: ${between(random, 2, 12)}`,
      `deadline:\n  date: "${year}-0${deadlineMonth}-${between(random, 10, 28)}"${random() < 0.5 ? '\n  time: "12:00"' : ''}`,
      yamlList(
        'covered',
        ['food', 'lodging', 'travel', 'insurance', 'pocket-money'].filter(() => random() < 0.8),
      ),
      yamlList('topics', [pick(random, NOUNS)]),
      `apply:\n  email: "prijave${index}@primer.si"`,
      'updated: "2026-06-01"',
    ];
    entries.push({
      collection: 'opportunities',
      id: `bench-opportunity-${index}`,
      source: `---\n${frontmatter.join('\n')}\n---\n\n${paragraph(random, 3)}\n`,
    });
  }

  for (let index = 1; index <= counts.events; index += 1) {
    const date = `${between(random, 2025, 2028)}-${String(between(random, 1, 12)).padStart(2, '0')}-${between(random, 10, 28)}`;
    const hour = between(random, 10, 19);
    const place =
      counts.centres > 0 && random() < 0.5
        ? `centre: bench-centre-${between(random, 1, counts.centres)}`
        : `address:\n  street: ${q(`${capitalise(pick(random, ADJECTIVES))} ulica ${between(random, 1, 60)}`)}\n  town: ${q(pick(random, TOWNS))}`;
    const frontmatter = [
      `title: ${q(`${capitalise(pick(random, ['delavnica', 'srečanje', 'koncert', 'tečaj', 'izlet']))} ${anyNoun(random)} ${index}`)}`,
      `summary: ${q(paragraph(random, 1))}`,
      `start:\n  date: "${date}"\n  time: "${hour}:00"`,
      `end:\n  date: "${date}"\n  time: "${hour + between(random, 1, 4)}:00"`,
      place,
      `organiser: ${pick(random, partnerIds)}`,
      yamlList('topics', [pick(random, NOUNS)]),
      `cancelled: ${random() < 0.05}`,
      'updated: "2026-06-01"',
    ];
    entries.push({
      collection: 'events',
      id: `bench-event-${index}`,
      source: `---\n${frontmatter.join('\n')}\n---\n\n${paragraph(random, 3)}\n`,
    });
  }

  for (let index = 1; index <= questionCount(total); index += 1) {
    const frontmatter = [
      `question: ${q(`Kako ${pick(random, VERBS)} ${pick(random, ADJECTIVES)} ${anyNoun(random)} ${index}?`)}`,
      // After the real questions (order up to 100), which keep their places on the start page and the
      // programme pages: the questions page is what these are for.
      `order: ${100 + between(random, 1, 200)}`,
      'updated: "2026-06-01"',
    ];
    entries.push({
      collection: 'faq',
      id: `bench-question-${index}`,
      source: `---\n${frontmatter.join('\n')}\n---\n\n${paragraph(random, between(random, 2, 4))}\n`,
    });
  }
  return entries;
}

/** Writes the entries into `contentDir/<collection>/sl/`, next to whatever is there. */
export function writeSyntheticContent(contentDir: string, entries: readonly SyntheticEntry[]): void {
  const made = new Set<string>();
  for (const entry of entries) {
    const dir = join(contentDir, entry.collection, 'sl');
    if (!made.has(dir)) mkdirSync(dir, { recursive: true });
    made.add(dir);
    writeFileSync(join(dir, `${entry.id}.md`), entry.source);
  }
}
