/**
 * Keyboard use of the home page and of one detail page of each kind: a skip link first, Tab
 * reaching every link and button, and a focus indicator wherever focus goes.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../../tools/harness/browser';
import {
  activateSkipLink,
  focusFirstElement,
  hasVisibleFocusIndicator,
  isVisiblyInViewport,
  walkTabOrder,
  type FocusedElement,
  type SkipLinkActivation,
  type TabWalk,
} from './support/keyboard';
import { DETAIL_SECTIONS, discoverPages, firstDetailPage } from '../../tools/harness/pages';

const baseUrl = inject('baseUrl');
const builtPages = discoverPages();

/** The home page, the open calls and events (with their "how to subscribe" disclosures) and the first detail page of every section that has one. */
const keyboardPaths = [
  '/',
  '/priloznosti/',
  '/dogodki/',
  ...DETAIL_SECTIONS.flatMap((section) => firstDetailPage(builtPages, section)?.urlPath ?? []),
];

const SKIP_LINK_TEXT = /Skoči|Skip/i;

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser(inject('chromiumPath'));
});

afterAll(async () => {
  await browser?.close();
});

/** A fresh page at desktop size, loaded and settled, so every walk starts from the top. */
async function openPage(context: BrowserContext, urlPath: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(urlPath, baseUrl).href, { waitUntil: 'networkidle' });
  return page;
}

describe.each(keyboardPaths)('keyboard use of %s', (urlPath) => {
  let context: BrowserContext;
  let firstFocused: FocusedElement | null;
  let skipActivation: SkipLinkActivation | undefined;
  let tabWalk: TabWalk;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const skipPage = await openPage(context, urlPath);
    firstFocused = await focusFirstElement(skipPage);
    if (firstFocused?.tag === 'a' && firstFocused.href?.includes('#')) {
      skipActivation = await activateSkipLink(skipPage, firstFocused.href);
    }
    tabWalk = await walkTabOrder(await openPage(context, urlPath));
  });

  afterAll(async () => {
    await context?.close();
  });

  it('focuses a skip link to the main content on the first Tab', () => {
    const what = firstFocused ? firstFocused.description : 'nothing';
    expect(firstFocused?.tag, `the first Tab focused ${what}`).toBe('a');
    expect(firstFocused?.href, `the first Tab focused ${what}`).toMatch(/^#./);
    expect(firstFocused?.text, `the first Tab focused ${what}`).toMatch(SKIP_LINK_TEXT);
  });

  it('shows the skip link inside the viewport while it has focus', () => {
    expect(firstFocused, 'nothing was focused by the first Tab').not.toBeNull();
    const { rect, viewport } = firstFocused!;
    const where = `${firstFocused!.description} at x=${rect.x}, y=${rect.y}, ${rect.width}×${rect.height} in a ${viewport.width}×${viewport.height} viewport`;
    expect(isVisiblyInViewport(firstFocused!), where).toBe(true);
  });

  it('moves to the main content when the skip link is activated with Enter', () => {
    expect(skipActivation, 'there is no skip link to activate').toBeDefined();
    const activation = skipActivation!;
    expect(activation.targetExists, `no element has the skip link's target id "${activation.targetId}"`).toBe(true);
    expect(activation.targetIsMainContent, `#${activation.targetId} is neither <main>, around it, nor inside it`).toBe(true);
    const moved = activation.activeElementIsInTarget || activation.locationHash === `#${activation.targetId}`;
    expect(moved, `after Enter, focus is outside #${activation.targetId} and location.hash is "${activation.locationHash}"`).toBe(true);
  });

  it('reaches every visible link and button with Tab', () => {
    expect(tabWalk.candidates.length, 'the page has no visible links or buttons at all').toBeGreaterThan(0);
    const message = `Tab never reached ${tabWalk.unreached.length} of ${tabWalk.candidates.length} visible links and buttons:\n${tabWalk.unreached.map((item) => `  - ${item}`).join('\n')}`;
    expect(tabWalk.unreached, message).toEqual([]);
  });

  it('shows a visible focus indicator on everything Tab reaches', () => {
    const withoutIndicator = tabWalk.focused
      .filter((element) => !hasVisibleFocusIndicator(element))
      .map(
        (element) => `${element.description} (outline: ${element.outlineStyle} ${element.outlineWidth}; box-shadow: ${element.boxShadow})`,
      );
    expect(withoutIndicator, `focused without a visible indicator:\n${withoutIndicator.map((item) => `  - ${item}`).join('\n')}`).toEqual(
      [],
    );
  });
});
