/**
 * "Open submission preview": a webview beside the editor showing the submission as the language
 * server renders it (UN-style document, programme tables, principles checklist, findings), kept
 * up to date as the user types (debounced, stale versions dropped), following the editor's scroll
 * and moving the editor when the preview is scrolled or an item clicked. It survives a reload
 * (a serializer restores it on the same document).
 *
 * Security: the page's Content-Security-Policy allows only our own script (by nonce) and
 * stylesheet, from the extension's `dist` and `media` folders; the draft's content arrives as
 * markup the server escaped, and is never executed.
 */
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { previewRequest, type PreviewParams, type PreviewResult } from '../../../server/src/protocol';

export const previewViewType = 'oewgDrafter.preview';

export interface PreviewServer {
  readonly client: LanguageClient;
  whenReady(): Promise<void>;
}

/** Messages from the webview's script. */
type WebviewMessage = { readonly type: 'reveal'; readonly line: number } | { readonly type: 'scrolled'; readonly line: number } | { readonly type: 'ready' };

const updateDelayMs = 300;

/** Our own script only, and resources only from the extension's `dist` and `media` folders. */
function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')] };
}

export class SubmissionPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private shownVersion = -1;
  /** Set while the preview moves the editor, so that the editor's scroll event is not sent back. */
  private revealingUntil = 0;
  private readonly updated = new vscode.EventEmitter<PreviewResult>();
  /** Fires after each update of the preview's content (tests wait on it). */
  readonly onDidUpdate = this.updated.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private document: vscode.TextDocument,
    private readonly extensionUri: vscode.Uri,
    private readonly server: PreviewServer,
  ) {
    // Set here too: a panel restored after a reload comes with VS Code's defaults.
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = this.shell();
    this.disposables.push(
      this.updated,
      panel.webview.onDidReceiveMessage((message: WebviewMessage) => this.onMessage(message)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document) this.scheduleUpdate();
      }),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // The preview follows the submission being edited.
        if (editor && editor.document.languageId === 'markdown' && editor.document !== this.document) {
          this.document = editor.document;
          this.shownVersion = -1;
          this.scheduleUpdate(0);
        }
      }),
      vscode.window.onDidChangeTextEditorVisibleRanges((event) => {
        if (event.textEditor.document !== this.document || Date.now() < this.revealingUntil) return;
        const line = event.visibleRanges[0]?.start.line;
        if (line !== undefined) void panel.webview.postMessage({ type: 'scrollTo', line });
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration('oewgDrafter.preview')) {
          this.shownVersion = -1;
          this.scheduleUpdate(0);
        }
      }),
    );
    panel.onDidDispose(() => this.dispose(), undefined, this.disposables);
    this.setTitle();
  }

  /** The document shown (for the serializer's state and the tests). */
  get documentUri(): vscode.Uri {
    return this.document.uri;
  }

  private setTitle(): void {
    this.panel.title = `Preview: ${this.document.uri.path.split('/').pop() ?? 'submission'}`;
  }

  private shell(): string {
    const webview = this.panel.webview;
    const nonce = randomBytes(16).toString('base64');
    const script = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'dist', 'preview.js'));
    const style = webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css'));
    const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${nonce}'`].join('; ');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${style.toString()}">
<title>Submission preview</title>
</head>
<body>
<div id="status" class="un-status-bar" role="status">Loading the preview…</div>
<main id="content"></main>
<script nonce="${nonce}" src="${script.toString()}"></script>
</body>
</html>`;
  }

  private onMessage(message: WebviewMessage): void {
    if (message.type === 'ready') {
      this.shownVersion = -1;
      this.scheduleUpdate(0);
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((candidate) => candidate.document === this.document);
    const line = Math.max(0, Math.min(message.line, this.document.lineCount - 1));
    const range = new vscode.Range(line, 0, line, 0);
    if (message.type === 'reveal') {
      // A click: the editor moves there, with the cursor.
      void vscode.window.showTextDocument(this.document, { viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One, selection: range, preserveFocus: false });
    } else if (editor) {
      this.revealingUntil = Date.now() + 200;
      editor.revealRange(range, vscode.TextEditorRevealType.AtTop);
    }
  }

  /** Updates after the user pauses typing; an update already under way is superseded. */
  scheduleUpdate(delay = updateDelayMs): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.update(), delay);
  }

  private async update(): Promise<void> {
    const document = this.document;
    const version = document.version;
    if (version === this.shownVersion) return;
    this.setTitle();
    try {
      await this.server.whenReady();
      const params: PreviewParams = {
        textDocument: { uri: document.uri.toString() },
        numberParagraphs: vscode.workspace.getConfiguration('oewgDrafter', document.uri).get<boolean>('preview.numberParagraphs', false),
      };
      const result = await this.server.client.sendRequest<PreviewResult>(previewRequest, params);
      // Typed on since the request: a newer update follows.
      if (document !== this.document || document.version !== version) return;
      if (!result) {
        void this.panel.webview.postMessage({ type: 'notSubmission' });
      } else {
        // The server renders what it has analyzed; it may lag a keystroke behind, then catches up.
        this.shownVersion = result.version;
        void this.panel.webview.postMessage({ type: 'update', html: result.html, findings: result.findings, coverage: result.coverage, uri: document.uri.toString() });
        if (result.version !== version) this.scheduleUpdate();
      }
      this.updated.fire(result);
    } catch (error) {
      void this.panel.webview.postMessage({ type: 'error', message: `The preview could not be updated: ${error instanceof Error ? error.message : String(error)}` });
    }
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** The command, the panel's restoration after a reload, and access to the open preview. */
export class PreviewManager implements vscode.Disposable {
  private current: SubmissionPreview | undefined;
  private readonly opened = new vscode.EventEmitter<SubmissionPreview>();
  readonly onDidOpen = this.opened.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly server: PreviewServer,
  ) {}

  get preview(): SubmissionPreview | undefined {
    return this.current;
  }

  /** Opens the preview of `document` (the active editor's) beside it, or brings it forward. */
  async open(document = vscode.window.activeTextEditor?.document): Promise<SubmissionPreview | undefined> {
    if (!document || document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Open a submission (a Markdown file with a "kind:" in its front matter) to preview it.');
      return undefined;
    }
    if (this.current) {
      this.current.panel.reveal(vscode.ViewColumn.Beside, true);
      return this.current;
    }
    const panel = vscode.window.createWebviewPanel(previewViewType, 'Submission preview', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions(this.extensionUri));
    return this.adopt(panel, document);
  }

  private adopt(panel: vscode.WebviewPanel, document: vscode.TextDocument): SubmissionPreview {
    const preview = new SubmissionPreview(panel, document, this.extensionUri, this.server);
    this.current = preview;
    panel.onDidDispose(() => {
      if (this.current === preview) this.current = undefined;
    });
    this.opened.fire(preview);
    return preview;
  }

  /** Restores a preview VS Code kept across a reload, on the document it showed. */
  serializer(): vscode.WebviewPanelSerializer<{ uri?: string }> {
    return {
      deserializeWebviewPanel: async (panel, state) => {
        try {
          const document = state?.uri ? await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri)) : vscode.window.activeTextEditor?.document;
          if (document) {
            this.adopt(panel, document);
            return;
          }
        } catch {
          // The file is gone: the panel closes below.
        }
        panel.dispose();
      },
    };
  }

  dispose(): void {
    this.current?.panel.dispose();
    this.opened.dispose();
  }
}
