/**
 * `npm run check:content`: prints every content problem as
 * `file:line field — message` and exits non-zero when there is any.
 * `--json` prints the same list for tools.
 */
import { fileURLToPath } from 'node:url';
import { validateContent, type Problem } from './validate-content';

const root = fileURLToPath(new URL('../..', import.meta.url));
const json = process.argv.includes('--json');
const { problems, files } = validateContent(root);

/** One problem per line: where, which field, what to do (Slovenian | English). */
const formatProblem = (problem: Problem) => `${problem.file}:${problem.line} ${problem.field || '(datoteka | file)'} — ${problem.message}`;

if (json) {
  process.stdout.write(`${JSON.stringify({ files: files.length, problems }, null, 2)}\n`);
} else if (problems.length === 0) {
  console.log(`Vsebina je v redu (preverjenih datotek: ${files.length}). | Content is valid: ${files.length} files checked.`);
} else {
  for (const problem of problems) console.error(formatProblem(problem));
  console.error(`\n${problems.length} težav v vsebini; popravite jih in poženite znova. | ${problems.length} content problems; fix them and run again.`);
}
if (files.length === 0) {
  console.error('Ni najdenih vsebin v content/. | No content files found in content/.');
  process.exitCode = 1;
}
if (problems.length > 0) process.exitCode = 1;
