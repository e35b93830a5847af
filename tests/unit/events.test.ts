/** Events: the schema's rules across fields, upcoming or past at an instant, the event nights they make, and the content check. */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/cli/validate-content';
import { formatEventTime } from '../../src/lib/event-format';
import { eventInstant, eventNightExceptions, eventStatus } from '../../src/lib/events';
import { eventOrganiser } from '../../src/data/places';
import { eventSchema } from '../../src/schemas/event';
import { withClock } from '../../src/schemas/shared';

const root = fileURLToPath(new URL('../..', import.meta.url));
const valid = {
  title: 'Koncert',
  summary: 'Kratek opis.',
  start: { date: '2027-02-12', time: '20:00' },
  end: { date: '2027-02-12', time: '23:30' },
  centre: 'center-mladih-koper',
  organiser: 'sent',
  updated: '2026-11-20',
};
const messages = (data: unknown) => {
  const result = withClock(
    () => new Date('2026-12-01T12:00:00Z'),
    () => eventSchema.safeParse(data),
  );
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('an event', () => {
  it('accepts a complete event, also one that ends after midnight', () => {
    expect(messages(valid)).toEqual([]);
    expect(messages({ ...valid, end: { date: '2027-02-13', time: '01:00' } })).toEqual([]);
  });

  it('is organised by its centre when it names no organiser, and needs one anywhere else', () => {
    const { organiser: _organiser, ...atTheCentre } = valid;
    expect(messages(atTheCentre)).toEqual([]);
    const { centre: _centre, ...elsewhere } = atTheCentre;
    expect(messages({ ...elsewhere, address: { street: 'Trg 1', town: 'Koper' } })).toEqual([
      expect.stringMatching(/^organiser: Manjka organizator: vpišite "organiser" z oznako partnerja ali centra/),
    ]);
    expect(messages({ ...elsewhere, address: { street: 'Trg 1', town: 'Koper' }, organiser: 'center-mladih-koper' })).toEqual([]);
  });

  it('rejects an end before or at the start', () => {
    expect(messages({ ...valid, end: { date: '2027-02-12', time: '20:00' } })).toEqual([
      expect.stringMatching(/^end: Konec \(2027-02-12 20:00\) je pred začetkom/),
    ]);
    expect(messages({ ...valid, end: { date: '2027-02-11', time: '23:00' } })).toHaveLength(1);
  });

  it('is at a centre or at an address, not both and not neither', () => {
    expect(messages({ ...valid, centre: undefined })).toEqual([expect.stringContaining('natanko eno')]);
    expect(messages({ ...valid, address: { street: 'Trg Brolo 15', town: 'Koper' } })).toEqual([expect.stringContaining('natanko eno')]);
    expect(messages({ ...valid, centre: undefined, address: { street: 'Trg Brolo 15', town: 'Koper' } })).toEqual([]);
  });

  it('needs a way to register, and a registration deadline before the start', () => {
    expect(messages({ ...valid, registration: {} })).toEqual([expect.stringContaining('"url" ali "email"')]);
    expect(messages({ ...valid, registration: { email: 'a@primer.si', deadline: '2027-02-13' } })).toEqual([
      expect.stringContaining('Rok prijave (2027-02-13) je po začetku'),
    ]);
  });
});

describe('when an event happens', () => {
  it('is a Ljubljana wall time, in winter and in summer', () => {
    expect(new Date(eventInstant({ date: '2027-02-12', time: '20:00' })).toISOString()).toBe('2027-02-12T19:00:00.000Z');
    expect(new Date(eventInstant({ date: '2027-07-02', time: '20:00' })).toISOString()).toBe('2027-07-02T18:00:00.000Z');
  });

  it('is coming up before its start, on until its end, and over from then', () => {
    const start = eventInstant({ date: '2027-02-12', time: '20:00' });
    const end = eventInstant({ date: '2027-02-12', time: '23:30' });
    expect(eventStatus(start, end, start - 1)).toBe('upcoming');
    expect(eventStatus(start, end, start)).toBe('ongoing');
    expect(eventStatus(start, end, end)).toBe('past');
  });

  it('is written out with the time zone', () => {
    expect(formatEventTime({ date: '2027-02-12', time: '19:00' }, { date: '2027-02-12', time: '22:00' }, 'sl', '(slovenski čas)')).toBe(
      '12. 2. 2027, 19:00–22:00 (slovenski čas)',
    );
    expect(formatEventTime({ date: '2027-02-12', time: '20:00' }, { date: '2027-02-13', time: '01:00' }, 'en', '(Slovenian time)')).toBe(
      '12 February 2027, 20:00 – 13 February 2027, 1:00 (Slovenian time)',
    );
  });
});

describe('the event nights events make at a centre', () => {
  const rule = { days: ['friday', 'saturday'] as ('friday' | 'saturday')[], closes: '24:00' };
  const at = (date: string, title = 'Koncert', cancelled = false) => ({ title, start: { date, time: '20:00' }, cancelled });

  it('makes a Friday or Saturday event an event night, one per day with every title', () => {
    expect(eventNightExceptions(rule, [at('2027-02-13', 'Ples'), at('2027-02-12'), at('2027-02-12', 'Film')])).toEqual([
      { date: '2027-02-12', eventNight: true, reason: 'Koncert, Film' },
      { date: '2027-02-13', eventNight: true, reason: 'Ples' },
    ]);
  });

  it('makes none on a weekday the rule does not name, for a cancelled event, or without a rule', () => {
    expect(eventNightExceptions(rule, [at('2027-02-10'), at('2027-02-12', 'Odpovedano', true)])).toEqual([]);
    expect(eventNightExceptions(undefined, [at('2027-02-12')])).toEqual([]);
  });
});

describe('the content check of events', () => {
  const { problems } = validateContent(root, `${root}tests/fixtures/broken-calls-and-events`, { now: new Date('2026-12-01T12:00:00Z') });
  const about = (file: string) =>
    problems.filter((problem) => problem.file.endsWith(file)).map((problem) => `${problem.field}: ${problem.message}`);

  it('reports an end before the start together with unknown centre and organiser, with did-you-mean', () => {
    expect(about('events/sl/konec-pred-zacetkom.md')).toEqual([
      expect.stringMatching(/^end: Konec \(2027-02-12 19:00\) je pred začetkom/),
      expect.stringMatching(/^centre: Center "center-mladih-kopr" ne obstaja.*Najbližje obstoječe: center-mladih-koper/),
      expect.stringMatching(/^organiser: Organizator "sentt" ni ne partner ne center.*Najbližje obstoječe: sent/),
    ]);
  });

  it('accepts a centre as the organiser, also of an event elsewhere: it need not be a partner too', () => {
    expect(about('events/sl/center-organizira.md')).toEqual([]);
  });

  it('needs a place, a way to register and a registration deadline before the start', () => {
    expect(about('events/sl/brez-kraja.md')).toEqual([
      expect.stringContaining('natanko eno'),
      expect.stringContaining('"url" ali "email"'),
      expect.stringContaining('Rok prijave (2027-02-14) je po začetku'),
    ]);
  });

  it('sends an event night written into a centre to the events', () => {
    expect(about('centres/sl/center-z-izjemo-prireditve.md')).toEqual([
      expect.stringMatching(/^exceptions\.0\.eventNight: Večer s prireditvijo vpišite kot dogodek/),
    ]);
  });
});

describe('who organises an event, as the page names it', () => {
  const site = {
    partnerNames: new Map([['sent', 'ŠENT']]),
    centres: [{ slug: 'center-mladih-koper', data: { name: 'Center mladih Koper' } }],
  } as unknown as Parameters<typeof eventOrganiser>[1];
  const event = (data: Record<string, unknown>) => ({ data }) as unknown as Parameters<typeof eventOrganiser>[0];

  it('links a partner to its page, and a centre to the centre’s page', () => {
    expect(eventOrganiser(event({ organiser: 'sent' }), site, 'sl')).toEqual({ name: 'ŠENT', url: '/partnerji/sent/' });
    expect(eventOrganiser(event({ organiser: 'center-mladih-koper' }), site, 'en')).toEqual({
      name: 'Center mladih Koper',
      url: '/en/centres/center-mladih-koper/',
    });
  });

  it('names the centre of an event that names no organiser', () => {
    expect(eventOrganiser(event({ centre: 'center-mladih-koper' }), site, 'sl')?.url).toBe('/centri/center-mladih-koper/');
  });
});
