/**
 * Where the phases of a build end, from the times its log lines arrived: the check's verdict,
 * Astro's "Synced content", "generating static routes" and "Complete!", Pagefind's "Finished in",
 * then publishing to the end (the swap, and deleting the old dist/).
 * Astro's first lines are held back until the check has passed, so content sync is timed from
 * the start of the build, as it ran.
 */
export function buildPhases(lines: { at: number; text: string }[], total: number) {
  const at = (pattern: RegExp) => lines.find((line) => pattern.test(line.text))?.at;
  const check = at(/Content is valid|content problems?/) ?? 0;
  const synced = at(/Synced content/i) ?? check;
  const generating = at(/generating static routes/i) ?? synced;
  const astro = at(/\[build\] Complete!/) ?? generating;
  // Pagefind's last line; after it the build publishes: the swap, then deleting the old dist/
  // (none in a cold build; 7–11 s at 5,000 entries in a warm one, after the new site is live).
  const indexed = Math.max(at(/Finished in [\d.]+ seconds/) ?? total, astro);
  return {
    check,
    contentSync: synced,
    bundle: generating - synced,
    render: astro - generating,
    astro,
    pagefind: indexed - astro,
    publish: total - indexed,
    total,
  };
}
