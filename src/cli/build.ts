/**
 * `npm run build`: the content check (beside the start of `astro build`), Astro, Pagefind's index,
 * stopping at the first step that fails. `npm run build -- --precompress` also writes compressed
 * copies of the text files, for a server that sends them (nginx: docs/deploy.md, "Compressed copies").
 *
 * The site is built into a fresh folder beside dist/ and takes dist/'s place only when every step
 * has passed, so a host that serves dist/ as it stands never serves half a build: Astro empties
 * its output folder before it bundles and then writes page after page, so a build that failed
 * while rendering used to leave dist/ with some of the pages and no search index. A failed or
 * interrupted build leaves dist/ as it was, byte for byte, and removes its own folder.
 *
 * Astro runs with a JavaScript heap limit scaled to the amount of content. Without one, Node lets
 * garbage pile up to gigabytes before collecting it (at 5,000 entries the build needs about
 * 500 MiB but grew to 1.7 GiB); with one, the same build stays near 1 GiB on a small machine, for
 * a few seconds more of garbage collection (docs/performance.md, "The first scaling pass"). The limit leaves half again as much as the build needs.
 * Should it ever be too small anyway, the build is run once more without it, so the limit can
 * slow a build down but never fail it. The young generation is held down too (SEMI_SPACE_MIB). A
 * --max-old-space-size or --max-semi-space-size in NODE_OPTIONS is left alone.
 *
 * With --precompress (src/cli/precompress.ts), every text file gets a Brotli (.br) and a gzip (.gz) copy beside it, for
 * servers that send those instead of compressing on each request (nginx's gzip_static and
 * brotli_static: deploy/nginx/site.conf), before the build is published, so a site published by
 * such a build always has them; the pages while Pagefind indexes them, Pagefind's own files after
 * it. Without it there are none: the hosts of the deploy workflow compress on their own and would
 * only serve the copies as files, and at 5,000 entries they cost about a third of the build's CPU
 * (docs/performance.md, "Issue 19").
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { precompressFolder } from './precompress';
import { SITE_SETTINGS_FILE } from '../lib/operator';
import { writePageHashes } from './page-hashes';

/** Heap the build needs besides the content (Astro, Vite, the site's code), in MiB. */
const HEAP_BASE_MIB = 100;
/** Heap the build needs per MiB of content files (measured at 100 to 5,000 entries: 40–55). */
const HEAP_PER_CONTENT_MIB = 55;
/** Headroom over what the build needs, so that collecting garbage stays cheap. */
const HEAP_HEADROOM = 1.5;
const HEAP_MINIMUM_MIB = 256;
/**
 * The young generation's semi-space (V8 keeps three), in MiB. Node 24's default of 64 MiB puts
 * 192 MiB of young generation on top of the old-space limit. At 5,000 entries, alternating runs
 * of `astro build`: with 16 MiB it peaked at 854 MiB instead of 946 MiB for 7 % less CPU (three
 * runs each); with 8 MiB at 759 MiB, for 6 % less CPU than 16 MiB with a smaller old space that
 * peaked at 823 MiB (two runs each). docs/performance.md, "Issue 19".
 */
const SEMI_SPACE_MIB = 8;

/** Bytes of Markdown under content/ (what the content store grows with). */
export function contentBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) total += contentBytes(path);
    else if (entry.isFile() && /\.mdx?$/.test(entry.name)) total += statSync(path).size;
  }
  return total;
}

/**
 * The heap limit for `astro build`, in MiB, for this much content.
 * @example heapLimitMiB(150_000) // 256 (the site today)
 * @example heapLimitMiB(7_500_000) // 740 (5,000 entries)
 */
export function heapLimitMiB(bytesOfContent: number): number {
  const needed = HEAP_BASE_MIB + HEAP_PER_CONTENT_MIB * (bytesOfContent / 1024 / 1024);
  return Math.max(HEAP_MINIMUM_MIB, Math.round(needed * HEAP_HEADROOM));
}

