/**
 * Read-only views of reference-library documents (`oewg-library:/a-75-816.md`). The server holds
 * the library, so the text of a view is whatever it answers to `oewgDrafter/librarySource`; the
 * views exist so that "Go to Definition" on a citation can open the paragraph it cites.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { libraryScheme, librarySourceRequest, type LibrarySourceParams, type LibrarySourceResult } from '../../server/src/protocol';

/** What the views need from the language client. */
export interface LibraryServer {
  readonly client: LanguageClient;
  /** Resolves when the server runs; rejects when it could not start. */
  whenReady(): Promise<void>;
}

/**
 * Serves `oewg-library:` documents from the language server. A view asked for before the server
 * is ready (an editor restored at startup) waits for it; a view that cannot be served shows a
 * sentence saying why, since VS Code would otherwise open an empty editor without a word.
 */
export class LibraryViewProvider implements vscode.TextDocumentContentProvider {
  constructor(
    private readonly server: LibraryServer,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async provideTextDocumentContent(uri: vscode.Uri, token: vscode.CancellationToken): Promise<string> {
    const address = uri.toString();
    try {
      await this.server.whenReady();
      const params: LibrarySourceParams = { uri: address };
      const result = await this.server.client.sendRequest<LibrarySourceResult>(librarySourceRequest, params, token);
      if (result) return result.text;
      return `The reference library has no document at ${address}.\n\nThe built-in documents and those in the folders of the "oewgDrafter.library.sources" setting can be opened here.\n`;
    } catch (error) {
      this.log.error(`Could not read the library document ${address}: ${String(error)}`);
      return `The reference library document ${address} could not be read: the language server did not answer (see the "OEWG Submission Drafter" output channel).\n`;
    }
  }
}

/** Registers the `oewg-library:` provider; its disposables go to the extension's subscriptions. */
export function registerLibraryViews(context: vscode.ExtensionContext, server: LibraryServer, log: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(libraryScheme, new LibraryViewProvider(server, log)),
    // VS Code picks the language from the `.md` of the address; should it not (an association
    // setting, another extension claiming the scheme), the view would lose its Markdown colours.
    vscode.workspace.onDidOpenTextDocument((document) => void showAsMarkdown(document)),
  );
  for (const document of vscode.workspace.textDocuments) void showAsMarkdown(document);
}

async function showAsMarkdown(document: vscode.TextDocument): Promise<void> {
  if (document.uri.scheme !== libraryScheme || document.languageId === 'markdown') return;
  // The document may have been closed in the meantime; there is then nothing to colour.
  await vscode.languages.setTextDocumentLanguage(document, 'markdown').then(undefined, () => undefined);
}
