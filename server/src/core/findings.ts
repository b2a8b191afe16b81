import type { RuleId, Severity } from '../../../schemas/settings';
import type { Range } from './text';

/** One replacement in the document: what a quick fix does. */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/** A quick fix: a title the user picks from the light bulb, and the edits it makes. */
export interface Fix {
  readonly title: string;
  readonly edits: readonly TextEdit[];
}

/**
 * Another place that explains a finding: in the same document (the first of two duplicates…), or,
 * with `library`, a unit of the reference library (the agreed text of a principle).
 */
export interface RelatedLocation {
  /** In the same document; ignored when `library` is given. */
  readonly range: Range;
  readonly message: string;
  /** A unit of the reference library, by its document's symbol and the unit's key. */
  readonly library?: { readonly symbol: string; readonly unitKey: string };
}

/** What a rule reports: where, what is wrong and what is expected, and how to fix it. */
export interface Finding {
  readonly ruleId: RuleId;
  readonly severity: Severity;
  readonly message: string;
  readonly range: Range;
  readonly fixes?: readonly Fix[];
  readonly related?: readonly RelatedLocation[];
}

/** Sorts findings by position, then rule id, so every output (CLI, LSP, tests) is stable. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.range.start.line - b.range.start.line ||
      a.range.start.character - b.range.start.character ||
      a.ruleId.localeCompare(b.ruleId),
  );
}
