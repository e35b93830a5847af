/**
 * Without JavaScript, the project lists show every project with its period, and the two groups
 * the browser fills in (ongoing, finished) stay hidden: decided by ProjectGroups' markup alone,
 * so it is rendered on its own instead of being opened in a browser with JavaScript off.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import ProjectGroups from '../../src/components/ProjectGroups.astro';
import type { Project } from '../../src/data/collections';

const project = (slug: string, title: string, period: { start: string; end?: string }, textLocale: 'sl' | 'en' = 'sl') =>
  ({
    slug,
    textLocale,
    bodyLocale: textLocale,
    updated: '2026-01-01',
    body: {},
    data: { title, summary: `${title}, na kratko.`, lead: 'sent', period },
  }) as unknown as Project;

const projects = [
  project('ko-prosto', 'KO-PROSTO', { start: '2019-11', end: '2022-01' }),
  project('pekarna', 'Upravljalski model KC Pekarna', { start: '2024-01' }),
];

async function render(locale: 'sl' | 'en') {
  const container = await AstroContainer.create();
  // eslint-disable-next-line @typescript-eslint/no-unsafe-argument -- typed lint cannot read .astro files; astro check types them
  return container.renderToString(ProjectGroups, {
    props: { projects, leadNames: new Map([['sent', 'Sent']]), fallbackTitle: 'Vsi projekti', locale },
  });
}

describe('ProjectGroups without JavaScript', () => {
  it('lists every project with its period and its lead in the list that shows', async () => {
    const html = await render('sl');
    const fallback = /<section data-status-fallback[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[0] ?? '';
    // the list's own tag: a badge inside it is hidden by its class until the browser knows the day
    expect(/^<section[^>]*>/.exec(fallback)?.[0]).not.toMatch(/\shidden[\s>=]/);
    expect(fallback.match(/<li>/g)).toHaveLength(2);
    expect(fallback).toContain('november 2019 – januar 2022');
    expect(fallback).toContain('Sent');
  });

  it('hides both groups until the browser fills them', async () => {
    const html = await render('en');
    const groups = html.match(/<section data-status-group="(ongoing upcoming|finished)"[^>]*>/g) ?? [];
    expect(groups).toHaveLength(2);
    for (const group of groups) expect(group).toMatch(/\shidden[\s>=]/);
  });

  it('marks a title in another language with its lang', async () => {
    const html = await render('en');
    expect(html).toMatch(/<h3[^>]*lang="sl"[^>]*>\s*<a href="\/en\/projects\/ko-prosto\/"/);
  });
});
