/**
 * `npx tsx tools/bench/share-cards-ab.ts [--entries 5000] [--pairs 2]`: what share cards add to a
 * cold build, measured in pairs on the same copy of the project (as `npm run bench` makes one),
 * alternating a build with cards (`npm run build`, card cache emptied) and one without
 * (SHARE_CARDS=off), each from empty Astro caches. On a shared machine whose load changes by the
 * minute, builds a minute apart compare better than two benchmark runs a quarter of an hour apart.
 * Then one warm build with cards (cache kept) says how many cards a build draws when nothing
 * changed. Figures: docs/performance-share.md.
 */
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { prepareProject } from './bench-project';
import { cardCount } from './share-card-log';

const argument = (name: string, fallback: number) => {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const entries = argument('--entries', 5000);
const pairs = argument('--pairs', 2);

interface Run {
  cards: boolean;
  seconds: number;
  cpuSeconds: number;
  load: number;
  drawn?: number;
  cached?: number;
  waitedSeconds?: number | undefined;
}

function build(dir: string, cards: boolean, cold: boolean): Promise<Run> {
  if (cold) for (const cache of ['.astro', '.vite', '.cache']) rmSync(join(dir, 'node_modules', cache), { recursive: true, force: true });
  const timeFile = join(dir, '.ab-time');
  const started = performance.now();
  const load = loadavg()[0]!;
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timeFile, join(dir, 'node_modules', '.bin', 'tsx'), 'src/cli/build.ts'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...(cards ? {} : { SHARE_CARDS: 'off' }) },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`build failed (${code}):\n${output.slice(-3000)}`));
      const [user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
      const count = cardCount(output);
      resolve({
        cards,
        seconds: (performance.now() - started) / 1000,
        cpuSeconds: (user ?? 0) + (system ?? 0),
        load,
        ...(count && { drawn: count.drawn, cached: count.cached, waitedSeconds: count.waitedSeconds }),
      });
    });
  });
}

const dir = prepareProject(entries, 1);
const runs: Run[] = [];
try {
  for (let pair = 0; pair < pairs; pair += 1) {
    // Alternate which goes first, so that a load that rises or falls through the run favours neither,
    // and end on a build with cards: a cold build empties the card cache, and the warm build below
    // must find the cards of the build before it.
    for (const cards of (pairs - 1 - pair) % 2 === 0 ? [false, true] : [true, false]) {
      const run = await build(dir, cards, true);
      runs.push(run);
      console.error(JSON.stringify(run));
    }
  }
  const warm = await build(dir, true, false);
  console.error(JSON.stringify({ ...warm, warm: true }));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;
  const of = (cards: boolean, pick: (run: Run) => number) => median(runs.filter((run) => run.cards === cards).map(pick));
  console.log(`N = ${entries}, ${pairs} pairs of cold builds (median):`);
  console.log(`  without cards: ${of(false, (r) => r.seconds).toFixed(1)} s wall, ${of(false, (r) => r.cpuSeconds).toFixed(1)} s CPU`);
  const cold = runs.filter((run) => run.cards);
  console.log(
    `  with cards:    ${of(true, (r) => r.seconds).toFixed(1)} s wall, ${of(true, (r) => r.cpuSeconds).toFixed(1)} s CPU; drew ${cold.map((run) => run.drawn ?? '?').join(', ')} (${cold.map((run) => run.cached ?? '?').join(', ')} from the cache)`,
  );
  console.log(`  pairs' wall ratios: ${runs.length / 2 > 0 ? pairRatios(runs).join(', ') : '-'}`);
  console.log(`  warm with cards: ${warm.seconds.toFixed(1)} s, drew ${warm.drawn}, ${warm.cached} from the cache`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

function pairRatios(all: Run[]): string[] {
  const ratios: string[] = [];
  for (let index = 0; index + 1 < all.length; index += 2) {
    const [a, b] = [all[index]!, all[index + 1]!];
    const withCards = a.cards ? a : b;
    const without = a.cards ? b : a;
    ratios.push((withCards.seconds / without.seconds).toFixed(2));
  }
  return ratios;
}
