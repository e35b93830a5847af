/**
 * Labels and hints for every top-level field, in Slovenian for staff (with the
 * English for developers). Schemas attach them with `.describe()`, so editors
 * show them while typing, and the generated JSON Schemas carry them too.
 */

export interface Hint {
  /** Short label, e.g. for a form field. */
  label: string;
  /** What to write, with an example. */
  hint: string;
}

const hint = (label: string, sl: string, en: string): Hint => ({ label, hint: `${sl} | ${en}` });

const updated = hint('Posodobljeno', 'Datum zadnje spremembe, npr. "2026-11-21".', 'Date of the last change, e.g. "2026-11-21".');
const untranslated = hint(
  'Še ni prevedeno',
  'true, dokler prevoda ni; stran pokaže slovensko besedilo z obvestilom.',
  'true until translated; the page shows the Slovenian text with a notice.',
);
const title = hint('Naslov', 'Naslov, kot ga vidijo obiskovalci.', 'Title shown to visitors.');
const summary = hint('Povzetek', 'En ali dva stavka za sezname in iskanje.', 'One or two sentences for lists and search.');
const image = hint(
  'Slika',
  'src: ime datoteke v content/images/ (npr. "ko-prosto.jpg"), alt: kaj je na sliki.',
  'src: file in content/images/, alt: what the image shows.',
);
const assumptions = hint(
  'Predpostavke',
  'Kaj vnos predpostavlja, ker izvorni dokumenti tega ne povedo; vsak kratek stavek posebej. Na strani se ne prikaže.',
  'What the entry assumes where the source documents are silent; one short sentence each. Never shown on the site.',
);
const easyRead = hint(
  'Lahko branje',
  'Neobvezno: sections (heading in sentences, en kratek stavek v vrstici) in words (word in meaning, razlaga težke besede). Stran dobi svojo različico za lahko branje.',
  'Optional easy-read version: sections of short sentences and hard words explained; shown on a page of its own.',
);
const topics = hint('Teme', 'Teme z malimi črkami, vsaka v svoji vrstici z "- ".', 'Topics in lower case, one per line.');

