/**
 * Tests the extension inside a real VS Code, offline. code-server (VS Code 1.139 for the browser,
 * provisioned and cached by scripts/provision-vscode.sh) serves the workbench on a free loopback
 * port and Debian's Chromium opens it through playwright-core.
 *
 * 1. Extension host: the workbench loads this project as the extension under development plus the
 *    bundled mocha suite (test/vscode/suite), with the smoke-test driver on; the suite's log streams
 *    here and its exit code decides.
 * 2. UI: a fresh code-server with the packaged VSIX installed (what users get, so a broken
 *    .vscodeignore or bundle fails here); the test drives the workbench as a user would (open the
 *    example, the Problems panel, a hover) and asserts on the DOM.
 *
 * Screenshots are kept in test-artifacts/ (gitignored). Every code-server runs in its own process
 * group, killed whole at the end: an extension host otherwise lingers for hours.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { format } from 'node:util';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';

const root = path.join(__dirname, '..', '..');
const cache = path.join(root, '.vscode-test');
const node24 = path.join(cache, 'node-24.21.0', 'bin');
const codeServerEntry = path.join(cache, 'code-server-4.139.1', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const vsix = path.join(root, 'oewg-submission-drafter.vsix');
const artifacts = path.join(root, 'test-artifacts');
const suiteTimeoutMs = 5 * 60_000;

/** A throw-away home for one code-server: settings, extensions, caches and a copy of the examples. */
interface Sandbox {
  readonly folder: string;
  readonly workspace: string;
  readonly env: NodeJS.ProcessEnv;
  readonly args: string[];
}

function createSandbox(): Sandbox {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'oewg-vscode-'));
  const workspace = path.join(folder, 'workspace');
  // The tests edit documents: they work on a copy of the examples, never on the repository.
  cpSync(path.join(root, 'examples'), workspace, { recursive: true });
  for (const name of ['home', 'user-data', 'extensions', 'tmp', 'config', 'data', 'cache']) {
    mkdirSync(path.join(folder, name), { recursive: true });
  }
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
      '--user-data-dir', path.join(folder, 'user-data'),
      '--extensions-dir', path.join(folder, 'extensions'),
    ],
  };
}

interface RunningServer {
  readonly port: number;
  stop(): void;
}

async function startCodeServer(sandbox: Sandbox, extraArgs: string[]): Promise<RunningServer> {
  const port = await freePort();
  const server = spawn(path.join(node24, 'node'), [codeServerEntry, ...sandbox.args, ...extraArgs, '--bind-addr', `127.0.0.1:${port}`, sandbox.workspace], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: sandbox.env,
  });
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

async function openWorkbench(browser: Browser, port: number, sandbox: Sandbox, payload?: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const query = `folder=${encodeURIComponent(sandbox.workspace)}${payload ? `&payload=${encodeURIComponent(payload)}` : ''}`;
  await page.goto(`http://127.0.0.1:${port}/?${query}`);
  return page;
}

/** Phase 1: the mocha suite inside the extension host, on the source folder. */
async function runExtensionHostSuite(browser: Browser): Promise<number> {
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
  const sandbox = createSandbox();
  const server = await startCodeServer(sandbox, ['--vscode-option', 'enable-smoke-test-driver']);
  try {
    const remote = (file: string) => `vscode-remote://127.0.0.1:${server.port}${file}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remote(root)],
      ['extensionTestsPath', remote(suite)],
    ]);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exitCode = new Promise<number>((resolve) => {
      // The workbench logs (level, format, ...arguments), as console.log would take them.
      void page.exposeFunction('codeAutomationLog', (_level: unknown, ...messages: unknown[]) => {
        const [first] = messages;
        console.log(format(...(Array.isArray(first) ? first : messages)));
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    await page.goto(`http://127.0.0.1:${server.port}/?folder=${encodeURIComponent(sandbox.workspace)}&payload=${encodeURIComponent(payload)}`);
    const code = await withTimeout(exitCode, suiteTimeoutMs, 'The extension tests did not finish');
    await page.screenshot({ path: path.join(artifacts, 'extension-host.png') }).catch(() => undefined);
    // Closed before the server stops, or the page keeps trying to reconnect (and logging it).
    await page.close().catch(() => undefined);
    return code;
  } finally {
    server.stop();
    rmSync(sandbox.folder, { recursive: true, force: true });
  }
}

