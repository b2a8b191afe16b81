/**
 * Tests the extension inside a real VS Code, offline (npm run test:vscode).
 *
 * 1. Extension host: @vscode/test-electron's `runTests` runs the mocha suite (test/vscode/suite)
 *    with this folder as the extension under development. The executable it launches is
 *    test/vscode/launcher.sh, which runs code-server's workbench in Chromium instead of an Electron
 *    VS Code (none can be downloaded here).
 * 2. UI: a fresh code-server with the packaged VSIX installed (what users get, so a broken
 *    .vscodeignore or bundle fails here); Playwright drives the workbench as a user would (open the
 *    example, the Problems panel, a hover) and asserts on the DOM.
 *
 * Screenshots are kept in test-artifacts/ (gitignored).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { build } from 'esbuild';
import type { Browser } from 'playwright-core';
import { artifacts, codeServerEntry, createSandbox, launchBrowser, node24, projectRoot, startCodeServer, workbenchUrl } from './codeServer';

const vsix = path.join(projectRoot, 'oewg-submission-drafter.vsix');

/** Phase 1: the mocha suite inside the extension host, through test-electron's runTests. */
async function runExtensionHostSuite(): Promise<void> {
  const suite = path.join(projectRoot, 'dist', 'vscode-tests', 'index.js');
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
  try {
    await runTests({
      vscodeExecutablePath: path.join(__dirname, 'launcher.sh'),
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath: suite,
      launchArgs: [sandbox.workspace],
    });
  } finally {
    rmSync(sandbox.folder, { recursive: true, force: true });
  }
}

