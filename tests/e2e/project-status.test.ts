/**
 * Ongoing/finished is computed in the visitor's browser for the day in Ljubljana. What the lists
 * show without JavaScript is decided by the markup alone: tests/components/project-groups.test.ts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserSession } from './support/browser-session';

const baseUrl = inject('baseUrl');
const session = useBrowserSession();

/** Opens a page with the browser clock fixed at `instant` (and JavaScript on or off). */
async function open(path: string, options: { instant?: string; javaScript?: boolean; timezoneId?: string } = {}): Promise<Page> {
  const context = await session.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    timezoneId: options.timezoneId ?? 'Europe/Ljubljana',
  });
  const page = await context.newPage();
  if (options.instant) await page.clock.setFixedTime(new Date(options.instant));
  await page.goto(new URL(path, baseUrl).href);
  return page;
}

const statusOn = (page: Page) => page.locator('[data-project-status]').first().getAttribute('data-project-status');

describe('project status in the browser', () => {
  it('shows KO-PROSTO as ongoing in its last month and finished the day after', async () => {
    const during = await open('/projekti/ko-prosto/', { instant: '2022-01-31T12:00:00+01:00' });
    expect(await statusOn(during)).toBe('ongoing');
    expect(await during.locator('[data-project-status]').first().textContent()).toBe('V teku');
    const after = await open('/projekti/ko-prosto/', { instant: '2022-02-01T08:00:00+01:00' });
    expect(await statusOn(after)).toBe('finished');
    expect(await after.locator('[data-project-status]').first().textContent()).toBe('Zaključen');
  });

  it('uses the day in Ljubljana even for a visitor whose clock is in New York', async () => {
    // 23:30 on 31 January in New York is already 1 February in Ljubljana.
    const page = await open('/projekti/ko-prosto/', { instant: '2022-02-01T04:30:00Z', timezoneId: 'America/New_York' });
    expect(await statusOn(page)).toBe('finished');
  });

  it('groups the home page projects into ongoing and finished', async () => {
    const page = await open('/', { instant: '2026-11-21T10:00:00+01:00' });
    const ongoing = page.locator('[data-status-group~="ongoing"]');
    const finished = page.locator('[data-status-group~="finished"]');
    await expect.poll(() => ongoing.isVisible()).toBe(true);
    expect(await ongoing.getByRole('link', { name: 'Upravljalski model KC Pekarna' }).count()).toBe(1);
    expect(await finished.getByRole('link', { name: 'KO-PROSTO' }).count()).toBe(1);
    expect(await page.locator('[data-status-fallback]').isVisible()).toBe(false);
  });
});
