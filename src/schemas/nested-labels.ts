/**
 * Labels and hints of the fields inside objects and lists, in Slovenian for staff: the second half
 * of the one source hints.ts starts (top-level fields). The browser editor's form
 * (src/cms/cms-fields.ts) and the content check's messages (src/cli/field-words.ts) both read it,
 * so a field is named the same in the form and in an error.
 */
import type { Hint } from './hints';
import { WEEKDAYS, type Weekday } from './shared';

const label = (text: string, hint: string): Hint => ({ label: text, hint });

/**
 * The days of the week as the form's labels: the site dictionary's words (src/i18n/sl.ts),
 * capitalised. Written here because schemas never import the dictionary (it sits above them);
 * tests/unit/i18n.test.ts keeps the two in step.
 */
export const WEEKDAY_LABELS: Record<Weekday, string> = {
  monday: 'Ponedeljek',
  tuesday: 'Torek',
  wednesday: 'Sreda',
  thursday: 'Četrtek',
  friday: 'Petek',
  saturday: 'Sobota',
  sunday: 'Nedelja',
};

/**
 * Labels of fields inside objects and lists, which hints.ts (top level only) does not cover.
 * A `parent.key` entry wins over a plain `key` where one name means two things.
 */
export const NESTED_LABELS: Record<string, Hint> = {
  start: label('Začetek', 'Leto, mesec ali dan: "2019", "2019-06" ali "2019-06-01".'),
  end: label('Konec', 'Kot začetek; prazno, dokler projekt še teče.'),
  'ageRange.min': label('Najmanj let', 'Najnižja starost, npr. 18.'),
  'ageRange.max': label('Največ let', 'Najvišja starost, npr. 30.'),
  'duration.min': label('Najmanj', 'Najkrajše trajanje v izbrani enoti.'),
  'duration.max': label('Največ', 'Najdaljše trajanje v izbrani enoti.'),
  unit: label('Enota', 'Dnevi, tedni ali meseci.'),
  sections: label('Deli besedila', 'Vsak del ima naslov in kratke stavke.'),
  heading: label('Naslov dela', 'Kratek naslov, npr. "Kdo lahko sodeluje".'),
  sentences: label('Stavki', 'En kratek stavek v vrstici, z eno mislijo; največ 20 besed.'),
  words: label('Težke besede', 'Besede iz besedila, ki jih je treba razložiti.'),
  word: label('Beseda', 'Težka beseda, npr. "prostovoljec".'),
  meaning: label('Razlaga', 'Kratek stavek, ki besedo razloži.'),
  'links.title': label('Ime strani', 'Ime uradne strani, npr. "Evropski mladinski portal".'),
  'links.url': label('Naslov', 'Spletni naslov uradne strani, začne se s "https://".'),
  heldSince: label('Od leta', 'Leto, ko je organizacija dobila znak, npr. 2017.'),
  renewed: label('Obnovljen', 'Leta obnove, vsako posebej.'),
  partner: label('Financer', 'Organizacija, ki je projekt financirala.'),
  amountEur: label('Znesek v evrih', 'Samo število, npr. 125000 za 125 000,00 €.'),
  call: label('Razpis', 'Javni razpis ali program, iz katerega je denar.'),
  'milestones.date': label('Datum', 'Leto, mesec ali dan: "2019", "2019-06" ali "2019-06-01".'),
  'milestones.until': label('Do', 'Konec obdobja, če mejnik traja dlje; prazno za en dan.'),
  what: label('Kaj', 'Kaj se je zgodilo, en stavek.'),
  step: label('Korak', 'Kaj mladi naredi, en stavek.'),
  link: label('Povezava', 'Kamor korak pošlje: ime strani in naslov.'),
  'link.title': label('Ime strani', 'Besedilo povezave, npr. "Evropski mladinski portal".'),
  'link.url': label('Naslov', 'https://… za drugo stran ali /centri/ za stran tega spletišča.'),
  'sources.title': label('Ime vira', 'Ime uradne strani.'),
  'sources.url': label('Naslov vira', 'Uradna stran, začne se s "https://".'),
  street: label('Ulica', 'Ulica in hišna številka, npr. "Gregorčičeva ulica 4".'),
  postcode: label('Poštna številka', 'Štiri števke, npr. "6000".'),
  town: label('Kraj', 'Pošta oziroma kraj, npr. "Koper".'),
  lat: label('Zemljepisna širina', 'Število z decimalno piko, npr. 45.5469.'),
  lon: label('Zemljepisna dolžina', 'Število z decimalno piko, npr. 13.7294.'),
  opens: label('Odpre', 'Ura "HH:MM", npr. "09:00".'),
  closes: label('Zapre', 'Ura "HH:MM", npr. "22:00"; polnoč je "24:00".'),
  days: label('Dnevi', 'Dnevi, ko ob prireditvah center odpre dlje.'),
  opensOnClosedDays: label('Odpre na sicer zaprt dan', 'Ura "HH:MM", ko center ob prireditvi odpre na dan brez rednega urnika.'),
  'exceptions.date': label('Datum', 'Dan spremembe, izberite ga v koledarju.'),
  'exceptions.until': label('Do vključno', 'Zadnji dan, če sprememba velja več dni; prazno za en dan.'),
  closed: label('Zaprto', 'Označite, če je center ta dan zaprt; sicer vpišite ure. Izberite le eno od obeh.'),
  hours: label('Ure', 'Odpiralni čas tega dne, vsak razpon posebej.'),
  src: label(
    'Datoteka slike',
    'Ime datoteke v content/images/, npr. "ko-prosto.jpg"; novo sliko naložite v pogledu Assets (ikona slike zgoraj levo).',
  ),
  alt: label('Opis slike', 'Kaj je na sliki, za ljudi, ki je ne vidijo; ne ime datoteke.'),
  country: label('Država', 'Dve veliki črki: "SI" za Slovenijo, "AT" za Avstrijo, "DE" za Nemčijo …'),
  months: label('Trajanje v mesecih', 'Število mesecev, npr. 10; dovolj, če datumi še niso znani.'),
  'deadline.date': label('Dan', 'Zadnji dan za prijavo, izberite ga v koledarju.'),
  'deadline.time': label('Ura', 'Ura "HH:MM" po slovenskem času, npr. "12:00"; prazno pomeni do polnoči.'),
  portal: label('Evropski mladinski portal', 'Naslov poziva na youth.europa.eu, začne se s "https://youth.europa.eu/".'),
  'apply.email': label('E-pošta za prijave', 'Npr. "prijave@primer.si".'),
  form: label('Prijavni obrazec', 'Spletni naslov obrazca, začne se s "https://".'),
  'start.date': label('Dan', 'Dan začetka, izberite ga v koledarju.'),
  'start.time': label('Ura', 'Ura začetka "HH:MM" po slovenskem času, npr. "19:00".'),
  'end.date': label('Dan', 'Dan konca; čez polnoč je to naslednji dan.'),
  'end.time': label('Ura', 'Ura konca "HH:MM", npr. "22:00".'),
  name: label('Prostor', 'Ime prostora, npr. "Knjižnica Koper"; neobvezno.'),
  url: label('Spletna prijava', 'Naslov prijavnice, začne se s "https://".'),
  'registration.email': label('E-pošta za prijave', 'Npr. "prijave@primer.si".'),
  'registration.deadline': label('Rok prijave', 'Zadnji dan za prijavo; prazno, če ga ni.'),
  reason: label('Razlog', 'Prikaže se obiskovalcem, npr. "Zaprto zaradi inventure".'),
  ...Object.fromEntries(WEEKDAYS.map((day) => [day, label(WEEKDAY_LABELS[day], 'Dodajte odpiralne čase; dan brez njih je zaprt.')])),
};
