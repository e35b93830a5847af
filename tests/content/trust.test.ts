/**
 * What the real content says reads as true (#30): money only from the fields, written one way by
 * src/lib/format.ts; a finished project told as done, not as a plan; and a value the content chose
 * itself marked as assumed, so the site says it is not confirmed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { realCentre } from '../unit/support/ljubljana';

const content = fileURLToPath(new URL('../../content', import.meta.url));
const bodies = readdirSync(content, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
  .map((entry) => {
    const path = join(entry.parentPath, entry.name);
    const text = readFileSync(path, 'utf8');
    const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n?([\s\S]*)$/.exec(text) ?? [];
    return { path: path.slice(content.length + 1), frontmatter, body };
  });

describe('the real content', () => {
  it('writes no amount of money by hand in a body: the funders box formats amounts, one way per language', () => {
    const byHand = bodies.filter(({ body }) => /\d[\d.,\s]*\s?€|€\s?\d/.test(body)).map(({ path }) => path);
    expect(byHand).toEqual([]);
  });

  it('tells a finished project as done: no "naj bi" (was to) or "was planned" in its body', () => {
    const finished = bodies.filter(
      ({ path, frontmatter }) => path.startsWith('projects/sl/') && (/\n\s+end: "(\d{4})/.exec(frontmatter)?.[1] ?? '9999') < '2026',
    );
    expect(finished.map(({ path }) => path)).toContain('projects/sl/ko-prosto.md');
    for (const { path, body } of finished) expect(body, path).not.toMatch(/\bnaj bi\b/);
    const english = bodies.find(({ path }) => path === 'projects/en/ko-prosto.md')!;
    expect(english.body).not.toMatch(/\b(was|were) (planned|to)\b/);
  });

  it("marks Koper's event-night opening on closed days as assumed, as its assumptions note says", () => {
    const koper = realCentre('center-mladih-koper');
    expect(koper.assumptions?.some((note) => note.includes('18:00'))).toBe(true);
    expect(koper.assumed).toContain('eventNights.opensOnClosedDays');
  });
  it("marks both centres' holiday rule as assumed, as their assumptions notes say we chose it", () => {
    for (const id of ['center-mladih-koper', 'mladinski-center-markovec-city']) {
      const centre = realCentre(id);
      expect(centre.assumptions?.some((note) => note.includes('praznik'))).toBe(true);
      expect(centre.assumed, id).toContain('publicHolidays');
    }
  });
});

describe('counts of what a partner does', () => {
  it('name projects and programmes apart, as the partner page lists them', async () => {
    const { sl } = await import('../../src/i18n/sl');
    const { en } = await import('../../src/i18n/en');
    expect(sl.partners.workCount(0, 1)).toBe('1 program');
    expect(sl.partners.workCount(2, 1)).toBe('2 projekta, 1 program');
    expect(sl.partners.workCount(0, 0)).toBe('0 projektov');
    expect(en.partners.workCount(3, 2)).toBe('3 projects, 2 programmes');
  });
});
