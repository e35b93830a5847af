/**
 * Publication feedback (issue 21): the decisions of the deploy workflow's publication-feedback job,
 * the report it posts, and the workflow wiring that can be checked without GitHub.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { checkContent } from '../../src/cli/check-content';
import { issueBody, LABEL, openIssueOf, outcomeOf, plan } from '../../src/cli/publication-feedback';

const root = join(import.meta.dirname, '..', '..');
const context = { commit: '0123456789abcdef', runUrl: 'https://github.com/o/r/actions/runs/1' };
const temporary = mkdtempSync(join(tmpdir(), 'publication-feedback-'));
afterAll(() => rmSync(temporary, { recursive: true, force: true }));

describe('what a run means for staff', () => {
  it('fails on any failed job, publishes on a successful deploy, and says nothing otherwise', () => {
    expect(
      outcomeOf({
        test: { result: 'failure' },
        build: { result: 'skipped' },
        deploy: { result: 'skipped' },
        'cloudflare-pages': { result: 'skipped' },
      }),
    ).toBe('failed');
    expect(outcomeOf({ test: { result: 'success' }, build: { result: 'failure' }, deploy: { result: 'skipped' } })).toBe('failed');
    expect(
      outcomeOf({
        test: { result: 'success' },
        build: { result: 'success' },
        deploy: { result: 'success' },
        'cloudflare-pages': { result: 'skipped' },
      }),
    ).toBe('published');
    expect(
      outcomeOf({
        test: { result: 'success' },
        build: { result: 'skipped' },
        deploy: { result: 'skipped' },
        'cloudflare-pages': { result: 'success' },
      }),
    ).toBe('published');
    expect(outcomeOf({ test: { result: 'cancelled' }, build: { result: 'skipped' }, deploy: { result: 'skipped' } })).toBe('unknown');
    expect(outcomeOf({ test: { result: 'success' }, build: { result: 'success' }, deploy: { result: 'cancelled' } })).toBe('unknown');
  });

  it('opens one issue, then updates it with a comment, and closes it on the next publication', () => {
    const [label, create] = plan('failed', undefined, 'body.md', context);
    expect(label).toEqual(expect.arrayContaining(['label', 'create', LABEL, '--force']));
    expect(create).toEqual([
      'issue',
      'create',
      '--title',
      expect.stringContaining('Objava ni uspela'),
      '--label',
      LABEL,
      '--body-file',
      'body.md',
    ]);
    const update = plan('failed', 7, 'body.md', context);
    expect(update.slice(1).map((command) => command.slice(0, 3))).toEqual([
      ['issue', 'edit', '7'],
      ['issue', 'comment', '7'],
    ]);
    expect(update.flat().join(' ')).not.toContain('create --title');
    const close = plan('published', 7, 'body.md', context);
    expect(close.map((command) => command.slice(0, 3))).toEqual([
      ['issue', 'comment', '7'],
      ['issue', 'close', '7'],
    ]);
    expect(close[0]!.at(-1)).toContain('različica 0123456');
    expect(plan('published', undefined, 'body.md', context)).toEqual([]);
    expect(plan('unknown', 7, 'body.md', context)).toEqual([]);
  });

  it('reads the open issue from gh issue list', () => {
    expect(openIssueOf('[{"number":12}]')).toBe(12);
    expect(openIssueOf('[]')).toBeUndefined();
    expect(openIssueOf('')).toBeUndefined();
  });
});

describe('the issue staff read', () => {
  it('holds the check’s Slovenian messages for a broken save, fields in words, and what to do', () => {
    const project = join(temporary, 'project');
    cpSync(join(root, 'tests/fixtures/careless/centres'), join(project, 'content', 'centres'), { recursive: true });
    const report = join(temporary, 'build-report.md');
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      expect(checkContent(project, { report })).toBe(false);
    } finally {
      error.mockRestore();
    }
    const body = issueBody(readFileSync(report, 'utf8'), context);
    expect(body).toMatch(/^Sprememba 0123456 ni objavljena/);
    expect(body).toContain(
      '- `content/centres/sl/slovensko-polje.md`, vrstica 17, 2. izjema, razlog: Neznano polje "razlog". Polja se imenujejo angleško: ste mislili "reason"?',
    );
    expect(body).toContain('- `content/centres/sl/podvojeno.md`, vrstica 16, datoteka: Polje "exceptions" je zapisano dvakrat');
    expect(body).toContain('se ta zadeva zapre sama');
    expect(body).toContain(context.runUrl);
  });

  it('says the failure is elsewhere when the content is fine or there is no report', () => {
    expect(issueBody('', context)).toContain('napaka je drugje');
  });

  it('runs as the workflow runs it: --dry-run prints the gh commands, one argument each', () => {
    const output = execFileSync(
      join(root, 'node_modules', '.bin', 'tsx'),
      [join(root, 'src', 'cli', 'publication-feedback.ts'), '--dry-run', '--report', 'none.md'],
      {
        cwd: temporary,
        encoding: 'utf8',
        env: {
          ...process.env,
          NEEDS_JSON: JSON.stringify({ test: { result: 'failure' } }),
          GITHUB_SHA: context.commit,
          GITHUB_REPOSITORY: 'o/r',
          GITHUB_RUN_ID: '1',
        },
      },
    );
    expect(output).toContain('Outcome: failed');
    expect(output).toContain('"gh" "issue" "create" "--title"');
    expect(readFileSync(join(temporary, 'publication-issue.md'), 'utf8')).toContain('actions/runs/1');
    // The settings are missing in this folder: the issue lists what the site still lacks.
    expect(readFileSync(join(temporary, 'publication-issue.md'), 'utf8')).toContain('Še manjka');
    // A child process with tsx: seconds on a busy machine.
  }, 30_000);
});

describe('the deploy workflow', () => {
  const workflow = parse(readFileSync(join(root, '.github', 'workflows', 'deploy.yml'), 'utf8')) as {
    on: { schedule?: { cron: string }[] };
    jobs: Record<
      string,
      {
        needs?: string | string[];
        if?: string;
        permissions?: Record<string, string>;
        steps: { uses?: string; run?: string; with?: Record<string, unknown> }[];
      }
    >;
  };

  it('runs the feedback job after every job that can fail or publish, even when they fail, on main only', () => {
    const job = workflow.jobs['publication-feedback']!;
    expect(job.needs).toEqual(expect.arrayContaining(Object.keys(workflow.jobs).filter((name) => name !== 'publication-feedback')));
    expect(job.if).toMatch(/always\(\)/);
    expect(job.if).toContain("github.ref == 'refs/heads/main'");
    expect(job.permissions).toMatchObject({ issues: 'write' });
    const runs = job.steps.map((step) => step.run ?? '').join('\n');
    expect(runs).toContain('check:content -- --report build-report.md');
    expect(runs).toContain('src/cli/publication-feedback.ts --report build-report.md');
  });

  it('checks a content-only push with verify:content and publishes that build, and everything else with .ci/run', () => {
    const { changes, test, 'verify-content': verify, deploy } = workflow.jobs;
    const paths = changes!.steps.map((step) => step.run ?? '').join('\n');
    // content-only only when no changed file lies outside content/
    expect(paths).toContain("grep -qv '^content/'");
    expect(verify!.if).toBe("needs.changes.outputs.content-only == 'true'");
    expect(test!.if).toBe("needs.changes.outputs.content-only != 'true'");
    const verifyRuns = verify!.steps.map((step) => step.run ?? '').join('\n');
    expect(verifyRuns).toContain('npm run verify:content -- --against');
    expect(verify!.steps.some((step) => step.uses?.startsWith('actions/upload-pages-artifact'))).toBe(true);
    expect(test!.steps.map((step) => step.run ?? '').join('\n')).toContain('bash .ci/run');
    expect(deploy!.needs).toEqual(['build', 'verify-content']);
    expect(deploy!.if).toContain("needs.verify-content.result == 'success'");
  });

  it('runs the whole of .ci/run every night', () => {
    expect(workflow.on.schedule?.[0]?.cron).toMatch(/^\d+ \d+ \* \* \*$/);
  });

  it('builds from the whole history, so dates from the last commit are right', () => {
    for (const name of ['build', 'cloudflare-pages', 'verify-content']) {
      const checkout = workflow.jobs[name]!.steps.find((step) => step.uses?.startsWith('actions/checkout'));
      expect(checkout?.with?.['fetch-depth'], name).toBe(0);
    }
  });
});
