/**
 * A stand-in for the VS Code executable that @vscode/test-electron's `runTests` launches: it takes
 * the same arguments (`--extensionDevelopmentPath=`, `--extensionTestsPath=`, `--user-data-dir=`,
 * `--extensions-dir=`, the folder to open) and runs the tests in code-server's workbench instead,
 * in Chromium, with the smoke-test driver that makes the workbench honour the test payload. The
 * suite's log streams to stdout; its exit code is this process's. On a machine that can download
 * VS Code, the same `runTests` call works without this launcher.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { format } from 'node:util';
import { artifacts, createSandbox, launchBrowser, startCodeServer, workbenchUrl } from './codeServer';

const suiteTimeoutMs = 5 * 60_000;

function argument(name: string, args: readonly string[]): string | undefined {
  const prefix = `--${name}=`;
  return args.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

async function main(args: readonly string[]): Promise<number> {
  const extensionDevelopmentPath = argument('extensionDevelopmentPath', args);
  const extensionTestsPath = argument('extensionTestsPath', args);
  if (!extensionDevelopmentPath || !extensionTestsPath) {
    console.error('launcher: --extensionDevelopmentPath= and --extensionTestsPath= are required');
    return 2;
  }
  const folder = args.find((arg) => !arg.startsWith('-'));
  const sandbox = createSandbox({
    userDataDir: argument('user-data-dir', args),
    extensionsDir: argument('extensions-dir', args),
    workspace: folder ? path.resolve(folder) : undefined,
  });
  const server = await startCodeServer(sandbox, ['--vscode-option', 'enable-smoke-test-driver']);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const exitCode = new Promise<number>((resolve) => {
      // The workbench logs (level, [format, ...arguments]), as console.log would take them.
      void page.exposeFunction('codeAutomationLog', (_level: unknown, ...messages: unknown[]) => {
        const [first] = messages;
        console.log(format(...(Array.isArray(first) ? first : messages)));
      });
      void page.exposeFunction('codeAutomationExit', (code: number) => resolve(code));
    });
    const remote = (file: string) => `vscode-remote://127.0.0.1:${server.port}${path.resolve(file)}`;
    await page.goto(
      workbenchUrl(server.port, sandbox.workspace, [
        ['extensionDevelopmentPath', remote(extensionDevelopmentPath)],
        ['extensionTestsPath', remote(extensionTestsPath)],
      ]),
    );
    const code = await Promise.race([
      exitCode,
      new Promise<number>((resolve) =>
        setTimeout(() => {
          console.error(`launcher: the extension tests did not finish within ${suiteTimeoutMs / 60_000} minutes`);
          resolve(1);
        }, suiteTimeoutMs).unref(),
      ),
    ]);
    mkdirSync(artifacts, { recursive: true });
    await page.screenshot({ path: path.join(artifacts, 'extension-host.png') }).catch(() => undefined);
    // Closed before the server stops, or the page keeps trying to reconnect (and logging it).
    await page.close().catch(() => undefined);
    return code;
  } finally {
    await browser.close().catch(() => undefined);
    server.stop();
    rmSync(sandbox.folder, { recursive: true, force: true });
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
