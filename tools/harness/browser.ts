/**
 * Finding and starting the machine's own Chromium. Playwright's bundled browsers cannot be
 * downloaded on our machines, so we always drive Debian's Chromium (or another local Chrome).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for every launch. The background-networking ones matter: without them Chromium keeps
 * calling Google's hosts, which our closed network refuses, and a test would see that noise.
 */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const WELL_KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
];

const COMMAND_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const INSTALL_HINT =
  'Install one with `apt-get update && apt-get install -y chromium` (Debian/Ubuntu, as root), ' +
  'or point CHROMIUM_PATH at a Chromium or Chrome executable. ' +
  "Playwright's own browser download (`npx playwright install`) does not work on our machines.";

/** True when a file exists there and may be executed; a dangling path or a folder is no browser. */
export function isExecutable(filePath: string): boolean {
  try {
    accessSync(filePath, constants.X_OK);
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/** Resolves a command name through PATH, the way a shell would, or undefined. */
function whichCommand(name: string): string | undefined {
  try {
    const found = execFileSync('which', [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return found && isExecutable(found) ? found : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Looks for a Chromium without installing anything: CHROMIUM_PATH first (an explicit choice
 * that is wrong is an error, not something to quietly replace), then well-known paths, then PATH.
 */
export function locateChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no executable is there. ${INSTALL_HINT}`);
    }
    return fromEnv;
  }
  return WELL_KNOWN_PATHS.find(isExecutable) ?? COMMAND_NAMES.map(whichCommand).find(Boolean);
}

/** Installing with apt only makes sense as root on Debian or Ubuntu; elsewhere we explain instead. */
function canInstallWithApt(): boolean {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/etc/debian_version') && whichCommand('apt-get') !== undefined;
}

/** Runs apt-get in the foreground so its progress shows; a failed install stops the run. */
function installChromiumWithApt(): void {
  console.log('No Chromium found: installing chromium with apt-get (apt-get update && apt-get install -y chromium)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      throw new Error(`\`apt-get ${args.join(' ')}\` failed (exit ${result.status ?? result.signal}). ${INSTALL_HINT}`);
    }
  }
}

/**
 * Returns the path of a Chromium to drive, installing Debian's package when we may.
 * Browser tests are never skipped for want of a browser: without one this throws.
 */
export function findChromium(): string {
  const found = locateChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    installChromiumWithApt();
    const installed = locateChromium();
    if (installed) return installed;
    throw new Error(`apt-get installed chromium, but no Chromium executable was found afterwards. ${INSTALL_HINT}`);
  }
  throw new Error(`No Chromium or Chrome found for the browser tests. ${INSTALL_HINT}`);
}

/** Starts a headless Chromium with our flags; callers close it. */
export async function launchBrowser(executablePath: string = findChromium()): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS, headless: true });
}