/** Phase 2: the packaged VSIX installed in a fresh code-server, driven through the workbench's DOM. */
async function runUiTest(browser: Browser): Promise<void> {
  assert.ok(existsSync(vsix), `${path.relative(root, vsix)} is missing: run "npm run package"`);
  const sandbox = createSandbox();
  const install = spawnSync(path.join(node24, 'node'), [codeServerEntry, ...sandbox.args, '--install-extension', vsix], {
    env: sandbox.env,
    encoding: 'utf8',
  });
  assert.equal(install.status, 0, `installing the VSIX failed:\n${install.stdout}\n${install.stderr}`);
  const server = await startCodeServer(sandbox, []);
  const page = await openWorkbench(browser, server.port, sandbox);
  try {
    const step = async (name: string, action: () => Promise<void>) => {
      try {
        await action();
        console.log(`  ✔ UI: ${name}`);
      } catch (error) {
        await page.screenshot({ path: path.join(artifacts, `ui-failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => undefined);
        throw error;
      }
    };
    await step('the workbench opens the examples folder', async () => {
      await page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
      await page.locator('.explorer-folders-view').getByText('france-mapping-exercise.md').waitFor({ timeout: 60_000 });
    });
    await step('opening the example shows its findings in the Problems panel', async () => {
      await page.locator('.explorer-folders-view').getByText('france-mapping-exercise.md').click();
      await page.locator('.monaco-editor .view-lines').first().waitFor();
      await page.keyboard.press('Control+Shift+M');
      const problems = page.locator('.markers-panel');
      await problems.getByText('"Northern Macedonia" is not the UN short name', { exact: false }).first().waitFor({ timeout: 60_000 });
      await problems.getByText('"78/L.60 REV1" is not a well-formed UN symbol', { exact: false }).first().waitFor();
      await problems.getByText('has no Start', { exact: false }).first().waitFor();
      await page.screenshot({ path: path.join(artifacts, 'ui-problems-panel.png') });
    });
    await step('a hover on a squiggle shows the finding', async () => {
      // Clicking the problem selects it in the editor; focus the editor and show the hover there
      // (Ctrl+K Ctrl+I, "Show or Focus Hover"), as a keyboard user would.
      await page.locator('.markers-panel').getByText('"78/L.60 REV1" is not a well-formed UN symbol', { exact: false }).first().click();
      await page.keyboard.press('Control+1');
      await page.locator('.monaco-editor.focused').first().waitFor();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      const hover = page.locator('.monaco-hover').filter({ hasText: 'A/C.1/78/L.60/Rev.1' });
      await hover.first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(artifacts, 'ui-hover.png') });
    });
  } finally {
    await page.close().catch(() => undefined);
    server.stop();
    rmSync(sandbox.folder, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  // Only this run's screenshots: a stale failure picture would mislead.
  rmSync(artifacts, { recursive: true, force: true });
  mkdirSync(artifacts, { recursive: true });
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const code = await runExtensionHostSuite(browser);
    if (code !== 0) return code;
    await runUiTest(browser);
    return 0;
  } finally {
    await browser.close().catch(() => undefined);
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

function withTimeout(promise: Promise<number>, milliseconds: number, what: string): Promise<number> {
  return Promise.race([
    promise,
    new Promise<number>((resolve) =>
      setTimeout(() => {
        console.error(`${what} within ${milliseconds / 60_000} minutes.`);
        resolve(1);
      }, milliseconds).unref(),
    ),
  ]);
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
