/**
 * `npm run bench:search`: builds the site if it is stale, serves it, and prints success@1 and
 * success@3 of plain Pagefind and of our search side by side, then the bytes one search loads.
 * `--json` prints the whole report for tools instead.
 */
import { launchBrowser } from '../harness/browser';
import { ensureFreshBuild } from '../harness/build';
import { distDir } from '../harness/paths';
import { startServer, stopServer } from '../harness/server';
import { formatReport, measureOneSearch, runBenchmark, totalOf, type LoadedFile } from './search-benchmark';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  ensureFreshBuild();
  const server = await startServer(distDir);
  const browser = await launchBrowser();
  try {
    const report = await runBenchmark(browser, server.baseUrl);
    const weight = await measureOneSearch(browser, server.baseUrl, distDir);
    if (process.argv.includes('--json')) {
      console.log(JSON.stringify({ ...report, oneSearch: weight }, null, 2));
      return;
    }
    console.log(formatReport(report));
    const describe = (label: string, files: LoadedFile[]) => {
      console.log(
        `\n${label}: ${files.length} files, ${kilobytes(totalOf(files, 'bytes'))} as served, ${kilobytes(totalOf(files, 'gzipBytes'))} gzipped`,
      );
      for (const file of files)
        console.log(`  ${kilobytes(file.bytes).padStart(9)} ${kilobytes(file.gzipBytes).padStart(9)} gz  ${file.path}`);
    };
    describe('The search page before anything is typed', weight.page);
    describe(`One search ("${weight.query}")`, weight.search);
  } finally {
    await browser.close();
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
