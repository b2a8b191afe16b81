/**
 * Hover, completion and the light bulb on a large draft, as the server answers them (the feature
 * functions on an open document and its current analysis; the JSON-RPC round trip is measured in
 * DESIGN.md). The positions cover each kind of answer: a citation, a field label, a country, an
 * initiative's acronym, a value, a symbol being typed; the quick fixes are asked for at programme
 * titles, where the principle findings are.
 */
import type { Diagnostic } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SubmissionAnalyzer } from '../../server/src/core/analyzer';
import type { ReferenceLibrary } from '../../server/src/core/library/library';
import { allRules } from '../../server/src/core/rules';
import { quickFixes } from '../../server/src/features/codeActions';
import { completions } from '../../server/src/features/completion';
import { toDiagnostic } from '../../server/src/features/convert';
import { libraryHover } from '../../server/src/features/library';

export interface InteractiveTimes {
  /** Milliseconds per request, one entry per request made. */
  readonly hover: number[];
  readonly completion: number[];
  /** The first request at each of several programme titles, with every finding there. */
  readonly quickFixes: number[];
}

/** The position of `needle` (plus `offset` characters) in the first line holding it after `fromLine`. */
function positionAfter(lines: readonly string[], fromLine: number, needle: string, offset: number): { line: number; character: number } | undefined {
  for (let line = fromLine; line < lines.length; line++) {
    const character = (lines[line] ?? '').indexOf(needle);
    if (character >= 0) return { line, character: character + offset };
  }
  return undefined;
}

/** Times `rounds` hovers and completions at positions spread over the document. */
export function measureInteractive(text: string, library: ReferenceLibrary, rounds: number): InteractiveTimes {
  const analysis = new SubmissionAnalyzer(allRules, undefined, () => library).analyze(text);
  const document = TextDocument.create('file:///bench/draft.md', 'markdown', 1, text);
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  const hoverAt = [
    positionAfter(lines, 0, 'paragraph 46 of the annex', 3),
    positionAfter(lines, 0, 'A/78/265', 2),
    positionAfter(lines, middle, '**Level:**', 3),
    positionAfter(lines, middle, '**Beneficiaries:** ', 21),
    positionAfter(lines, middle, '### ', 6),
  ].filter((position) => position !== undefined);
  const completeAt = [
    positionAfter(lines, middle, '**Status:** ', 12),
    positionAfter(lines, middle, '**Beneficiaries:** ', 19),
    positionAfter(lines, 0, 'A/78/265', 6),
    positionAfter(lines, middle, '- **Funding:**', 2),
  ].filter((position) => position !== undefined);
  const times: InteractiveTimes = { hover: [], completion: [], quickFixes: [] };
  for (let round = 0; round < rounds; round++) {
    for (const position of hoverAt) {
      const start = performance.now();
      libraryHover(document, analysis, library, position, true);
      times.hover.push(performance.now() - start);
    }
    for (const position of completeAt) {
      const start = performance.now();
      completions(document, analysis, library, position, true);
      times.completion.push(performance.now() - start);
    }
  }
  // Each title once: a request again at the same place reuses what the first one parsed.
  const titleLines = new Map<number, Diagnostic[]>();
  for (const finding of analysis.findings) {
    if (!finding.ruleId.startsWith('principle/')) continue;
    const diagnostic = toDiagnostic(finding, { uri: document.uri, version: 1, relatedInformation: false });
    titleLines.set(finding.range.start.line, [...(titleLines.get(finding.range.start.line) ?? []), diagnostic]);
  }
  const spread = [...titleLines.values()].filter((_, index, all) => index % Math.max(1, Math.floor(all.length / 40)) === 0);
  for (const diagnostics of spread) {
    const range = diagnostics[0]?.range;
    if (!range) continue;
    const start = performance.now();
    quickFixes(document, analysis, { textDocument: { uri: document.uri }, range, context: { diagnostics } }, { documentChanges: true });
    times.quickFixes.push(performance.now() - start);
  }
  return times;
}
