/**
 * `npm run verify:content [-- --against <file or URL of objava-strani.json>] [--report <file.md>]`: the check for a
 * push that changes only content/ (docs/testing.md, "The content path"). In order:
 *
 * 1. the atomic build (`npm run build`: the content check first, then Astro and Pagefind; a
 *    failure leaves dist/ as it was);
 * 2. the checks that read every page without a browser: HTML validity, links and anchors,
 *    `lang` and the single `<h1>`, page weight, the `<meta>` policy;
 * 3. the browser gates (axe in all four combinations, status, the policy, other hosts, console
 *    errors) on every page whose HTML differs from the published build, plus one page of each type.
 *
 * "Published" is the page-hash list `/objava-strani.json` of the live site (`--against`), or,
 * without it, the one in the dist/ this machine built last. Each step prints its seconds; a
 * failure ends with a list of pages and problems in Slovenian and English, and a non-zero exit.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { changedPages, isPageHashes, PAGE_HASHES_FILE, type PageHashes } from '../src/cli/page-hashes';
import { urlPathForFile } from './harness/pages';
import { distDir, projectRoot } from './harness/paths';

/** The checks over dist/ (no browser) and the browser sweep, in the order they run. */
const BROWSER_FREE = ['html', 'links', 'structure', 'weight', 'csp'].map((name) => `tests/e2e/${name}.test.ts`);
const SWEEP = 'tests/e2e/pages.test.ts';

/** What each kind of failed test means, for the closing list (matched on the test's name). */
const PROBLEMS: Array<[RegExp, string]> = [
  [/axe-core/, 'dostopnost (axe-core, WCAG 2.2 AA) | accessibility (axe-core, WCAG 2.2 AA)'],
  [
    /loads cleanly/,
    'nalaganje: stanje, viri, drugi strežniki, varnostna politika ali napaka v konzoli | loading: status, resources, other hosts, security policy or a console error',
  ],
  [/horizontal scrolling/, 'na ozkem zaslonu se stran pomika vstran | the page scrolls sideways on a narrow screen'],
  [/html-validate/, 'neveljaven HTML | invalid HTML'],
  [/link|anchor|fragment/i, 'povezava na stran ali sidro, ki ne obstaja | a link to a page or anchor that does not exist'],
  [/<html lang>/, 'jezik strani (lang) | the page language (lang)'],
  [/<h1>/, 'stran nima natanko enega naslova h1 | the page does not have exactly one h1'],
  [/KB|weight|JavaScript/i, 'teža strani | page weight'],
  [/polic/i, 'varnostna politika (CSP) | Content-Security-Policy'],
];

interface Step {
  name: string;
  seconds: number;
  ok: boolean;
}
const steps: Step[] = [];

