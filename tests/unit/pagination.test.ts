import { describe, expect, it } from 'vitest';
import { laterPages, pageCount, pageOfPosition, pagerItems, paginate, PAGE_SIZE } from '../../src/lib/pagination';
import { faqPageAlternates, faqPageUrl, faqUrl, listPageAlternates, listPageUrl, pagePath, partnerProjectsUrl } from '../../src/lib/routes';

describe('paginate', () => {
  const items = Array.from({ length: 50 }, (_, index) => index + 1);

  it('splits a list into pages that together hold every item once, in order', () => {
    const pages = Array.from({ length: pageCount(items.length, 24) }, (_, index) => paginate(items, 24, index + 1));
    expect(pages.map((page) => page.items.length)).toEqual([24, 24, 2]);
    expect(pages.flatMap((page) => page.items)).toEqual(items);
    expect(pages[2]).toMatchObject({ page: 3, pages: 3, total: 50, first: 49, last: 50 });
  });

  it('keeps one page for a short or empty list', () => {
    expect(paginate([1, 2], 24, 1)).toMatchObject({ pages: 1, first: 1, last: 2 });
    expect(paginate([], 24, 1)).toMatchObject({ items: [], pages: 1, total: 0, first: 0, last: 0 });
  });

  it('refuses a page that does not exist', () => {
    expect(() => paginate(items, 24, 4)).toThrow(RangeError);
    expect(() => paginate(items, 24, 0)).toThrow(RangeError);
    expect(() => paginate(items, 24, 1.5)).toThrow(RangeError);
  });

  it('names the pages after the first for the /stran/N/ routes', () => {
    expect(laterPages(50, 24)).toEqual([2, 3]);
    expect(laterPages(24, 24)).toEqual([]);
    expect(laterPages(0, 24)).toEqual([]);
  });
});

describe('the pager', () => {
  it('shows every number while there are few', () => expect(pagerItems(2, 4)).toEqual([1, 2, 3, 4]));
  it('shows the ends, the current page and its neighbours, with gaps between', () => {
    expect(pagerItems(7, 20)).toEqual([1, 'gap', 6, 7, 8, 'gap', 20]);
    expect(pagerItems(1, 20)).toEqual([1, 2, 'gap', 20]);
    expect(pagerItems(20, 20)).toEqual([1, 'gap', 19, 20]);
  });
  it('shows a single left-out number instead of a gap', () => expect(pagerItems(4, 20)).toEqual([1, 2, 3, 4, 5, 'gap', 20]));
  it('stays short however many pages there are', () => expect(pagerItems(5000, 10000).length).toBeLessThanOrEqual(7));
});

describe('addresses of numbered pages', () => {
  it('keep page 1 at the list and put later pages under stran/ or page/', () => {
    expect(listPageUrl('projects', 1, 'sl')).toBe('/projekti/');
    expect(listPageUrl('projects', 2, 'sl')).toBe('/projekti/stran/2/');
    expect(listPageUrl('centres', 3, 'en')).toBe('/en/centres/page/3/');
    expect(listPageAlternates('partners', 2)).toEqual({
      sl: '/partnerji/stran/2/',
      en: '/en/partners/page/2/',
      it: '/it/partner/pagina/2/',
    });
  });
  it("give a partner's projects their own pages under the partner", () => {
    expect(partnerProjectsUrl('evropska-unija', 1, 'sl')).toBe('/partnerji/evropska-unija/projekti/');
    expect(partnerProjectsUrl('evropska-unija', 2, 'sl')).toBe('/partnerji/evropska-unija/projekti/stran/2/');
    expect(partnerProjectsUrl('evropska-unija', 2, 'en')).toBe('/en/partners/evropska-unija/projects/page/2/');
  });
  it('give routes the same page path the links use', () => {
    expect(pagePath(1, 'sl')).toBeUndefined();
    expect(pagePath(4, 'sl')).toBe('stran/4');
    expect(partnerProjectsUrl('x', 4, 'en')).toBe(`/en/partners/x/projects/${pagePath(4, 'en')}/`);
  });
});

describe('the questions page in pages (#30)', () => {
  it('keeps page 1 at the questions address and puts later pages under it, in every language', () => {
    expect(faqPageUrl(1, 'sl')).toBe(faqUrl('sl'));
    expect(faqPageAlternates(1)).toEqual({ sl: '/vprasanja/', en: '/en/questions/', it: '/it/domande/' });
    expect(faqPageAlternates(2)).toEqual({ sl: '/vprasanja/stran/2/', en: '/en/questions/page/2/', it: '/it/domande/pagina/2/' });
  });
  it('links a question to the page that shows it', () => {
    expect(pageOfPosition(0, PAGE_SIZE.faq)).toBe(1);
    expect(pageOfPosition(PAGE_SIZE.faq - 1, PAGE_SIZE.faq)).toBe(1);
    expect(pageOfPosition(PAGE_SIZE.faq, PAGE_SIZE.faq)).toBe(2);
    // Every question is on exactly the page pageOfPosition names.
    const questions = Array.from({ length: 47 }, (_, index) => index);
    for (const position of questions)
      expect(paginate(questions, PAGE_SIZE.faq, pageOfPosition(position, PAGE_SIZE.faq)).items).toContain(position);
  });
  it('has as many pages as a long list of questions needs', () =>
    expect(laterPages(1000, PAGE_SIZE.faq)).toHaveLength(Math.ceil(1000 / PAGE_SIZE.faq) - 1));
});
