/**
 * The three visits of #22, read from the built pages: the next step to apply is a link (to the
 * official portal, or to the youth centres in the reader's language), the costs passage says
 * honestly what the site does not state and where to ask, every contact says whose it is, a centre
 * says how to reach it, and event nights read as a promise only when an event is in the calendar.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discoverPages } from '../../tools/harness/pages';
import { contentDir, distDir } from '../../tools/harness/paths';

const pages = discoverPages();
const html = (urlPath: string) => readFileSync(path.join(distDir, pages.find((page) => page.urlPath === urlPath)!.file), 'utf8');
const textOf = (fragment: string) =>
  fragment
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
const section = (page: string, id: string) => new RegExp(`<section[^>]*aria-labelledby="${id}"[\\s\\S]*?</section>`).exec(page)?.[0] ?? '';

const programmePages = pages.filter((page) => /^\/(en\/programmes|programi)\/[^/]+\/$/.test(page.urlPath)).map((page) => page.urlPath);
const centrePages = pages.filter((page) => /^\/(en\/centres|centri)\/[^/]+\/$/.test(page.urlPath)).map((page) => page.urlPath);
const PORTAL = /^https:\/\/youth\.europa\.eu\//;

describe.each(programmePages)('the programme page %s', (urlPath) => {
  const page = html(urlPath);
  const english = urlPath.startsWith('/en/');
  const steps = [...section(page, 'how-to').matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1]!);

  it('links every step that names a place to go: the portal, or the youth centres in its language', () => {
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) {
      const links = [...step.matchAll(/<a href="([^"]+)"([^>]*)>/g)].map((match) => ({ href: match[1]!, attributes: match[2]! }));
      if (/portal/i.test(textOf(step)))
        expect(
          links.some((link) => PORTAL.test(link.href) && /rel="noopener noreferrer"/.test(link.attributes)),
          textOf(step),
        ).toBe(true);
      if (/(mladinsk\w* cent|youth centre)/i.test(textOf(step)))
        expect(
          links.map((link) => link.href),
          textOf(step),
        ).toContain(english ? '/en/centres/' : '/centri/');
    }
  });

  it('says honestly that it does not state costs or pocket money, and links where to ask', () => {
    const costs = section(page, 'costs');
    expect(textOf(costs)).toMatch(english ? /pocket money/ : /žepnin/);
    expect(costs).toMatch(/<a href="https:\/\/youth\.europa\.eu\/[^"]*" rel="noopener noreferrer"/);
    // No figure slipped in: the passage names no amount, no euro and no number of months.
    expect(textOf(costs)).not.toMatch(/\d|€|EUR/);
  });
});

describe('contacts', () => {
  it.each(['/', '/en/', '/programi/ese/', '/en/centres/center-mladih-koper/'])('%s: the footer says whose each contact is', (urlPath) => {
    const footer = /<footer[\s\S]*?<\/footer>/.exec(html(urlPath))![0];
    const contacts = [...footer.matchAll(/<li data-footer-contact>([\s\S]*?)<\/li>/g)].map((match) => textOf(match[1]!));
    expect(contacts.length).toBeGreaterThan(0);
    for (const contact of contacts)
      expect(contact).toMatch(
        urlPath.startsWith('/en/')
          ? /^Pekarna Magdalenske mreže Based in Maribor\. For questions about its projects\./
          : /^Pekarna Magdalenske mreže Sedež: Maribor\. Za vprašanja o njenih projektih\./,
      );
    expect(textOf(footer)).toMatch(
      urlPath.startsWith('/en/') ? /Youth centres: come in person during opening hours/ : /Mladinski centri: pridi osebno v času odprtja/,
    );
  });

  it.each(centrePages)('%s says how to reach the centre', (urlPath) => {
    const contact = /<p[^>]*data-centre-contact[^>]*>([\s\S]*?)<\/p>/.exec(html(urlPath))?.[1] ?? '';
    expect(textOf(contact)).toMatch(/mailto:|tel:|Pridi osebno v času odprtja|Come in person during opening hours/);
  });
});

describe('event nights', () => {
  const events = readdirSync(path.join(contentDir, 'events', 'sl')).filter((file) => /\.mdx?$/.test(file));

  it.each(centrePages)('%s: the event-night rule is conditional on the calendar, and says when nothing is in it', (urlPath) => {
    const page = html(urlPath);
    if (!/data-no-event-nights|Ob prireditvah:|Event nights:/.test(page)) return;
    expect(textOf(page)).toMatch(/ko je v koledarju objavljena prireditev|with an event in the calendar/);
    const atThisCentre = events.filter((file) =>
      readFileSync(path.join(contentDir, 'events', 'sl', file), 'utf8').includes(`centre: ${urlPath.split('/').at(-2)}`),
    );
    expect(page.includes('data-no-event-nights')).toBe(atThisCentre.length === 0);
  });
});
