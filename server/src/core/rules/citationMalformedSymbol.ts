import { findProseSymbols, findSymbolCandidates, type SymbolCandidate } from '../symbols';
import type { Range } from '../text';
import type { DocumentModel, DocumentRule, ReportedFinding, SectionRule } from './rule';

const meta = {
  id: 'citation/malformed-symbol',
  defaultSeverity: 'warning',
  summary: 'A UN document symbol is not written in its canonical form (case, dots, separators, missing organ).',
} as const;

/**
 * UN document symbols written in a form other than the canonical one: wrong case, missing dots,
 * spaces instead of "/", or no parent organ. Symbols are how the Secretariat and readers find the
 * documents cited (in the Official Document System, the Digital Library, undocs.org), and only the
 * canonical form finds them. The quick fix writes the canonical symbol; an organ-less symbol is
 * completed only when exactly one document of the reference library ends with it. Example:
 * "resolution 78/L.60 REV1" (France's response) gets "write A/C.1/78/L.60/Rev.1", and the fix
 * keeps "resolution". Not reported: "resolution 76/19" (the usual way to cite A/RES/76/19), dates
 * such as "2023/24", and symbols in code, HTML or link destinations.
 */
export const citationMalformedSymbol: SectionRule = {
  meta,
  scope: 'section',
  check(section, _context, report) {
    if (!section.root) return;
    for (const candidate of findProseSymbols(section.text, section.root)) {
      const finding = malformedFinding(candidate, section.lines.rangeAt(candidate.start, candidate.end));
      if (finding) report(finding);
    }
  },
};

/**
 * The same check on the front matter's `responds-to` value (`responds-to: A/78/265, annex,
 * para. 46`). Example: `responds-to: a/78/265`.
 */
export const citationMalformedSymbolInFrontMatter: DocumentRule = {
  meta,
  scope: 'document',
  check(document, report) {
    for (const { candidate, range } of frontMatterSymbols(document)) {
      const finding = malformedFinding(candidate, range);
      if (finding) report(finding);
    }
  },
};

function malformedFinding(candidate: SymbolCandidate, range: Range): ReportedFinding | undefined {
  const { canonical } = candidate;
  if (canonical === candidate.written) return undefined;
  // A symbol may be wrapped over two lines: quote it on one.
  const written = candidate.written.replace(/\s+/g, ' ');
  if (canonical !== undefined) {
    return {
      message: `"${written}" is not a well-formed UN symbol: write "${canonical}".`,
      range,
      fixes: [{ title: `Change to "${canonical}"`, edits: [{ range, newText: canonical }] }],
    };
  }
  // Organ-less, and the library cannot tell which document it is.
  const missing = 'its first part (the organ, such as "A/" or "A/C.1/") is missing';
  const message =
    candidate.completions.length > 1
      ? `"${written}" is not a well-formed UN symbol: ${missing}. It could be ${candidate.completions
          .map((symbol) => `"${symbol}"`)
          .join(' or ')}: write the full symbol.`
      : `"${written}" is not a well-formed UN symbol: ${missing}. Write the full symbol, as printed on the document.`;
  return { message, range };
}

/**
 * The symbols written in the front matter's `responds-to` value, with document ranges. Only a
 * value on one line is read: its characters are then exactly those of the line.
 */
export function frontMatterSymbols(document: DocumentModel): { candidate: SymbolCandidate; range: Range }[] {
  const where = document.frontMatter.keyRanges.get('responds-to')?.value;
  if (!where || where.start.line !== where.end.line) return [];
  if (typeof document.frontMatter.raw['responds-to'] !== 'string') return [];
  const line = document.lines[where.start.line] ?? '';
  const value = line.slice(where.start.character, where.end.character);
  return findSymbolCandidates(value).map((candidate) => ({
    candidate,
    range: {
      start: { line: where.start.line, character: where.start.character + candidate.start },
      end: { line: where.start.line, character: where.start.character + candidate.end },
    },
  }));
}
