/**
 * Pushes diagnostics (`textDocument/publishDiagnostics`, with the document version) for every open
 * submission. Work is scheduled per document and always done on the document's latest version, so
 * a version that was superseded before its turn came is never analyzed. Documents that are not
 * submissions get an empty list, once, and nothing more while they stay that way.
 */
import type { Connection, Diagnostic, PublishDiagnosticsParams, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleId, ValidationSettings } from '../../../schemas/settings';
import { applySeverities } from '../core/severity';
import { toDiagnostic, type DiagnosticOptions } from './convert';
import type { DocumentAnalyses } from './documentAnalyses';

export interface DiagnosticsOptions {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly analyses: DocumentAnalyses;
  /** The settings that apply to a document: the user's, over its workspace folder's `.oewgrc.json`. */
  readonly settings: (uri: string) => ValidationSettings;
  /** Resolves once the first settings are known: nothing is published with settings not yet read. */
  readonly settingsReady: Promise<unknown>;
  readonly documentationHref: (ruleId: RuleId) => string | undefined;
  /** The client shows `relatedInformation`. */
  readonly relatedInformation: boolean;
  /** Where a unit of the reference library is shown, for related information. */
  readonly libraryLocation?: DiagnosticOptions['libraryLocation'];
  readonly logError: (what: string, error: unknown) => void;
}

/**
 * Computes a document's diagnostics: its findings, with the user's severities, as LSP diagnostics.
 * `validated` is false when the document is not checked at all (not a submission, or validation off).
 */
export function computeDiagnostics(
  document: TextDocument,
  options: Pick<DiagnosticsOptions, 'analyses' | 'documentationHref' | 'relatedInformation' | 'libraryLocation'>,
  settings: ValidationSettings,
): { validated: boolean; diagnostics: Diagnostic[] } {
  // With validation off there is nothing to show, so nothing is analyzed.
  if (!settings.enable) return { validated: false, diagnostics: [] };
  const analysis = options.analyses.get(document);
  if (!analysis) return { validated: false, diagnostics: [] };
  const diagnosticOptions = {
    uri: document.uri,
    version: document.version,
    documentationHref: options.documentationHref,
    relatedInformation: options.relatedInformation,
    libraryLocation: options.libraryLocation,
  };
  const diagnostics = applySeverities(analysis.findings, settings).map((finding) => toDiagnostic(finding, diagnosticOptions));
  return { validated: true, diagnostics };
}

/** Schedules, computes and publishes the diagnostics of open documents. */
export class DiagnosticsPublisher {
  /** The pending run of each document; a newer schedule replaces the token, so older runs do nothing. */
  private readonly scheduled = new Map<string, symbol>();
  /**
   * Documents not checked (not submissions, or validation off) whose empty list was sent: it is
   * not sent again on every edit. A submission's list is sent for every version, even when empty,
   * so that clients know which version it describes.
   */
  private readonly clearedUnchecked = new Set<string>();

  constructor(private readonly options: DiagnosticsOptions) {}

  /** Validates a document soon, on whatever version it has by then. */
  schedule(uri: string): void {
    if (this.scheduled.has(uri)) return;
    const token = Symbol(uri);
    this.scheduled.set(uri, token);
    void this.options.settingsReady
      .catch(() => undefined)
      .then(() =>
        setImmediate(() => {
          if (this.scheduled.get(uri) !== token) return;
          this.scheduled.delete(uri);
          this.publish(uri);
        }),
      );
  }

  /** Validates every open document again (the settings changed). */
  scheduleAll(): void {
    for (const document of this.options.documents.all()) {
      // A changed setting must reach every document, checked or not.
      this.clearedUnchecked.delete(document.uri);
      this.schedule(document.uri);
    }
  }

  /** A document was closed: its diagnostics go with it. */
  clear(uri: string): void {
    this.scheduled.delete(uri);
    this.clearedUnchecked.delete(uri);
    this.send({ uri, diagnostics: [] });
  }

  private publish(uri: string): void {
    const document = this.options.documents.get(uri);
    if (!document) return;
    let result: { validated: boolean; diagnostics: Diagnostic[] };
    try {
      result = computeDiagnostics(document, this.options, this.options.settings(uri));
    } catch (error) {
      this.options.logError(`Validating ${uri}`, error);
      result = { validated: true, diagnostics: [] };
    }
    if (!result.validated) {
      if (this.clearedUnchecked.has(uri)) return;
      this.clearedUnchecked.add(uri);
    } else {
      this.clearedUnchecked.delete(uri);
    }
    this.send({ uri, version: document.version, diagnostics: result.diagnostics });
  }

  private send(params: PublishDiagnosticsParams): void {
    // A closed connection rejects; that must not become an unhandled rejection.
    this.options.connection.sendDiagnostics(params).catch((error: unknown) => this.options.logError('Publishing diagnostics', error));
  }
}
