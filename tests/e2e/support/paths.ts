/** Where things are, resolved from this file so the harness works from any working directory. */
import { fileURLToPath } from 'node:url';
import path from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../../', import.meta.url));
export const distDir = path.join(projectRoot, 'dist');
export const contentDir = path.join(projectRoot, 'content');
export const screenshotsDir = path.join(projectRoot, 'screenshots');