export const HINTS = {
  programmes: {
    title,
    summary,
    kind: hint('Vrsta', '"overview" (pregled programa) ali "strand" (sklop).', '"overview" or "strand".'),
    parent: hint('Del programa', 'Pri sklopu: oznaka pregleda programa, npr. "ese".', 'For a strand: id of its overview, e.g. "ese".'),
    order: hint('Vrstni red', 'Število; manjše je prej na seznamu.', 'A number; smaller comes first.'),
    ageRange: hint('Starost', 'min in max v letih, npr. 18 in 30.', 'min and max age in years.'),
    duration: hint('Trajanje', 'min, max in unit (days, weeks ali months).', 'min, max and unit (days, weeks or months).'),
    otherNames: hint(
      'Druga imena',
      'Imena in kratice, po katerih ljudje iščejo, v katerem koli jeziku, npr. "ESC"; ne prikažejo se.',
      'Other names and abbreviations people search for; not shown.',
    ),
    since: hint('Od kdaj', 'Leto ali mesec, npr. "2023".', 'Year or month, e.g. "2023".'),
    where: hint('Kje', 'Kje potekajo dejavnosti, npr. "doma ali v tujini".', 'Where activities take place.'),
    format: hint('Oblika', 'individual in/ali group.', 'individual and/or group.'),
    places: hint(
      'Doma ali v tujini',
      'home (v domači državi) in/ali abroad (v tujini); preverjanje, kaj ti ustreza, bere to polje.',
      'home and/or abroad; the fit check reads this field.',
    ),
    topics,
    howToTakePart: hint(
      'Kako se prijaviš',
      'Koraki po vrsti: step (besedilo) in, če korak pošlje nekam, link (title in url).',
      'Steps in order: step (text) and, where a step sends the reader somewhere, link (title and url).',
    ),
    sources: hint(
      'Viri',
      'Uradne strani, iz katerih so dejstva (stroški, trajanje …): title in url (https://).',
      'Official pages the facts come from: title and url (https://).',
    ),
    funders: hint(
      'Financerji',
      'partner (oznaka), po želji amountEur in call; EU in ministrstva dobijo obvestilo o sofinanciranju.',
      'Funders; the EU and ministries get a funding notice.',
    ),
    qualityLabel: hint('Znak kakovosti', 'heldSince (leto) in renewed (seznam let).', 'heldSince (year) and renewed (list of years).'),
    image,
    easyRead,
    updated,
    assumptions,
  },
  projects: {
    title,
    fullTitle: hint(
      'Polni naslov',
      'Uradni polni naslov, če je drugačen; z dvopičjem v narekovajih.',
      'Official full title if different; quote it if it has a colon.',
    ),
    summary,
    period: hint(
      'Obdobje',
      'start in end: "2019", "2019-06" ali "2019-06-01"; brez end projekt še teče.',
      'start and end; without end the project is ongoing.',
    ),
    lead: hint('Prijavitelj', 'Oznaka partnerja (ime datoteke v content/partners/sl/).', 'Partner id (file name in content/partners/sl/).'),
    partners: hint('Partnerji', 'Oznake partnerjev, vsaka v svoji vrstici.', 'Partner ids, one per line.'),
    associatedPartners: hint('Pridruženi partnerji', 'Oznake pridruženih partnerjev.', 'Associated partner ids.'),
    funders: hint(
      'Financerji',
      'partner (oznaka), amountEur (število, npr. 125000) in call (razpis).',
      'partner id, amountEur (a number) and call.',
    ),
    places: hint('Kraji', 'Kraji izvajanja.', 'Places.'),
    field: hint('Področje', 'Področje dela.', 'Field of work.'),
    activities: hint('Aktivnosti', 'Vsaka v svoji vrstici.', 'One per line.'),
    goals: hint('Cilji', 'Vsak v svoji vrstici.', 'One per line.'),
    indicators: hint('Kazalniki', 'Vsak v svoji vrstici.', 'One per line.'),
    milestones: hint('Časovnica', 'date, po želji until, in what (kaj se zgodi).', 'date, optional until, and what happens.'),
    topics,
    image,
    updated,
    assumptions,
  },
  partners: {
    name: hint('Ime', 'Polno uradno ime, v jeziku organizacije.', 'Full official name, in the organisation’s language.'),
    shortName: hint('Kratko ime', 'Npr. "ŠENT".', 'E.g. "ŠENT".'),
    kind: hint(
      'Vrsta',
      'ngo, association, federation, institute, foundation, network, youth-centre, public-body, ministry, municipality, education, professional-body ali company.',
      'Kind of organisation.',
    ),
    socialEnterprise: hint(
      'Socialno podjetje',
      'true za registrirano socialno podjetje (so.p.).',
      'true for a registered social enterprise.',
    ),
    town: hint('Kraj', 'Kraj sedeža.', 'Town.'),
    address: hint('Naslov', 'Ulica in hišna številka, poštna številka in kraj.', 'Street address.'),
    website: hint('Spletna stran', 'Začne se s "https://".', 'Starts with "https://".'),
    email: hint('E-pošta', 'Npr. "info@primer.si".', 'E.g. "info@example.org".'),
    phones: hint('Telefoni', 'V mednarodni obliki, npr. "+386 2 300 68 50".', 'International form, e.g. "+386 2 300 68 50".'),
    image,
    updated,
    assumptions,
  },
  centres: {
    name: hint('Ime', 'Ime centra.', 'Name of the centre.'),
    shortName: hint('Kratko ime', 'Krajše ime, če ga uporabljate.', 'Short name, if used.'),
    address: hint('Naslov', 'street, postcode (4 števke v narekovajih) in town.', 'street, postcode (4 digits, quoted) and town.'),
    geo: hint(
      'Položaj na zemljevidu',
      'lat in lon; brez njiju povezava na zemljevid išče naslov.',
      'lat and lon; without them the map link searches the address.',
    ),
    email: hint('E-pošta', 'Npr. "info@primer.si".', 'E.g. "info@example.org".'),
    phone: hint('Telefon', 'V mednarodni obliki, npr. "+386 5 123 45 67".', 'International form.'),
    website: hint('Spletna stran', 'Začne se s "https://".', 'Starts with "https://".'),
    operator: hint('Upravljavec', 'Oznaka partnerja, ki upravlja center.', 'Partner id of the operator.'),
    timeZone: hint('Časovni pas', 'Vedno "Europe/Ljubljana".', 'Always "Europe/Ljubljana".'),
    weeklyHours: hint(
      'Redni urnik',
      'Dnevi angleško (monday …); vsak z opens in closes "HH:MM"; dan, ki ga ni, je zaprt.',
      'Weekdays in English, each with opens and closes "HH:MM"; a missing day is closed.',
    ),
    eventNights: hint('Prireditve', 'days (npr. friday, saturday) in closes (npr. "24:00").', 'days and closes.'),
    exceptions: hint(
      'Spremembe urnika',
      'date (in until), closed: true ali hours, ter reason; večer s prireditvijo je dogodek v content/events/.',
      'date (and until), closed or hours, and reason; an event night is an event in content/events/.',
    ),
    publicHolidays: hint(
      'Prazniki',
      'Kaj velja na vse praznike in dela proste dneve: closed (zaprto), regular (redni urnik) ali hours (drugačen urnik, ure v "holidayHours"). En praznik posebej je sprememba urnika.',
      'Every public holiday: closed, regular (the weekly hours) or hours (other hours, given in "holidayHours"). A single holiday is an exception.',
    ),
    holidayHours: hint(
      'Ure ob praznikih',
      'Le pri "hours": odpiralni čas na vsak praznik, vsak razpon posebej, npr. od "10:00" do "14:00".',
      'Only with "hours": the opening hours on every holiday, one range each.',
    ),
    image,
    easyRead,
    updated,
    assumptions,
    assumed: hint(
      'Nepotrjeni podatki',
      'Polja, katerih vrednost smo si izbrali sami, ker je viri ne dajo; obiskovalci preberejo, da ni potrjena.',
      'Fields whose value was chosen, not given by the sources; visitors read that it is not confirmed.',
    ),
  },
  opportunities: {
    title,
    summary,
    programme: hint(
      'Program',
      'Oznaka programa ali sklopa, npr. "projekti-prostovoljstva".',
      'Programme or strand id, e.g. "projekti-prostovoljstva".',
    ),
    host: hint('Organizacija gostiteljica', 'Oznaka partnerja, ki prostovoljca gosti ali pošilja.', 'Partner id of the host organisation.'),
    centre: hint(
      'Mladinski center',
      'Oznaka centra, kjer prostovoljec dela ali ki objavlja poziv; sicer izpustite.',
      'Id of the youth centre, if any.',
    ),
    place: hint(
      'Kraj',
      'town (kraj) in country (država z dvema črkama, "SI" za Slovenijo).',
      'town and country (two letters, "SI" for Slovenia).',
    ),
    period: hint(
      'Obdobje',
      'start in end ("2027-03-01") ali months (trajanje v mesecih), če datumi še niso znani.',
      'start and end, or months when the dates are not known yet.',
    ),
    deadline: hint(
      'Rok prijave',
      'date ("2027-01-15") in po želji time ("12:00"), po slovenskem času; brez ure velja do polnoči.',
      'date and optional time, Ljubljana time; without a time, until midnight.',
    ),
    ageRange: hint('Starost', 'min in max v letih, npr. 18 in 30.', 'min and max age in years.'),
    requirements: hint('Pogoji', 'Drugi pogoji za prijavo, vsak v svoji vrstici.', 'Other requirements, one per line.'),
    covered: hint(
      'Kaj je krito',
      'food, lodging, travel, insurance, pocket-money, language-support, other.',
      'What is covered, from the ESE list.',
    ),
    coveredOther: hint('Drugo kritje', 'Kaj pomeni "other", npr. "mesečna vozovnica".', 'What "other" means.'),
    places: hint('Število mest', 'Koliko prostovoljcev iščejo, npr. 2.', 'Number of places.'),
    languages: hint('Delovni jeziki', 'Jeziki dela, vsak v svoji vrstici, npr. "angleščina".', 'Working languages, one per line.'),
    topics,
    apply: hint(
      'Kako se prijaviš',
      'portal (naslov na youth.europa.eu), email in/ali form (spletni obrazec); vsaj eno.',
      'portal, email and/or form; at least one.',
    ),
    contact: hint('Kontakt', 'Kdo odgovarja na vprašanja, npr. "Ana Novak, ana@primer.si".', 'Who answers questions.'),
    updated,
    assumptions,
  },
  events: {
    title,
    summary,
    start: hint('Začetek', 'date ("2027-02-12") in time ("19:00"), po slovenskem času.', 'date and time, Ljubljana time.'),
    end: hint('Konec', 'date in time; dogodek čez polnoč konča naslednji dan.', 'date and time; past midnight it ends the next day.'),
    centre: hint(
      'Mladinski center',
      'Oznaka centra, če je dogodek v njem; ob večerih s prireditvami center odpre dlje.',
      'Centre id, if the event is at one of the centres.',
    ),
    address: hint('Naslov', 'Če dogodek ni v centru: name (neobvezno), street in town.', 'If not at a centre: name, street and town.'),
    organiser: hint(
      'Organizator',
      'Oznaka partnerja ali centra, ki dogodek pripravlja; pri dogodku v centru, ki ga center pripravi sam, ga izpustite.',
      'Partner or centre id of the organiser; leave it out for an event a centre runs itself, at the centre.',
    ),
    registration: hint('Prijava', 'url ali email, po želji deadline (zadnji dan prijave).', 'url or email, optional deadline.'),
    topics,
    cancelled: hint('Odpovedano', 'true, če dogodka ne bo; ostane na seznamu z oznako.', 'true if the event will not take place.'),
    updated,
    assumptions,
  },
  pages: {
    title,
    summary,
    order: hint('Vrstni red', 'Mesto med povezavami v nogi strani; manjše je prej.', 'Position among the footer links.'),
    reviewed: hint('Pregledano', 'Datum zadnjega pregleda vsebine, npr. "2026-11-21".', 'Date the facts were last checked.'),
    missing: hint(
      'Manjka',
      'Česa stran še nima; obiskovalci vidijo obvestilo, dokler seznam ni prazen.',
      'What the page still lacks; shown as a notice.',
    ),
    list: hint(
      'Samodejni seznam',
      '"funders" pod besedilom izpiše vse financerje s projekti in zneski; "start" naredi iz strani stran Kako začeti (/kako-zaceti/).',
      '"funders" lists every funder with its projects and amounts; "start" makes the page the start page (/kako-zaceti/).',
    ),
    links: hint(
      'Uradne strani',
      'title in url (https://) uradnih strani, na katere stran kaže, npr. Evropski mladinski portal.',
      'title and url of official pages the page points to.',
    ),
    easyRead,
    updated,
    assumptions,
  },
  faq: {
    question: hint(
      'Vprašanje',
      'Vprašanje, kot ga postavi mlad človek, npr. "Koliko moram biti star?".',
      'The question as a young person asks it.',
    ),
    order: hint('Vrstni red', 'Mesto na strani z vprašanji; manjše je prej.', 'Position on the questions page.'),
    programmes: hint(
      'Programi',
      'Oznake programov ali sklopov, na katerih strani se vprašanje pokaže, npr. "ese".',
      'Programme ids whose pages show the question.',
    ),
    centres: hint(
      'Mladinski centri',
      'Oznake centrov, na katerih strani se vprašanje pokaže.',
      'Centre ids whose pages show the question.',
    ),
    updated,
    assumptions,
  },
} as const satisfies Record<string, Record<string, Hint>>;

