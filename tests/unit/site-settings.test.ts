/**
 * Who runs the site (issue 30, item 4): one settings file, content/settings/sl/site.md, that staff
 * edit in the browser editor. While the operator is not named, the content check warns on every
 * run (never an error), the publication feedback lists it, and nothing is invented.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileCollection } from '@sveltia/cms';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { checkContent, reportMarkdown, WARNING_MARK, warningsMarkdown } from '../../src/cli/check-content';
import { issueBody, plan, stillMissing } from '../../src/cli/publication-feedback';
import { siteSettingsWarnings } from '../../src/cli/site-settings';
import { checkSiteSettings } from '../../src/cli/validate-content';
import { backendFromEnv, generateCmsConfig } from '../../src/cms/cms-config';
import { missingOperatorFacts, SITE_SETTINGS_FILE } from '../../src/lib/operator';
import { siteSchema } from '../../src/schemas/site';

const root = join(import.meta.dirname, '..', '..');
const temporary: string[] = [];
afterAll(() => {
  for (const directory of temporary) rmSync(directory, { recursive: true, force: true });
});

/** A project whose content holds one valid partner and, unless `settings` is undefined, the settings file. */
function projectWith(settings: string | undefined): string {
  const project = mkdtempSync(join(tmpdir(), 'site-settings-'));
  temporary.push(project);
  mkdirSync(join(project, 'content', 'partners', 'sl'), { recursive: true });
  writeFileSync(join(project, 'content', 'partners', 'sl', 'ok.md'), '---\nname: Ok\nkind: ngo\nupdated: "2026-11-21"\n---\n');
  if (settings !== undefined) {
    mkdirSync(join(project, 'content', 'settings', 'sl'), { recursive: true });
    writeFileSync(join(project, SITE_SETTINGS_FILE), settings);
  }
  return project;
}

const COMPLETE = '---\noperatorName: Zavod Primer\noperatorAddress: Ulica 1, 6000 Koper\noperatorEmail: info@primer.si\n---\n';

describe('the site settings in the content check', () => {
  it('warns, never fails, for each fact about the operator the real settings do not give', () => {
    const { problems, warnings } = checkSiteSettings(root);
    expect(problems).toEqual([]);
    expect(warnings.map((warning) => warning.field)).toEqual(['operatorName', 'operatorAddress', 'operatorEmail']);
    for (const warning of warnings) {
      expect(warning.file).toBe(SITE_SETTINGS_FILE);
      expect(warning.message).toMatch(/^.+ \| .+$/);
    }
  });

  it('says nothing once the operator is named, with an address and a way to reach it', () => {
    expect(checkSiteSettings(projectWith(COMPLETE))).toEqual({ problems: [], warnings: [] });
  });

  it('stops on a mistake in the settings, naming file, line and field, like any entry', () => {
    const { problems } = checkSiteSettings(projectWith('---\noperatorName: Zavod\noperatorEmail: ni-naslov\noperatorFax: 123\n---\n'));
    expect(problems.map((problem) => [problem.file, problem.line, problem.field])).toEqual([
      [SITE_SETTINGS_FILE, 3, 'operatorEmail'],
      [SITE_SETTINGS_FILE, 4, 'operatorFax'],
    ]);
  });

  it('warns when the settings file is missing, and the rest of the check goes on', () => {
    const { warnings } = checkSiteSettings(projectWith(undefined));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.file).toBe(SITE_SETTINGS_FILE);
    expect(warnings[0]?.message).toContain(SITE_SETTINGS_FILE);
  });

  it('prints the warnings on every run of npm run check:content, which still passes', () => {
    const project = projectWith('---\noperatorName: Zavod Primer\n---\n');
    const printed: string[] = [];
    const warn = vi.spyOn(console, 'warn').mockImplementation((line: string) => void printed.push(line));
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(checkContent(project)).toBe(true);
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
    expect(printed).toEqual([
      expect.stringMatching(new RegExp(`^${WARNING_MARK.replace('|', '\\|')} content/settings/sl/site.md:\\d+ operatorAddress`)),
      expect.stringMatching(/operatorEmail/),
    ]);
  });

  it('names the facts as visitors need them: a name, an address, a way to reach them', () => {
    expect(missingOperatorFacts({})).toEqual(['name', 'address', 'contact']);
    expect(missingOperatorFacts({ operatorName: 'X', operatorAddress: 'Y', operatorPhone: '+386 5 123 45 67' })).toEqual([]);
    expect(missingOperatorFacts({ operatorName: 'X', operatorEmail: 'a@b.si' })).toEqual(['address']);
  });
});

describe('the publication feedback', () => {
  const { warnings } = checkSiteSettings(root);
  const context = { commit: 'abc1234def', runUrl: 'https://example.org/run/1' };

  it('lists what the site still lacks when a change is published', () => {
    const [comment] = plan('published', 12, 'body.md', context, warnings);
    const body = comment![4]!;
    expect(body).toContain('Objavljeno: različica abc1234');
    expect(body).toContain('Še manjka');
    expect(body).toContain('operatorName');
  });

  it('lists it under a failed publication too, once, whether or not the check wrote a report', () => {
    expect(issueBody('', context, warnings)).toContain(stillMissing(warnings));
    const report = reportMarkdown([], 10) + warningsMarkdown(warnings);
    const body = issueBody(report, context, warnings);
    expect(body.split('Ime upravljavca spletišča še ni vpisano').length - 1).toBe(1);
  });

  it('reads the same missing facts as the check, without the check’s parsers', () => {
    const light = (project: string) => siteSettingsWarnings(project).map(({ field, message }) => [field, message]);
    const full = (project: string) => checkSiteSettings(project).warnings.map(({ field, message }) => [field, message]);
    expect(light(root)).toEqual(full(root));
    const named = projectWith('---\noperatorName: Zavod Primer\n---\n');
    expect(light(named)).toEqual(full(named));
    expect(light(projectWith(COMPLETE))).toEqual([]);
  });

  it('says nothing extra when nothing is missing', () => {
    expect(stillMissing([])).toBe('');
    expect(plan('published', 12, 'body.md', context, [])[0]![4]).not.toContain('Še manjka');
  });
});

describe('the settings in the browser editor', () => {
  const { config, problems } = generateCmsConfig(backendFromEnv({}));
  const site = config.collections?.find((collection) => collection.name === 'site') as FileCollection | undefined;

  it('is one file, content/settings/sl/site.md, with a form field for every setting', () => {
    expect(problems).toEqual([]);
    expect(site?.files).toHaveLength(1);
    const [file] = site!.files;
    expect(file!.file).toBe(SITE_SETTINGS_FILE);
    expect(file!.fields.map((field) => field.name)).toEqual(Object.keys(siteSchema.shape));
    for (const field of file!.fields) expect((field as { required?: boolean }).required, field.name).toBe(false);
  });

  it('leaves the real settings honest: no operator is named until the client names one', () => {
    const text = readFileSync(join(root, SITE_SETTINGS_FILE), 'utf8');
    expect(text).not.toMatch(/^operator\w*:/m);
  });
});
