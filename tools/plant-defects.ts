/**
 * `npm run plant-defects [-- --only code|content] [-- --table docs/defects.md]`: proves that the
 * test tiers catch what they claim (docs/testing.md, "Planted defects").
 *
 * In a temporary copy of the project it plants one defect of each class the full sweep catches,
 * each on a page type of its own, runs `npm test` there and checks, from vitest's report, that
 * each defect fails a test that names its page. In a second copy it plants the defects content
 * can carry and runs `npm run verify:content` against this project's last build. The code
 * defects share one copy because each is on a page type of its own and each failure names its
 * page and its class: one run of `npm test` instead of seven. The content defects get a copy each,
 * because the content check stops the build at the first file it refuses. Prints a table of the results, and
 * exits non-zero when a defect went uncaught.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PAGE_HASHES_FILE } from '../src/cli/page-hashes';
import { distDir, projectRoot } from './harness/paths';

interface Defect {
  class: string;
  /** Where it is planted (file in the copy) and what it does there. */
  file: string;
  plant: (source: string) => string;
  /** The page that must be named by a failing test. */
  page: string;
  /** The failing test's name must match this, so the defect is caught for the right reason. */
  caughtBy: RegExp;
  /** Files the defect needs beside it: path in the copy → path of this project to copy from. */
  withFiles?: Record<string, string>;
}

/**
 * Inserts `markup` into a view's main content: right after its `<PageIntro …>` tag (the page's
 * title), wherever the tag's props end (`>` inside `{…}` does not end it).
 */
const afterIntro = (markup: string) => (source: string) => {
  const start = source.indexOf('<PageIntro');
  if (start < 0) throw new Error('no <PageIntro> in the view');
  let depth = 0;
  let end = start;
  for (; end < source.length; end += 1) {
    const char = source[end];
    if (char === '{') depth += 1;
    else if (char === '}') depth -= 1;
    else if (char === '>' && depth === 0) break;
  }
  return `${source.slice(0, end + 1)}\n${markup}\n${source.slice(end + 1)}`;
};

/** Classes the browser sweep and the checks over dist/ must catch in `npm test`, each on its own page type. */
const CODE_DEFECTS: Defect[] = [
  {
    class: 'accessibility violation only in dark mode',
    file: 'src/components/views/FaqView.astro',
    plant: afterIntro('<p class="planted-dark">Planted: low contrast in the dark scheme only.</p>'),
    page: '/vprasanja/',
    caughtBy: /, dark .*axe-core/,
  },
  {
    class: 'accessibility violation only at 360 px',
    file: 'src/components/views/CentreView.astro',
    plant: afterIntro('<p class="planted-narrow">Planted: low contrast on a narrow screen only.</p>'),
    page: '/centri/center-mladih-koper/',
    caughtBy: /in mobile 360×740, light .*axe-core/,
  },
  {
    class: 'request to another host',
    file: 'src/components/views/ProjectView.astro',
    plant: afterIntro('<img src="https://planted.example/pixel.png" alt="" width="1" height="1" />'),
    page: '/projekti/ko-prosto/',
    caughtBy: /loads cleanly/,
  },
  {
    class: 'script the policy blocks',
    file: 'src/components/views/PartnerView.astro',
    plant: afterIntro('<script is:inline>document.title += "";</script>'),
    page: '/partnerji/center-interesnih-dejavnosti-ptuj/',
    caughtBy: /loads cleanly/,
  },
  {
    class: 'link to a page that does not exist',
    file: 'src/components/views/ProgrammeView.astro',
    plant: afterIntro('<p><a href="/planted-missing-page/">Planted link</a></p>'),
    page: '/programi/ese/',
    caughtBy: /link/i,
  },
  {
    class: 'invalid HTML',
    file: 'src/components/views/StartView.astro',
    plant: afterIntro('<ul><div>Planted: a div directly inside a list.</div></ul>'),
    page: '/kako-zaceti/',
    caughtBy: /html-validate/,
  },
  {
    class: 'console error',
    file: 'src/components/views/SearchView.astro',
    plant: afterIntro('<script is:inline src="/planted-console-error.js"></script>'),
    page: '/iskanje/',
    caughtBy: /loads cleanly/,
  },
];

