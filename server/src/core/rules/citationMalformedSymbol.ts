import type { SymbolCandidate } from '../symbols';
import type { Range } from '../text';
import type { ReportedFinding } from './rule';
import { symbolCitationRules } from './symbolCitations';

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
 * such as "2023/24", and symbols in code, HTML or link destinations. The same check runs on the
 * front matter's `responds-to` value (`responds-to: a/78/265`).
 */
export const [citationMalformedSymbol, citationMalformedSymbolInFrontMatter] = symbolCitationRules(meta, malformedFinding);

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
