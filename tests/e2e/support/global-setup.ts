/**
 * Runs once before the browser test files: build (or reuse) the site, make sure a Chromium is
 * there (so an apt install happens once, up front), and serve dist/ for every test file.
 */
import type { TestProject } from 'vitest/node';
import { findChromium } from '../../../tools/harness/browser';
import { ensureFreshBuild } from '../../../tools/harness/build';
import { distDir } from '../../../tools/harness/paths';
import { startServer, stopServer } from '../../../tools/harness/server';

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
