/**
 * `npm run build`: the content check (beside the start of `astro build`), Astro, then Pagefind's
 * index, stopping at the first step that fails.
 *
 * Astro runs with a JavaScript heap limit scaled to the amount of content. Without one, Node lets
 * garbage pile up to gigabytes before collecting it (at 5,000 entries the build needs about
 * 500 MiB but grew to 1.7 GiB); with one, the same build stays near 1 GiB on a small machine, for
 * a few seconds more of garbage collection (README, "Performance"). The limit leaves half again as much as the build needs.
 * Should it ever be too small anyway, the build is run once more without it, so the limit can
 * slow a build down but never fail it. A --max-old-space-size in NODE_OPTIONS is left alone.
 */
import { spawn } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Heap the build needs besides the content (Astro, Vite, the site's code), in MiB. */
const HEAP_BASE_MIB = 100;
/** Heap the build needs per MiB of content files (measured at 100 to 5,000 entries: 40–55). */
const HEAP_PER_CONTENT_MIB = 55;
/** Headroom over what the build needs, so that collecting garbage stays cheap. */
const HEAP_HEADROOM = 1.5;
const HEAP_MINIMUM_MIB = 256;

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

/** NODE_OPTIONS for `astro build`: the caller's, plus the heap limit unless they set one. */
export function astroNodeOptions(existing: string | undefined, bytesOfContent: number): string {
  const options = existing?.trim() ?? '';
  if (/--max-old-space-size[= ]/.test(options)) return options;
  return `${options} --max-old-space-size=${heapLimitMiB(bytesOfContent)}`.trim();
}

export interface Step {
  name: string;
  command: string[];
  env: NodeJS.ProcessEnv;
}

/** The commands of `npm run build`, as it and `npm run bench` run them. */
export function buildSteps(root: string, env: NodeJS.ProcessEnv = process.env): { check: Step; astro: Step; pagefind: Step } {
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  return {
    check: { name: 'content check', command: [bin('tsx'), join(root, 'src', 'cli', 'check-content.ts')], env },
    astro: { name: 'astro build', command: [bin('astro'), 'build'], env: { ...env, NODE_OPTIONS: astroNodeOptions(env['NODE_OPTIONS'], contentBytes(join(root, 'content'))) } },
    pagefind: { name: 'pagefind', command: [bin('pagefind'), '--site', 'dist'], env },
  };
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

/** Starts a step. Its output is shown at once, or held back until `show()` when `held`. */
function startStep(step: Step, cwd: string, held = false): RunningStep {
  const child = spawn(step.command[0]!, step.command.slice(1), { cwd, env: step.env, stdio: ['ignore', 'pipe', 'pipe'] });
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
    child.on('close', (code, signal) => resolve({ code: code ?? 1, outOfMemory: /heap out of memory|Reached heap limit/i.test(tail) || signal === 'SIGABRT' }));
  });
  return {
    done,
    show: () => {
      for (const [stream, chunk] of waiting.splice(0)) stream.write(chunk);
      shown = true;
    },
    stop: () => {
      child.kill('SIGTERM');
    },
  };
}

type StepRunner = (step: Step) => Promise<StepOutcome>;

/**
 * Waits for `astro build` (started with its heap limit) and runs it once more without the limit
 * when the limit was what stopped it. Resolves with the exit code of the last run.
 */
export async function runAstro(astro: Step, started: Promise<StepOutcome>, rerun: StepRunner, callerNodeOptions = process.env['NODE_OPTIONS']): Promise<number> {
  const first = await started;
  if (first.code === 0 || !first.outOfMemory || astro.env['NODE_OPTIONS'] === callerNodeOptions) return first.code;
  console.error(
    '\nGradnji je zmanjkalo pomnilnika z omejitvijo iz src/cli/build.ts; gradim znova brez nje (sporočite to razvijalcem). | ' +
      'The build ran out of the heap src/cli/build.ts allows it; building again without the limit (please report this).\n',
  );
  return (await rerun({ ...astro, env: { ...astro.env, NODE_OPTIONS: callerNodeOptions ?? '' } })).code;
}

/**
 * The content check and Astro start together, on the two cores: the check takes seconds, Astro's
 * first step (reading the content) longer. Astro's output waits until the check has passed; when
 * the check fails, Astro is stopped and staff see only the check's messages. The check runs in a
 * process of its own, so its memory is given back before Astro needs the most.
 */
async function main(): Promise<number> {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { check, astro, pagefind } = buildSteps(root);
  const building = startStep(astro, root, true);
  const checked = await startStep(check, root).done;
  if (checked.code !== 0) {
    building.stop();
    await building.done;
    return checked.code;
  }
  building.show();
  const code = await runAstro(astro, building.done, (step) => startStep(step, root).done);
  if (code !== 0) return code;
  return (await startStep(pagefind, root).done).code;
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
