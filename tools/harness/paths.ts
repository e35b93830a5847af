/** Where things are, resolved from this file so the harness works from any working directory. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The build under test: dist/, or E2E_DIST_DIR to test another build as it is (a copy with a
 * defect planted in it, to see that a gate fails; or a build made in another checkout).
 */
export const distDir = process.env.E2E_DIST_DIR ? path.resolve(process.env.E2E_DIST_DIR) : path.join(projectRoot, 'dist');

/** True when E2E_DIST_DIR points the tests at a build that `npm run build` does not write. */
export const isForeignDist = distDir !== path.join(projectRoot, 'dist');

export const contentDir = path.join(projectRoot, 'content');
export const screenshotsDir = path.join(projectRoot, 'screenshots');
