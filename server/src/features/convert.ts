/**
 * The one place where the core's types become LSP types. The core's positions are already 0-based
 * lines and UTF-16 characters, so ranges convert field by field; what this module adds is the LSP
 * shape around them (severities, links, the quick-fix payload diagnostics carry).
 */
import {
  CodeActionKind,
  DiagnosticSeverity,
  TextDocumentEdit,
  type CodeAction,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Location,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import { z } from 'zod';
import type { Severity } from '../../../schemas/settings';
import type { Finding, Fix } from '../core/findings';
import type { Range } from '../core/text';

/** Shown as the diagnostics' source in the Problems panel, and used to recognize our own diagnostics. */
export const diagnosticSource = 'oewg-drafter';

/** A core range as an LSP range (same coordinates: 0-based lines, UTF-16 characters). */
export function toLspRange(range: Range): LspRange {
  return {
    start: { line: range.start.line, character: range.start.character },
    end: { line: range.end.line, character: range.end.character },
  };
}

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** A severity name of the settings and rules as an LSP severity. */
export function toDiagnosticSeverity(severity: Severity): DiagnosticSeverity {
  return severities[severity];
}

/** What a diagnostic carries so that its quick fixes can be offered later without re-analyzing. */
export interface QuickFixData {
  /** The document version the fixes were computed for: they apply to that text only. */
  readonly version: number;
  readonly fixes: readonly Fix[];
}

const positionSchema = z.object({ line: z.number().int().nonnegative(), character: z.number().int().nonnegative() });
const rangeSchema = z.object({ start: positionSchema, end: positionSchema });
const quickFixDataSchema = z.object({
  version: z.number().int(),
  fixes: z.array(
    z.object({
      title: z.string().min(1),
      edits: z.array(z.object({ range: rangeSchema, newText: z.string() })),
    }),
  ),
});

/**
 * Reads the quick-fix payload of a diagnostic the client sends back. The client is another
 * process: what it sends is checked, and anything malformed means "no fix", never an exception.
 */
export function readQuickFixData(data: unknown): QuickFixData | undefined {
  const parsed = quickFixDataSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export interface DiagnosticOptions {
  readonly uri: string;
  readonly version: number;
  /** Where the rule's documentation is, as a URI; omitted when unknown. */
  readonly documentationHref?: (ruleId: Finding['ruleId']) => string | undefined;
  /** The client shows related locations (`publishDiagnostics.relatedInformation`). */
  readonly relatedInformation: boolean;
  /** Where a unit of the reference library is shown (the agreed text of a principle). */
  readonly libraryLocation?: (reference: { readonly symbol: string; readonly unitKey: string }) => Location | undefined;
}

/**
 * A finding as a diagnostic: the rule id as `code`, a link to the rule's documentation, the
 * related places in the same document, and the quick fixes with the version they were made for.
 */
export function toDiagnostic(finding: Finding, options: DiagnosticOptions): Diagnostic {
  const href = options.documentationHref?.(finding.ruleId);
  const diagnostic: Diagnostic = {
    range: toLspRange(finding.range),
    severity: toDiagnosticSeverity(finding.severity),
    code: finding.ruleId,
    source: diagnosticSource,
    message: finding.message,
  };
  if (href) diagnostic.codeDescription = { href };
  if (options.relatedInformation && finding.related && finding.related.length > 0) {
    diagnostic.relatedInformation = finding.related.map(
      (related): DiagnosticRelatedInformation => ({
        // A library unit when the server can show it; else the place in the draft the finding is about.
        location: (related.library && options.libraryLocation?.(related.library)) ?? { uri: options.uri, range: toLspRange(related.range) },
        message: related.message,
      }),
    );
  }
  if (finding.fixes && finding.fixes.length > 0) {
    const data: QuickFixData = { version: options.version, fixes: finding.fixes };
    diagnostic.data = data;
  }
  return diagnostic;
}

export interface QuickFixTarget {
  readonly uri: string;
  readonly version: number;
  /** The client applies versioned `documentChanges` (and refuses them on a changed document). */
  readonly documentChanges: boolean;
}

/** A fix as a quick-fix code action for one diagnostic. */
export function toQuickFix(fix: Fix, diagnostic: Diagnostic, target: QuickFixTarget, preferred: boolean): CodeAction {
  const edits: LspTextEdit[] = fix.edits.map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText }));
  const edit: WorkspaceEdit = target.documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: target.uri, version: target.version }, edits)] }
    : { changes: { [target.uri]: edits } };
  return { title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: preferred, edit };
}
