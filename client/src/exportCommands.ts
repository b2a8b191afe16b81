/**
 * "Export submission as DOCX / HTML / JSON…": the language server writes the file's bytes (the
 * same code as `oewg-drafter export`); the user chooses where it goes. The draft is never edited.
 */
import * as vscode from 'vscode';
import { exportRequest, type ExportParams, type ExportResult } from '../../server/src/protocol';
import type { PreviewServer } from './preview/previewPanel';

export type ExportFormat = ExportParams['format'];

const filters: Readonly<Record<ExportFormat, Record<string, string[]>>> = {
  docx: { 'Word document': ['docx'] },
  html: { 'Web page': ['html'] },
  json: { JSON: ['json'] },
};

/** Where to write: a save dialog by default; tests give their own. */
export type AskTarget = (defaultUri: vscode.Uri, format: ExportFormat) => Thenable<vscode.Uri | undefined>;

export const saveDialog: AskTarget = (defaultUri, format) => vscode.window.showSaveDialog({ defaultUri, filters: filters[format], title: `Export submission as ${format.toUpperCase()}` });

/** Exports the active submission; resolves to the file written, or undefined when cancelled or failed. */
export async function exportActiveSubmission(server: PreviewServer, format: ExportFormat, askTarget: AskTarget): Promise<vscode.Uri | undefined> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document || document.languageId !== 'markdown') {
    void vscode.window.showInformationMessage('Open a submission to export it.');
    return undefined;
  }
  const defaultUri = document.uri.scheme === 'file' ? document.uri.with({ path: document.uri.path.replace(/\.[^./]*$/, '') + `.${format}` }) : vscode.Uri.file(`submission.${format}`);
  const target = await askTarget(defaultUri, format);
  if (!target) return undefined;
  if (target.toString() === document.uri.toString()) {
    void vscode.window.showErrorMessage('Choose another file: the export would replace the draft itself.');
    return undefined;
  }
  await server.whenReady();
  const numberParagraphs = vscode.workspace.getConfiguration('oewgDrafter', document.uri).get<boolean>('preview.numberParagraphs', false);
  const result = await server.client.sendRequest<ExportResult>(exportRequest, { textDocument: { uri: document.uri.toString() }, format, numberParagraphs });
  if ('error' in result) {
    void vscode.window.showErrorMessage(result.error);
    return undefined;
  }
  await vscode.workspace.fs.writeFile(target, Buffer.from(result.base64, 'base64'));
  void vscode.window.showInformationMessage(`Exported to ${vscode.workspace.asRelativePath(target)}.`, 'Open', 'Reveal').then((choice) => {
    if (choice === 'Open') void vscode.env.openExternal(target);
    if (choice === 'Reveal') void vscode.commands.executeCommand('revealFileInOS', target);
  });
  return target;
}
