/** Machine-readable hours: schema.org JSON-LD and the schedule published in /hours.json. */
import { describe, expect, it } from 'vitest';
import { centreJsonLd, jsonForScript, openingHoursSpecification, publicSchedule, specialOpeningHours } from '../../src/lib/hours/json-ld';
import { realCentre } from './support/ljubljana';

const koper = realCentre('center-mladih-koper');
const spec = (extra: Record<string, unknown>) => ({ '@type': 'OpeningHoursSpecification', ...extra });

describe('schema.org opening hours', () => {
  it('groups the weekdays that share a range', () =>
    expect(openingHoursSpecification(koper.weeklyHours)).toEqual([
      spec({ dayOfWeek: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'], opens: '09:00', closes: '22:00' }),
    ]));
  it('writes a 24:00 closing as 23:59 and keeps several ranges a day', () =>
    expect(
      openingHoursSpecification({
        friday: [
          { opens: '10:00', closes: '14:00' },
          { opens: '18:00', closes: '24:00' },
        ],
      }),
    ).toEqual([
      spec({ dayOfWeek: ['Friday'], opens: '10:00', closes: '14:00' }),
      spec({ dayOfWeek: ['Friday'], opens: '18:00', closes: '23:59' }),
    ]));
  it('lists the work-free days as closed, joining consecutive ones', () => {
    // Confirmed here: an assumed holiday closure is left out (tests/unit/hours-agree.test.ts).
    const special = specialOpeningHours(publicSchedule({ ...koper, assumed: [] }), [2026]);
    // Fifteen days in ten runs: 1–2 Jan, Easter, 1–2 May, 31 Oct–1 Nov and 25–26 Dec are pairs.
    expect(special).toHaveLength(10);
    expect(special).toContainEqual(spec({ validFrom: '2026-10-31', validThrough: '2026-11-01', opens: '00:00', closes: '00:00' }));
    expect(special[0]).toEqual(spec({ validFrom: '2026-01-01', validThrough: '2026-01-02', opens: '00:00', closes: '00:00' }));
    expect(special).toContainEqual(spec({ validFrom: '2026-04-05', validThrough: '2026-04-06', opens: '00:00', closes: '00:00' }));
  });
  it('spells out dated exceptions, an event night closing at 23:59', () => {
    const schedule = publicSchedule({
      ...koper,
      // Confirmed here: an assumed opening time is left out (tests/unit/hours-agree.test.ts).
      assumed: [],
      exceptions: [
        { date: '2026-12-04', until: '2026-12-05', eventNight: true, reason: 'Koncert' },
        { date: '2026-12-28', until: '2026-12-30', hours: [{ opens: '10:00', closes: '16:00' }], reason: 'Krajši delovni čas' },
      ],
    });
    expect(specialOpeningHours(schedule, [])).toEqual([
      spec({ validFrom: '2026-12-04', validThrough: '2026-12-04', opens: '09:00', closes: '23:59' }),
      spec({ validFrom: '2026-12-05', validThrough: '2026-12-05', opens: '18:00', closes: '23:59' }),
      spec({ validFrom: '2026-12-28', validThrough: '2026-12-30', opens: '10:00', closes: '16:00' }),
    ]);
  });
  it('leaves holidays out when they keep regular hours', () =>
    expect(specialOpeningHours(publicSchedule({ ...koper, publicHolidays: 'regular' }), [2026])).toEqual([]));
  it('describes a centre with its address', () => {
    const ld = centreJsonLd({ name: koper.name, url: '/centri/center-mladih-koper/', centre: koper, holidayYears: [2026] });
    expect(ld).toMatchObject({ '@context': 'https://schema.org', '@type': 'CivicStructure', name: 'Center mladih Koper' });
    expect(ld['address']).toMatchObject({ streetAddress: 'Gregorčičeva ulica 4', postalCode: '6000', addressCountry: 'SI' });
  });
  it('escapes "<" so data cannot close the script element', () =>
    expect(jsonForScript({ reason: '</script>' })).toBe('{"reason":"\\u003c/script>"}'));
});