/** Hints of the translation files: the translated fields plus `untranslated`. */
export const TRANSLATION_HINTS = {
  programmes: {
    untranslated,
    updated,
    assumptions,
    title,
    summary,
    where: HINTS.programmes.where,
    topics,
    howToTakePart: hint(
      'Kako se prijaviš',
      'Za vsak korak po vrsti prevod "step" in, če ima korak povezavo, link s prevodom "title"; naslovi povezav ostanejo v slovenskem vnosu.',
      'For each step in order, its "step" translated and, where the step has a link, link with its "title" translated; the addresses stay in the Slovenian entry.',
    ),
    easyRead,
    sources: hint(
      'Viri',
      'Za vsak vir po vrsti le prevod imena (- title: …); naslovi ostanejo v slovenskem vnosu.',
      'For each source in order, only its name translated (- title: …); the addresses stay in the Slovenian entry.',
    ),
  },
  projects: {
    untranslated,
    updated,
    assumptions,
    title,
    fullTitle: HINTS.projects.fullTitle,
    summary,
    field: HINTS.projects.field,
    places: HINTS.projects.places,
    activities: HINTS.projects.activities,
    goals: HINTS.projects.goals,
    indicators: HINTS.projects.indicators,
    milestones: hint(
      'Časovnica',
      'Za vsak mejnik po vrsti le prevod "what" (- what: …); datumi ostanejo v slovenskem vnosu.',
      'For each milestone in order, only its "what" translated (- what: …); the dates stay in the Slovenian entry.',
    ),
    topics,
  },
  partners: { untranslated, updated, assumptions },
  centres: { untranslated, updated, assumptions, easyRead },
  opportunities: {
    untranslated,
    updated,
    assumptions,
    title,
    summary,
    requirements: hint('Pogoji', 'Prevod pogojev, po vrsti.', 'The requirements, in order.'),
    coveredOther: HINTS.opportunities.coveredOther,
    languages: hint('Delovni jeziki', 'Prevod jezikov, po vrsti.', 'The languages, in order.'),
    topics,
    contact: HINTS.opportunities.contact,
  },
  events: { untranslated, updated, assumptions, title, summary, topics },
  pages: {
    untranslated,
    updated,
    assumptions,
    slug: hint(
      'Naslov strani v tem jeziku',
      'Del spletnega naslova v jeziku prevoda, npr. "privacy" za /en/privacy/; brez njega ostane slovensko ime datoteke.',
      'URL segment in the translation\'s language, e.g. "privacy" for /en/privacy/; without it the Slovenian file name stays.',
    ),
    title,
    summary,
    missing: hint('Manjka', 'Prevod seznama "missing", po vrsti.', 'Translation of "missing", in order.'),
    links: hint(
      'Uradne strani',
      'Za vsako povezavo iz "links" po vrsti le prevod naslova (- title: …).',
      'For each of the "links" in order, only its title translated (- title: …).',
    ),
    easyRead,
  },
  faq: { untranslated, updated, assumptions, question: hint('Vprašanje', 'Prevod vprašanja.', 'The question, translated.') },
} as const satisfies Record<string, Record<string, Hint>>;