/** NODE_OPTIONS for `astro build`: the caller's, plus the heap limit and the semi-space unless they set them. */
export function astroNodeOptions(existing: string | undefined, bytesOfContent: number): string {
  const options = [existing?.trim() ?? ''];
  if (!/--max-old-space-size[= ]/.test(options[0]!)) options.push(`--max-old-space-size=${heapLimitMiB(bytesOfContent)}`);
  if (!/--max-semi-space-size[= ]/.test(options[0]!)) options.push(`--max-semi-space-size=${SEMI_SPACE_MIB}`);
  return options.join(' ').trim();
}

/**
 * What decides the content store Astro keeps between builds (node_modules/.astro/data-store.json):
 * the schemas that parse each entry, the Markdown plugins that render it, the loader, Astro's
 * config and the packages. Astro itself clears the store only when the text of
 * src/content.config.ts, its config object or its version changes, and it skips every file whose
 * text is unchanged, so after a change to a schema or to the sanitiser, an entry would keep what
 * the old code made of it. The build clears the store itself when any of these changed.
 */
const CONTENT_STORE_INPUTS = [
  'package-lock.json',
  'package.json',
  'astro.config.mjs',
  'src/content.config.ts',
  'src/schemas',
  'src/lib',
  'src/i18n',
  'src/data',
  // The operator's name: bodies that link to the footer's operator section say it (remark-operator-name.ts).
  SITE_SETTINGS_FILE,
];
const CONTENT_STORE = join('node_modules', '.astro', 'data-store.json');
/** Beside the store: the digest of CONTENT_STORE_INPUTS it was made with. */
const CONTENT_STORE_DIGEST = join('node_modules', '.astro', 'data-store.inputs');

/**
 * A digest of every file under `root` at `paths` (files or folders, walked in name order): their
 * paths and bytes. Shared by the content store's check below and the fixture sites of the tests.
 */
export function digestOfPaths(root: string, paths: readonly string[]): string {
  const hash = createHash('sha256');
  const add = (path: string) => {
    const full = join(root, path);
    if (!existsSync(full)) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(join(path, name));
      return;
    }
    hash
      .update(`${path.split(sep).join('/')}\0`)
      .update(readFileSync(full))
      .update('\0');
  };
  for (const path of paths) add(path);
  return hash.digest('hex');
}

/** A digest of every file of CONTENT_STORE_INPUTS under `root`, names and bytes. */
export const contentStoreInputsDigest = (root: string): string => digestOfPaths(root, CONTENT_STORE_INPUTS);

/**
 * Clears Astro's content store when it was made by other code than the checkout's (or by a build
 * that did not record which), so that a kept cache can make a build faster but never different.
 * Returns the digest to record once Astro has built. True in `cleared` when there was a store.
 */
export function checkContentStore(root: string): { digest: string; cleared: boolean } {
  const digest = contentStoreInputsDigest(root);
  const recorded = existsSync(join(root, CONTENT_STORE_DIGEST)) ? readFileSync(join(root, CONTENT_STORE_DIGEST), 'utf8') : undefined;
  const stale = recorded !== digest && existsSync(join(root, CONTENT_STORE));
  if (stale) rmSync(join(root, CONTENT_STORE), { force: true });
  return { digest, cleared: stale };
}

/** Records which code made the content store, after a build that wrote it. */
export function recordContentStore(root: string, digest: string): void {
  mkdirSync(join(root, CONTENT_STORE_DIGEST, '..'), { recursive: true });
  writeFileSync(join(root, CONTENT_STORE_DIGEST), digest);
}

/** The published site, Astro's default output folder: what hosts serve and the deploy workflow uploads. */
export const PUBLISHED_DIR = 'dist';

/** What turns off Astro's anonymous usage data (telemetry), for every process that runs Astro. */
export const NO_TELEMETRY = { ASTRO_TELEMETRY_DISABLED: '1' } as const;

