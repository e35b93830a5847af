/**
 * Searches people really make on this site, written the way they type them: inflected forms,
 * no č/š/ž, half a name, a letter wrong. Each names the page(s) a person would be glad to see
 * among the first three results. Written from the content, not from what the search returns;
 * when a query fails, fix the search (or the content), not the expectation.
 */

export interface BenchmarkQuery {
  /** What the visitor types. */
  query: string;
  /** Language of the search page it is typed into. */
  locale: 'sl' | 'en';
  /** Any of these in the first three results counts as found. */
  expected: string[];
  /** Why this query is here: the difficulty it tests. */
  kind: 'inflected' | 'no-diacritics' | 'partial-name' | 'typo' | 'exact' | 'topic' | 'english' | 'other-language' | 'question';
  /** The expected page must come first, not only among the first three (what visitors tripped over, #22). */
  first?: true;
}

const q = (query: string, kind: BenchmarkQuery['kind'], ...expected: string[]): BenchmarkQuery => ({ query, locale: 'sl', expected, kind });
const en = (query: string, ...expected: string[]): BenchmarkQuery => ({ query, locale: 'en', expected, kind: 'english' });

const SL_PROGRAMMES = [
  '/programi/ese/',
  '/programi/projekti-prostovoljstva/',
  '/programi/solidarnostni-projekti/',
  '/programi/humanitarna-pomoc/',
];
const EN_PROGRAMMES = SL_PROGRAMMES.map((path) => path.replace('/programi/', '/en/programmes/'));
/** A query whose expected page must be the first result. */
const first = (query: BenchmarkQuery): BenchmarkQuery => ({ ...query, first: true });