/** The CSS and script the code defects above use. */
function plantSupport(copy: string): void {
  const css = path.join(copy, 'src/styles/global.css');
  writeFileSync(
    css,
    `${readFileSync(css, 'utf8')}
/* Planted defects (tools/plant-defects.ts) */
@media (prefers-color-scheme: dark) { .planted-dark { color: #3a3a3a !important; } }
@media (max-width: 400px) and (prefers-color-scheme: light) { .planted-narrow { color: #cfcfcf !important; } }
`,
  );
  writeFileSync(path.join(copy, 'public/planted-console-error.js'), "console.error('planted defect: a console error');\n");
}

/** Classes content can carry, planted in content/ and caught by `npm run verify:content`. */
const CONTENT_DEFECTS: Defect[] = [
  {
    class: 'link with no text',
    file: 'content/programmes/sl/ese.md',
    plant: (source) => `${source.trimEnd()}\n\nPreberite več: [](/centri/)\n`,
    page: '/programi/ese/',
    caughtBy: /./,
  },
  {
    class: 'image without alt text',
    file: 'content/centres/sl/center-mladih-koper.md',
    plant: (source) => `${source.trimEnd()}\n\n![](../../images/planted.png)\n`,
    withFiles: { 'content/images/planted.png': 'public/apple-touch-icon.png' },
    page: '/centri/center-mladih-koper/',
    caughtBy: /./,
  },
  {
    class: 'link to a page that does not exist',
    file: 'content/faq/sl/koliko-moram-biti-star.md',
    plant: (source) => `${source.trimEnd()}\n\nVeč na [strani, ki je ni](/planted-missing-page/).\n`,
    page: '/vprasanja/',
    caughtBy: /./,
  },
];

