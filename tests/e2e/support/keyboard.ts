/**
 * Keyboard observations for a page: what the first Tab focuses, what the skip link does, and
 * which elements a full walk with Tab reaches and how each one looks while focused.
 */
import type { Page } from 'playwright-core';

/** What a focused element is and how it looks, measured while it has focus. */
export interface FocusedElement {
  tag: string;
  /** The `href` attribute as written, e.g. `#main`. */
  href: string | null;
  text: string;
  /** `a.nav-link "Programi" → /programi/`: enough to find it in the source. */
  description: string;
  rect: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
}

export interface SkipLinkActivation {
  targetId: string;
  targetExists: boolean;
  /** The target is `<main>`, wraps it, or sits inside it. */
  targetIsMainContent: boolean;
  activeElementIsInTarget: boolean;
  locationHash: string;
}

export interface TabWalk {
  /** Visible links and buttons on the page, described. */
  candidates: string[];
  /** Candidates that no Tab press focused. */
  unreached: string[];
  /** Every element focused along the way, in order. */
  focused: FocusedElement[];
}

/** Focused element details; runs in the page, so it may use only what it defines itself. */
function readActiveElement(): FocusedElement | null {
  const element = document.activeElement;
  if (!element || element === document.body || element === document.documentElement) return null;
  const style = getComputedStyle(element);
  const rect = element.getBoundingClientRect();
  const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
  const classes = [...element.classList]
    .slice(0, 2)
    .map((name) => `.${name}`)
    .join('');
  const href = element.getAttribute('href');
  return {
    tag: element.tagName.toLowerCase(),
    href,
    text,
    description: `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes} "${text.slice(0, 60)}"${href ? ` → ${href}` : ''}`,
    rect: { x: rect.x, y: rect.y, width: rect.width, height: rect.height },
    viewport: { width: window.innerWidth, height: window.innerHeight },
    outlineStyle: style.outlineStyle,
    outlineWidth: style.outlineWidth,
    boxShadow: style.boxShadow,
  };
}

/** A focused element is inside the viewport with a real size (a 1×1 px clip is not "visible"). */
export function isVisiblyInViewport(element: FocusedElement): boolean {
  const { x, y, width, height } = element.rect;
  return width > 1 && height > 1 && x >= 0 && y >= 0 && x + width <= element.viewport.width && y + height <= element.viewport.height;
}

/**
 * A focus indicator is an outline with a style and a width, or a box shadow (Tailwind's
 * `ring`). Chromium's default ring is `outline: auto 1px`, which counts.
 */
export function hasVisibleFocusIndicator(element: FocusedElement): boolean {
  const hasOutline = element.outlineStyle !== 'none' && parseFloat(element.outlineWidth) > 0;
  return hasOutline || (element.boxShadow !== '' && element.boxShadow !== 'none');
}

/**
 * True once the focused element's own finite transitions and animations (a skip link sliding
 * in) have ended; endless ones, like a pulsing "open now" dot, are ignored so they cannot stall.
 */
function focusTransitionsHaveEnded(): boolean {
  const element = document.activeElement;
  if (!element) return true;
  return element
    .getAnimations({ subtree: true })
    .every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().endTime === Infinity);
}

/** Presses Tab once and reads what got focus, after any show-on-focus transition has run. */
async function pressTabAndRead(page: Page): Promise<FocusedElement | null> {
  await page.keyboard.press('Tab');
  await page.waitForFunction(focusTransitionsHaveEnded, null, { timeout: 2_000 }).catch(() => undefined);
  return page.evaluate(readActiveElement);
}

/** What the very first Tab after loading focuses: the skip link, if the page has one first. */
export async function focusFirstElement(page: Page): Promise<FocusedElement | null> {
  return pressTabAndRead(page);
}

/** Presses Enter on the focused skip link and reports where that leads. */
export async function activateSkipLink(page: Page, href: string): Promise<SkipLinkActivation> {
  const targetId = decodeURIComponent(href.replace(/^[^#]*#/, ''));
  await page.keyboard.press('Enter');
  await page
    .waitForFunction((id) => location.hash === `#${id}` || document.activeElement?.closest(`[id="${CSS.escape(id)}"]`), targetId, {
      timeout: 1_000,
    })
    .catch(() => undefined); // the assertions below explain what did not happen
  return page.evaluate((id) => {
    const target = document.getElementById(id);
    const main = document.querySelector('main, [role="main"]');
    const active = document.activeElement;
    return {
      targetId: id,
      targetExists: target !== null,
      targetIsMainContent: !!target && !!main && (target === main || target.contains(main) || main.contains(target)),
      activeElementIsInTarget: !!target && !!active && (active === target || target.contains(active)),
      locationHash: location.hash,
    };
  }, targetId);
}

/**
 * Marks the visible links and buttons a keyboard user must be able to reach. A visible link
 * taken out of the tab order with tabindex="-1" counts: only aria-hidden duplicates may be skipped.
 */
function collectCandidates(): string[] {
  const selector = 'a[href], button:not([disabled]), summary, [role="button"]:not([disabled]), [role="link"]';
  // Inline callbacks only: a named inner function would carry tsx's `__name` helper into the page.
  const candidates = [...document.querySelectorAll(selector)].filter((element) => {
    const rect = element.getBoundingClientRect();
    return (
      rect.width > 0 &&
      rect.height > 0 &&
      element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) &&
      !element.closest('[inert], [aria-hidden="true"]')
    );
  });
  const state = { candidates, reached: new Set<Element>() };
  (window as unknown as { __e2eTabWalk: typeof state }).__e2eTabWalk = state;
  return candidates.map((element) => {
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    const href = element.getAttribute('href');
    return `${element.tagName.toLowerCase()} "${text || element.getAttribute('aria-label') || ''}"${href ? ` → ${href}` : ''}`;
  });
}

/** Records the focused element as reached; says whether it was reached before (the walk has wrapped). */
function recordReached(): 'new' | 'seen' | 'none' {
  const state = (window as unknown as { __e2eTabWalk: { candidates: Element[]; reached: Set<Element> } }).__e2eTabWalk;
  const element = document.activeElement;
  if (!element || element === document.body) return 'none';
  if (state.reached.has(element)) return 'seen';
  state.reached.add(element);
  return 'new';
}

/** Indexes of candidates that were never focused. */
function unreachedCandidateIndexes(): number[] {
  const state = (window as unknown as { __e2eTabWalk: { candidates: Element[]; reached: Set<Element> } }).__e2eTabWalk;
  return state.candidates.flatMap((element, index) => (state.reached.has(element) ? [] : [index]));
}

/**
 * Tabs through the whole page from a fresh load until focus leaves the document or comes back
 * to an element already visited, with a bound so a focus trap cannot hang the test.
 */
export async function walkTabOrder(page: Page): Promise<TabWalk> {
  const candidates = await page.evaluate(collectCandidates);
  const maximumPresses = candidates.length * 2 + 30;
  const focused: FocusedElement[] = [];
  for (let press = 0; press < maximumPresses; press += 1) {
    const element = await pressTabAndRead(page);
    const reached = await page.evaluate(recordReached);
    if (reached === 'seen' || (reached === 'none' && focused.length > 0)) break;
    if (element && reached === 'new') focused.push(element);
  }
  const unreachedIndexes = await page.evaluate(unreachedCandidateIndexes);
  return { candidates, unreached: candidates.filter((_, index) => unreachedIndexes.includes(index)), focused };
}
