/**
 * Runs once before the browser test files: build (or reuse) the site, make sure a Chromium is
 * there (so an apt install happens once, up front), and serve dist/ for every test file.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from './browser';
import { ensureFreshBuild } from './build';
import { distDir } from './paths';
import { startServer, stopServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server for dist/, e.g. `http://127.0.0.1:43117`. */
    baseUrl: string;
    /** Chromium executable found (or installed) by the global setup. */
    chromiumPath: string;
  }
}

export default async function setup(project: TestProject) {
  ensureFreshBuild();
  const chromiumPath = findChromium();
  const staticServer = await startServer(distDir);
  project.provide('baseUrl', staticServer.baseUrl);
  project.provide('chromiumPath', chromiumPath);
  console.log(`serving dist/ at ${staticServer.baseUrl}; browser: ${chromiumPath}`);
  return async function teardown() {
    await stopServer(staticServer);
  };
}