/** A copy of the project to break: sources copied, node_modules hard-linked without Astro's and Vite's caches. */
function copyProject(label: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), `planted-${label}-`));
  const skip = new Set(['node_modules', 'dist', '.git', '.astro']);
  cpSync(projectRoot, copy, {
    recursive: true,
    filter: (source) => {
      const relative = path.relative(projectRoot, source);
      const first = relative.split(path.sep)[0] ?? '';
      return !skip.has(first) && !/^dist\.(next|old)-/.test(first);
    },
  });
  spawnSync('cp', ['-al', path.join(projectRoot, 'node_modules'), path.join(copy, 'node_modules')], { stdio: 'inherit' });
  for (const cache of ['.astro', '.vite', '.cache']) rmSync(path.join(copy, 'node_modules', cache), { recursive: true, force: true });
  // A repository of its own, so the tests that read Git (last changes, /objava.json) see one; the defects stay uncommitted.
  const git = (...args: string[]) => spawnSync('git', args, { cwd: copy, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git('-c', 'user.name=plant-defects', '-c', 'user.email=plant-defects@localhost', 'commit', '-q', '-m', 'the project before the defects');
  return copy;
}

function plant(copy: string, defects: Defect[]): void {
  for (const defect of defects) {
    const file = path.join(copy, defect.file);
    if (!existsSync(file)) throw new Error(`${defect.file} does not exist: the defect "${defect.class}" has nowhere to go`);
    writeFileSync(file, defect.plant(readFileSync(file, 'utf8')));
    for (const [to, from] of Object.entries(defect.withFiles ?? {})) {
      mkdirSync(path.dirname(path.join(copy, to)), { recursive: true });
      copyFileSync(path.join(projectRoot, from), path.join(copy, to));
    }
  }
}

interface Outcome {
  defect: Defect;
  caught: boolean;
  evidence: string;
}

interface JsonReport {
  testResults: Array<{ assertionResults: Array<{ fullName: string; status: string }> }>;
}

/** Which defects made a test fail that names their page, for the right reason. */
function judge(defects: Defect[], failedNames: string[], wholeOutput: string): Outcome[] {
  return defects.map((defect) => {
    const hit = failedNames.find((name) => name.includes(`${defect.page} `) && defect.caughtBy.test(name));
    if (hit) return { defect, caught: true, evidence: hit };
    // verify:content's closing list (`- /page/: problem`), or the content check's error naming the file and line.
    const verdict = wholeOutput.slice(Math.max(0, wholeOutput.indexOf('Not published')));
    const line =
      wholeOutput.split('\n').find((text) => text.startsWith(`${defect.file}:`)) ??
      verdict.split('\n').find((text) => text.trim().startsWith(`- ${defect.page}`));
    return {
      defect,
      caught: Boolean(line) && wholeOutput.includes('Not published'),
      evidence: line?.trim().slice(0, 200) ?? 'no failure names this page',
    };
  });
}

function runIn(
  copy: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
): { status: number; output: string; seconds: number } {
  const startedAt = performance.now();
  console.log(`\n== in ${copy}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: copy, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const output = `${result.stdout}\n${result.stderr}`;
  process.stdout.write(output.split('\n').slice(-40).join('\n'));
  return { status: result.status ?? 1, output, seconds: (performance.now() - startedAt) / 1000 };
}

function failedTestNames(reportFile: string): string[] {
  if (!existsSync(reportFile)) return [];
  const report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
  return report.testResults.flatMap((file) =>
    file.assertionResults.filter((test) => test.status === 'failed').map((test) => test.fullName),
  );
}

function table(tier: string, run: { status: number; seconds: number }, outcomes: Outcome[]): string {
  const rows = outcomes.map(
    ({ defect, caught, evidence }) =>
      `| ${defect.class} | \`${defect.file}\` | \`${defect.page}\` | ${caught ? 'caught' : '**missed**'} | ${evidence.replace(/\|/g, '\\|').replace(/\s+/g, ' ').slice(0, 160)} |`,
  );
  return [
    `**${tier}**: exit code ${run.status}, ${run.seconds.toFixed(0)} s.`,
    '',
    '| defect | planted in | page | result | the failing test, or the line that names it |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function main(): number {
  const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;
  const tableFile = process.argv.includes('--table') ? process.argv[process.argv.indexOf('--table') + 1] : undefined;
  const sections: string[] = [];
  let missed = 0;
  const keep = process.env.KEEP_PLANTED === '1';

  if (only !== 'content') {
    const copy = copyProject('code');
    try {
      plantSupport(copy);
      plant(copy, CODE_DEFECTS);
      const reportFile = path.join(copy, 'planted-report.json');
      const run = runIn(copy, 'npm', ['test', '--', '--reporter=dot', '--reporter=json', `--outputFile.json=${reportFile}`]);
      const outcomes = judge(CODE_DEFECTS, failedTestNames(reportFile), '');
      if (run.status === 0) outcomes.forEach((outcome) => (outcome.caught = false));
      missed += outcomes.filter((outcome) => !outcome.caught).length;
      sections.push(table('`npm test`', run, outcomes));
    } finally {
      if (!keep) rmSync(copy, { recursive: true, force: true });
    }
  }

  if (only !== 'code') {
    const published = path.join(distDir, PAGE_HASHES_FILE);
    if (!existsSync(published))
      throw new Error(`${published} does not exist: run \`npm run build\` first, so the content defects are compared with a clean build.`);
    // One copy each: the content check stops the build at its first refusal, which would hide the others.
    const outcomes: Outcome[] = [];
    let seconds = 0;
    let status = 0;
    for (const defect of CONTENT_DEFECTS) {
      const copy = copyProject('content');
      try {
        plant(copy, [defect]);
        const run = runIn(copy, 'npm', ['run', 'verify:content', '--', '--against', published]);
        const [outcome] = judge([defect], [], run.output);
        if (run.status === 0) outcome!.caught = false;
        outcomes.push(outcome!);
        seconds += run.seconds;
        status = Math.max(status, run.status);
      } finally {
        if (!keep) rmSync(copy, { recursive: true, force: true });
      }
    }
    missed += outcomes.filter((outcome) => !outcome.caught).length;
    sections.push(table('`npm run verify:content` (one copy a defect; the exit code is the highest)', { status, seconds }, outcomes));
  }

  const result = sections.join('\n\n');
  console.log(`\n${result}\n`);
  if (tableFile) writeFileSync(tableFile, `${result}\n`);
  console.log(missed === 0 ? 'Every planted defect was caught.' : `${missed} planted defect(s) went uncaught.`);
  return missed === 0 ? 0 : 1;
}

process.exitCode = main();
