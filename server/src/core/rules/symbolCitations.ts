import type { FrontMatterModel } from '../frontMatter';
import { findProseSymbols, findSymbolCandidates, type SymbolCandidate } from '../symbols';
import type { Range } from '../text';
import type { AnalysisContext, DocumentRule, ReportedFinding, RuleMeta, SectionRule } from './rule';

/** What a citation rule says about one symbol candidate, if anything. */
export type SymbolJudgement = (candidate: SymbolCandidate, range: Range, context: AnalysisContext) => ReportedFinding | undefined;

/**
 * A citation rule checks the same symbols in two places: the prose of each section (cached with
 * the section) and the front matter's `responds-to` value (checked per document). Both rules share
 * one judgement of a candidate.
 */
export function symbolCitationRules(meta: RuleMeta, judge: SymbolJudgement): [SectionRule, DocumentRule] {
  const inProse: SectionRule = {
    meta,
    scope: 'section',
    check(section, context, report) {
      if (!section.root) return;
      for (const candidate of findProseSymbols(section.text, section.root)) {
        const finding = judge(candidate, section.lines.rangeAt(candidate.start, candidate.end), context);
        if (finding) report(finding);
      }
    },
  };
  const inFrontMatter: DocumentRule = {
    meta,
    scope: 'document',
    check(document, report) {
      for (const { candidate, range } of frontMatterSymbols(document.frontMatter)) {
        const finding = judge(candidate, range, document.context);
        if (finding) report(finding);
      }
    },
  };
  return [inProse, inFrontMatter];
}

type PlacedCandidate = { readonly candidate: SymbolCandidate; readonly range: Range };

/** Front matter models are reused while the front matter does not change: so are its symbols. */
const frontMatterCandidates = new WeakMap<FrontMatterModel, readonly PlacedCandidate[]>();

/**
 * The symbols written in the front matter's `responds-to` value, with document ranges. Only a
 * value on one line is read: its characters are then exactly those of the line.
 */
export function frontMatterSymbols(frontMatter: FrontMatterModel): readonly PlacedCandidate[] {
  let candidates = frontMatterCandidates.get(frontMatter);
  if (!candidates) {
    candidates = readFrontMatterSymbols(frontMatter);
    frontMatterCandidates.set(frontMatter, candidates);
  }
  return candidates;
}

function readFrontMatterSymbols(frontMatter: FrontMatterModel): PlacedCandidate[] {
  const where = frontMatter.keyRanges.get('responds-to')?.value;
  if (!where || where.start.line !== where.end.line) return [];
  if (typeof frontMatter.raw['responds-to'] !== 'string') return [];
  const line = frontMatter.lines[where.start.line] ?? '';
  const value = line.slice(where.start.character, where.end.character);
  return findSymbolCandidates(value).map((candidate) => ({
    candidate,
    range: {
      start: { line: where.start.line, character: where.start.character + candidate.start },
      end: { line: where.start.line, character: where.start.character + candidate.end },
    },
  }));
}
