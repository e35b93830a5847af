/**
 * `npm run check:content`: prints every content problem as
 * `file:line field — message` and exits non-zero when there is any.
 * `--json` prints the same list for tools. `npm run build` runs the same check first.
 */
import { pathToFileURL, fileURLToPath } from 'node:url';
import { countWith } from '../lib/plural';
import { validateContent, type Problem } from './validate-content';

/**
 * The closing count in both languages, in each language's plural forms.
 * @example problemCount(2) // "2 težavi v vsebini | 2 content problems"
 */
export const problemCount = (n: number): string =>
  `${countWith(n, { one: '{n} težava', two: '{n} težavi', few: '{n} težave', other: '{n} težav' }, 'sl')} v vsebini | ${countWith(n, { one: '{n} content problem', other: '{n} content problems' }, 'en')}`;

/**
 * One problem per line: where (`file:line`, or `file:line:column` as editors link it), which field,
 * what to do (Slovenian | English).
 * @example formatProblem({ file: "content/a.md", line: 3, column: 7, field: "", message: "… | …" }) // "content/a.md:3:7 (datoteka | file) — … | …"
 */
export const formatProblem = (problem: Problem) =>
  `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''} ${problem.field || '(datoteka | file)'} — ${problem.message}`;

/** Checks the content under `root`, prints every problem in one run, and says whether it may be built. */
export function checkContent(root: string, { json = false } = {}): boolean {
  let result: ReturnType<typeof validateContent>;
  try {
    result = validateContent(root);
  } catch (error) {
    // validateContent turns every mistake into a problem; reaching here is a bug in the check itself.
    console.error(`Preverjanje vsebine se je nepričakovano ustavilo; sporočite razvijalcem. | The content check stopped unexpectedly; tell the developers.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return false;
  }
  const { problems, files } = result;
  if (json) {
    process.stdout.write(`${JSON.stringify({ files: files.length, problems }, null, 2)}\n`);
  } else if (problems.length === 0) {
    console.log(`Vsebina je v redu (preverjenih datotek: ${files.length}). | Content is valid: ${files.length} files checked.`);
  } else {
    for (const problem of problems) console.error(formatProblem(problem));
    const [sl, en] = problemCount(problems.length).split(' | ');
    console.error(`\n${sl}; popravite in poženite znova. | ${en}; fix and run again.`);
  }
  if (files.length === 0) console.error('Ni najdenih vsebin v content/. | No content files found in content/.');
  return files.length > 0 && problems.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  if (!checkContent(root, { json: process.argv.includes('--json') })) process.exitCode = 1;
}
