import { describe, expect, it } from 'vitest';
import { formatLanguageTable, languageOfPath, languageTimes, parsePageTimes, shareRenderTime } from '../../tools/bench/language-times';

describe('the language a route of the built site belongs to', () => {
  it('is the language of its prefix, and the default language at the root', () => {
    expect(languageOfPath('/en/projects/x/')).toBe('en');
    expect(languageOfPath('/it/progetti/stran/2/')).toBe('it');
    expect(languageOfPath('/it/')).toBe('it');
    expect(languageOfPath('/projekti/x/')).toBe('sl');
    expect(languageOfPath('/dogodki/koledar.ics')).toBe('sl');
  });

  it('is shared for the staff editor and the files at the root itself', () => {
    expect(languageOfPath('/admin/')).toBe('shared');
    expect(languageOfPath('/admin/config.yml')).toBe('shared');
    expect(languageOfPath('/404.html')).toBe('shared');
    // Astro renders the 404 page at this address (and writes it to /404.html).
    expect(languageOfPath('/404/')).toBe('shared');
    expect(languageOfPath('/404')).toBe('shared');
    expect(languageOfPath('/robots.txt')).toBe('shared');
  });

  it('counts the Slovenian home page as Slovenian, not as a file at the root', () => {
    expect(languageOfPath('/')).toBe('sl');
  });
});

describe('the render phase shared out among the routes in flight', () => {
  it('gives a route rendered alone all of its time', () => {
    const shares = shareRenderTime([{ path: '/a/', start: 0, end: 10 }], languageOfPath);
    expect(shares.get('sl')).toBe(10);
  });

  it('splits each moment evenly among the routes rendering then, so the shares add up to the wall time', () => {
    // sl alone 0–5, sl and en 5–10 (2.5 each), en alone 10–12, two it pages overlapping en 12–16 (4/3 each).
    const shares = shareRenderTime(
      [
        { path: '/a/', start: 0, end: 10 },
        { path: '/en/a/', start: 5, end: 16 },
        { path: '/it/a/', start: 12, end: 16 },
        { path: '/it/b/', start: 12, end: 16 },
      ],
      languageOfPath,
    );
    expect(shares.get('sl')).toBeCloseTo(7.5, 9);
    expect(shares.get('en')).toBeCloseTo(2.5 + 2 + 4 / 3, 9);
    expect(shares.get('it')).toBeCloseTo(8 / 3, 9);
    const total = [...shares.values()].reduce((sum, value) => sum + value, 0);
    expect(total).toBeCloseTo(16, 9);
  });

  it('counts no time for gaps in which nothing renders, nor for a route that ended at the instant another starts', () => {
    const shares = shareRenderTime(
      [
        { path: '/a/', start: 0, end: 4 },
        { path: '/en/a/', start: 4, end: 6 },
        { path: '/it/a/', start: 10, end: 11 },
      ],
      languageOfPath,
    );
    expect(Object.fromEntries(shares)).toEqual({ sl: 4, en: 2, it: 1 });
  });
});

describe('a build timed per language', () => {
  const times = parsePageTimes(
    [
      // On a busy machine the wall clock runs faster than the main thread's CPU clock.
      '{"path":"/","start":0,"end":2000,"cpuStart":0,"cpuEnd":1000}',
      '{"path":"/projekti/rss.xml","start":2000,"end":3000,"cpuStart":1000,"cpuEnd":1200}',
      '{"path":"/en/","start":3000,"end":4000,"cpuStart":1200,"cpuEnd":1700}',
      '{"path":"/it/","start":4000,"end":4500,"cpuStart":1700,"cpuEnd":2000}',
      '{"path":"/admin/","start":4500,"end":5000,"cpuStart":2000,"cpuEnd":2100}',
      '',
    ].join('\n'),
  );

  it('has a row per language of the list and one for what is shared, with pages and other files apart', () => {
    const rows = languageTimes(times, { sl: { pages: 1, seconds: 1.5, cpuSeconds: 2 } });
    expect(rows.map((row) => [row.language, row.pages, row.otherFiles, row.renderSeconds, row.renderCpuSeconds])).toEqual([
      ['sl', 1, 1, 3, 1.2],
      ['en', 1, 0, 1, 0.5],
      ['it', 1, 0, 0.5, 0.3],
      ['shared', 1, 0, 0.5, 0.1],
    ]);
    expect(rows[0]!.pagefind).toEqual({ pages: 1, seconds: 1.5, cpuSeconds: 2 });
    expect(rows[3]!.pagefind).toBeUndefined();
  });

  it('has no CPU figures when the timer recorded none', () => {
    const wallOnly = times.map(({ path, start, end }) => ({ path, start, end }));
    expect(languageTimes(wallOnly).map((row) => row.renderCpuSeconds)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('prints each language and a total that adds them up, beside the phase as the build log timed it', () => {
    const pagefind = { sl: { pages: 1, seconds: 2, cpuSeconds: 0.8 } };
    const table = formatLanguageTable([
      { entries: 1000, languages: languageTimes(times, pagefind), renderPhaseSeconds: 5.2, pagefindSeconds: 2.5 },
    ]);
    expect(table).toMatch(/^1000\s+sl\s+1\s+1\s+3\.0 s \(60 %\)\s+1\.2 s \(57 %\)\s+2\.0 s\s+0\.8 s\s+2\.0 s$/m);
    expect(table).toMatch(/^1000\s+en\s+1\s+0\s+1\.0 s \(20 %\)\s+0\.5 s \(24 %\)\s+-\s+-\s+0\.5 s$/m);
    expect(table).toMatch(/^1000\s+total\s+4\s+1\s+5\.0 s \(phase 5\.2 s\)\s+2\.1 s\s+2\.0 s \(together 2\.5 s\)\s+0\.8 s\s+2\.9 s$/m);
  });
});
