/**
 * `npm run check:content`: prints every content problem as
 * `file:line field — message` and exits non-zero when there is any.
 * `--json` prints the same list for tools; `--report <file>` also writes it as Markdown, in
 * Slovenian with the English below, for the issue the deploy workflow opens when publishing fails.
 * `npm run build` runs the same check first.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import { fieldInWords } from './field-words';
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
  `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''} ${fieldLabel(problem)} — ${problem.message}`;

/**
 * Which field, in words, positions counted from 1: "2. izjema, datum | exception 2, date".
 * @example fieldLabel({ file: "content/centres/sl/a.md", field: "updated", … }) // "posodobljeno | updated"
 */
function fieldLabel({ field, file }: Problem): string {
  if (!field) return '(datoteka | file)';
  const { sl, en } = fieldInWords(field, file);
  return sl === en ? sl : `${sl} | ${en}`;
}

/**
 * The check's result as Markdown for where staff look (the issue the deploy workflow opens when a
 * publication fails): each problem in Slovenian, with the English below, both in plain words.
 */
export function reportMarkdown(problems: readonly Problem[], files: number): string {
  if (files === 0) return 'V mapi content/ ni nobene vsebine. | No content files found in content/.\n';
  if (problems.length === 0) {
    return `Vsebina je v redu (preverjenih datotek: ${files}); napaka je drugje, zato jo sporočite razvijalcem. | The content is valid (${files} files checked); the failure is elsewhere, so tell the developers.\n`;
  }
  const [sl, en] = problemCount(problems.length).split(' | ') as [string, string];
  const item = (problem: Problem, half: 0 | 1) => {
    const where = problem.field ? fieldInWords(problem.field, problem.file)[half === 0 ? 'sl' : 'en'] : half === 0 ? 'datoteka' : 'file';
    const message = problem.message.split(' | ')[half] ?? problem.message;
    return `- \`${problem.file}\`, ${half === 0 ? 'vrstica' : 'line'} ${problem.line}, ${where}: ${escapeMarkdown(message)}`;
  };
  return [
    `**${sl}.** Popravite jih in shranite znova; objava se ponovi sama.`,
    '',
    ...problems.map((problem) => item(problem, 0)),
    '',
    '<details><summary>English</summary>',
    '',
    `**${en}.** Fix them and save again; publishing runs again on its own.`,
    '',
    ...problems.map((problem) => item(problem, 1)),
    '',
    '</details>',
    '',
  ].join('\n');
}

/** How a warning starts when printed: it never stops the build, unlike a problem. */
export const WARNING_MARK = 'Opozorilo | Warning:';

/**
 * What the content does not say yet but the site needs (who runs it), for the report staff read
 * where publication is reported: each warning in Slovenian, with the English below. Empty without any.
 */
export function warningsMarkdown(warnings: readonly Problem[]): string {
  if (warnings.length === 0) return '';
  const item = (warning: Problem, half: 0 | 1) =>
    `- \`${warning.file}\`: ${escapeMarkdown(warning.message.split(' | ')[half] ?? warning.message)}`;
  return [
    '',
    '**Opozorila** (objave ne ustavijo, a obiskovalci vidijo, da podatek manjka):',
    '',
    ...warnings.map((warning) => item(warning, 0)),
    '',
    '<details><summary>Warnings (English)</summary>',
    '',
    ...warnings.map((warning) => item(warning, 1)),
    '',
    '</details>',
    '',
  ].join('\n');
}

/**
 * Text staff wrote, shown as text: no HTML, no mention of people or issues, no links it did not have.
 * @example escapeMarkdown("<b>@ana</b> #3") // "\\<b\\>@\u200bana\\</b\\> #\u200b3"
 */
export const escapeMarkdown = (text: string): string =>
  text.replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`).replace(/([@#])(?=\w)/g, '$1\u200b');

/** Warnings on every run, before the verdict: they never stop the build, but nobody should miss them. */
const printWarnings = (warnings: readonly Problem[]) => {
  for (const warning of warnings) console.warn(`${WARNING_MARK} ${formatProblem(warning)}`);
};

/** Checks the content under `root`, prints every problem in one run, and says whether it may be built. */
export function checkContent(root: string, { json = false, report }: { json?: boolean; report?: string } = {}): boolean {
  let result: ReturnType<typeof validateContent>;
  try {
    result = validateContent(root);
  } catch (error) {
    // validateContent turns every mistake into a problem; reaching here is a bug in the check itself.
    console.error(
      `Preverjanje vsebine se je nepričakovano ustavilo; sporočite razvijalcem. | The content check stopped unexpectedly; tell the developers.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return false;
  }
  const { problems, files, warnings } = result;
  if (report) writeFileSync(report, reportMarkdown(problems, files.length) + warningsMarkdown(warnings));
  if (json) {
    process.stdout.write(`${JSON.stringify({ files: files.length, problems, warnings }, null, 2)}\n`);
  } else if (problems.length === 0) {
    printWarnings(warnings);
    console.log(`Vsebina je v redu (preverjenih datotek: ${files.length}). | Content is valid: ${files.length} files checked.`);
  } else {
    printWarnings(warnings);
    for (const problem of problems) console.error(formatProblem(problem));
    const [sl, en] = problemCount(problems.length).split(' | ');
    console.error(`\n${sl}; popravite in poženite znova. | ${en}; fix and run again.`);
  }
  if (files.length === 0) console.error('Ni najdenih vsebin v content/. | No content files found in content/.');
  return files.length > 0 && problems.length === 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const reportAt = process.argv.indexOf('--report');
  const report = reportAt === -1 ? undefined : process.argv[reportAt + 1];
  if (!checkContent(root, { json: process.argv.includes('--json'), ...(report ? { report } : {}) })) process.exitCode = 1;
}
