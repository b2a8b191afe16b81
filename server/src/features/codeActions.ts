/**
 * Quick fixes, read from the payload each diagnostic carries (`data: { version, fixes }`), so no
 * analysis is needed to answer. A fix made for another version of the document is refused: its
 * positions point into a text that no longer exists. The edit itself is versioned too
 * (`documentChanges`), so the client refuses to apply it if the document changes in between.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource, readQuickFixData, toQuickFix } from './convert';

export interface CodeActionOptions {
  /** The client applies `documentChanges` (versioned text document edits). */
  readonly documentChanges: boolean;
}

/** The quick fixes for the diagnostics of the request, for the document's current version only. */
export function quickFixes(document: TextDocument | undefined, params: CodeActionParams, options: CodeActionOptions): CodeAction[] {
  if (!document) return [];
  const only = params.context.only;
  // Kinds are hierarchical: asking for "" (everything) or "quickfix" includes our "quickfix".
  if (only && !only.some((kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== diagnosticSource) continue;
    const data = readQuickFixData(diagnostic.data);
    if (!data || data.version !== document.version) continue;
    const target = { uri: document.uri, version: document.version, documentChanges: options.documentChanges };
    for (const fix of data.fixes) {
      actions.push(toQuickFix(fix, diagnostic, target, data.fixes.length === 1));
    }
  }
  return actions;
}