export interface Step {
  name: string;
  command: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The commands of `npm run build`, as it and `npm run bench` run them. `outDir` (relative to
 * `root`) is where Astro writes and Pagefind indexes; without it, Astro's own default, dist/.
 * @example buildSteps(root, env, 'dist.next-42').pagefind.command.slice(1) // ['--site', 'dist.next-42']
 */
export function buildSteps(
  root: string,
  env: NodeJS.ProcessEnv = process.env,
  outDir?: string,
): { check: Step; astro: Step; pagefind: Step } {
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  return {
    check: { name: 'content check', command: [bin('tsx'), join(root, 'src', 'cli', 'check-content.ts')], env },
    astro: {
      name: 'astro build',
      command: [bin('astro'), 'build', ...(outDir ? ['--outDir', outDir] : [])],
      // Always a production build: a NODE_ENV inherited from the caller (vitest sets "test") would
      // make Vite's import.meta.env.PROD false, and the pages would lose their meta policy.
      // Never Astro's anonymous usage data: the site and its build make no request to another host.
      env: {
        ...env,
        ...NO_TELEMETRY,
        NODE_ENV: 'production',
        NODE_OPTIONS: astroNodeOptions(env['NODE_OPTIONS'], contentBytes(join(root, 'content'))),
      },
    },
    pagefind: { name: 'pagefind', command: [bin('pagefind'), '--site', outDir ?? PUBLISHED_DIR], env },
  };
}

/**
 * The folder a build writes into, and the folder the published site is moved aside to while it is
 * replaced, both named after the build's process so that a second build in the same checkout
 * never writes into the first one's. They sit in the project folder itself, beside dist/: a
 * rename is atomic only within one file system, and Astro puts its server chunks into .astro/
 * instead when the output folder is outside the folder it runs in. Both are git-ignored.
 */
export const buildFolder = (pid: number) => `${PUBLISHED_DIR}.next-${pid}`;
export const asideFolder = (pid: number) => `${PUBLISHED_DIR}.old-${pid}`;
const BUILD_FOLDER_NAME = new RegExp(`^${PUBLISHED_DIR}\\.(?:next|old)-(\\d+)$`);

/**
 * The folders that builds which are no longer running left behind (a build killed outright, or a
 * power cut, has no chance to remove its own). A folder of a running build is left alone.
 * @example abandonedBuildFolders(['dist', 'dist.next-17', 'dist.old-18', 'src'], (pid) => pid === 18) // ['dist.next-17']
 */
export function abandonedBuildFolders(names: string[], isRunning: (pid: number) => boolean): string[] {
  return names.filter((name) => {
    const pid = Number(BUILD_FOLDER_NAME.exec(name)?.[1] ?? 0);
    return pid > 0 && !isRunning(pid);
  });
}

/** True when a process with this id exists (signal 0 only asks; EPERM means someone else's process). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Puts a complete build in the place of the published one. POSIX has no rename that swaps two
 * folders (rename(2) refuses to replace a folder that is not empty; Linux's RENAME_EXCHANGE is not
 * available from Node), so the old folder is renamed aside and the new one renamed in: two
 * metadata operations in one folder, microseconds apart. A request that arrives in between finds
 * no dist/ (a 404 from most servers), never a mix of two builds or half a build; no file is
 * copied, so that window does not grow with the size of the site. When the second rename fails, the first is
 * undone, and the published site is as it was.
 */
export function publish(built: string, published: string, aside: string): void {
  const hadPublished = existsSync(published);
  if (hadPublished) renameSync(published, aside);
  try {
    renameSync(built, published);
  } catch (error) {
    if (hadPublished) renameSync(aside, published);
    throw error;
  }
  try {
    rmSync(aside, { recursive: true, force: true });
  } catch (error) {
    // The new site is published; the old copy is only clutter, and the next build removes it.
    console.error(`Starega ${aside} ni bilo mogoče izbrisati | Could not delete the old ${aside}: ${String(error)}`);
  }
}

export interface StepOutcome {
  code: number;
  /** V8 stopped at its heap limit. */
  outOfMemory: boolean;
}

interface RunningStep {
  done: Promise<StepOutcome>;
  /** Prints what the step has written so far, and from then on everything as it comes. */
  show: () => void;
  /** Ends the step early. */
  stop: () => void;
}

/**
 * Starts a step. Its output is shown at once, or held back until `show()` when `held`. When
 * `cancelled` is aborted, the step is stopped.
 */
function startStep(step: Step, cwd: string, cancelled: AbortSignal, held = false): RunningStep {
  const child = spawn(step.command[0]!, step.command.slice(1), { cwd, env: step.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () => child.kill('SIGTERM');
  if (cancelled.aborted) stop();
  else cancelled.addEventListener('abort', stop, { once: true });
  let shown = !held;
  const waiting: [NodeJS.WriteStream, Buffer][] = [];
  let tail = '';
  const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
    if (stream === process.stderr) tail = (tail + chunk.toString()).slice(-4000);
    if (shown) stream.write(chunk);
    else waiting.push([stream, chunk]);
  };
  child.stdout.on('data', forward(process.stdout));
  child.stderr.on('data', forward(process.stderr));
  const done = new Promise<StepOutcome>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => {
      cancelled.removeEventListener('abort', stop);
      resolve({ code: code ?? 1, outOfMemory: /heap out of memory|Reached heap limit/i.test(tail) || signal === 'SIGABRT' });
    });
  });
  return {
    done,
    show: () => {
      for (const [stream, chunk] of waiting.splice(0)) stream.write(chunk);
      shown = true;
    },
    stop,
  };
}

