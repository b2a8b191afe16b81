/**
 * The status bar item for the active submission: its findings and how much of the principles
 * checklist its programmes address, from the language server (the preview request's counts).
 * Clicking it opens the preview. Hidden for any other document.
 */
import * as vscode from 'vscode';
import { previewRequest, type PreviewParams, type PreviewResult } from '../../server/src/protocol';
import type { PreviewServer } from './preview/previewPanel';

export class SubmissionStatusBar implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('oewgDrafter.status', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly server: PreviewServer) {
    this.item.name = 'OEWG submission';
    this.item.command = 'oewgDrafter.openPreview';
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === vscode.window.activeTextEditor?.document) this.schedule();
      }),
      vscode.languages.onDidChangeDiagnostics(() => this.schedule()),
    );
    this.schedule(0);
  }

  private schedule(delay = 500): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  /** Asks the server for the active document's counts; exposed for the tests. */
  async refresh(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'markdown') {
      this.item.hide();
      return;
    }
    try {
      await this.server.whenReady();
      const params: PreviewParams = { textDocument: { uri: document.uri.toString() }, summaryOnly: true };
      const result = await this.server.client.sendRequest<PreviewResult>(previewRequest, params);
      if (!result || document !== vscode.window.activeTextEditor?.document) {
        if (!result) this.item.hide();
        return;
      }
      const { error, warning, info } = result.findings;
      const findings = error + warning + info;
      const { addressed, likelyAddressed, applicable, programmes } = result.coverage;
      const likely = likelyAddressed > 0 ? ` ${likelyAddressed} more ${likelyAddressed === 1 ? 'is' : 'are'} likely addressed in other wording (the second reading).` : '';
      this.item.text = `$(checklist) ${findings} finding${findings === 1 ? '' : 's'} · principles ${addressed}/${applicable}`;
      this.item.tooltip = new vscode.MarkdownString(
        `**OEWG submission**\n\n${error} errors, ${warning} warnings, ${info} notes.\n\nCapacity-building principles: ${addressed} of the ${applicable} checklist items that apply to its ${programmes} programme${programmes === 1 ? '' : 's'} are addressed.${likely}\n\nClick to open the submission preview.`,
      );
      this.item.show();
    } catch {
      this.item.hide();
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables) disposable.dispose();
  }
}