export const BENCHMARK_QUERIES: BenchmarkQuery[] = [
  // The examples from the issue.
  q('dusevno zdravje', 'no-diacritics', '/projekti/ko-prosto/', '/partnerji/sent/'),
  q('humanitarna pomoc', 'no-diacritics', '/programi/humanitarna-pomoc/'),
  first(q('prostovoljec v tujini', 'inflected', '/programi/projekti-prostovoljstva/', '/programi/ese/')),
  q('markovec', 'partial-name', '/centri/mladinski-center-markovec-city/'),

  // Inflected forms of what pages say in another form.
  q('prostovoljci v tujini', 'inflected', '/programi/projekti-prostovoljstva/', '/programi/ese/'),
  q('solidarnostne projekte', 'inflected', '/programi/solidarnostni-projekti/'),
  q('evropske solidarnostne enote', 'inflected', '/programi/ese/'),
  q('pohorskega bataljona', 'inflected', '/partnerji/ustanova-pohorski-bataljon/', '/projekti/pohorski-bataljon/'),
  q('prostovoljstvo v mariboru', 'inflected', '/projekti/prostovoljstvo-v-mariboru/', '/projekti/razvoj-prostovoljstva-v-mariboru/'),
  q('mladinski center v brezicah', 'inflected', '/partnerji/mladinski-center-brezice/'),
  q('mladinskem centru velenje', 'inflected', '/partnerji/mladinski-center-velenje/'),
  q('klinicni psihologi', 'inflected', '/partnerji/zbornica-klinicnih-psihologov/'),
  q('pomoc beguncem', 'inflected', '/programi/humanitarna-pomoc/'),
  q('mentorstvo prostovoljcem', 'inflected', '/projekti/ko-prosto/'),
  q('prostovoljcev za dusevno zdravje', 'inflected', '/projekti/ko-prosto/', '/partnerji/sent/'),
  q('centra mladih koper', 'inflected', '/centri/center-mladih-koper/'),
  q('projekt prostovoljstva', 'inflected', '/programi/projekti-prostovoljstva/'),
  q('razvoj prostovoljstva', 'inflected', '/projekti/razvoj-prostovoljstva-v-mariboru/'),
  q('sodelovanje z obcino', 'inflected', '/projekti/skupaj-na-delu/', '/projekti/razvoj-prostovoljstva-v-mariboru/'),
  q('ministrstvu za javno upravo', 'inflected', '/partnerji/ministrstvo-za-javno-upravo/'),
  q('solidarnostnega projekta', 'inflected', '/programi/solidarnostni-projekti/'),
  q('humanitarni pomoci', 'inflected', '/programi/humanitarna-pomoc/'),
  q('evropski solidarnostni enoti', 'inflected', '/programi/ese/'),
  q('mladinski center v kopru', 'inflected', '/centri/center-mladih-koper/', '/centri/mladinski-center-markovec-city/'),
  q('v velenju', 'inflected', '/partnerji/mladinski-center-velenje/'),
  q('pri sentu', 'inflected', '/partnerji/sent/'),
  q('izobrazevanja za prostovoljce', 'inflected', '/projekti/ko-prosto/'),
  q(
    'prostovoljske organizacije v mariboru',
    'inflected',
    '/projekti/razvoj-prostovoljstva-v-mariboru/',
    '/projekti/prostovoljstvo-v-mariboru/',
  ),

  // Names typed without č, š, ž.
  q('sent', 'no-diacritics', '/partnerji/sent/'),
  q('zveza sozitje', 'no-diacritics', '/partnerji/zveza-sozitje/'),
  q('drustvo hisa', 'no-diacritics', '/partnerji/drustvo-hisa/'),
  q('projekt clovek', 'no-diacritics', '/partnerji/drustvo-projekt-clovek/'),
  q('mreza mama', 'no-diacritics', '/partnerji/mreza-mama/'),
  q('sezana', 'no-diacritics', '/partnerji/mladinski-center-podlaga-sezana/'),
  q('ajdovscina', 'no-diacritics', '/partnerji/mladinski-center-in-hotel-ajdovscina/'),
  q('zagovornistvo', 'no-diacritics', '/projekti/delati-skupaj/'),
  q('podnebne spremembe', 'topic', '/programi/humanitarna-pomoc/', '/programi/projekti-prostovoljstva/'),

  // Part of a name.
  q('ozara', 'partial-name', '/partnerji/ozara/'),
  q('pekarna', 'partial-name', '/partnerji/pekarna-magdalenske-mreze/', '/projekti/upravljalski-model-kc-pekarna/'),
  q('kc pekarna', 'partial-name', '/projekti/upravljalski-model-kc-pekarna/'),
  q('ko prosto', 'partial-name', '/projekti/ko-prosto/'),
  q('lokalpatriot', 'partial-name', '/partnerji/zavod-lokalpatriot-novo-mesto/'),
  q('zavod mars', 'partial-name', '/partnerji/zavod-mars-maribor/'),
  q('toti dca', 'partial-name', '/partnerji/drustvo-toti-dca-maribor/'),
  q('ektc', 'partial-name', '/partnerji/ektc-maribor/'),
  q('zagorje', 'partial-name', '/partnerji/mladinski-center-zagorje/'),
  q('dravinjske doline', 'partial-name', '/partnerji/mladinski-center-dravinjske-doline/'),
  q('ljudska univerza', 'partial-name', '/partnerji/ljudska-univerza-kranj/'),
  q('pravosodje', 'partial-name', '/partnerji/ministrstvo-za-pravosodje-in-javno-upravo/'),
  q('ese', 'exact', '/programi/ese/'),
  q('skupaj na delu', 'exact', '/projekti/skupaj-na-delu/'),
  q('delati skupaj', 'exact', '/projekti/delati-skupaj/'),

  // Topics and questions.
  q('medgeneracijsko sodelovanje', 'topic', '/projekti/skupaj-na-delu/'),
  q('upravljanje prostorov', 'topic', '/projekti/upravljalski-model-kc-pekarna/'),
  q('odpiralni cas koper', 'topic', '/centri/center-mladih-koper/', '/centri/mladinski-center-markovec-city/'),
  q('sodelovalna ekonomija', 'topic', '/projekti/delati-skupaj/'),
  q('mladinski centri', 'topic', '/centri/', '/centri/center-mladih-koper/', '/centri/mladinski-center-markovec-city/'),

  // One letter wrong, where prefix matching can still help.
  q('prostovolstvo v mariboru', 'typo', '/projekti/prostovoljstvo-v-mariboru/', '/projekti/razvoj-prostovoljstva-v-mariboru/'),
  q('humanitrna pomoc', 'typo', '/programi/humanitarna-pomoc/'),
  q('markovc', 'typo', '/centri/mladinski-center-markovec-city/'),
  q('solidarnostni projketi', 'typo', '/programi/solidarnostni-projekti/'),
  q('lokalpatriiot', 'typo', '/partnerji/zavod-lokalpatriot-novo-mesto/'),

  // The English pages, for foreign volunteers.
  en('mental health', '/en/projects/ko-prosto/', '/en/partners/sent/'),
  en('humanitarian aid', '/en/programmes/humanitarna-pomoc/'),
  en('volunteering abroad', '/en/programmes/projekti-prostovoljstva/', '/en/programmes/ese/'),
  en('youth centre koper', '/en/centres/center-mladih-koper/', '/en/centres/mladinski-center-markovec-city/'),
  en('solidarity projects', '/en/programmes/solidarnostni-projekti/'),
  en('markovec', '/en/centres/mladinski-center-markovec-city/'),
  en('european solidarity corps', '/en/programmes/ese/'),
  en('opening hours koper', '/en/centres/center-mladih-koper/', '/en/centres/mladinski-center-markovec-city/'),
  en('mental health volunteers', '/en/projects/ko-prosto/', '/en/partners/sent/'),

  // What visitors tripped over (#22): the programme's name and abbreviation in the other language,
  // costs and pocket money (the pages say honestly that they do not state them, and where to ask),
  // going abroad, and where to apply. Each must find its page first.
  first(q('esc', 'other-language', '/programi/ese/')),
  first(q('european solidarity corps', 'other-language', '/programi/ese/')),
  first(q('solidarity corps', 'other-language', '/programi/ese/')),
  first(q('volunteering projects', 'other-language', '/programi/projekti-prostovoljstva/')),
  first(q('zepnina', 'question', ...SL_PROGRAMMES)),
  first(q('žepnino', 'question', ...SL_PROGRAMMES)),
  first(q('stroski', 'question', ...SL_PROGRAMMES)),
  first(q('stroški prostovoljstva', 'question', ...SL_PROGRAMMES)),
  // The title "Prostovoljstvo v Mariboru" still outranks these for the first place; among the first three is the bar.
  q('prostovoljstvo v tujini', 'inflected', '/programi/projekti-prostovoljstva/', '/programi/ese/'),
  q('prostovoljka v tujini', 'inflected', '/programi/projekti-prostovoljstva/', '/programi/ese/'),
  first(q('evropski mladinski portal', 'question', ...SL_PROGRAMMES)),
  // The start page is the answer to "how do I apply"; a programme page with its own steps will do too.
  first(q('kako se prijavim', 'question', '/kako-zaceti/', ...SL_PROGRAMMES)),
  first(q('odpiralni cas markovec', 'topic', '/centri/mladinski-center-markovec-city/')),
  first({ ...en('esc', '/en/programmes/ese/'), kind: 'other-language' }),
  first({ ...en('ese', '/en/programmes/ese/'), kind: 'other-language' }),
  first({ ...en('evropska solidarnostna enota', '/en/programmes/ese/'), kind: 'other-language' }),
  first({ ...en('projekti prostovoljstva', '/en/programmes/projekti-prostovoljstva/'), kind: 'other-language' }),
  first(en('pocket money', ...EN_PROGRAMMES)),
  first(en('costs', ...EN_PROGRAMMES)),
  first(en('volunteer abroad', '/en/programmes/projekti-prostovoljstva/', '/en/programmes/ese/')),
  first(en('european youth portal', ...EN_PROGRAMMES)),
];