/**
 * Attaches each field's hint as its description, so editors and JSON Schemas show it.
 * The type demands a hint for every field, so a new field without one does not compile.
 */
/**
 * The site's own settings (content/settings/sl/site.md): who runs the site. Not a collection (one
 * file, no pages of its own), so not in HINTS; the form and the check read these labels the same way.
 */
export const SITE_HINTS = {
  operatorName: hint(
    'Upravljavec spletišča',
    'Uradno ime organizacije, ki spletišče upravlja, npr. "Zavod …". Gradivo naročnika ga ne navaja: vpišite ga, ko ga izveste, in ne ugibajte.',
    "Official name of the organisation that runs the site; the client's documents do not give it: fill it in when known, never guess.",
  ),
  operatorAddress: hint(
    'Naslov upravljavca',
    'Ulica, poštna številka in kraj v eni vrstici, npr. "Ulica 1, 6000 Koper".',
    'Street, postcode and town on one line.',
  ),
  operatorEmail: hint(
    'E-pošta upravljavca',
    'Naslov za vprašanja obiskovalcev, npr. "info@primer.si".',
    "Address for visitors' questions.",
  ),
  operatorPhone: hint('Telefon upravljavca', 'V mednarodni obliki, npr. "+386 5 123 45 67".', 'In international form.'),
  operatorWebsite: hint('Spletna stran upravljavca', 'Začne se s "https://"; neobvezno.', 'Starts with "https://"; optional.'),
  updated,
  assumptions,
};

export function describedShape<Shape extends Record<string, { describe: (text: string) => unknown }>>(
  shape: Shape,
  hints: Record<keyof Shape, Hint>,
): Shape {
  return Object.fromEntries(
    Object.entries(shape).map(([key, field]) => [key, field.describe(`${hints[key]!.label}. ${hints[key]!.hint}`)]),
  ) as Shape;
}
