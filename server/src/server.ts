/**
 * Builds the language server on a connection: capabilities, and one short handler per request,
 * each calling a feature module. Transports (stdio, IPC) are the entry point's business
 * (node/main.ts). Every handler is guarded: whatever a document holds, an exception is logged
 * and answered with an empty result; the server itself never goes down.
 */
import {
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultValidationSettings } from '../../schemas/settings';
import { quickFixes } from './features/codeActions';
import { DiagnosticsPublisher } from './features/diagnostics';
import { DocumentAnalyses } from './features/documentAnalyses';
import { documentSymbols, flatSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { findPackageRoot, ruleDocumentationLinks } from './features/ruleDocumentation';
import { SettingsStore } from './features/settings';

/** Starts serving submissions on `connection`; the caller then calls `connection.listen()`. */
export function startServer(connection: Connection): void {
  const logError = (what: string, error: unknown) =>
    connection.console.error(`${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const guard =
    <Params, Result>(what: string, fallback: Result, handler: (params: Params, token: CancellationToken) => Result) =>
    (params: Params, token: CancellationToken): Result => {
      try {
        return token.isCancellationRequested ? fallback : handler(params, token);
      } catch (error) {
        logError(what, error);
        return fallback;
      }
    };

  const documents = new TextDocuments(TextDocument);
  const analyses = new DocumentAnalyses(ruleFailureLogger(connection));
  let capabilities: ClientCapabilities = {};
  let settings: SettingsStore | undefined;
  let diagnostics: DiagnosticsPublisher | undefined;
  let resolveSettingsReady: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (resolveSettingsReady = resolve));

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    settings = new SettingsStore(connection, capabilities.workspace?.configuration === true);
    diagnostics = new DiagnosticsPublisher({
      connection,
      documents,
      analyses,
      settings: () => settings?.settings ?? defaultValidationSettings,
      settingsReady,
      documentationHref: ruleDocumentationLinks(findPackageRoot()),
      relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation === true,
      logError,
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: { label: 'OEWG submission' },
        foldingRangeProvider: true,
      },
      serverInfo: { name: 'oewg-drafter' },
    };
  });

  connection.onInitialized(() => {
    connection.console.info('OEWG Submission Drafter language server started.');
    void (settings?.reload() ?? Promise.resolve())
      .catch((error: unknown) => logError('Reading the settings', error))
      .finally(resolveSettingsReady);
  });

  connection.onDidChangeConfiguration((params) => {
    void settingsReady
      .then(() => settings?.reload(params.settings))
      .then(() => diagnostics?.scheduleAll())
      .catch((error: unknown) => logError('Reloading the settings', error));
  });

  documents.onDidChangeContent(({ document }) => diagnostics?.schedule(document.uri));
  documents.onDidClose(({ document }) => {
    analyses.delete(document.uri);
    diagnostics?.clear(document.uri);
  });

  const document = (uri: string) => documents.get(uri);
  const analysisOf = (uri: string) => {
    const current = documents.get(uri);
    return current && analyses.get(current);
  };
  connection.onCodeAction(
    guard('Code actions', [], (params) =>
      quickFixes(document(params.textDocument.uri), analysisOf(params.textDocument.uri), params, {
        documentChanges: capabilities.workspace?.workspaceEdit?.documentChanges === true,
      }),
    ),
  );

  connection.onDocumentSymbol(
    guard('Document symbols', [], (params) => {
      const document = documents.get(params.textDocument.uri);
      const symbols = documentSymbols(document && analyses.get(document));
      const hierarchical = capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true;
      return hierarchical ? symbols : flatSymbols(params.textDocument.uri, symbols);
    }),
  );

  connection.onFoldingRanges(
    guard('Folding ranges', [], (params) => {
      const document = documents.get(params.textDocument.uri);
      return foldingRanges(document && analyses.get(document), capabilities.textDocument?.foldingRange?.rangeLimit);
    }),
  );

  documents.listen(connection);
}

/**
 * A rule that throws is logged with its id and skipped; the other rules still run. Each distinct
 * failure is logged once, since the same rule would otherwise fail again on every keystroke.
 */
function ruleFailureLogger(connection: Connection): (ruleId: string, error: unknown) => void {
  const logged = new Set<string>();
  return (ruleId, error) => {
    const description = error instanceof Error ? (error.stack ?? error.message) : String(error);
    const key = `${ruleId}\0${description}`;
    if (logged.has(key) || logged.size > 1000) return;
    logged.add(key);
    connection.console.error(`Rule ${ruleId} failed and was skipped: ${description}`);
  };
}
