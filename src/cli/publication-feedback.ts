/**
 * Tells staff, where they look, whether their change was published. The deploy workflow runs this
 * after every run on main (.github/workflows/deploy.yml, job publication-feedback):
 *
 * - a failed run opens one issue labelled `objava-ni-uspela` (or updates the open one, with a
 *   comment so everyone watching is notified) whose body holds the content check's messages in
 *   Slovenian, with the English below (`npm run check:content -- --report build-report.md`);
 * - the next published run comments which version is live and closes it;
 * - a cancelled or skipped run changes nothing.
 *
 * The decisions are pure functions (tested in tests/unit/publication-feedback.test.ts); the GitHub
 * CLI `gh` carries them out. `--dry-run` prints the gh commands instead of running them.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { siteSettingsWarnings } from './site-settings';
import type { Problem } from './validate-content';

export const LABEL = 'objava-ni-uspela';
export const TITLE = 'Objava ni uspela: popravite vsebino | Publishing failed';

/** What happened to the run, from the workflow's `needs` (job → result). */
export type Outcome = 'failed' | 'published' | 'unknown';

/**
 * A failure anywhere fails the publication; a successful deploy job (GitHub Pages or Cloudflare
 * Pages) publishes it; anything else (cancelled, skipped) says nothing.
 * @example outcomeOf({ test: { result: "success" }, build: { result: "success" }, deploy: { result: "success" } }) // "published"
 */
export function outcomeOf(needs: Readonly<Record<string, { result?: string } | undefined>>): Outcome {
  const results = Object.entries(needs).map(([job, value]) => [job, value?.result ?? ''] as const);
  if (results.some(([, result]) => result === 'failure')) return 'failed';
  if (results.some(([job, result]) => (job === 'deploy' || job === 'cloudflare-pages') && result === 'success')) return 'published';
  return 'unknown';
}

/** Where the run is, for the issue's text. */
export interface RunContext {
  commit: string;
  runUrl: string;
}

/**
 * What the site still lacks, in a line for staff (the content check's warnings: who runs the
 * site), or nothing. Published or not, the feedback says it, so it is read where staff look.
 * @example stillMissing([{ file: "content/settings/sl/site.md", line: 1, field: "operatorName", message: "Ime … | The name …" }])
 * // "Še manjka (objave ne ustavi) | Still missing (publishing goes on): content/settings/sl/site.md: Ime … | The name …"
 */
export function stillMissing(warnings: readonly Problem[]): string {
  if (warnings.length === 0) return '';
  const lines = warnings.map((warning) => `- ${warning.file}: ${warning.message}`);
  return ['Še manjka (objave ne ustavi) | Still missing (publishing goes on):', ...lines].join('\n');
}

/** The issue's body: what happened, the check's report, what to do, and what the site still lacks. */
export function issueBody(report: string, { commit, runUrl }: RunContext, warnings: readonly Problem[] = []): string {
  // The check's report lists its warnings already when it was written (check-content.ts, warningsMarkdown).
  const missing = report.includes('**Opozorila**') ? '' : stillMissing(warnings);
  return [
    `Sprememba ${commit.slice(0, 7)} ni objavljena: gradnja strani ni uspela, zato je na spletu še prejšnja različica.`,
    '',
    report.trim() ||
      'Poročila o preverjanju vsebine ni; napaka je drugje, zato jo sporočite razvijalcem. | There is no content report; the failure is elsewhere, so tell the developers.',
    '',
    ...(missing ? [missing, ''] : []),
    'Ko napake popravite in shranite, se objava ponovi sama; ko uspe, se ta zadeva zapre sama.',
    `When the mistakes are fixed and saved, publishing runs again; when it succeeds, this issue closes itself.`,
    '',
    `Podrobnosti | Details: ${runUrl}`,
    '',
  ].join('\n');
}

/**
 * The gh commands for an outcome, given the number of the open issue (if any) and the file that
 * holds the body. Arguments, never a shell line: nothing in the report can run.
 * @example plan("published", 12, "body.md", { commit: "abc1234", runUrl: "https://…" })
 * // [["issue", "comment", "12", "--body", "Objavljeno: različica abc1234. | Published: version abc1234. https://…"], ["issue", "close", "12"]]
 */
export function plan(
  outcome: Outcome,
  openIssue: number | undefined,
  bodyFile: string,
  { commit, runUrl }: RunContext,
  warnings: readonly Problem[] = [],
): string[][] {
  const version = commit.slice(0, 7);
  if (outcome === 'published') {
    if (openIssue === undefined) return [];
    const missing = stillMissing(warnings);
    const published = `Objavljeno: različica ${version}. | Published: version ${version}. ${runUrl}`;
    return [
      ['issue', 'comment', String(openIssue), '--body', missing ? `${published}\n\n${missing}` : published],
      ['issue', 'close', String(openIssue)],
    ];
  }
  if (outcome !== 'failed') return [];
  const label = [
    'label',
    'create',
    LABEL,
    '--color',
    'B60205',
    '--description',
    'Zadnja sprememba ni objavljena | The last change is not published',
    '--force',
  ];
  if (openIssue === undefined) return [label, ['issue', 'create', '--title', TITLE, '--label', LABEL, '--body-file', bodyFile]];
  return [
    label,
    ['issue', 'edit', String(openIssue), '--body-file', bodyFile],
    [
      'issue',
      'comment',
      String(openIssue),
      '--body',
      `Tudi sprememba ${version} ni objavljena; seznam napak zgoraj je posodobljen. | Change ${version} is not published either; the list above is updated. ${runUrl}`,
    ],
  ];
}

/**
 * The open issue's number from `gh issue list --json number` output; undefined for none.
 * @example openIssueOf('[{"number":7}]') // 7
 */
export function openIssueOf(listJson: string): number | undefined {
  const list = JSON.parse(listJson || '[]') as { number?: unknown }[];
  const number = list[0]?.number;
  return typeof number === 'number' ? number : undefined;
}

function main(): void {
  const args = process.argv.slice(2);
  const dryRun = args.includes('--dry-run');
  const reportAt = args.indexOf('--report');
  const reportFile = reportAt === -1 ? 'build-report.md' : (args[reportAt + 1] ?? 'build-report.md');
  const env = process.env;
  const outcome = outcomeOf(JSON.parse(env['NEEDS_JSON'] ?? '{}') as Record<string, { result?: string }>);
  const context: RunContext = {
    commit: env['GITHUB_SHA'] ?? '',
    runUrl: `${env['GITHUB_SERVER_URL'] ?? 'https://github.com'}/${env['GITHUB_REPOSITORY'] ?? ''}/actions/runs/${env['GITHUB_RUN_ID'] ?? ''}`,
  };
  console.log(`Outcome: ${outcome}`);
  if (outcome === 'unknown') return;
  const gh = (ghArgs: string[]) => execFileSync('gh', ghArgs, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const openIssue = dryRun
    ? undefined
    : openIssueOf(gh(['issue', 'list', '--label', LABEL, '--state', 'open', '--limit', '1', '--json', 'number']));
  const bodyFile = 'publication-issue.md';
  // What the site still lacks (who runs it), read from the content the run built.
  const warnings = siteSettingsWarnings(process.cwd());
  if (warnings.length > 0) console.log(stillMissing(warnings));
  writeFileSync(bodyFile, issueBody(existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '', context, warnings));
  for (const command of plan(outcome, openIssue, bodyFile, context, warnings)) {
    if (dryRun) console.log(['gh', ...command].map((part) => JSON.stringify(part)).join(' '));
    else gh(command);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
