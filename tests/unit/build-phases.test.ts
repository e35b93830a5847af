import { describe, expect, it } from 'vitest';
import { buildPhases } from '../../tools/bench/build-phases';

/** The lines of a warm rebuild at 5,000 entries as they arrived (seconds from the start), Astro's page lines left out. */
const warmRebuild = [
  { at: 6.7, text: 'Vsebina je v redu (preverjenih datotek: 5106). | Content is valid: 5106 files checked.' },
  { at: 6.99, text: '05:09:30 [content] Syncing content' },
  { at: 8.08, text: '05:09:33 [content] Synced content' },
  { at: 11.55, text: '05:09:36 [vite] ✓ built in 3.40s' },
  { at: 11.79, text: ' generating static routes ' },
  { at: 19.85, text: '05:09:44 ✓ Completed in 8.09s.' },
  { at: 21.04, text: '05:09:46 [build] Complete!' },
  { at: 21.34, text: 'Running Pagefind v1.6.0 (Extended)' },
  { at: 34.03, text: 'Finished in 12.687 seconds' },
  { at: 45.51, text: 'Nova različica strani je v dist/. | The new build is in dist/.' },
];

describe('the phases npm run bench reports for a build', () => {
  it('ends Pagefind at its own last line and counts the rest as publishing (the swap, deleting the old dist/)', () => {
    const phases = buildPhases(warmRebuild, 45.55);
    expect(phases.check).toBe(6.7);
    expect(phases.contentSync).toBe(8.08);
    expect(phases.bundle).toBeCloseTo(3.71, 5);
    expect(phases.render).toBeCloseTo(9.25, 5);
    expect(phases.pagefind).toBeCloseTo(12.99, 5);
    expect(phases.publish).toBeCloseTo(11.52, 5);
    // Astro's "✓ Completed in" is not Pagefind's "Finished in", and the phases add up to the whole build.
    expect(phases.contentSync + phases.bundle + phases.render + phases.pagefind + phases.publish).toBeCloseTo(45.55, 5);
  });

  it('counts everything after Astro as Pagefind when Pagefind printed no last line', () => {
    const phases = buildPhases(
      warmRebuild.filter((line) => !line.text.startsWith('Finished')),
      45.55,
    );
    expect(phases.pagefind).toBeCloseTo(24.51, 5);
    expect(phases.publish).toBe(0);
  });
});
