/**
 * Drives the real language server as an editor does: `node dist/cli.js lsp --stdio`, spoken to
 * with the LSP client library. The harness answers the server's requests (settings through
 * `workspace/configuration`, messages to show) and turns published diagnostics into promises, so
 * tests wait on what the server says, never on time.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import {
  ClientCapabilities,
  CodeActionRequest,
  ConfigurationRequest,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentSymbolRequest,
  ExitNotification,
  FoldingRangeRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  ReferencesRequest,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  UnregistrationRequest,
  type CodeAction,
  type Command,
  type Definition,
  type Hover,
  type Location,
  type LocationLink,
  type FileEvent,
  type Position,
  type Diagnostic,
  type DocumentSymbol,
  type FoldingRange,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type Registration,
  type Range,
  type SymbolInformation,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver-protocol/node';

export const repositoryRoot = path.resolve(__dirname, '..', '..');
const cliPath = path.join(repositoryRoot, 'dist', 'cli.js');

/** How long a test waits for the server to say something before failing with what it waited for. */
const answerTimeoutMilliseconds = 10_000;

const capabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: false },
    // As VS Code's client: the server may ask it to watch files outside the workspace.
    didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
    // As VS Code's client: it tells the server when folders are added to or removed from the workspace.
    workspaceFolders: true,
    workspaceEdit: { documentChanges: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: false },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    codeAction: {
      codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } },
      isPreferredSupport: true,
      dataSupport: true,
    },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    foldingRange: { lineFoldingOnly: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
  },
};

interface DiagnosticsWaiter {
  readonly uri: string;
  readonly accept: (params: PublishDiagnosticsParams) => boolean;
  readonly resolve: (params: PublishDiagnosticsParams) => void;
}

/** An open document as the client sees it: its text and version, kept in step with the server's. */
export interface OpenDocument {
  readonly uri: string;
  text: string;
  version: number;
}

export class ServerHarness {
  /** What the client answers to `workspace/configuration` for the `oewgDrafter` section. */
  settings: unknown = {};
  /** Messages the server asked the user to see (window/showMessage and window/showMessageRequest). */
  readonly shownMessages: string[] = [];
  /** The server's log (window/logMessage). */
  readonly log: string[] = [];
  /** What the server registered (`client/registerCapability`), in order. */
  readonly registrations: Registration[] = [];
  private readonly waiters: DiagnosticsWaiter[] = [];
  private readonly registrationWaiters: { readonly method: string; readonly resolve: (registration: Registration) => void }[] = [];
  private readonly stderr: string[] = [];
  private exited = false;

