/**
 * Tests inside a real VS Code (code-server's extension host): what a user of the extension gets.
 * They wait on events (diagnostics changing, the client being ready), never on sleeps.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import * as vscode from 'vscode';
import type { OewgDrafterApi } from '../../../client/src/extension';

const extensionId = 'oewg-drafter.oewg-submission-drafter';

function workspaceRoot(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the tests open the examples folder');
  return folder.uri.fsPath;
}

async function api(): Promise<OewgDrafterApi> {
  const extension = vscode.extensions.getExtension<OewgDrafterApi>(extensionId);
  assert.ok(extension, `${extensionId} is installed`);
  const exports = await extension.activate();
  await exports.whenReady();
  return exports;
}

/** Resolves with the document's diagnostics once `accept` holds for them (checked on every change). */
function diagnosticsWhen(uri: vscode.Uri, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      listener.dispose();
      resolve(diagnostics);
      return true;
    };
    const listener = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === uri.toString())) check();
    });
    check();
  });
}

/**
 * The quick fixes at a range. The workbench cancels a code-action request when its own light bulb
 * asks for the same place at the same moment (seen once in a few runs: "Canceled"); a user's light
 * bulb simply asks again, and so does this, a bounded number of times.
 */
async function quickFixesAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        range,
        vscode.CodeActionKind.QuickFix.value,
      );
    } catch (error) {
      if (attempt >= 3 || !(error instanceof Error) || error.name !== 'Canceled') throw error;
    }
  }
}

const ruleOf = (diagnostic: vscode.Diagnostic) =>
  typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);

describe('OEWG Submission Drafter in VS Code', () => {
  let exampleUri: vscode.Uri;

  before(async () => {
    exampleUri = vscode.Uri.file(path.join(workspaceRoot(), 'france-mapping-exercise.md'));
    await api();
  });

  it('shows the findings of the example in the Problems panel, with rule ids at the right lines', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(exampleUri));
    const diagnostics = await diagnosticsWhen(exampleUri, (list) => list.length >= 7);
    const found = diagnostics.map((diagnostic) => `${ruleOf(diagnostic)}@${diagnostic.range.start.line + 1}`).sort();
    for (const expected of [
      'citation/malformed-symbol@21',
      'country/unknown-name@45',
      'schema/missing-field@56',
      'schema/missing-field@67',
      'schema/missing-field@82',
    ]) {
      assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
    }
  });

  it('applies a quick fix that changes the text as promised, and the finding disappears', async () => {
    const document = await vscode.workspace.openTextDocument(exampleUri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await diagnosticsWhen(exampleUri, (list) => list.some((d) => ruleOf(d) === 'citation/malformed-symbol'));
    const malformed = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'citation/malformed-symbol');
    assert.ok(malformed);
    const actions = await quickFixesAt(exampleUri, malformed.range);
    const fix = actions.find((action) => action.title.includes('A/C.1/78/L.60/Rev.1'));
    assert.ok(fix?.edit, `a fix to the canonical symbol among ${actions.map((action) => action.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.match(document.lineAt(malformed.range.start.line).text, /resolution A\/C\.1\/78\/L\.60\/Rev\.1 on/);
    await diagnosticsWhen(exampleUri, (list) => !list.some((d) => ruleOf(d) === 'citation/malformed-symbol'));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  it('lists the programmes in the document symbols (Outline)', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', exampleUri);
    const names: string[] = [];
    const walk = (list: readonly vscode.DocumentSymbol[]) =>
      list.forEach((symbol) => {
        names.push(symbol.name);
        walk(symbol.children);
      });
    walk(symbols);
    assert.ok(names.includes('Western Balkans Cyber Capacity Center (WB3C)'), names.join(', '));
    assert.ok(names.includes('Enhancing Security Cooperation in and with Asia (ESIWA)'));
  });

  it('"New mapping-exercise submission" opens a skeleton with no error-severity finding', async () => {
    await vscode.commands.executeCommand('oewgDrafter.newMappingExercise');
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(editor.document.getText(), /^---\nkind: mapping-exercise/);
    const diagnostics = await diagnosticsWhen(editor.document.uri, () => true);
    assert.deepEqual(diagnostics.filter((diagnostic) => diagnostic.severity === vscode.DiagnosticSeverity.Error), []);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('contributes the snippets', () => {
    const extension = vscode.extensions.getExtension(extensionId);
    const snippets = extension?.packageJSON.contributes?.snippets as { language: string; path: string }[] | undefined;
    assert.ok(snippets?.some((entry) => entry.language === 'markdown'));
  });

  it('follows a change of a rule severity in the settings', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(exampleUri));
    const configuration = vscode.workspace.getConfiguration('oewgDrafter');
    await configuration.update('rules', { 'schema/missing-field': 'warning' }, vscode.ConfigurationTarget.Workspace);
    try {
      const diagnostics = await diagnosticsWhen(exampleUri, (list) => {
        const missing = list.filter((d) => ruleOf(d) === 'schema/missing-field');
        return missing.length > 0 && missing.every((d) => d.severity === vscode.DiagnosticSeverity.Warning);
      });
      assert.ok(diagnostics.length > 0);
    } finally {
      await configuration.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await diagnosticsWhen(exampleUri, (list) =>
      list.some((d) => ruleOf(d) === 'schema/missing-field' && d.severity === vscode.DiagnosticSeverity.Error),
    );
  });

  it('"Restart language server" brings the diagnostics back', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(exampleUri));
    await vscode.commands.executeCommand('oewgDrafter.restartServer');
    const exports = await api();
    assert.equal(exports.state, 2 /* State.Running */);
    await diagnosticsWhen(exampleUri, (list) => list.length >= 7);
  });
});
