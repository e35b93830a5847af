/**
 * Smaller things a visitor trusts (#30), read from the built pages: counts that agree with the
 * lists they count, a menu that reaches the start page and the questions, a centre page that leads
 * to the events, one way of writing money on a page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeValue, parseHtml } from '../../tools/harness/html';
import { distDir } from '../../tools/harness/paths';

const html = (urlPath: string) => readFileSync(path.join(distDir, urlPath, 'index.html'), 'utf8');
const documentOf = (urlPath: string) => parseHtml(html(urlPath), urlPath);
const text = (urlPath: string) =>
  html(urlPath)
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    // Ordinary white space only: the no-break space inside an amount is part of its format.
    .replace(/[ \t\n\r]+/g, ' ');

describe('counts agree with the lists they count', () => {
  it.each([
    ['/partnerji/', '/partnerji/'],
    ['/en/partners/', '/en/partners/'],
  ])('%s counts what each partner page lists', async (list, partnerPrefix) => {
    const root = await documentOf(list);
    const cards = root.querySelectorAll('main li.card');
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const href = attributeValue(card.querySelector('a')!, 'href')!;
      expect(href.startsWith(partnerPrefix)).toBe(true);
      const counted = [...card.querySelector('p')!.textContent.matchAll(/(\d+) (?:projekt|program|project|programme)/g)].reduce(
        (sum, match) => sum + Number(match[1]),
        0,
      );
      // The partner page lists up to ten and links to the rest with the total in its words.
      const section = (await documentOf(href)).querySelector('section[aria-labelledby="partner-projects"]')!;
      const all = /\((\d+)\)/.exec(section.querySelector('p > a')?.textContent ?? '')?.[1];
      const listed = section.querySelectorAll('ul[role="list"] > li').length;
      expect(counted, href).toBe(all ? Number(all) : listed);
    }
  });

  it('no longer says "Evropska unija · 0 projektov" while the funders page lists what it funds', () => {
    expect(text('/partnerji/')).not.toContain('Evropska unija · 0 projektov');
    expect(text('/financerji/')).toContain('Evropska unija');
  });
});

describe('ways in', () => {
  it.each([
    ['/', '/kako-zaceti/', '/vprasanja/'],
    ['/en/', '/en/get-started/', '/en/questions/'],
  ])('the main menu of %s leads to the start page and the questions', async (page, start, questions) => {
    const menu = (await documentOf(page)).querySelector('[data-site-nav]')!;
    const links = menu.querySelectorAll('a').map((link) => attributeValue(link, 'href'));
    expect(links).toContain(start);
    expect(links).toContain(questions);
  });

  it.each(['/centri/center-mladih-koper/', '/centri/mladinski-center-markovec-city/', '/en/centres/center-mladih-koper/'])(
    '%s links to the events list, with or without events',
    async (page) => {
      const link = (await documentOf(page)).querySelector('[data-events-link] a');
      expect(link && attributeValue(link, 'href')).toBe(page.startsWith('/en/') ? '/en/events/' : '/dogodki/');
    },
  );
});

describe('money', () => {
  it.each([
    ['/projekti/ko-prosto/', /\d{1,3}(?:\.\d{3})*,\d{2}\u00a0€/g],
    ['/en/projects/ko-prosto/', /€\d{1,3}(?:,\d{3})*\.\d{2}/g],
  ])('%s writes every amount the one way of its language', (page, format) => {
    const amounts = text(page).match(/[\d.,\u00a0 ]*\d[\d.,\u00a0 ]*\s?€|€\s?\d[\d.,]*/g) ?? [];
    expect(amounts.length).toBeGreaterThan(0);
    for (const amount of amounts) expect(amount.trim(), page).toMatch(new RegExp(`^${format.source}$`));
  });
});
