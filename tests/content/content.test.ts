/**
 * All real content: valid, non-empty, references resolved, and every fact of
 * the client's documents present where visitors will look for it.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/cli/validate-content';
import { COLLECTIONS, schemas, type CollectionName } from '../../src/schemas';
import type { Centre } from '../../src/schemas/centre';
import type { Partner } from '../../src/schemas/partner';
import type { Programme } from '../../src/schemas/programme';
import type { Project } from '../../src/schemas/project';
import { partnerReferences } from '../../src/lib/references';

const root = fileURLToPath(new URL('../..', import.meta.url));
const { problems, files } = validateContent(root);

/** Parsed Slovenian entries of a collection, by slug. */
function entries<T>(collection: CollectionName): Map<string, T> {
  return new Map(
    files
      .filter((file) => file.collection === collection && file.locale === 'sl')
      .map((file) => [file.slug, schemas[collection].parse(file.data) as T]),
  );
}
const programmes = entries<Programme>('programmes');
const projects = entries<Project>('projects');
const partners = entries<Partner>('partners');
const centres = entries<Centre>('centres');
const partnerNames = new Set([...partners.values()].map((partner) => partner.name));

describe('the real content', () => {
  /** The client's documents name no current call and no dated event: these lists are honestly empty (tests/fixtures/calls-and-events exercises them). */
  const EMPTY_BY_DESIGN = new Set<string>(['opportunities', 'events']);

  it('has entries in every collection but those that are empty by design', () => {
    for (const collection of COLLECTIONS) {
      if (!EMPTY_BY_DESIGN.has(collection)) expect(files.filter((file) => file.collection === collection).length, collection).toBeGreaterThan(0);
    }
  });

  it('invents no open call and no event', () => {
    expect(files.filter((file) => EMPTY_BY_DESIGN.has(file.collection)).map((file) => file.file)).toEqual([]);
  });

  it('passes the content check with no problem', () => {
    expect(problems.map((problem) => `${problem.file}:${problem.line} ${problem.field} — ${problem.message}`)).toEqual([]);
  });

  it('names only partners that exist, and every partner takes part in a project or funds a programme', () => {
    const named = new Set([
      ...[...projects.values()].flatMap((project) => partnerReferences(project).map((reference) => reference.partner)),
      ...[...programmes.values()].flatMap((programme) => programme.funders.map((funder) => funder.partner)),
    ]);
    for (const id of named) expect(partners.has(id), id).toBe(true);
    for (const id of partners.keys()) expect(named.has(id), `${id} is in no project`).toBe(true);
  });
});