function run(name: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  const startedAt = performance.now();
  console.log(`\n== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: projectRoot, stdio: 'inherit', env: { ...process.env, ...env } });
  const ok = result.status === 0;
  steps.push({ name, seconds: (performance.now() - startedAt) / 1000, ok });
  return ok;
}

/** The published page hashes: `--against` (a file or an http(s) URL), else those of the last local build. */
async function publishedHashes(against: string | undefined): Promise<{ hashes?: PageHashes; from: string }> {
  const source = against ?? path.join(distDir, PAGE_HASHES_FILE);
  try {
    const text = /^https?:\/\//.test(source)
      ? await fetch(source).then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))))
      : readFileSync(source, 'utf8');
    const parsed: unknown = JSON.parse(text);
    if (isPageHashes(parsed)) return { hashes: parsed, from: source };
    return { from: `${source} (not a page-hash list)` };
  } catch (error) {
    return { from: `${source} (${(error as Error).message})` };
  }
}

interface JsonReport {
  testResults: Array<{ name: string; assertionResults: Array<{ fullName: string; status: string; failureMessages: string[] }> }>;
}

/** The failed tests of vitest's JSON report as "page: problem" lines. */
function failuresOf(testReport: string): string[] {
  if (!existsSync(testReport)) return ['(no test report: the test run did not start) | (ni poročila testov)'];
  const report = JSON.parse(readFileSync(testReport, 'utf8')) as JsonReport;
  return report.testResults.flatMap((file) =>
    file.assertionResults
      .filter((test) => test.status === 'failed')
      .map((test) => {
        const problem = PROBLEMS.find(([pattern]) => pattern.test(test.fullName))?.[1] ?? test.fullName;
        const page = /(\/[^\s]*\/|\/404\.html)/.exec(test.fullName)?.[1] ?? path.basename(file.name);
        const detail = (test.failureMessages[0] ?? '').split('\n').slice(0, 3).join(' ').slice(0, 300);
        return `${page}: ${problem}\n      ${detail}`;
      }),
  );
}

async function main(): Promise<number> {
  const against = option('--against');
  reportFile = option('--report');
  const startedAt = performance.now();
  const before = await publishedHashes(against);
  console.log(
    before.hashes
      ? `Primerjam z objavljeno različico | Comparing with the published build: ${before.from} (${Object.keys(before.hashes.pages).length} pages)`
      : `Objavljene različice ni mogoče prebrati; v brskalniku preverim vzorec vseh strani | No published build to compare with (${before.from}): the browser checks every page once and each type in full`,
  );

  const work = mkdtempSync(path.join(tmpdir(), 'verify-content-'));
  try {
    if (!run('build (content check, Astro, Pagefind)', 'npm', ['run', 'build']))
      return finish(startedAt, [
        'the build or the content check failed: see its messages above | gradnja ali preverjanje vsebine ni uspelo: glej sporočila zgoraj',
      ]);
    const after: unknown = JSON.parse(readFileSync(path.join(distDir, PAGE_HASHES_FILE), 'utf8'));
    if (!isPageHashes(after)) throw new Error(`dist/${PAGE_HASHES_FILE} is not a page-hash list`);
    const changed = before.hashes ? changedPages(before.hashes, after).map(urlPathForFile) : [];
    const changedFile = path.join(work, 'changed.txt');
    writeFileSync(changedFile, changed.join('\n'));
    if (before.hashes)
      console.log(
        `Spremenjenih strani | Pages changed: ${changed.length}${changed.length ? `\n  ${changed.slice(0, 20).join('\n  ')}${changed.length > 20 ? '\n  …' : ''}` : ''}`,
      );

    const testReport = path.join(work, 'report.json');
    const vitest = [
      'vitest',
      'run',
      '--config',
      'tests/vitest.config.ts',
      '--project',
      'e2e',
      '--reporter=default',
      '--reporter=json',
      `--outputFile.json=${testReport}`,
    ];
    const env = {
      E2E_SKIP_BUILD: '1',
      TEST_TIER: 'fast',
      PAGE_SWEEP: before.hashes ? 'changed' : 'sample',
      PAGE_SWEEP_CHANGED: changedFile,
    };
    const passed = run(
      'checks over every page, then the browser on changed pages and one of each type',
      'npx',
      [...vitest, ...BROWSER_FREE, SWEEP],
      env,
    );
    return finish(startedAt, passed ? [] : failuresOf(testReport));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The value after a command-line flag, if given. */
function option(flag: string): string | undefined {
  const index = process.argv.indexOf(flag);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Where `--report` writes the list of problems as Markdown, for the publication feedback (src/cli/publication-feedback.ts). */
let reportFile: string | undefined;

function finish(startedAt: number, failures: string[]): number {
  console.log('\n== Koraki | Steps');
  for (const step of steps) console.log(`  ${step.ok ? 'ok  ' : 'FAIL'} ${step.seconds.toFixed(1).padStart(6)} s  ${step.name}`);
  console.log(`  total ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
  if (failures.length === 0) {
    console.log('\nVsebina je pripravljena za objavo. | The content is ready to publish.');
    return 0;
  }
  const heading = `Objava ustavljena: ${failures.length} težav. | Not published: ${failures.length} problem(s).`;
  console.error(`\n${heading}`);
  for (const failure of failures) console.error(`  - ${failure}`);
  if (reportFile)
    writeFileSync(reportFile, `## ${heading}\n\n${failures.map((failure) => `- ${failure.replace(/\n\s*/g, ' — ')}`).join('\n')}\n`);
  return 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
