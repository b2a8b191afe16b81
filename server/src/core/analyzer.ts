import { languageCodes, labelLanguageOf, documentKinds, type DocumentKind } from '../../../schemas/vocabulary';
import { parsePartialDate } from '../../../schemas/dates';
import { sortFindings, type Finding } from './findings';
import { readFrontMatter, type FrontMatterModel } from './frontMatter';
import { parseMarkdown } from './markdown';
import { readProgramme } from './programmes';
import { allRules } from './rules';
import type { AnalysisContext, DocumentModel, PlacedSection, ReportedFinding, Rule, SectionModel, SectionRule } from './rules/rule';
import { splitSections } from './sections';
import { LineIndex, shiftRange, splitLines } from './text';

/** The result of analyzing one version of a document. Findings carry the rules' default severities. */
export interface Analysis {
  readonly document: DocumentModel;
  readonly findings: readonly Finding[];
}

/** A section's parse and its section-rule findings (section-relative), cached by text and context. */
interface SectionAnalysis {
  readonly model: SectionModel;
  readonly findings: readonly Finding[];
}

export type RuleFailureLogger = (ruleId: string, error: unknown) => void;

/**
 * Analyzes successive versions of one document. Sections whose text (and the document's language
 * and date) did not change reuse their parse and findings, so the cost of an edit is the cost of
 * the sections it touched plus the cheap document-wide rules.
 */
export class SubmissionAnalyzer {
  private cache = new Map<string, SectionAnalysis>();
  private readonly sectionRules: SectionRule[];
  private readonly documentRules: Exclude<Rule, SectionRule>[];

  constructor(
    rules: readonly Rule[] = allRules,
    private readonly onRuleFailure: RuleFailureLogger = () => undefined,
  ) {
    this.sectionRules = rules.filter((rule): rule is SectionRule => rule.scope === 'section');
    this.documentRules = rules.filter((rule): rule is Exclude<Rule, SectionRule> => rule.scope === 'document');
  }

  analyze(text: string): Analysis {
    const binary = text.includes('\0');
    // A binary file is not parsed at all: its "lines" would be noise.
    const lines = binary ? [] : splitLines(text);
    const frontMatter = binary ? emptyFrontMatter : readFrontMatter(lines);
    const context = contextOf(frontMatter);
    const contextKey = `${context.labelLanguage}|${context.language ?? ''}|${context.documentDate ?? ''}|${context.kind ?? ''}\0`;

    const nextCache = new Map<string, SectionAnalysis>();
    const sections: PlacedSection[] = [];
    const findings: Finding[] = [];
    for (const section of binary ? [] : splitSections(lines, frontMatter.bodyStartLine)) {
      const key = contextKey + section.text;
      let analysis = nextCache.get(key) ?? this.cache.get(key);
      if (!analysis) analysis = this.analyzeSection(section.text, section.lineCount, context);
      nextCache.set(key, analysis);
      sections.push({ model: analysis.model, startLine: section.startLine });
      for (const finding of analysis.findings) findings.push(shiftFinding(finding, section.startLine));
    }
    // Only the sections of the latest version stay cached: memory follows the document's size.
    this.cache = nextCache;

    const document: DocumentModel = { lines, frontMatter, context, sections, binary };
    for (const rule of this.documentRules) {
      this.runRule(rule, findings, (report) => rule.check(document, report));
    }
    return { document, findings: sortFindings(findings) };
  }

  private analyzeSection(text: string, lineCount: number, context: AnalysisContext): SectionAnalysis {
    const lines = new LineIndex(text);
    const parsed = parseMarkdown(text);
    const model: SectionModel =
      parsed.kind === 'parsed'
        ? { text, lines, lineCount, root: parsed.root, programme: readProgramme(parsed.root, text, lines) }
        : { text, lines, lineCount, tooDeep: { line: parsed.line, depth: parsed.depth } };
    const findings: Finding[] = [];
    for (const rule of this.sectionRules) {
      this.runRule(rule, findings, (report) => rule.check(model, context, report));
    }
    return { model, findings };
  }

  /** Runs one rule; a rule that throws is logged and skipped, never stopping the others. */
  private runRule(rule: Rule, into: Finding[], run: (report: (finding: ReportedFinding) => void) => void): void {
    const collected: Finding[] = [];
    try {
      run((finding) =>
        collected.push({ ...finding, ruleId: rule.meta.id, severity: finding.severity ?? rule.meta.defaultSeverity }),
      );
      into.push(...collected);
    } catch (error) {
      this.onRuleFailure(rule.meta.id, error);
    }
  }
}

/** Analyzes one text once (the CLI's path). */
export function analyzeSubmission(text: string, onRuleFailure?: RuleFailureLogger): Analysis {
  return new SubmissionAnalyzer(allRules, onRuleFailure).analyze(text);
}

const emptyFrontMatter: FrontMatterModel = { bodyStartLine: 0, raw: {}, keyRanges: new Map(), problems: [] };

function contextOf(frontMatter: FrontMatterModel): AnalysisContext {
  const { language, date, kind } = frontMatter.raw;
  const knownLanguage = typeof language === 'string' && (languageCodes as readonly string[]).includes(language);
  const validDate = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && parsePartialDate(date);
  return {
    labelLanguage: labelLanguageOf(knownLanguage ? language : undefined),
    language: knownLanguage ? language : undefined,
    documentDate: validDate ? date : undefined,
    kind: (documentKinds as readonly string[]).includes(kind as string) ? (kind as DocumentKind) : undefined,
  };
}

function shiftFinding(finding: Finding, lineOffset: number): Finding {
  if (lineOffset === 0) return finding;
  return {
    ...finding,
    range: shiftRange(finding.range, lineOffset),
    fixes: finding.fixes?.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ range: shiftRange(edit.range, lineOffset), newText: edit.newText })),
    })),
    related: finding.related?.map((location) => ({ ...location, range: shiftRange(location.range, lineOffset) })),
  };
}
