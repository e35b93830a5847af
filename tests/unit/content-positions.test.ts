/**
 * The content check reads a frontmatter's line positions (the `yaml` package) only when a message
 * needs them (lazyPositions, src/cli/yaml-positions.ts). These pin both halves: a file without a
 * mistake is never read a second time, and a failure of that second reading, which now happens
 * outside the file's own guard, still cannot stop the check.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';

const yamlCalls = vi.hoisted(() => ({ count: 0, fail: false }));

vi.mock('yaml', async (importOriginal) => {
  const yaml = await importOriginal<typeof import('yaml')>();
  return {
    ...yaml,
    parseDocument: (...args: Parameters<typeof yaml.parseDocument>) => {
      yamlCalls.count += 1;
      if (yamlCalls.fail) throw new RangeError('Maximum call stack size exceeded');
      return yaml.parseDocument(...args);
    },
  };
});

const { readEntry } = await import('../../src/cli/frontmatter');

const entry = ['---', 'title: Naslov', 'funders:', '  - partner: sent', '    amountEur: 12.000', '---', '', 'Besedilo.', ''].join('\n');

afterEach(() => {
  yamlCalls.count = 0;
  yamlCalls.fail = false;
});

describe('line positions of a frontmatter', () => {
  it('are not read for a file that nothing asks a line of', () => {
    const reading = readEntry(entry);
    expect(reading.problems).toEqual([]);
    expect(reading.data).toMatchObject({ title: 'Naslov' });
    expect(yamlCalls.count).toBe(0);
  });

  it('are read once, when a message first needs them', () => {
    const reading = readEntry(entry);
    expect(reading.lineOf(['funders', 0, 'amountEur'])).toBe(5);
    expect(reading.sourceOf(['funders', 0, 'amountEur'])).toBe('12.000');
    expect(reading.lineOf(['title'])).toBe(2);
    expect(yamlCalls.count).toBe(1);
  });

  it('point at the opening line, and never throw, when the second reading fails', () => {
    yamlCalls.fail = true;
    const reading = readEntry(['', entry].join('\n'));
    expect(reading.lineOf(['funders', 0, 'amountEur'])).toBe(2);
    expect(reading.sourceOf(['funders', 0, 'amountEur'])).toBeUndefined();
  });
});