/** Phase 2: the packaged VSIX installed in a fresh code-server, driven through the workbench's DOM. */
async function runUiTest(browser: Browser): Promise<void> {
  assert.ok(existsSync(vsix), `${path.relative(projectRoot, vsix)} is missing: run "npm run package"`);
  const sandbox = createSandbox();
  // A hostile draft for the preview's security step.
  cpSync(path.join(projectRoot, 'test', 'fixtures', 'export', 'xss.md'), path.join(sandbox.workspace, 'hostile-draft.md'));
  const install = spawnSync(path.join(node24, 'node'), [codeServerEntry, ...sandbox.args, '--install-extension', vsix], {
    env: sandbox.env,
    encoding: 'utf8',
  });
  assert.equal(install.status, 0, `installing the VSIX failed:\n${install.stdout}\n${install.stderr}`);
  const server = await startCodeServer(sandbox, []);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.goto(workbenchUrl(server.port, sandbox.workspace));
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
      await problems.getByText('"78/L.60 REV1" is not a well-formed UN symbol', { exact: false }).first().waitFor({ timeout: 60_000 });
      await problems.getByText('has no Start', { exact: false }).first().waitFor();
      await page.screenshot({ path: path.join(artifacts, 'ui-problems-panel.png') });
      // The panel draws only the rows in view: filter it, as a user looking for one finding does.
      const filter = page.getByPlaceholder(/^Filter \(e\.g\./);
      // A principle finding (information, so listed after the warnings), with the agreed text as
      // related information from the library.
      await filter.fill('principle 6');
      await problems.getByText('Agreed principle 6 (A/75/816, annex I, paragraph 56)', { exact: false }).first().waitFor();
      await filter.fill('Northern Macedonia');
      await problems.getByText('"Northern Macedonia" is not the UN short name', { exact: false }).first().waitFor();
      await filter.fill('');
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
    await step('a principle finding shows the agreed text on hover, and goes as a request is typed into the programme', async () => {
      await page.keyboard.press('Escape');
      const problems = page.locator('.markers-panel');
      const filter = page.getByPlaceholder(/^Filter \(e\.g\./);
      const wb3cDemand = problems.getByText('"Western Balkans Cyber Capacity Center (WB3C)": nothing says that the partners asked', { exact: false });
      await filter.fill('nothing says that the partners asked');
      await wb3cDemand.first().click();
      await page.keyboard.press('Control+1');
      await page.locator('.monaco-editor.focused').first().waitFor();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('Control+I');
      await page.locator('.monaco-hover').filter({ hasText: 'Capacity-building should be based on mutual trust, demand-driven' }).first().waitFor({ timeout: 30_000 });
      await page.screenshot({ path: path.join(artifacts, 'ui-principle-hover.png') });
      await page.keyboard.press('Escape');
      // The status bar counts the checklist items the programmes address.
      const checklistCount = page.locator('.statusbar').getByText(/principles \d+\/\d+/);
      const [, addressed, applicable] = /principles (\d+)\/(\d+)/.exec((await checklistCount.first().textContent()) ?? '') ?? [];
      assert.ok(addressed && applicable, 'the status bar shows the checklist count');
      // Line 50 is the WB3C entry's paragraph: type a request at its start, key by key.
      await page.keyboard.press('Control+G');
      await page.keyboard.type('50');
      await page.keyboard.press('Enter');
      await page.locator('.statusbar').getByText(/Ln 50, Col 1\b/).waitFor({ timeout: 30_000 });
      await page.keyboard.type('The centre was designed at the request of the six beneficiaries. ');
      await wb3cDemand.first().waitFor({ state: 'detached', timeout: 30_000 });
      await page.locator('.statusbar').getByText(`principles ${Number(addressed) + 1}/${applicable}`).first().waitFor({ timeout: 30_000 });
      // The other programmes keep theirs.
      await problems.getByText('"Dakar’s Cyber National School with Regional Vocation (ENVR cyber)": nothing says that the partners asked', { exact: false }).first().waitFor();
      await page.screenshot({ path: path.join(artifacts, 'ui-principle-typed.png') });
      await filter.fill('');
    });
    /** The preview's page: a webview is an iframe holding the content's iframe. */
    const previewFrame = () => page.frameLocator('iframe.webview').last().frameLocator('#active-frame');
    await step('the submission preview opens beside the example, with its programme tables and checklist', async () => {
      await page.keyboard.press('Control+1');
      await page.keyboard.press('F1');
      await page.keyboard.type('OEWG: Open submission preview');
      await page.locator('.quick-input-list').getByText('Open submission preview', { exact: false }).first().waitFor();
      await page.keyboard.press('Enter');
      const frame = previewFrame();
      await frame.locator('table.un-programme').first().waitFor({ timeout: 60_000 });
      await frame.getByText('Western Balkans Cyber Capacity Center (WB3C)', { exact: true }).first().waitFor();
      await frame.locator('.un-checklist').first().waitFor();
      await frame.getByText(/principles addressed: \d+ of \d+/).waitFor();
      await page.screenshot({ path: path.join(artifacts, 'ui-preview.png') });
    });
    await step('clicking a programme in the preview moves the editor to it', async () => {
      // The WB3C entry's heading is line 40 of the example.
      await previewFrame().locator('h4.un-heading', { hasText: 'Western Balkans Cyber Capacity Center (WB3C)' }).click();
      await page.locator('.statusbar').getByText(/Ln 40, Col 1\b/).waitFor({ timeout: 30_000 });
    });
    await step('the preview follows typing', async () => {
      await page.keyboard.press('Control+1');
      await page.locator('.monaco-editor.focused').first().waitFor();
      await page.keyboard.press('Control+End');
      await page.keyboard.type('\n\nA sentence typed for the preview.\n');
      const typed = previewFrame().getByText('A sentence typed for the preview.', { exact: false });
      await typed.waitFor({ timeout: 30_000 });
      // The editor is at the end of the draft: the preview scrolled along, to the sentence.
      const content = await previewFrame().locator('#content').elementHandle();
      const frame = await content?.ownerFrame();
      assert.ok(frame, 'the preview content frame');
      await frame.waitForFunction(
        () => {
          const sentence = [...document.querySelectorAll('#content p')].find((paragraph) => paragraph.textContent?.includes('A sentence typed for the preview.'));
          const box = sentence?.getBoundingClientRect();
          return box !== undefined && box.top >= 0 && box.bottom <= window.innerHeight;
        },
        undefined,
        { polling: 'raf', timeout: 20_000 },
      );
    });
    await step('a hostile draft renders inert in the preview', async () => {
      await page.keyboard.press('Control+P');
      await page.keyboard.type('hostile-draft.md');
      await page.locator('.quick-input-list').getByText('hostile-draft.md').first().waitFor();
      await page.keyboard.press('Enter');
      const frame = previewFrame();
      // What the draft wrote is shown as text…
      await frame.getByText(`<img src=x onerror="document.title='pwned'">`, { exact: false }).first().waitFor({ timeout: 30_000 });
      // …and none of it became an element: no image, frame, or script but the page's own.
      assert.equal(await frame.locator('#content img, #content iframe, #content svg, #content script, #content style').count(), 0);
      assert.equal(await frame.locator('[onerror], [onload], [onmouseover]').count(), 0);
      assert.notEqual(await page.title(), 'pwned');
      await page.screenshot({ path: path.join(artifacts, 'ui-preview-hostile-draft.png') });
    });
  } finally {
    await page.close().catch(() => undefined);
    server.stop();
    rmSync(sandbox.folder, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  // Only this run's screenshots: a stale failure picture would mislead. (The unit tests' own
  // artifacts, made just before by mocha, stay.)
  mkdirSync(artifacts, { recursive: true });
  for (const file of readdirSync(artifacts)) if (/^(?:ui-|extension-host)/.test(file)) rmSync(path.join(artifacts, file), { force: true });
  await runExtensionHostSuite();
  const browser = await launchBrowser();
  try {
    await runUiTest(browser);
  } finally {
    await browser.close().catch(() => undefined);
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
