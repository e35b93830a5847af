/**
 * `npm run screenshots`: PNGs of the section pages and one detail page of each kind, at desktop,
 * mobile and desktop-dark, for reviewing the design without running a browser by hand.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './harness/browser';
import { ensureFreshBuild } from './harness/build';
import { DETAIL_SECTIONS, discoverPages, firstDetailPage, type BuiltPage } from './harness/pages';
import { distDir, screenshotsDir } from './harness/paths';
import { startServer, stopServer } from './harness/server';

interface ScreenshotVariant {
  name: string;
  viewport: { width: number; height: number };
  colorScheme: 'light' | 'dark';
}

const VARIANTS: ScreenshotVariant[] = [
  { name: 'desktop', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: 'mobile', viewport: { width: 360, height: 740 }, colorScheme: 'light' },
  { name: 'desktop-dark', viewport: { width: 1280, height: 800 }, colorScheme: 'dark' },
];

/** The URLs to photograph: home, then each section and its first entry where one exists. */
function pathsToCapture(pages: BuiltPage[]): string[] {
  return [
    '/',
    ...DETAIL_SECTIONS.flatMap((section) => {
      const detail = firstDetailPage(pages, section);
      if (!detail) console.warn(`no detail page under ${section}: skipping its first entry`);
      return detail ? [section, detail.urlPath] : [section];
    }),
  ];
}

/**
 * File name from URL and variant.
 * @example screenshotName('/programi/ese/', 'mobile') // 'programi-ese--mobile.png'
 */
function screenshotName(urlPath: string, variantName: string): string {
  const slug = urlPath.replace(/^\/|\/$/g, '').replace(/\//g, '-') || 'home';
  return `${slug}--${variantName}.png`;
}

/** One full-page PNG per variant of one URL, each in its own context so themes never leak. */
async function captureUrl(browser: Browser, baseUrl: string, urlPath: string): Promise<void> {
  for (const variant of VARIANTS) {
    const context = await browser.newContext({ viewport: variant.viewport, colorScheme: variant.colorScheme });
    try {
      const page = await context.newPage();
      await page.goto(new URL(urlPath, baseUrl).href, { waitUntil: 'networkidle' });
      const file = path.join(screenshotsDir, screenshotName(urlPath, variant.name));
      await page.screenshot({ path: file, fullPage: true });
      console.log(file);
    } finally {
      await context.close();
    }
  }
}

async function main(): Promise<void> {
  ensureFreshBuild();
  const paths = pathsToCapture(discoverPages());
  mkdirSync(screenshotsDir, { recursive: true });
  const staticServer = await startServer(distDir);
  const browser = await launchBrowser();
  try {
    for (const urlPath of paths) await captureUrl(browser, staticServer.baseUrl, urlPath);
  } finally {
    await browser.close();
    await stopServer(staticServer);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
