/**
 * Runs the extension-host suite inside a real VS Code, offline: code-server (VS Code 1.139 for the
 * browser, provisioned by scripts/provision-vscode.sh) serves the workbench on a free loopback port,
 * Debian's Chromium opens it through playwright-core with the smoke-test driver on, and the
 * workbench loads this project as the extension under development plus the bundled suite
 * (test/vscode/suite). The suite's log streams here; its exit code becomes ours. A screenshot of
 * the workbench is kept in test-artifacts/ (gitignored).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const root = path.join(__dirname, '..', '..');
const cache = path.join(root, '.vscode-test');
const node24 = path.join(cache, 'node-24.21.0', 'bin');
const codeServer = path.join(cache, 'code-server-4.139.1', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const artifacts = path.join(root, 'test-artifacts');
const suiteTimeoutMs = 5 * 60_000;

async function main(): Promise<number> {
  const suite = path.join(root, 'dist', 'vscode-tests', 'index.js');
  await build({
    entryPoints: [path.join(__dirname, 'suite', 'index.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
    outfile: suite,
    logLevel: 'warning',
  });

  const scratch = mkdtempSync(path.join(os.tmpdir(), 'oewg-vscode-'));
  const workspace = path.join(scratch, 'workspace');
  // The suite edits documents: it works on a copy of the examples, never on the repository.
  cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  const home = path.join(scratch, 'home');
  for (const folder of ['home', 'user-data', 'extensions', 'tmp', 'config', 'data', 'cache']) {
    mkdirSync(path.join(scratch, folder), { recursive: true });
  }
  const port = await freePort();
  const configFile = path.join(scratch, 'config.yaml');
  writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);

  const server = spawn(
    path.join(node24, 'node'),
    [
      codeServer,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--config', configFile,
      '--user-data-dir', path.join(scratch, 'user-data'),
      '--extensions-dir', path.join(scratch, 'extensions'),
      '--vscode-option', 'enable-smoke-test-driver',
      '--bind-addr', `127.0.0.1:${port}`,
      workspace,
    ],
    {
      detached: true, // its own process group, killed whole at the end (extension hosts linger otherwise)
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PATH: `${node24}:${process.env.PATH ?? ''}`,
        HOME: home,
        XDG_CONFIG_HOME: path.join(scratch, 'config'),
        XDG_DATA_HOME: path.join(scratch, 'data'),
        XDG_CACHE_HOME: path.join(scratch, 'cache'),
        TMPDIR: path.join(scratch, 'tmp'),
      },
    },
  );
  let serverLog = '';
  server.stdout?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (serverLog += chunk.toString()));

  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    await waitForServer(port, server, () => serverLog);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exitCode = new Promise<number>((resolve) => {
      // The workbench logs (level, format, ...arguments), as console.log would take them.
      void page.exposeFunction('codeAutomationLog', (_level: unknown, ...messages: unknown[]) => console.log(format(...messages)));
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const remote = (file: string) => `vscode-remote://127.0.0.1:${port}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(suite)],
    ]);
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`);
    const code = await Promise.race([
      exitCode,
      new Promise<number>((resolve) =>
        setTimeout(() => {
          console.error(`The extension tests did not finish within ${suiteTimeoutMs / 60_000} minutes.`);
          resolve(1);
        }, suiteTimeoutMs).unref(),
      ),
    ]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'extension-host.png') }).catch(() => undefined);
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    stopGroup(server);
    rmSync(scratch, { recursive: true, force: true });
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Waits until code-server answers on its port, or fails with its log if it exits first. */
async function waitForServer(port: number, server: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`code-server exited (${server.exitCode}):\n${log()}`);
    const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
    if (response?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`code-server did not answer on port ${port} within a minute:\n${log()}`);
}

function stopGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
