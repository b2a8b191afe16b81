/**
 * Builds the language server on a connection: capabilities, and one short handler per request,
 * each calling a feature module. Transports (stdio, IPC) are the entry point's business
 * (node/main.ts). Every handler is guarded: whatever a document holds, an exception is logged
 * and answered with an empty result; the server itself never goes down.
 */
import {
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  type CancellationToken,
  type ClientCapabilities,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver';
import type { LibraryProblem } from './core/library/types';
import { defaultValidationSettings } from '../../schemas/settings';
import { quickFixes } from './features/codeActions';
import { completions } from './features/completion';
import { DiagnosticsPublisher } from './features/diagnostics';
import { DocumentAnalyses } from './features/documentAnalyses';
import { editTrackingDocuments } from './features/editTracking';
import { documentSymbols, flatSymbols } from './features/documentSymbols';
import { foldingRanges } from './features/foldingRanges';
import { findPackageRoot, ruleDocumentationLinks } from './features/ruleDocumentation';
import { SettingsStore } from './features/settings';
import { WorkspaceConfigStore, workspaceConfigReporter } from './features/workspaceConfig';
import { watchWorkspaceConfigsAbove } from './features/workspaceConfigWatch';
import { citationEdit, libraryCatalogue, libraryDefinition, libraryHover, librarySource } from './features/library';
import { libraryReferences } from './features/references';
import { checklist, libraryUnitLocation } from './features/checklist';
import { exportDocument, preview } from './features/preview';
import {
  checklistRequest,
  exportRequest,
  previewRequest,
  type ExportParams,
  type ExportResult,
  type PreviewParams,
  type PreviewResult,
  citationEditRequest,
  libraryCatalogueRequest,
  librarySourceRequest,
  type ChecklistParams,
  type ChecklistResult,
  type CitationEditParams,
  type CitationEditResult,
  type LibraryCatalogueParams,
  type LibrarySourceParams,
} from './protocol';
import { LibraryStore } from './library/libraryStore';
import { userSourceFolders } from './library/userSourceFolders';

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

  // What each edit left unchanged goes to the analyses: the next one re-reads only the edited part.
  const documents = new TextDocuments(editTrackingDocuments((uri, unchanged) => analyses.noteEdit(uri, unchanged)));
  const libraryStore = new LibraryStore(findPackageRoot(), libraryProblemReporter(connection));
  const library = () => libraryStore.library;
  // The `.oewgrc.json` of each workspace folder (its own, else the nearest above it in the
  // repository), under the user's settings: severities and rule options.
  const workspaceConfigs = new WorkspaceConfigStore(workspaceConfigReporter(connection));
  const userSettings = () => settings?.settings ?? defaultValidationSettings;
  const settingsFor = (uri: string) => workspaceConfigs.settingsFor(userSettings(), uri);
  const analyses = new DocumentAnalyses(ruleFailureLogger(connection), library, (uri) => workspaceConfigs.optionsFor(userSettings(), uri));
  let workspaceFolders: string[] = [];
  let capabilities: ClientCapabilities = {};
  let settings: SettingsStore | undefined;
  let diagnostics: DiagnosticsPublisher | undefined;
  let resolveSettingsReady: () => void = () => undefined;
  const settingsReady = new Promise<void>((resolve) => (resolveSettingsReady = resolve));

  connection.onInitialize((params): InitializeResult => {
    capabilities = params.capabilities;
    workspaceFolders = (params.workspaceFolders ?? []).map((folder) => folder.uri);
    if (workspaceFolders.length === 0 && params.rootUri) workspaceFolders = [params.rootUri];
    settings = new SettingsStore(connection, capabilities.workspace?.configuration === true);
    diagnostics = new DiagnosticsPublisher({
      connection,
      documents,
      analyses,
      settings: settingsFor,
      settingsReady,
      documentationHref: ruleDocumentationLinks(findPackageRoot()),
      relatedInformation: capabilities.textDocument?.publishDiagnostics?.relatedInformation === true,
      libraryLocation: (reference) => libraryUnitLocation(library(), reference),
      logError,
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: ['quickfix'] },
        documentSymbolProvider: { label: 'OEWG submission' },
        foldingRangeProvider: true,
        hoverProvider: true,
        definitionProvider: true,
        referencesProvider: true,
        // "/" opens symbols (A/…), ":" a value (submitter:), " " a value, a label or a paragraph
        // number ("- ", "**Level:** ", "para. "); the server answers only in those places.
        completionProvider: { triggerCharacters: ['/', ':', ' '] },
        // Folders added to the workspace later get their .oewgrc.json and library sources too.
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'oewg-drafter' },
    };
  });

  /** The user's source folders follow the settings; a change re-checks every open submission. */
  const applyLibrarySettings = () =>
    libraryStore.setUserFolders(userSourceFolders(settings?.settings.library.sources ?? [], workspaceFolders));

  /** Reads the .oewgrc.json files of the workspace folders, and watches those above the workspace. */
  const loadWorkspaceConfigs = () => {
    workspaceConfigs.load(workspaceFolders);
    watchWorkspaceConfigsAbove(connection, capabilities, workspaceConfigs.foldersAboveWorkspace()).catch((error: unknown) =>
      logError('Watching the .oewgrc.json files above the workspace', error),
    );
  };

  connection.onInitialized(() => {
    connection.console.info('OEWG Submission Drafter language server started.');
    loadWorkspaceConfigs();
    if (capabilities.workspace?.workspaceFolders === true) {
      // A folder added to (or removed from) a multi-root workspace: its team settings and sources
      // apply to its documents at once, not at the next start.
      connection.workspace.onDidChangeWorkspaceFolders(({ added, removed }) => {
        const gone = new Set(removed.map((folder) => folder.uri));
        workspaceFolders = [...workspaceFolders.filter((uri) => !gone.has(uri)), ...added.map((folder) => folder.uri).filter((uri) => !workspaceFolders.includes(uri))];
        loadWorkspaceConfigs();
        applyLibrarySettings();
        diagnostics?.scheduleAll();
      });
    }
    void (settings?.reload() ?? Promise.resolve())
      .then(applyLibrarySettings)
      .catch((error: unknown) => logError('Reading the settings', error))
      .finally(resolveSettingsReady);
  });

  connection.onDidChangeConfiguration((params) => {
    void settingsReady
      .then(() => settings?.reload(params.settings))
      .then(applyLibrarySettings)
      .then(() => diagnostics?.scheduleAll())
      .catch((error: unknown) => logError('Reloading the settings', error));
  });

  connection.onDidChangeWatchedFiles(({ changes }) => {
    // Several files saved at once (a folder copied in) rebuild the library once.
    const changed = changes.filter((change) => libraryStore.fileChanged(change.uri)).length > 0;
    const configChanged = changes.filter((change) => workspaceConfigs.fileChanged(change.uri)).length > 0;
    if (changed || configChanged) diagnostics?.scheduleAll();
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

  connection.onHover(
    guard('Hover', null, (params) => {
      const markdown = capabilities.textDocument?.hover?.contentFormat?.includes('markdown') ?? true;
      return libraryHover(document(params.textDocument.uri), analysisOf(params.textDocument.uri), library(), params.position, markdown);
    }),
  );

  connection.onCompletion(
    guard('Completion', null, (params) => {
      const markdown = capabilities.textDocument?.completion?.completionItem?.documentationFormat?.includes('markdown') ?? false;
      return completions(document(params.textDocument.uri), analysisOf(params.textDocument.uri), library(), params.position, markdown);
    }),
  );

  connection.onDefinition(
    guard('Go to definition', null, (params) =>
      libraryDefinition(document(params.textDocument.uri), analysisOf(params.textDocument.uri), library(), params.position),
    ),
  );

  connection.onReferences(
    guard('Find references', null, (params, token) =>
      libraryReferences(
        document(params.textDocument.uri),
        analysisOf(params.textDocument.uri),
        library(),
        params.position,
        params.context.includeDeclaration,
        { workspaceFolders, openDocument: document, openDocuments: () => documents.all() },
        token,
      ),
    ),
  );

  connection.onRequest(
    checklistRequest,
    guard<ChecklistParams, ChecklistResult>('Checklist', null, (params) =>
      checklist(document(params.textDocument.uri), analysisOf(params.textDocument.uri)),
    ),
  );

  connection.onRequest(
    previewRequest,
    guard<PreviewParams, PreviewResult>('Preview', null, (params) =>
      preview(document(params.textDocument.uri), analysisOf(params.textDocument.uri), library(), settingsFor(params.textDocument.uri), params),
    ),
  );
  connection.onRequest(exportRequest, async (params: ExportParams): Promise<ExportResult> => {
    try {
      return await exportDocument(analysisOf(params.textDocument.uri), library(), params);
    } catch (error) {
      logError('Export', error);
      return { error: `The export failed: ${error instanceof Error ? error.message : String(error)}` };
    }
  });

  connection.onRequest(librarySourceRequest, guard('Library source', null, (params: LibrarySourceParams) => librarySource(library(), params.uri)));
  connection.onRequest(
    libraryCatalogueRequest,
    guard('Library catalogue', { documents: [] }, (_params: LibraryCatalogueParams) => libraryCatalogue(library())),
  );
  connection.onRequest(
    citationEditRequest,
    guard<CitationEditParams, CitationEditResult>(
      'Citation edit',
      { error: 'The citation could not be prepared (see the output channel).' },
      (params) => citationEdit(document(params.textDocument.uri), analysisOf(params.textDocument.uri), library(), params),
    ),
  );

  documents.listen(connection);
}

/**
 * Problems in library sources go to the log, and the first time each is seen, to the user: a
 * source that silently fails to load would make hovers and citations quietly wrong.
 */
function libraryProblemReporter(connection: Connection): (problems: readonly LibraryProblem[]) => void {
  const shown = new Set<string>();
  return (problems) => {
    for (const problem of problems) {
      connection.console.warn(`Library source ${problem.source}${problem.line === undefined ? '' : `:${problem.line + 1}`}: ${problem.message}`);
    }
    const unseen = problems.filter((problem) => !shown.has(`${problem.source}\0${problem.message}`));
    if (unseen.length === 0) return;
    for (const problem of unseen) shown.add(`${problem.source}\0${problem.message}`);
    const first = unseen[0];
    const message =
      unseen.length === 1 && first
        ? `OEWG reference library: ${first.source}: ${first.message}`
        : `OEWG reference library: ${unseen.length} problems in the sources (see the output channel).`;
    connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }).catch(() => undefined);
  };
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
