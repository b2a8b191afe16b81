import type { Root } from 'mdast';
import type { RuleId, Severity } from '../../../../schemas/settings';
import type { DocumentKind, LabelLanguage } from '../../../../schemas/vocabulary';
import type { Finding } from '../findings';
import type { FrontMatterModel } from '../frontMatter';
import type { Programme } from '../programmes';
import type { ProgrammeChecklist } from '../principles/checklist';
import type { StoredChecklist } from '../principles/storedChecklist';
import type { LineIndex, Range } from '../text';
import type { UnparsedReason } from '../markdown';
import type { ReferenceLibrary } from '../library/library';
import type { RuleOptions } from '../../../../schemas/ruleOptions';

/** What every rule knows about the document besides the section it checks. */
export interface AnalysisContext {
  /** The language field labels and values are expected in (French documents: French). */
  readonly labelLanguage: LabelLanguage;
  /** The front matter's `language`, when it is one of the six codes. */
  readonly language?: string;
  /** The front matter's `date` (YYYY-MM-DD), when valid: dates are judged against it, not today. */
  readonly documentDate?: string;
  /** The front matter's `submitter`: the donor of the programmes, whose own bodies are not their partner. */
  readonly submitter?: string;
  readonly kind?: DocumentKind;
  /** The reference library the citations are checked against (built-in and user sources). */
  readonly library: ReferenceLibrary;
  /** What rules are told beyond their severity (known acronyms, allowed addresses). */
  readonly options: RuleOptions;
}

/** A heading of a section (section-relative), for the outline. */
export interface SectionHeading {
  readonly depth: number;
  readonly title: string;
  readonly titleRange: Range;
  readonly line: number;
}

/**
 * One section of the body, as kept between edits. Positions inside are relative to the section's
 * first line. The Markdown tree is not kept (it weighs ten times the text): what later features
 * need from it (programme, headings) is read out while the section rules run.
 */
export interface SectionModel {
  readonly text: string;
  readonly lines: LineIndex;
  readonly lineCount: number;
  readonly programme?: Programme;
  /**
   * The principles checklist of the section's programme entry, when it holds one, packed (expand
   * it with `expandChecklist`, or read a whole document's with `documentChecklist`).
   */
  readonly checklist?: StoredChecklist;
  /**
   * The whole programme entry, when the section's entry was cut for its length and carries on in
   * the next sections (see `maxSectionLength`): the checklist was read from it, and its places
   * point into it.
   */
  readonly entry?: { readonly text: string; readonly lines: LineIndex };
  readonly headings: readonly SectionHeading[];
  /** Set when the section was not parsed (see `parseMarkdown`): it is reported, not checked. */
  readonly unparsed?: UnparsedReason;
}

/** A section as section rules see it: with its Markdown tree, unless it was not parsed. */
export interface ParsedSection extends Omit<SectionModel, 'checklist'> {
  readonly root?: Root;
  /** The principles checklist of the section's programme entry, expanded for the rules. */
  readonly checklist?: ProgrammeChecklist;
}

/** A section placed in the document. */
export interface PlacedSection {
  readonly model: SectionModel;
  /** Document line of the section's first line: add it to the section's positions. */
  readonly startLine: number;
}

/** The whole document, as the document-scope rules see it. */
export interface DocumentModel {
  /** The whole text, line terminators normalized to "\n". */
  readonly text: string;
  readonly lineCount: number;
  /** The text's lines, split on first use: per-keystroke rules should prefer `text`. */
  readonly lines: readonly string[];
  readonly frontMatter: FrontMatterModel;
  readonly context: AnalysisContext;
  readonly sections: readonly PlacedSection[];
  /** The text holds NUL bytes: it is not a text file, and was not parsed. */
  readonly binary: boolean;
}

/** What a rule hands over; the id and, unless given, the severity come from the rule itself. */
export type ReportedFinding = Omit<Finding, 'ruleId' | 'severity'> & { readonly severity?: Severity };
export type Report = (finding: ReportedFinding) => void;

export interface RuleMeta {
  readonly id: RuleId;
  readonly defaultSeverity: Severity;
  /** One sentence: what the rule finds. Shown in SARIF output and in the rule's documentation. */
  readonly summary: string;
}

/**
 * A rule over one section at a time. Its findings are cached with the section's text (and the
 * context), so it only runs again when that section, the language or the date change.
 */
export interface SectionRule {
  readonly meta: RuleMeta;
  readonly scope: 'section';
  check(section: ParsedSection, context: AnalysisContext, report: Report): void;
}

/** A rule over the whole document; it runs on every change, so it must stay cheap. */
export interface DocumentRule {
  readonly meta: RuleMeta;
  readonly scope: 'document';
  check(document: DocumentModel, report: Report): void;
}

export type Rule = SectionRule | DocumentRule;

/** Where a rule's documentation lives, relative to the package root. */
export function ruleDocumentationPath(id: RuleId): string {
  return `docs/rules/${id.replace('/', '-')}.md`;
}