  private constructor(
    private readonly child: ChildProcessWithoutNullStreams,
    readonly connection: ProtocolConnection,
  ) {
    child.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    child.on('exit', () => (this.exited = true));
    connection.onRequest(ConfigurationRequest.type, (params) =>
      params.items.map((item) => (item.section === 'oewgDrafter' ? this.settings : null)),
    );
    connection.onRequest(ShowMessageRequest.type, (params) => {
      this.shownMessages.push(params.message);
      return null;
    });
    connection.onNotification(ShowMessageNotification.type, (params) => {
      this.shownMessages.push(params.message);
    });
    connection.onNotification(LogMessageNotification.type, (params) => {
      this.log.push(params.message);
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      for (const registration of params.registrations) {
        this.registrations.push(registration);
        for (const waiter of this.registrationWaiters.filter((candidate) => candidate.method === registration.method)) {
          this.registrationWaiters.splice(this.registrationWaiters.indexOf(waiter), 1);
          waiter.resolve(registration);
        }
      }
    });
    connection.onRequest(UnregistrationRequest.type, () => undefined);
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      for (const waiter of [...this.waiters]) {
        if (waiter.uri !== params.uri || !waiter.accept(params)) continue;
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    connection.listen();
  }

  /** Starts the server as users run it, and completes the initialize handshake. */
  static async start(settings: unknown = {}, workspaceFolders: readonly string[] = []): Promise<ServerHarness> {
    if (!existsSync(cliPath)) {
      throw new Error(`${path.relative(repositoryRoot, cliPath)} is missing: run "npm run build" before the protocol tests.`);
    }
    const child = spawn(process.execPath, [cliPath, 'lsp', '--stdio'], { cwd: repositoryRoot, stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const harness = new ServerHarness(child, connection);
    harness.settings = settings;
    await harness.within('the answer to initialize', connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities,
      workspaceFolders: workspaceFolders.length === 0 ? null : workspaceFolders.map((uri) => ({ uri, name: path.basename(uri) })),
    }));
    await connection.sendNotification(InitializedNotification.type, {});
    return harness;
  }

  /** Shuts the server down politely, then makes sure the process is gone. */
  async stop(): Promise<void> {
    try {
      if (!this.exited) {
        await this.within('the answer to shutdown', this.connection.sendRequest(ShutdownRequest.type));
        await this.connection.sendNotification(ExitNotification.type);
      }
    } finally {
      this.connection.dispose();
      if (!this.exited) this.child.kill();
    }
  }

  /** Resolves with the next diagnostics published for `uri` that `accept` accepts. Call it before the action. */
  nextDiagnostics(uri: string, accept: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
    const published = new Promise<PublishDiagnosticsParams>((resolve) => this.waiters.push({ uri, accept, resolve }));
    return this.within(`diagnostics for ${uri}`, published);
  }

  /** Opens a Markdown document and resolves with its first diagnostics. */
  async open(uri: string, text: string): Promise<{ document: OpenDocument; diagnostics: PublishDiagnosticsParams }> {
    const document: OpenDocument = { uri, text, version: 1 };
    const published = this.nextDiagnostics(uri, (params) => params.version === undefined || params.version === 1);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId: 'markdown', version: 1, text },
    });
    return { document, diagnostics: await published };
  }

  /** Sends incremental edits (applied in order, as the protocol says) and resolves with the resulting diagnostics. */
  async edit(document: OpenDocument, changes: { range: Range; text: string }[]): Promise<PublishDiagnosticsParams> {
    for (const change of changes) document.text = applyEdit(document.text, change.range, change.text);
    document.version++;
    const version = document.version;
    const published = this.nextDiagnostics(document.uri, (params) => params.version === version);
    const contentChanges: TextDocumentContentChangeEvent[] = changes.map((change) => ({ range: change.range, text: change.text }));
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: document.uri, version },
      contentChanges,
    });
    return published;
  }

  async close(uri: string): Promise<PublishDiagnosticsParams> {
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    return published;
  }

  /** Changes the settings the client reports and tells the server, as VS Code does when the user edits them. */
  async changeSettings(settings: unknown): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { oewgDrafter: settings } });
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<(Command | CodeAction)[] | null> {
    return this.within(
      'code actions',
      this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } }),
    );
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | SymbolInformation[] | null> {
    return this.within('document symbols', this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } }));
  }

  foldingRanges(uri: string): Promise<FoldingRange[] | null> {
    return this.within('folding ranges', this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } }));
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.within('a hover', this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
  }

  definition(uri: string, position: Position): Promise<Definition | LocationLink[] | null> {
    return this.within('a definition', this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }));
  }

  references(uri: string, position: Position, includeDeclaration = false): Promise<Location[] | null> {
    return this.within(
      'references',
      this.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } }),
    );
  }

  /** Resolves with the server's first registration of `method`, made already or to come. */
  registered(method: string): Promise<Registration> {
    const made = this.registrations.find((registration) => registration.method === method);
    if (made) return Promise.resolve(made);
    return this.within(`a registration of ${method}`, new Promise<Registration>((resolve) => this.registrationWaiters.push({ method, resolve })));
  }

  /** Tells the server files changed on disk, as the client's file watcher does. */
  filesChanged(changes: FileEvent[]): Promise<void> {
    return this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  /** Tells the server folders were added to or removed from the workspace, as VS Code does. */
  workspaceFoldersChanged(added: readonly string[], removed: readonly string[] = []): Promise<void> {
    const folders = (uris: readonly string[]) => uris.map((uri) => ({ uri, name: path.basename(uri) }));
    return this.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: folders(added), removed: folders(removed) } });
  }

  /** A custom request of the extension (server/src/protocol.ts). */
  request<Result>(method: string, params: unknown): Promise<Result> {
    return this.within(`an answer to ${method}`, this.connection.sendRequest<Result>(method, params));
  }

  /** What the server wrote on stderr, for failure messages. */
  get errorOutput(): string {
    return this.stderr.join('');
  }

  private within<T>(what: string, promise: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const details = this.exited ? ' (the server exited)' : '';
        reject(new Error(`No ${what} from the server within ${answerTimeoutMilliseconds} ms${details}.\n${this.errorOutput}`));
      }, answerTimeoutMilliseconds);
    });
    return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
  }
}

/** Applies one LSP edit to a text (positions in UTF-16 code units, lines split on LF/CRLF/CR). */
export function applyEdit(text: string, range: Range, newText: string): string {
  return text.slice(0, offsetAt(text, range.start)) + newText + text.slice(offsetAt(text, range.end));
}

export function offsetAt(text: string, position: { line: number; character: number }): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const match = /\r\n|\r|\n/g;
    match.lastIndex = offset;
    const found = match.exec(text);
    if (!found) return text.length;
    offset = found.index + found[0].length;
  }
  const lineEnd = /\r\n|\r|\n/g;
  lineEnd.lastIndex = offset;
  const end = lineEnd.exec(text)?.index ?? text.length;
  return Math.min(offset + position.character, end);
}

/** Diagnostics with the fields a user sees, in a stable order, for comparing two runs. */
export function visible(diagnostics: readonly Diagnostic[]): unknown[] {
  return diagnostics
    .map((diagnostic) => ({
      code: diagnostic.code,
      severity: diagnostic.severity,
      range: diagnostic.range,
      message: diagnostic.message,
      related: diagnostic.relatedInformation?.map((related) => ({ range: related.location.range, message: related.message })),
      fixes: (diagnostic.data as { fixes?: unknown } | undefined)?.fixes,
    }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
