import type { SymbolCandidate } from '../symbols';
import type { Range } from '../text';
import { fixWords } from '../fixWords';
import { citationWords } from './citationWords';
import type { AnalysisContext, ReportedFinding } from './rule';
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
 * front matter's `responds-to` value (`responds-to: a/78/265`). A French draft is told, and offered
 * the fix, in French (citationWords.ts).
 */
export const [citationMalformedSymbol, citationMalformedSymbolInFrontMatter] = symbolCitationRules(meta, malformedFinding);

function malformedFinding(candidate: SymbolCandidate, range: Range, context: AnalysisContext): ReportedFinding | undefined {
  const { canonical } = candidate;
  if (canonical === candidate.written) return undefined;
  const say = citationWords(context.labelLanguage);
  // A symbol may be wrapped over two lines: quote it on one.
  const written = candidate.written.replace(/\s+/g, ' ');
  if (canonical !== undefined) {
    return {
      message: say.malformed(written, canonical),
      range,
      fixes: [{ title: fixWords(context.labelLanguage).changeTo(canonical), edits: [{ range, newText: canonical }] }],
    };
  }
  // Organ-less, and the library cannot tell which document it is.
  return { message: say.organMissing(written, candidate.completions), range };
}
