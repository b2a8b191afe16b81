/**
 * Quick fixes, read from the payload each diagnostic carries (`data: { version, fixes }`), so no
 * analysis is needed to answer; then, for every finding, the fixes that turn its rule off there
 * with a suppression comment (`suppressionFixes.ts`), made from the current analysis. A diagnostic
 * of another version of the document gets neither: its positions point into a text that no longer
 * exists. The edit itself is versioned too (`documentChanges`), so the client refuses to apply it
 * if the document changes in between.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { Analysis } from '../core/analyzer';
import type { Finding } from '../core/findings';
import { suppressionFixes } from '../core/suppressionFixes';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { diagnosticSource, readQuickFixData, toQuickFix } from './convert';
import { lineEndingOf, withLineEnding } from './editTracking';

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
  const target = { uri: document.uri, version: document.version, documentChanges: options.documentChanges };
  // Fixes write "\n" line breaks, as in the analyzed text: a CRLF draft gets CRLF.
  const eol = lineEndingOf(document);
  const corrections: CodeAction[] = [];
  /** Turning a rule off, after every correction: by title, since two findings of one rule share "for the entire document". */
  const suppressions = new Map<string, CodeAction>();
  for (const diagnostic of params.context.diagnostics) {
    if (diagnostic.source !== diagnosticSource) continue;
    const data = readQuickFixData(diagnostic.data);
    if (data && data.version !== document.version) continue;
    const finding = findingOf(analysis, diagnostic);
    const fixes = data ? data.fixes : (finding?.fixes ?? []);
    for (const fix of fixes) {
      corrections.push(toQuickFix(withLineEnding(fix, eol), diagnostic, target, fixes.length === 1));
    }
    if (!analysis || !finding) continue;
    for (const fix of suppressionFixes(analysis.document, finding)) {
      const same = suppressions.get(fix.title);
      if (same) same.diagnostics?.push(diagnostic);
      else suppressions.set(fix.title, toQuickFix(withLineEnding(fix, eol), diagnostic, target, false));
    }
  }
  return [...corrections, ...suppressions.values()];
}

/** The current analysis's finding with the diagnostic's rule id and range. */
function findingOf(analysis: Analysis | undefined, diagnostic: Diagnostic): Finding | undefined {
  const { start, end } = diagnostic.range;
  return analysis?.findings.find(
    (candidate) =>
      candidate.ruleId === diagnostic.code &&
      candidate.range.start.line === start.line &&
      candidate.range.start.character === start.character &&
      candidate.range.end.line === end.line &&
      candidate.range.end.character === end.character,
  );
}
