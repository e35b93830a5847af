/**
 * The machine's own nginx (Debian's package, as production runs it), started for a test with the
 * repository's configuration (deploy/nginx/): on 127.0.0.1 and a free port, as a child process
 * that stays in the foreground, with its configuration, pid file and temporary folders in a
 * folder of its own. No system service is touched and no port below 1024 is needed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isExecutable } from '../../../tools/harness/browser';
import { projectRoot } from '../../../tools/harness/paths';

/** The repository's nginx files, installed on a server as /etc/nginx/prostovoljstvo/. */
export const NGINX_CONFIG_DIR = path.join(projectRoot, 'deploy', 'nginx');

/** Debian's and Ubuntu's Brotli module (libnginx-mod-http-brotli-static); the site works without it. */
export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

const NGINX_PATHS = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx', '/usr/local/nginx/sbin/nginx'];

const INSTALL_HINT =
  'Install it with `apt-get update && apt-get install -y nginx libnginx-mod-http-brotli-static` (Debian/Ubuntu, as root; ' +
  '.ci/run does this when nginx is missing), or point NGINX_PATH at an nginx executable.';

/** How long nginx may take to answer its first request. */
const START_TIMEOUT_MS = 10_000;

export interface NginxServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:43117`. */
  baseUrl: string;
  /** `127.0.0.1:43117`: the only host the pages may talk to. */
  host: string;
  /** True when the Brotli module was found and brotli.conf included. */
  brotli: boolean;
  process: ChildProcess;
  /** The folder with the configuration, pid file and temporary files; removed on stop. */
  folder: string;
  /** What nginx wrote to stderr: its error log. */
  log: () => string;
}

/** NGINX_PATH, or nginx where Debian and the usual builds put it; throws with how to install it. */
export function findNginx(): string {
  const fromEnv = process.env.NGINX_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) throw new Error(`NGINX_PATH is set to ${fromEnv}, but no executable is there. ${INSTALL_HINT}`);
    return fromEnv;
  }
  const found = NGINX_PATHS.find(isExecutable);
  if (!found) throw new Error(`No nginx found for tests/e2e/nginx.test.ts. ${INSTALL_HINT}`);
  return found;
}

/** A port nothing listens on now, chosen by the system. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => resolve());
  });
  const address = probe.address();
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port for nginx');
  return address.port;
}

/**
 * The main configuration for a test: what /etc/nginx/nginx.conf and the server block of
 * deploy/nginx/prostovoljstvo.conf do in production, minus TLS, plus paths of its own. The http
 * block compresses everything on the fly, as a careless server's would: site.conf must switch
 * that off, or Pagefind's compressed files would be compressed again.
 * @example testConfig({ folder: '/tmp/n', root: '/srv/dist', port: 8080, brotli: false }).includes('listen 127.0.0.1:8080;') // true
 */
export function testConfig({ folder, root, port, brotli }: { folder: string; root: string; port: number; brotli: boolean }): string {
  const quoted = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;
  return [
    '# Written by tests/e2e/support/nginx.ts for one test run.',
    ...(brotli ? [`load_module ${quoted(BROTLI_STATIC_MODULE)};`] : []),
    'daemon off;',
    'worker_processes 1;',
    `pid ${quoted(path.join(folder, 'nginx.pid'))};`,
    'error_log stderr warn;',
    'events { worker_connections 256; }',
    'http {',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (kind) => `  ${kind}_temp_path ${quoted(path.join(folder, `${kind}_temp`))};`,
    ),
    '  gzip on;',
    '  gzip_types *;',
    '  gzip_min_length 0;',
    '  server {',
    `    listen 127.0.0.1:${port};`,
    `    root ${quoted(root)};`,
    '    include prostovoljstvo/site.conf;',
    ...(brotli ? ['    include prostovoljstvo/brotli.conf;'] : []),
    '  }',
    '}',
    '',
  ].join('\n');
}

/** Waits until nginx answers, or fails with its log when it exits or takes too long. */
async function waitUntilServing(server: NginxServer): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (server.process.exitCode !== null || server.process.signalCode !== null) {
      throw new Error(`nginx stopped at start (exit ${server.process.exitCode ?? server.process.signalCode}):\n${server.log()}`);
    }
    try {
      await fetch(`${server.baseUrl}/`, { method: 'HEAD' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  throw new Error(`nginx did not answer within ${START_TIMEOUT_MS / 1000} s:\n${server.log()}`);
}

/**
 * Serves `root` with the repository's nginx configuration; `brotli` decides whether the Brotli
 * module is loaded (default: when it is installed). Stop it with stopNginx.
 */
export async function startNginx(root: string, { brotli = existsSync(BROTLI_STATIC_MODULE) } = {}): Promise<NginxServer> {
  const executable = findNginx();
  const folder = mkdtempSync(path.join(tmpdir(), 'nginx-test-'));
  cpSync(NGINX_CONFIG_DIR, path.join(folder, 'conf', 'prostovoljstvo'), { recursive: true });
  const configFile = path.join(folder, 'conf', 'nginx.conf');
  // A port found free can be taken before nginx binds it; another one is tried then.
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    writeFileSync(configFile, testConfig({ folder, root: path.resolve(root), port, brotli }));
    // -e: errors before the configuration is read go to stderr too, not to /var/log/nginx.
    const child = spawn(executable, ['-p', folder, '-c', configFile, '-e', 'stderr'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    // Should the test process end without stopNginx (a crash, Ctrl+C), its nginx ends with it.
    const orphaned = () => child.kill('SIGTERM');
    process.once('exit', orphaned);
    child.once('exit', () => process.off('exit', orphaned));
    const host = `127.0.0.1:${port}`;
    const server: NginxServer = { baseUrl: `http://${host}`, host, brotli, process: child, folder, log: () => log };
    try {
      await waitUntilServing(server);
      return server;
    } catch (error) {
      child.kill('SIGTERM');
      if (attempt < 3 && /Address already in use/.test(log)) continue;
      rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }
}

/** Stops the nginx this test started (by its process id) and removes its folder. */
export async function stopNginx(server: NginxServer): Promise<void> {
  const { process: child } = server;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    // SIGQUIT: finish the requests in flight, then stop (nginx's graceful shutdown); SIGTERM if that takes long.
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGTERM'), 5_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(server.folder, { recursive: true, force: true });
}