describe('facts from the client documents', () => {
  it('has the ESE overview with the Quality Label and the three strands', () => {
    const ese = programmes.get('ese');
    expect(ese?.qualityLabel).toEqual({ heldSince: 2017, renewed: [2021] });
    expect(ese?.ageRange).toEqual({ min: 18, max: 30 });
    // An EU programme: its pages carry the EU funding notice.
    expect(ese?.funders.map((funder) => funder.partner)).toEqual(['evropska-unija']);
    expect(partners.get('evropska-unija')?.kind).toBe('eu-institution');
    const strands = [...programmes.values()].filter((programme) => programme.parent === 'ese');
    expect(strands).toHaveLength(3);
    expect(programmes.get('solidarnostni-projekti')?.duration).toEqual({ min: 2, max: 12, unit: 'months' });
    expect(programmes.get('humanitarna-pomoc')?.since).toBe('2023');
    expect(programmes.get('projekti-prostovoljstva')?.ageRange).toEqual({ min: 18, max: 30 });
  });

  it('has both youth centres with their addresses and hours', () => {
    const koper = centres.get('center-mladih-koper')!;
    expect(koper.address).toEqual({ street: 'Gregorčičeva ulica 4', postcode: '6000', town: 'Koper' });
    for (const day of ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const) {
      expect(koper.weeklyHours[day]).toEqual([{ opens: '09:00', closes: '22:00' }]);
    }
    expect(koper.eventNights).toMatchObject({ days: ['friday', 'saturday'], closes: '24:00' });
    const markovec = centres.get('mladinski-center-markovec-city')!;
    expect(markovec.address).toEqual({ street: 'Cesta na Markovec 65a', postcode: '6000', town: 'Koper' });
    expect(markovec.weeklyHours.monday).toEqual([{ opens: '12:30', closes: '20:00' }]);
    expect(markovec.weeklyHours.saturday).toBeUndefined();
    // Not in the documents: closed on work-free days is what visitors expect (recorded in the files).
    expect([koper.publicHolidays, markovec.publicHolidays]).toEqual(['closed', 'closed']);
  });

  it('has Razvoj prostovoljstva v Mariboru with its period, partners, funder, activities and indicators', () => {
    const project = projects.get('razvoj-prostovoljstva-v-mariboru')!;
    expect(project.period).toEqual({ start: '2019-06', end: '2020-11' });
    expect(project.lead).toBe('pekarna-magdalenske-mreze');
    expect(new Set(project.partners)).toEqual(new Set(['drustvo-toti-dca-maribor', 'ektc-maribor', 'drustvo-hisa', 'zavod-mars-maribor']));
    expect(project.funders.map((funder) => funder.partner)).toEqual(['ministrstvo-za-javno-upravo']);
    expect(project.activities).toHaveLength(8);
    expect(project.indicators).toHaveLength(5);
  });

  it('has Skupaj na delu with its ten local youth centres, towns, milestones and funder', () => {
    const project = projects.get('skupaj-na-delu')!;
    expect(project.lead).toBe('mreza-mama');
    expect(project.partners).toHaveLength(10);
    expect(project.places).toEqual(['Ajdovščina', 'Brežice', 'Litija', 'Novo mesto', 'Ptuj', 'Sežana', 'Slovenske Konjice', 'Trbovlje', 'Velenje', 'Zagorje ob Savi']);
    expect(project.milestones.map((milestone) => milestone.date)).toEqual(['2012-05', '2012-04', '2013-02']);
    expect(project.funders.map((funder) => funder.partner)).toEqual(['ministrstvo-za-pravosodje-in-javno-upravo']);
    expect(project.period.end).toBe('2013-02');
  });

  it('has KO-PROSTO with lead, partner, associated partners, amount and activities', () => {
    const project = projects.get('ko-prosto')!;
    expect(project.fullTitle).toBe('KO-PROSTO: S krepitvijo prostovoljstva do večje profesionalizacije nevladnih organizacij');
    expect(project.period).toEqual({ start: '2019-11', end: '2022-01' });
    expect(project.lead).toBe('sent');
    expect(project.partners).toEqual(['ozara']);
    expect(project.associatedPartners).toHaveLength(4);
    expect(project.funders).toEqual([expect.objectContaining({ partner: 'ministrstvo-za-javno-upravo', amountEur: 125000 })]);
    expect(project.activities).toHaveLength(7);
  });

  it('has the Pekarna Magdalenske mreže work and contacts', () => {
    for (const slug of ['prostovoljstvo-v-mariboru', 'delati-skupaj', 'upravljalski-model-kc-pekarna', 'pohorski-bataljon']) {
      expect(projects.get(slug)?.lead, slug).toBe('pekarna-magdalenske-mreze');
    }
    expect(projects.get('pohorski-bataljon')?.period.start).toBe('2011');
    const pekarna = partners.get('pekarna-magdalenske-mreze')!;
    expect(pekarna.email).toBe('info@pekarnamm.org');
    expect(pekarna.phones).toEqual(['+386 2 300 68 50', '+386 41 481 246']);
  });

  it('has every organisation named in the documents', () => {
    for (const name of [
      'Pekarna Magdalenske mreže',
      'Zavod MARS Maribor',
      'Ministrstvo za javno upravo',
      'Ministrstvo za pravosodje in javno upravo',
      'Mreža MaMa',
      'Mladinski center in hotel Ajdovščina',
      'Mladinski center Brežice',
      'Mladinski center Litija',
      'Zavod Lokalpatriot Novo mesto',
      'Center interesnih dejavnosti Ptuj',
      'Mladinski center Podlaga Sežana',
      'Mladinski center Trbovlje',
      'Mladinski center Velenje',
      'Mladinski center Zagorje ob Savi',
      'ŠENT – Slovensko združenje za duševno zdravje',
      'OZARA Slovenija Nacionalno združenje za kakovost življenja',
      'Društvo projekt človek',
      'Zveza Sožitje',
      'Ljudska univerza Kranj',
      'Zbornica kliničnih psihologov',
      'Ustanova nevladnih mladinskega polja Pohorski bataljon',
    ]) {
      expect(partnerNames.has(name), name).toBe(true);
    }
    expect([...partnerNames].some((name) => name.startsWith('Društvo TOTI DCA Maribor'))).toBe(true);
    expect([...partnerNames].some((name) => name.startsWith('Evropski kulturni in tehnološki center Maribor'))).toBe(true);
    expect([...partnerNames].some((name) => name.startsWith('Društvo Hiša!'))).toBe(true);
    expect([...partnerNames].some((name) => name.startsWith('Mladinski center Dravinjske doline'))).toBe(true);
  });
});

describe('translations', () => {
  it('give every Slovenian entry an English twin (translated, or explicitly marked untranslated)', () => {
    for (const collection of COLLECTIONS) {
      const english = new Set(files.filter((file) => file.collection === collection && file.locale === 'en').map((file) => file.slug));
      const missing = files.filter((file) => file.collection === collection && file.locale === 'sl' && !english.has(file.slug)).map((file) => file.file);
      expect(missing, `add content/${collection}/en/<id>.md (with "untranslated: true" if it cannot be translated yet)`).toEqual([]);
    }
  });

  it('translate every programme and project rather than fall back', () => {
    const untranslated = files.filter(
      (file) => file.locale === 'en' && (file.collection === 'programmes' || file.collection === 'projects' || file.collection === 'centres') && (file.data as { untranslated?: boolean }).untranslated,
    );
    expect(untranslated.map((file) => file.file)).toEqual([]);
  });
});
