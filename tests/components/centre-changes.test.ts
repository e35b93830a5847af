/**
 * A centre's changes of hours stay a short list however many event nights the calendar makes
 * (#30 item 18): the ones already over at the build are left out, the next PAGE_CAPS.exceptions are
 * listed, and a note with the link to the events list says how many there are.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import CentreChanges from '../../src/components/CentreChanges.astro';
import { PAGE_CAPS } from '../../src/lib/pagination';
import type { HoursException } from '../../src/schemas/centre';

const NOW = Date.parse('2027-01-10T10:00:00Z');
const night = (date: string): HoursException => ({ date, eventNight: true, reason: 'Koncert' });
const days = (from: number, count: number, month = '2027-02') =>
  Array.from({ length: count }, (_, index) => night(`${month}-${String(from + index).padStart(2, '0')}`));

async function render(exceptions: HoursException[], locale: 'sl' | 'en' | 'it' = 'sl') {
  const container = await AstroContainer.create();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- typed lint cannot read .astro files; astro check types them
  return container.renderToString(CentreChanges, { props: { exceptions, events: [], locale, now: NOW } });
}
const listed = (html: string) => [...html.matchAll(/data-until="([^"]+)"/g)].map((match) => match[1]);

describe('a centre’s changes of hours', () => {
  it(`lists the next ${PAGE_CAPS.exceptions} still to come and links to the events for the rest`, async () => {
    const html = await render([...days(1, 5, '2026-12'), ...days(1, 25)]);
    expect(listed(html)).toEqual(days(1, PAGE_CAPS.exceptions).map((change) => change.date));
    expect(html).toMatch(
      new RegExp(`<p[^>]*data-changes-capped[^>]*>\\s*Tu je naslednjih ${PAGE_CAPS.exceptions} od 25 [^<]*<a href="/dogodki/">`),
    );
  });

  it('says so in English and Italian too, with the events list of the language', async () => {
    expect(await render(days(1, 25), 'en')).toMatch(/The next 10 of 25 announced changes[^<]*<a href="\/en\/events\/">/);
    expect(await render(days(1, 25), 'it')).toMatch(/i prossimi 10 cambi d’orario su 25[^<]*<a href="\/it\/eventi\/">/);
  });

  it('keeps a change that runs until today, and lists a short list whole, without the note', async () => {
    const html = await render([{ date: '2027-01-02', until: '2027-01-10', closed: true, reason: 'Prenova' }, night('2027-01-09')]);
    expect(listed(html)).toEqual(['2027-01-10']);
    expect(html).not.toContain('data-changes-capped');
  });

  it('marks a reason staff wrote in Slovenian on English and Italian pages, and keeps the date beside its colon', async () => {
    const change: HoursException = { date: '2027-02-12', closed: true, reason: 'Inventura' };
    for (const locale of ['en', 'it'] as const) {
      const html = await render([change], locale);
      expect(html).toMatch(/<\/strong>: [^<]*— <span lang="sl">Inventura<\/span>/);
    }
    expect(await render([change], 'sl')).not.toContain('lang="sl"');
  });

  it('says that none is announced when every change is over', async () => {
    const html = await render(days(1, 3, '2026-12'));
    expect(listed(html)).toEqual([]);
    expect(html).toContain('Trenutno ni napovedanih sprememb urnika.');
    expect(html).not.toContain('data-no-upcoming');
  });
});
