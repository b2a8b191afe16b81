/**
 * code-server, as the in-VS-Code tests use it: provisioned by scripts/provision-vscode.sh into
 * .vscode-test/, started per run on a free loopback port in a throw-away home, its own process group
 * killed whole at the end (an extension host otherwise lingers for hours), and opened in Debian's
 * Chromium through playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const projectRoot = path.join(__dirname, '..', '..');
const cache = path.join(projectRoot, '.vscode-test');
export const node24 = path.join(cache, 'node-24.21.0', 'bin');
export const codeServerEntry = path.join(cache, 'code-server-4.139.1', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
export const artifacts = path.join(projectRoot, 'test-artifacts');

/** A quiet workbench: no start page, no AI chat, no telemetry, no updates. */
const quietSettings = {
  'workbench.startupEditor': 'none',
  'chat.disableAIFeatures': true,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'update.mode': 'none',
};

/** A throw-away home for one code-server: settings, extensions, caches and a copy of the examples. */
export interface Sandbox {
  readonly folder: string;
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly args: string[];
}

export function createSandbox(options: { userDataDir?: string; extensionsDir?: string; workspace?: string } = {}): Sandbox {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'oewg-vscode-'));
  let workspace = options.workspace;
  if (!workspace) {
    // The tests edit documents: they work on a copy of the examples, never on the repository.
    workspace = path.join(folder, 'workspace');
    cpSync(path.join(projectRoot, 'examples'), workspace, { recursive: true });
  }
  const userDataDir = options.userDataDir ?? path.join(folder, 'user-data');
  const extensionsDir = options.extensionsDir ?? path.join(folder, 'extensions');
  for (const directory of ['home', 'tmp', 'config', 'data', 'cache']) mkdirSync(path.join(folder, directory), { recursive: true });
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(quietSettings, null, 2));
  writeFileSync(path.join(folder, 'config.yaml'), 'auth: none\ncert: false\n');
  return {
    folder,
    workspace,
    env: {
      ...process.env,
      PATH: `${node24}:${process.env.PATH ?? ''}`,
      HOME: path.join(folder, 'home'),
      XDG_CONFIG_HOME: path.join(folder, 'config'),
      XDG_DATA_HOME: path.join(folder, 'data'),
      XDG_CACHE_HOME: path.join(folder, 'cache'),
      TMPDIR: path.join(folder, 'tmp'),
    },
    args: [
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--config', path.join(folder, 'config.yaml'),
      '--user-data-dir', userDataDir,
      '--extensions-dir', extensionsDir,
    ],
  };
}

export interface RunningServer {
  readonly port: number;
  stop(): void;
}

export async function startCodeServer(sandbox: Sandbox, extraArgs: string[]): Promise<RunningServer> {
  const port = await freePort();
  const server = spawn(
    path.join(node24, 'node'),
    [codeServerEntry, ...sandbox.args, ...extraArgs, '--bind-addr', `127.0.0.1:${port}`, sandbox.workspace],
    { detached: true, stdio: ['ignore', 'pipe', 'pipe'], env: sandbox.env },
  );
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const stop = () => stopGroup(server);
  try {
    await waitForServer(port, server, () => log);
  } catch (error) {
    stop();
    throw error;
  }
  return { port, stop };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** The workbench URL for a folder, with an optional test payload. */
export function workbenchUrl(port: number, folder: string, payload?: readonly (readonly [string, string])[]): string {
  const query = `folder=${encodeURIComponent(folder)}${payload ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
  return `http://127.0.0.1:${port}/?${query}`;
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
