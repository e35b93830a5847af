#!/usr/bin/env node
/**
 * Adds the other platforms' optional binary packages (rollup, pagefind, …) to
 * package-lock.json.
 *
 * Why: the registry these machines reach does not serve every platform build,
 * so `npm install` cannot record them and `npm ci` then refuses the lockfile as
 * "out of sync". An entry with the version and the platform fields (os, cpu,
 * libc, read from the package name) lets `npm ci` skip them here and fetch them
 * on the platforms that need them.
 *
 * Run after any `npm install` that changes dependencies:
 *   node tools/complete-lockfile.mjs
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const LOCK = new URL('../package-lock.json', import.meta.url);

const OS_TOKENS = {
  darwin: 'darwin',
  linux: 'linux',
  win32: 'win32',
  windows: 'win32',
  freebsd: 'freebsd',
  openbsd: 'openbsd',
  netbsd: 'netbsd',
  android: 'android',
  openharmony: 'openharmony',
  sunos: 'sunos',
  aix: 'aix',
};
const CPU_TOKENS = {
  arm64: 'arm64',
  x64: 'x64',
  ia32: 'ia32',
  arm: 'arm',
  loong64: 'loong64',
  ppc64: 'ppc64',
  riscv64: 'riscv64',
  s390x: 's390x',
  mips64el: 'mips64el',
};

/**
 * Platform fields of a binary package from its name.
 * @example platformOf("@rollup/rollup-linux-x64-musl") // { os: ["linux"], cpu: ["x64"], libc: ["musl"] }
 * @example platformOf("napi-windows-process-start-time") // { os: ["win32"] }
 */
export function platformOf(name) {
  const tokens = name.split('/').pop().split('-');
  const os = tokens.map((token) => OS_TOKENS[token]).find(Boolean);
  const cpu = tokens.map((token) => CPU_TOKENS[token]).find(Boolean);
  if (!os) return undefined;
  // A package named for its operating system alone (napi-windows-process-start-time) runs on any CPU there.
  if (!cpu) return { os: [os] };
  const platform = { os: [os], cpu: [cpu] };
  if (os === 'linux' && tokens.some((token) => token.startsWith('musl'))) platform.libc = ['musl'];
  else if (os === 'linux' && tokens.some((token) => token.startsWith('gnu'))) platform.libc = ['glibc'];
  return platform;
}

/** Adds the missing entries to the lockfile and says which. */
function completeLockfile() {
  const lock = JSON.parse(readFileSync(LOCK, 'utf8'));
  const added = [];
  for (const [path, entry] of Object.entries(lock.packages)) {
    for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
      const target = `node_modules/${name}`;
      const nested = `${path ? `${path}/` : ''}node_modules/${name}`;
      if (lock.packages[target] || lock.packages[nested]) continue;
      const platform = platformOf(name);
      // Exact versions are pinned as they are; a caret or tilde range at its lowest version, which
      // satisfies it wherever npm later fetches the package. Anything else is left to npm.
      const pinned = /^[\^~]?(\d+\.\d+\.\d+)$/.exec(version)?.[1];
      if (!platform || !pinned) continue;
      lock.packages[target] = { version: pinned, ...platform, optional: true };
      added.push(`${name}@${pinned}`);
    }
  }
  lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
  writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
  console.log(
    added.length > 0
      ? `Added ${added.length} platform packages:\n  ${added.join('\n  ')}`
      : 'The lockfile already lists every platform package.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) completeLockfile();
