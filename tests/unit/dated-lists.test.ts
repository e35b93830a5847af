/**
 * What the lists of open calls and upcoming events hold at the build (#30 item 18): a call closed
 * or an event over never comes back, so the current list leaves it out and stays short however
 * long the archive grows; the archive keeps every entry, the latest first.
 */
import { describe, expect, it } from 'vitest';
import type { Event, Opportunity } from '../../src/data/collections';
import { changesFrom, comingAt, datedListEntries, openAt } from '../../src/data/dated-lists';
import { laterPages, PAGE_SIZE } from '../../src/lib/pagination';

const NOW = Date.parse('2027-01-15T10:00:00Z');
const call = (slug: string, date: string, time?: string) =>
  ({ slug, data: { deadline: { date, ...(time && { time }) } } }) as unknown as Opportunity;
const event = (slug: string, date: string, time: string) =>
  ({ slug, data: { start: { date, time: '10:00' }, end: { date, time } } }) as unknown as Event;
const slugs = (entries: readonly { slug: string }[]) => entries.map((entry) => entry.slug);

describe('the open calls at the build', () => {
  it('leave out a call whose deadline has passed, to the minute in Ljubljana', () => {
    const calls = [
      call('passed', '2027-01-14'),
      call('noon', '2027-01-15', '12:00'),
      call('ten', '2027-01-15', '11:00'),
      call('later', '2027-03-01'),
    ];
    // 11:00 in Ljubljana is 10:00 UTC in winter: that call has just closed.
    expect(slugs(openAt(calls, NOW))).toEqual(['noon', 'later']);
  });
});

describe('the upcoming events at the build', () => {
  it('keep an event still going on and leave out one that is over', () => {
    const events = [event('over', '2027-01-15', '11:00'), event('on', '2027-01-15', '12:00'), event('next', '2027-02-01', '12:00')];
    expect(slugs(comingAt(events, NOW))).toEqual(['on', 'next']);
  });
});

describe('the changes of a centre’s hours at the build', () => {
  it('keep a change whose last day is today in Ljubljana', () => {
    const late = Date.parse('2027-01-14T23:30:00Z'); // already 15 January in Ljubljana
    expect(changesFrom([{ date: '2027-01-14' }, { date: '2027-01-10', until: '2027-01-15' }, { date: '2027-01-20' }], late)).toEqual([
      { date: '2027-01-10', until: '2027-01-15' },
      { date: '2027-01-20' },
    ]);
  });
});

describe('a dated list', () => {
  const calls = Array.from({ length: 50 }, (_, index) => call(`call-${index}`, `2026-${String(1 + (index % 12)).padStart(2, '0')}-10`));
  calls.push(...Array.from({ length: 5 }, (_, index) => call(`open-${index}`, `2099-01-1${index}`)));
  const data = { opportunities: calls, events: [] };

  it('holds what is still open at its address, and every call in its archive, the latest first', () => {
    expect(slugs(datedListEntries(data, 'opportunities', false, NOW))).toEqual(['open-0', 'open-1', 'open-2', 'open-3', 'open-4']);
    const archive = datedListEntries(data, 'opportunities', true, NOW);
    expect(archive).toHaveLength(55);
    expect(archive[0]?.slug).toBe('open-4');
  });

  it('continues the archive on numbered pages once it is longer than a page', () => {
    const archive = datedListEntries(data, 'opportunities', true, NOW);
    expect(laterPages(archive.length, PAGE_SIZE.opportunities)).toEqual([2, 3]);
  });
});
