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

/** Orders findings by position, then rule id, so every output (CLI, LSP, tests) is stable. */
function compareFindings(a: Finding, b: Finding): number {
  return (
    a.range.start.line - b.range.start.line ||
    a.range.start.character - b.range.start.character ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** Sorts findings by position, then rule id (in place). */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

/** Whether findings are in the order `sortFindings` gives (checked in one pass). */
export function inFindingOrder(findings: readonly Finding[]): boolean {
  for (let index = 1; index < findings.length; index++) {
    if (compareFindings(findings[index - 1] as Finding, findings[index] as Finding) > 0) return false;
  }
  return true;
}

/**
 * Two sorted lists of findings as one sorted list, in one pass: the sections' findings mostly come
 * in order already, so only the document rules' few need sorting on each keystroke. On a tie,
 * `first`'s finding comes first.
 */
export function mergeSortedFindings(first: readonly Finding[], second: readonly Finding[]): Finding[] {
  const merged: Finding[] = [];
  let index = 0;
  for (const finding of second) {
    while (index < first.length && compareFindings(first[index] as Finding, finding) <= 0) merged.push(first[index++] as Finding);
    merged.push(finding);
  }
  while (index < first.length) merged.push(first[index++] as Finding);
  return merged;
}
