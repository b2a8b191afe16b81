import type { SymbolCandidate } from '../symbols';
import type { Range } from '../text';
import { citationWords } from './citationWords';
import type { AnalysisContext, ReportedFinding } from './rule';
import { symbolCitationRules } from './symbolCitations';

const meta = {
  id: 'citation/unknown-symbol',
  defaultSeverity: 'info',
  summary: 'A well-formed UN document symbol that the reference library does not hold.',
} as const;

/**
 * Well-formed UN document symbols that the reference library does not hold. The library holds
 * the documents of the OEWG process (reports, resolutions, the Programme of Action draft) and the
 * user's own sources; a
 * symbol outside it is often a typo ("A/78/256" for A/78/265), but may well be a real document,
 * hence the `info` severity and a message that does not claim the document does not exist.
 * Symbols that are not well formed are left to `citation/malformed-symbol`. Example: "A/79/999",
 * or "S/RES/2341" (a real Security Council resolution the library does not carry). The same check
 * runs on the front matter's `responds-to` value. A French draft is told in French (citationWords.ts).
 */
export const [citationUnknownSymbol, citationUnknownSymbolInFrontMatter] = symbolCitationRules(meta, unknownFinding);

function unknownFinding(candidate: SymbolCandidate, range: Range, context: AnalysisContext): ReportedFinding | undefined {
  // Only symbols written exactly in canonical form: the others are malformed, reported once.
  if (candidate.organLess || candidate.form !== candidate.written) return undefined;
  if (context.library.symbols.has(candidate.form)) return undefined;
  return {
    message: citationWords(context.labelLanguage).notHeld(candidate.written),
    range,
  };
}
