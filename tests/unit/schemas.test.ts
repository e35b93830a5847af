import { describe, expect, it } from 'vitest';
import { centreSchema, holidayRuleOf } from '../../src/schemas/centre';
import { partnerSchema } from '../../src/schemas/partner';
import { programmeSchema } from '../../src/schemas/programme';
import { projectSchema } from '../../src/schemas/project';
import { isoDate, partialDate, partialDateBounds, time, timeRange } from '../../src/schemas/shared';

const messages = (result: { success: boolean; error?: { issues: readonly { message: string; path: PropertyKey[] }[] } | undefined }) =>
  result.error?.issues.map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`) ?? [];

describe('dates', () => {
  it('accepts ISO days and turns an unquoted YAML date back into the same string', () => {
    expect(isoDate.parse('2019-06-01')).toBe('2019-06-01');
    expect(isoDate.parse(new Date('2019-06-01T00:00:00Z'))).toBe('2019-06-01');
  });

  it.each(['1.6.2019', '2019/06/01', '2019-6-1', '2019-02-30', '2019-13-01', ''])('rejects %j as a day', (value) => {
    expect(isoDate.safeParse(value).success).toBe(false);
  });

  it('accepts a year or a month where the day is not known', () => {
    expect(partialDate.parse('2012')).toBe('2012');
    expect(partialDate.parse('2019-06')).toBe('2019-06');
    expect(partialDate.safeParse('2019-00').success).toBe(false);
    expect(partialDate.safeParse('06.2019').success).toBe(false);
  });

  it('knows the last day of a month, leap years included', () => {
    expect(partialDateBounds('2020-02')).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(partialDateBounds('2020-11').last).toBe('2020-11-30');
    expect(partialDateBounds('2012')).toEqual({ first: '2012-01-01', last: '2012-12-31' });
  });
});

describe('times', () => {
  it.each(['00:00', '09:00', '23:59', '24:00'])('accepts %s', (value) => expect(time.safeParse(value).success).toBe(true));
  it.each(['9:00', '9.00', '25:00', '12:60', '24:01', '0900'])('rejects %s', (value) => expect(time.safeParse(value).success).toBe(false));

  it('allows 24:00 only as a closing time', () => {
    expect(timeRange.safeParse({ opens: '18:00', closes: '24:00' }).success).toBe(true);
    expect(timeRange.safeParse({ opens: '24:00', closes: '24:00' }).success).toBe(false);
  });

  it('rejects a range that closes before it opens', () => {
    expect(messages(timeRange.safeParse({ opens: '22:00', closes: '09:00' })).join()).toContain('closes');
  });
});

const centre = {
  name: 'Center mladih Koper',
  address: { street: 'Gregorčičeva ulica 4', postcode: '6000', town: 'Koper' },
  weeklyHours: { monday: [{ opens: '09:00', closes: '22:00' }] },
  eventNights: { days: ['friday', 'saturday'], closes: '24:00' },
  exceptions: [{ date: '2026-12-24', closed: true, reason: 'Božični večer' }],
  publicHolidays: 'closed',
  updated: '2026-11-21',
};

describe('centre schema', () => {
  it('accepts a complete centre and fills in the time zone', () => {
    expect(centreSchema.parse(centre).timeZone).toBe('Europe/Ljubljana');
  });

  it('rejects overlapping ranges on one day', () => {
    const overlapping = {
      ...centre,
      weeklyHours: {
        monday: [
          { opens: '09:00', closes: '14:00' },
          { opens: '12:00', closes: '16:00' },
        ],
      },
    };
    expect(messages(centreSchema.safeParse(overlapping)).join()).toMatch(/overlap/);
  });

  it('accepts split ranges that touch', () => {
    const split = {
      ...centre,
      weeklyHours: {
        monday: [
          { opens: '09:00', closes: '12:00' },
          { opens: '12:00', closes: '16:00' },
        ],
      },
    };
    expect(centreSchema.safeParse(split).success).toBe(true);
  });

  it('rejects an unknown weekday, an unknown event-night day and an exception that ends before it starts', () => {
    expect(centreSchema.safeParse({ ...centre, weeklyHours: { mondey: [] } }).success).toBe(false);
    expect(centreSchema.safeParse({ ...centre, eventNights: { days: ['fri'], closes: '24:00' } }).success).toBe(false);
    const backwards = { ...centre, exceptions: [{ date: '2026-12-24', until: '2026-12-20', closed: true, reason: 'x' }] };
    expect(messages(centreSchema.safeParse(backwards)).join()).toContain('until');
  });

  it('accepts other hours on holidays and rejects an unknown holiday rule', () => {
    const hours = [{ opens: '10:00', closes: '14:00' }];
    const parsed = centreSchema.parse({ ...centre, publicHolidays: 'hours', holidayHours: hours });
    expect(holidayRuleOf(parsed)).toEqual({ hours });
    expect(holidayRuleOf(centreSchema.parse({ ...centre, publicHolidays: 'regular' }))).toBe('regular');
    expect(centreSchema.safeParse({ ...centre, publicHolidays: 'open' }).success).toBe(false);
    // The old single field of three shapes is gone: the form could not write it.
    expect(centreSchema.safeParse({ ...centre, publicHolidays: { hours } }).success).toBe(false);
  });

  it('wants holiday hours exactly when the rule is "hours"', () => {
    const hours = [{ opens: '10:00', closes: '14:00' }];
    expect(messages(centreSchema.safeParse({ ...centre, publicHolidays: 'hours' })).join()).toMatch(/holidayHours/);
    expect(messages(centreSchema.safeParse({ ...centre, publicHolidays: 'hours', holidayHours: [] })).join()).toMatch(/holidayHours/);
    expect(messages(centreSchema.safeParse({ ...centre, publicHolidays: 'closed', holidayHours: hours })).join()).toMatch(
      /velja le pri "publicHolidays: hours"/,
    );
  });
});

describe('project schema', () => {
  const project = {
    title: 'KO-PROSTO',
    summary: 'Krepitev prostovoljstva.',
    lead: 'sent',
    period: { start: '2019-11', end: '2022-01' },
    updated: '2026-11-21',
  };

  it('accepts a project and defaults its lists to empty', () => {
    const parsed = projectSchema.parse(project);
    expect(parsed.partners).toEqual([]);
    expect(parsed.funders).toEqual([]);
  });

  it('has no status field: status is derived from the period', () => {
    expect(projectSchema.safeParse({ ...project, status: 'ongoing' }).success).toBe(false);
  });

  it('rejects an end before the start, even within the same year', () => {
    expect(projectSchema.safeParse({ ...project, period: { start: '2019-11', end: '2019-10' } }).success).toBe(false);
    expect(projectSchema.safeParse({ ...project, period: { start: '2019-11-15', end: '2019-11' } }).success).toBe(true);
  });

  it('accepts funders with an amount in euro and rejects a negative amount', () => {
    expect(projectSchema.safeParse({ ...project, funders: [{ partner: 'ministrstvo-za-javno-upravo', amountEur: 125000 }] }).success).toBe(
      true,
    );
    expect(projectSchema.safeParse({ ...project, funders: [{ partner: 'mju', amountEur: -1 }] }).success).toBe(false);
  });

  it('rejects partner ids that are not file names', () => {
    expect(projectSchema.safeParse({ ...project, partners: ['Zavod MARS'] }).success).toBe(false);
  });
});

describe('programme and partner schemas', () => {
  const programme = { title: 'Solidarnostni projekti', summary: 'Projekti mladih.', kind: 'strand', parent: 'ese', updated: '2026-11-21' };

  it('accepts a strand with age and duration ranges', () => {
    const parsed = programmeSchema.parse({ ...programme, ageRange: { min: 18, max: 30 }, duration: { min: 2, max: 12, unit: 'months' } });
    expect(parsed.duration).toEqual({ min: 2, max: 12, unit: 'months' });
  });

  it('rejects a minimum age above the maximum and a strand without parent', () => {
    expect(programmeSchema.safeParse({ ...programme, ageRange: { min: 30, max: 18 } }).success).toBe(false);
    expect(programmeSchema.safeParse({ ...programme, parent: undefined }).success).toBe(false);
  });

  it('accepts a partner with contacts and rejects a bad phone or a plain-http website', () => {
    const partner = {
      name: 'Pekarna Magdalenske mreže',
      kind: 'ngo',
      email: 'info@pekarnamm.org',
      phones: ['+386 2 300 68 50'],
      updated: '2026-11-21',
    };
    expect(partnerSchema.safeParse(partner).success).toBe(true);
    expect(partnerSchema.safeParse({ ...partner, phones: ['02 300 68 50'] }).success).toBe(false);
    expect(partnerSchema.safeParse({ ...partner, website: 'http://example.org' }).success).toBe(false);
  });
});

describe('single items where lists are expected', () => {
  it('reads `monday: { opens, closes }` as a list of one range and `days: friday` as a list of one day', () => {
    const parsed = centreSchema.parse({
      ...centre,
      weeklyHours: { monday: { opens: '09:00', closes: '22:00' } },
      eventNights: { days: 'friday', closes: '24:00' },
    });
    expect(parsed.weeklyHours.monday).toEqual([{ opens: '09:00', closes: '22:00' }]);
    expect(parsed.eventNights?.days).toEqual(['friday']);
  });

  it('reads `partners: ozara` as a list of one partner', () => {
    const parsed = projectSchema.parse({
      title: 'T',
      summary: 'S',
      lead: 'sent',
      partners: 'ozara',
      topics: 'duševno zdravje',
      updated: '2026-11-21',
    });
    expect(parsed.partners).toEqual(['ozara']);
    expect(parsed.topics).toEqual(['duševno zdravje']);
  });
});