type StepRunner = (step: Step) => Promise<StepOutcome>;

/**
 * Waits for `astro build` (started with its heap limit) and runs it once more without the limit
 * when the limit was what stopped it. Resolves with the exit code of the last run.
 */
export async function runAstro(
  astro: Step,
  started: Promise<StepOutcome>,
  rerun: StepRunner,
  callerNodeOptions = process.env['NODE_OPTIONS'],
): Promise<number> {
  const first = await started;
  if (first.code === 0 || !first.outOfMemory || astro.env['NODE_OPTIONS'] === callerNodeOptions) return first.code;
  console.error(
    '\nGradnji je zmanjkalo pomnilnika z omejitvijo iz src/cli/build.ts; gradim znova brez nje (sporočite to razvijalcem). | ' +
      'The build ran out of the heap src/cli/build.ts allows it; building again without the limit (please report this).\n',
  );
  return (await rerun({ ...astro, env: { ...astro.env, NODE_OPTIONS: callerNodeOptions ?? '' } })).code;
}

export interface BuildOptions {
  /** Write .br and .gz copies of the text files (precompressFolder) before publishing. */
  precompress: boolean;
}

/**
 * What `npm run build -- …` was asked for; an argument it does not know is an error, so that a
 * misspelt `--precompres` never quietly builds a site without its compressed copies.
 * @example parseBuildOptions(['--precompress']) // { precompress: true }
 */
export function parseBuildOptions(argv: string[]): BuildOptions {
  const unknown = argv.filter((argument) => argument !== '--precompress');
  if (unknown.length > 0) throw new Error(`unknown argument ${unknown.join(' ')} (npm run build takes only --precompress)`);
  return { precompress: argv.includes('--precompress') };
}

/**
 * The content check and Astro start together, on the two cores: the check takes seconds, Astro's
 * first step (reading the content) longer. Astro's output waits until the check has passed; when
 * the check fails, Astro is stopped and staff see only the check's messages. The check runs in a
 * process of its own, so its memory is given back before Astro needs the most. Resolves with the
 * exit code of the step that failed, or 0.
 */
async function buildInto(root: string, outDir: string, cancelled: AbortSignal, options: BuildOptions): Promise<number> {
  const { check, astro, pagefind } = buildSteps(root, process.env, outDir);
  const store = checkContentStore(root);
  if (store.cleared)
    console.log(
      'Koda, ki bere vsebino, se je spremenila: vsebino berem znova. | The code that reads the content changed: reading all of it again.',
    );
  const building = startStep(astro, root, cancelled, true);
  const checked = await startStep(check, root, cancelled).done;
  if (checked.code !== 0) {
    building.stop();
    await building.done;
    return checked.code;
  }
  building.show();
  const code = await runAstro(astro, building.done, (step) => startStep(step, root, cancelled).done);
  if (code !== 0 || cancelled.aborted) return code || 1;
  recordContentStore(root, store.digest);
  // The pages are final once Astro is done (Pagefind writes only pagefind/); compressed with the rest.
  writePageHashes(join(root, outDir));
  if (!options.precompress) {
    const indexed = await startStep(pagefind, root, cancelled).done;
    return cancelled.aborted ? indexed.code || 1 : indexed.code;
  }
  // Pagefind reads the pages and writes only pagefind/, so the pages are compressed while it
  // indexes them (Pagefind leaves part of the two cores idle), and pagefind/ after it.
  const dir = join(root, outDir);
  const published = join(root, PUBLISHED_DIR);
  const indexing = new AbortController();
  const stopIndexing = () => indexing.abort();
  cancelled.addEventListener('abort', stopIndexing, { once: true });
  try {
    const [indexed, compressed] = await Promise.all([
      startStep(pagefind, root, cancelled).done.then((outcome) => {
        if (outcome.code !== 0) indexing.abort();
        return outcome.code;
      }),
      precompress(dir, published, indexing.signal, (path) => !path.startsWith(PAGEFIND_FOLDER)),
    ]);
    if (indexed !== 0 || cancelled.aborted) return indexed || 1;
    if (compressed !== 0) return compressed;
    return await precompress(dir, published, cancelled, (path) => path.startsWith(PAGEFIND_FOLDER));
  } finally {
    cancelled.removeEventListener('abort', stopIndexing);
  }
}

