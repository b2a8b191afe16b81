/**
 * Quick fixes, read from the payload each diagnostic carries (`data: { version, fixes }`), so no
 * analysis is needed to answer. A fix made for another version of the document is refused: its
 * positions point into a text that no longer exists. The edit itself is versioned too
 * (`documentChanges`), so the client refuses to apply it if the document changes in between.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../core/analyzer';
import type { Fix } from '../core/findings';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource, readQuickFixData, toQuickFix } from './convert';

export interface CodeActionOptions {
  /** The client applies `documentChanges` (versioned text document edits). */
  readonly documentChanges: boolean;
}

/**
 * The quick fixes for the diagnostics of the request, for the document's current version only.
 * Some clients do not send a diagnostic's `data` back (VS Code's `executeCodeActionProvider` rebuilds
 * diagnostics from its markers): then the fixes come from the current version's analysis, by rule
 * id and range, which is just as safe.
 */
export function quickFixes(
  document: TextDocument | undefined,
  analysis: Analysis | undefined,
  params: CodeActionParams,
  options: CodeActionOptions,
): CodeAction[] {
  if (!document) return [];
  const only = params.context.only;
  // Kinds are hierarchical: asking for "" (everything) or "quickfix" includes our "quickfix".
  if (only && !only.some((kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix)) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== diagnosticSource) continue;
    const data = readQuickFixData(diagnostic.data);
    const fixes = data ? (data.version === document.version ? data.fixes : []) : fixesOf(analysis, diagnostic);
    const target = { uri: document.uri, version: document.version, documentChanges: options.documentChanges };
    for (const fix of fixes) {
      actions.push(toQuickFix(fix, diagnostic, target, fixes.length === 1));
    }
  }
  return actions;
}

/** The fixes of the current analysis's finding with the diagnostic's rule id and range. */
function fixesOf(analysis: Analysis | undefined, diagnostic: Diagnostic): readonly Fix[] {
  const { start, end } = diagnostic.range;
  const finding = analysis?.findings.find(
    (candidate) =>
      candidate.ruleId === diagnostic.code &&
      candidate.range.start.line === start.line &&
      candidate.range.start.character === start.character &&
      candidate.range.end.line === end.line &&
      candidate.range.end.character === end.character,
  );
  return finding?.fixes ?? [];
}
