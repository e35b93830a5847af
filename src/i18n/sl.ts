/**
 * Slovenian interface strings: the shape every other language follows
 * (`Dictionary` makes a missing key in another language a type error).
 */
import type { PartnerKind } from '../schemas/partner';
import type { Weekday } from '../schemas/shared';
import type { ProjectStatus } from '../lib/period';

export const sl = {
  siteName: 'Prostovoljstvo za mlade',
  siteTagline: 'Prostovoljstvo, projekti in mladinski centri na enem mestu',
  skipLink: 'Skoči na vsebino',
  language: {
    switcherLabel: 'Jezik',
    other: 'English',
    otherLang: 'en',
    notTranslated: 'Ta vsebina še ni prevedena.',
  },
  nav: { label: 'Glavna navigacija', home: 'Domov', programmes: 'Programi', projects: 'Projekti', partners: 'Partnerji', centres: 'Mladinski centri' },
  breadcrumb: 'Drobtinice',
  lastUpdated: 'Vsebina nazadnje posodobljena',
  weekdays: {
    monday: 'ponedeljek',
    tuesday: 'torek',
    wednesday: 'sreda',
    thursday: 'četrtek',
    friday: 'petek',
    saturday: 'sobota',
    sunday: 'nedelja',
  } satisfies Record<Weekday, string>,
  weekdaysPlural: {
    monday: 'ponedeljkih',
    tuesday: 'torkih',
    wednesday: 'sredah',
    thursday: 'četrtkih',
    friday: 'petkih',
    saturday: 'sobotah',
    sunday: 'nedeljah',
  } satisfies Record<Weekday, string>,
  /** "on Monday", for "odpre v ponedeljek ob 9:00". */
  weekdaysOn: {
    monday: 'v ponedeljek',
    tuesday: 'v torek',
    wednesday: 'v sredo',
    thursday: 'v četrtek',
    friday: 'v petek',
    saturday: 'v soboto',
    sunday: 'v nedeljo',
  } satisfies Record<Weekday, string>,
  partnerKinds: {
    ngo: 'nevladna organizacija',
    association: 'društvo',
    federation: 'zveza',
    institute: 'zavod',
    foundation: 'ustanova',
    network: 'mreža',
    'youth-centre': 'mladinski center',
    'public-body': 'javni organ',
    ministry: 'ministrstvo',
    municipality: 'občina',
    education: 'izobraževalna organizacija',
    'professional-body': 'strokovno združenje',
    company: 'podjetje',
  } satisfies Record<PartnerKind, string>,
  socialEnterprise: 'socialno podjetje',
  status: {
    upcoming: 'Se še ni začel',
    ongoing: 'V teku',
    finished: 'Zaključen',
  } satisfies Record<ProjectStatus, string>,
  home: {
    title: 'Prostovoljstvo za mlade',
    intro:
      'Tu najdeš priložnosti za prostovoljstvo doma in v tujini, projekte, ki krepijo prostovoljstvo v Sloveniji, organizacije, ki pri njih sodelujejo, in urnike mladinskih centrov.',
    programmesTitle: 'Programi za mlade',
    programmesIntro: 'Evropska solidarnostna enota (ESE) mladim med 18. in 30. letom odpira vrata v prostovoljstvo.',
    centresTitle: 'Mladinski centri',
    centresIntro: 'Kje nas najdeš in kdaj smo odprti.',
    projectsTitle: 'Projekti',
    ongoingTitle: 'Projekti v teku',
    finishedTitle: 'Zaključeni projekti',
    allProjects: 'Vsi projekti',
    allProgrammes: 'Vsi programi',
    allCentres: 'Vsi mladinski centri',
    allPartners: 'Vse partnerske organizacije',
  },
  programmes: {
    title: 'Programi',
    intro: 'Evropska solidarnostna enota (ESE) je program Evropske unije, ki mladim omogoča prostovoljstvo in lastne projekte za skupnost.',
    facts: 'Na kratko',
    age: 'Starost',
    ageValue: (min: number, max: number) => `od ${min} do ${max} let`,
    duration: 'Trajanje',
    durationValue: (min: number, max: number, unit: 'days' | 'weeks' | 'months') =>
      `od ${min} do ${max} ${{ days: 'dni', weeks: 'tednov', months: 'mesecev' }[unit]}`,
    since: 'Od kdaj',
    where: 'Kje',
    format: 'Oblika',
    formats: { individual: 'posamično', group: 'v skupini' },
    topics: 'Področja',
    qualityLabel: 'Znak kakovosti',
    qualityLabelValue: (since: number, renewed: number[]) =>
      renewed.length > 0 ? `od leta ${since}, obnovljen ${renewed.join(', ')}` : `od leta ${since}`,
    howToTakePart: 'Kako se prijaviš',
    strands: 'Sklopi programa',
    partOf: 'Del programa',
  },
  projects: {
    title: 'Projekti',
    intro: 'Projekti, s katerimi organizacije krepijo prostovoljstvo in sodelovanje v lokalnih skupnostih.',
    period: 'Obdobje',
    status: 'Stanje',
    lead: 'Prijavitelj',
    partners: 'Partnerji',
    associatedPartners: 'Pridruženi partnerji',
    funders: 'Financerji',
    amount: 'Znesek',
    places: 'Kraji',
    field: 'Področje',
    activities: 'Aktivnosti',
    goals: 'Cilji',
    indicators: 'Kazalniki',
    milestones: 'Časovnica',
    topics: 'Teme',
    facts: 'Podatki o projektu',
    fullTitle: 'Polni naslov',
    count: (n: number) => `${n} ${pluralSl(n, ['projekt', 'projekta', 'projekti', 'projektov'])}`,
  },
  partners: {
    title: 'Partnerji',
    intro: 'Organizacije, ki vodijo, soustvarjajo ali financirajo projekte na tej strani.',
    facts: 'Podatki o organizaciji',
    kind: 'Vrsta',
    town: 'Kraj',
    address: 'Naslov',
    website: 'Spletna stran',
    email: 'E-pošta',
    phone: 'Telefon',
    projects: 'Projekti',
    noProjects: 'Ta organizacija trenutno ni navedena pri nobenem projektu.',
    roles: { lead: 'prijavitelj', partner: 'partner', associated: 'pridruženi partner', funder: 'financer' },
    count: (n: number) => `${n} ${pluralSl(n, ['organizacija', 'organizaciji', 'organizacije', 'organizacij'])}`,
  },
  centres: {
    title: 'Mladinski centri',
    intro: 'Naslovi in urniki mladinskih centrov. Pred obiskom preveri izjeme spodaj.',
    address: 'Naslov',
    map: 'Pokaži na zemljevidu OpenStreetMap',
    openingHours: 'Odpiralni čas',
    day: 'Dan',
    hours: 'Ura',
    closed: 'zaprto',
    eventNights: 'Ob prireditvah',
    eventNightsValue: (days: string, closes: string) => `ob ${days} odprto do ${closes}`,
    eventNightsOpens: (opens: string) => `; dnevi, ko je sicer zaprto, od ${opens}`,
    holidays: 'Prazniki',
    holidayRule: { closed: 'Ob državnih praznikih in dela prostih dnevih zaprto.', regular: 'Ob praznikih po rednem urniku.', hours: 'Ob praznikih:' },
    exceptions: 'Spremembe urnika',
    noExceptions: 'Trenutno ni napovedanih sprememb urnika.',
    exceptionClosed: 'zaprto',
    exceptionEventNight: 'prireditev, odprto dlje',
    contact: 'Kontakt',
    today: 'danes',
    /**
     * The live status line, filled in by the browser (src/components/centre-status.ts).
     * Plain templates, not functions, so they travel to the browser as JSON; parts are
     * joined with " · ", e.g. "Zaprto · praznik (božič) · odpre v ponedeljek ob 9:00".
     */
    live: {
      label: 'Trenutno',
      open: 'Odprto',
      closed: 'Zaprto',
      closesSoon: 'Kmalu zapre',
      opensSoon: 'Kmalu odpre',
      eventToday: 'Danes prireditev',
      closes: 'zapre {when}',
      opens: 'odpre {when}',
      openUntil: 'odprto do {time}',
      holiday: 'praznik ({name})',
      at: 'ob {time}',
      tomorrow: 'jutri ob {time}',
      onDay: '{day} ob {time}',
      onDate: '{date} ob {time}',
      /** How `{date}` is written: "15. 12." */
      dateMonth: 'numeric' as 'numeric' | 'long',
      dateLocale: 'sl-SI',
      localTime: '(slovenski čas)',
    },
  },
  notFound: {
    title: 'Strani ni mogoče najti',
    text: 'Morda je naslov napačno vpisan ali pa je stran premaknjena. Poskusi eno od teh poti:',
  },
  footer: {
    contact: 'Kontakt',
    centres: 'Mladinski centri',
    social: 'Družbena omrežja',
    explore: 'Raziskuj',
  },
  and: 'in',
  more: 'Več',
};

/** Slovenian plural forms: one, two, few (3–4), other; by the last two digits. */
export function pluralSl(n: number, [one, two, few, other]: readonly [string, string, string, string]): string {
  const rule = new Intl.PluralRules('sl').select(n);
  return rule === 'one' ? one : rule === 'two' ? two : rule === 'few' ? few : other;
}

export type Dictionary = typeof sl;