/** Where Pagefind writes its index and scripts, in the build. */
const PAGEFIND_FOLDER = 'pagefind/';

/** The precompression step (of `only` the files it names), with a line saying what it did; 1 when it failed. */
async function precompress(
  dir: string,
  published: string,
  cancelled: AbortSignal,
  only: (relativePath: string) => boolean,
): Promise<number> {
  const started = performance.now();
  try {
    const report = await precompressFolder(dir, existsSync(published) ? published : undefined, cancelled, only);
    if (cancelled.aborted) return 1;
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `Stisnjene kopije za ${report.files} datotek (.br, .gz) v ${seconds} s | Precompressed ${report.files} files in ${seconds} s ` +
        `(${report.reused} unchanged, from the last build): ${mb(report.rawBytes)} MB → ${mb(report.brBytes)} MB .br, ${mb(report.gzBytes)} MB .gz`,
    );
    return 0;
  } catch (error) {
    console.error(`Stiskanje datotek ni uspelo | Precompressing the files failed: ${String(error)}`);
    return 1;
  }
}

/** Exit codes of a process ended by a signal, as shells report them. */
const SIGNAL_EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 } as const;

/**
 * Builds into dist.next-<pid> and publishes it as dist/ when every step has passed. Ctrl+C (or a
 * SIGTERM from CI) stops the running step and still removes the unfinished folder.
 */
async function main(): Promise<number> {
  let options: BuildOptions;
  try {
    options = parseBuildOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`npm run build: ${(error as Error).message}`);
    return 2;
  }
  const root = fileURLToPath(new URL('../..', import.meta.url));
  for (const name of abandonedBuildFolders(readdirSync(root), isRunning)) rmSync(join(root, name), { recursive: true, force: true });
  const built = join(root, buildFolder(process.pid));
  const interrupted = new AbortController();
  const signals = Object.keys(SIGNAL_EXIT_CODES) as (keyof typeof SIGNAL_EXIT_CODES)[];
  const onSignal = (signal: NodeJS.Signals) => interrupted.abort(signal);
  // `on`, not `once`: tsx sends the signal on to this process a second time when it is not told
  // within 30 ms that it arrived, and with no listener left, the second one would end the build
  // before it removes its folder.
  for (const signal of signals) process.on(signal, onSignal);
  try {
    const code = await buildInto(root, buildFolder(process.pid), interrupted.signal, options);
    if (code !== 0 || interrupted.signal.aborted) {
      console.error(`\nGradnja ni uspela; ${PUBLISHED_DIR}/ je ostal nespremenjen. | The build failed; ${PUBLISHED_DIR}/ is unchanged.`);
      return interrupted.signal.aborted ? SIGNAL_EXIT_CODES[interrupted.signal.reason as keyof typeof SIGNAL_EXIT_CODES] : code;
    }
    publish(built, join(root, PUBLISHED_DIR), join(root, asideFolder(process.pid)));
    console.log(`Nova različica strani je v ${PUBLISHED_DIR}/. | The new build is in ${PUBLISHED_DIR}/.`);
    return 0;
  } finally {
    // After a failure, or an error in publish(); after a publish, there is nothing left to remove.
    rmSync(built, { recursive: true, force: true });
    for (const signal of signals) process.off(signal, onSignal);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
