/**
 * Activation: one output channel, the language client, the library views, the commands.
 * `activate` returns an API object that the extension tests use to reach the client, wait for the
 * server and drive the citation pickers.
 */
import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { insertCitation } from './insertCitation';
import { clientName, createLanguageClient } from './languageClient';
import { registerLibraryViews } from './libraryViews';
import { exportActiveSubmission, saveDialog, type AskTarget } from './exportCommands';
import { oewgMarkdownItPlugin } from './markdownItPlugin';
import { PreviewManager, previewViewType } from './preview/previewPanel';
import { SubmissionStatusBar } from './statusBar';

/** What `activate` returns (`vscode.extensions.getExtension(…).exports`). */
export interface OewgDrafterApi {
  readonly client: LanguageClient;
  /** The language client's state (starting, running, stopped). */
  readonly state: State;
  /** Resolves when the server has started (or restarted) and answered `initialize`; rejects if it could not. */
  whenReady(): Promise<void>;
  /**
   * Fires each time "Insert citation…" shows one of its two pickers (document, then paragraph),
   * already shown: a test sets its `value` and accepts through the workbench, as a user would.
   */
  readonly onDidShowCitationPicker: vscode.Event<vscode.QuickPick<vscode.QuickPickItem>>;
  /** The submission preview: the open one, and an event when one opens. */
  readonly previews: PreviewManager;
  readonly statusBar: SubmissionStatusBar;
  /** Replaces the export commands' save dialog (tests choose the file without a dialog). */
  setExportTarget(ask: AskTarget | undefined): void;
  /** For VS Code's built-in Markdown preview (`markdown.markdownItPlugins`). */
  extendMarkdownIt: typeof oewgMarkdownItPlugin;
}

let languageClient: LanguageClient | undefined;

/** Starts the language client (without waiting for it) and registers the commands. */
export function activate(context: vscode.ExtensionContext): OewgDrafterApi {
  // The server's log and, at log level Trace, the protocol trace (`oewgDrafter.trace.server`).
  const outputChannel = vscode.window.createOutputChannel(clientName, { log: true });
  context.subscriptions.push(outputChannel);

  let ready: Promise<void> = Promise.resolve();
  const { client, errorHandler } = createLanguageClient(context, outputChannel, { restartServer: () => restartServer() });
  languageClient = client;
  // Stopping the client on deactivation also stops the server process.
  context.subscriptions.push({ dispose: () => void client.dispose().catch(() => undefined) });

  const track = (starting: Promise<void>): Promise<void> => {
    ready = starting;
    starting.catch((error: unknown) => outputChannel.error(`The language server could not start: ${String(error)}`));
    return starting;
  };

  async function restartServer(): Promise<void> {
    errorHandler.reset();
    // A start under way must finish before the client can be stopped.
    await ready.catch(() => undefined);
    await track(client.needsStop() ? client.restart() : client.start());
  }

  const whenReady = async (): Promise<void> => {
    // A start or restart asked for (it rejects if the server could not start)…
    await ready;
    // …or one the client began by itself after a crash.
    await runningState(client);
  };
  const server = { client, whenReady };

  const citationPickerShown = new vscode.EventEmitter<vscode.QuickPick<vscode.QuickPickItem>>();
  context.subscriptions.push(citationPickerShown);
  // Registered now rather than once the server is ready: a view restored at startup must find
  // its provider; the provider waits for the server itself.
  registerLibraryViews(context, server, outputChannel);
  const previews = new PreviewManager(context.extensionUri, server);
  const statusBar = new SubmissionStatusBar(server);
  context.subscriptions.push(previews, statusBar, vscode.window.registerWebviewPanelSerializer(previewViewType, previews.serializer()));
  let exportTarget: AskTarget = saveDialog;
  registerCommands(context, {
    restartServer,
    insertCitation: () => insertCitation(server, { log: outputChannel, onDidShowPicker: (picker) => citationPickerShown.fire(picker) }),
    openPreview: () => previews.open(),
    exportSubmission: (format) => exportActiveSubmission(server, format, exportTarget),
  });
  // Not awaited: activation stays fast, and a server that fails to start does not fail activation.
  track(client.start());

  return {
    client,
    get state() {
      return client.state;
    },
    whenReady,
    onDidShowCitationPicker: citationPickerShown.event,
    previews,
    statusBar,
    setExportTarget: (ask) => {
      exportTarget = ask ?? saveDialog;
    },
    extendMarkdownIt: oewgMarkdownItPlugin,
  };
}

/** Resolves when the client runs; rejects when it ends up stopped instead. */
function runningState(client: LanguageClient): Promise<void> {
  return new Promise((resolve, reject) => {
    const settle = (state: State): boolean => {
      if (state === State.Running) resolve();
      else if (state === State.Stopped || state === State.StartFailed) {
        reject(new Error(`The ${clientName} language server is not running.`));
      } else return false;
      return true;
    };
    if (settle(client.state)) return;
    const listener = client.onDidChangeState(({ newState }) => {
      if (settle(newState)) listener.dispose();
    });
  });
}

/** Stops the language client, and with it the server process. */
export async function deactivate(): Promise<void> {
  await languageClient?.stop().catch(() => undefined);
  languageClient = undefined;
}
