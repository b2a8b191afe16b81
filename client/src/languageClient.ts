/**
 * The language client: it runs the bundled server (dist/server.js) in a Node process over IPC,
 * for Markdown documents on disk and untitled ones, and restarts a crashed server a few times
 * before telling the user. It also tells the server when Markdown and text files change on disk,
 * so that the reference library re-reads the user's sources (`oewgDrafter.library.sources`), and
 * when a team's `.oewgrc.json` changes, so that its severities and options apply at once.
 */
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';

export const clientId = 'oewgDrafter';
export const clientName = 'OEWG Submission Drafter';

/** How many crashes are restarted within `crashWindow` before giving up. */
const maxRestarts = 4;
const crashWindowMilliseconds = 3 * 60 * 1000;

export interface ClientHooks {
  /** Offered to the user when the server keeps crashing. */
  restartServer(): Promise<void>;
}

/** Creates (does not start) the language client, with its error handler. */
export function createLanguageClient(
  context: vscode.ExtensionContext,
  outputChannel: vscode.LogOutputChannel,
  hooks: ClientHooks,
): { client: LanguageClient; errorHandler: RestartingErrorHandler } {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
  };
  const errorHandler = new RestartingErrorHandler(outputChannel, hooks);
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { language: 'markdown', scheme: 'file' },
      { language: 'markdown', scheme: 'untitled' },
    ],
    synchronize: {
      configurationSection: clientId,
      // Every .md/.txt file of the workspace, not only the library folders: the folders are a
      // setting that can change at any time, and the server knows which files are in them.
      fileEvents: [librarySourceWatcher(context), workspaceConfigWatcher(context)],
    },
    outputChannel,
    errorHandler,
  };
  return { client: new LanguageClient(clientId, clientName, serverOptions, clientOptions), errorHandler };
}

/** A watcher of the files a library source folder can hold; disposed with the extension. */
function librarySourceWatcher(context: vscode.ExtensionContext): vscode.FileSystemWatcher {
  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,txt}');
  context.subscriptions.push(watcher);
  return watcher;
}

/**
 * A watcher of the teams' `.oewgrc.json` files in the workspace. The server applies the nearest one
 * from each workspace folder up to the repository's root; for the folders above the workspace, which
 * this glob does not reach, it registers watchers itself (`workspace/didChangeWatchedFiles`).
 */
function workspaceConfigWatcher(context: vscode.ExtensionContext): vscode.FileSystemWatcher {
  const watcher = vscode.workspace.createFileSystemWatcher('**/.oewgrc.json');
  context.subscriptions.push(watcher);
  return watcher;
}

/**
 * Restarts a server that died, unless it died more than `maxRestarts` times within three minutes:
 * then it stays down, and the user is told, with a way to see the log and to try again.
 */
export class RestartingErrorHandler implements ErrorHandler {
  private crashes: number[] = [];

  constructor(
    private readonly outputChannel: vscode.LogOutputChannel,
    private readonly hooks: ClientHooks,
  ) {}

  /** A restart the user asked for starts a new count. */
  reset(): void {
    this.crashes = [];
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few transport errors in a row are tolerated; a stream of them means the connection is gone.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = this.crashes.filter((time) => now - time < crashWindowMilliseconds);
    this.crashes.push(now);
    if (this.crashes.length <= maxRestarts) {
      this.outputChannel.warn(`The language server stopped unexpectedly; restarting it (${this.crashes.length}/${maxRestarts}).`);
      return { action: CloseAction.Restart, handled: true };
    }
    void this.tellUser();
    return { action: CloseAction.DoNotRestart, handled: true };
  }

  private async tellUser(): Promise<void> {
    const showOutput = 'Show Output';
    const restart = 'Restart';
    const choice = await vscode.window.showErrorMessage(
      `The ${clientName} language server stopped ${maxRestarts + 1} times in three minutes and will not be restarted: submissions are not being checked.`,
      showOutput,
      restart,
    );
    if (choice === showOutput) this.outputChannel.show();
    if (choice === restart) await this.hooks.restartServer();
  }
}
