import type { Root } from 'mdast';
import { languageCodes, labelLanguageOf, documentKinds, type DocumentKind } from '../../../schemas/vocabulary';
import { parsePartialDate } from '../../../schemas/dates';
import { inFindingOrder, mergeSortedFindings, sortFindings, type Finding } from './findings';
import { maxFrontMatterBytes, readFrontMatter, type FrontMatterModel } from './frontMatter';
import { parseMarkdown, parseWhole } from './markdown';
import { ChunkedParser } from './markdownChunks';
import { readProgramme } from './programmes';
import { programmeChecklist } from './principles/checklist';
import { readChecklistAgain } from './principles/secondReading';
import { storeChecklist } from './principles/storedChecklist';
import { allRules } from './rules';
import { readSectionHeadings } from './headings';
import type { AnalysisContext, DocumentModel, ParsedSection, PlacedSection, ReportedFinding, Rule, SectionModel, SectionRule } from './rules/rule';
import { editedSections, type EditedSection, type KeptSection, type PreviousSections, type UnchangedEnds } from './editedSections';
import { splitSections, type SectionText } from './sections';
import { applySuppressions, directiveCommentOffsets, mayHoldDirectives } from './suppressions';
import { detachedCopy, LineIndex, offsetOfLine, shiftRange, splitLines, type Range } from './text';
import { tableOnlyLibrary, type ReferenceLibrary } from './library/library';
import { defaultRuleOptions, type RuleOptions } from '../../../schemas/ruleOptions';

/** The result of analyzing one version of a document. Findings carry the rules' default severities. */
export interface Analysis {
  readonly document: DocumentModel;
  readonly findings: readonly Finding[];
}

/** A section's parse and its section-rule findings (section-relative), cached by its text. */
interface SectionAnalysis {
  readonly model: SectionModel;
  /**
   * The findings, in document positions for a section starting at `startLine` (where it was last
   * placed; 0 when just analyzed). Kept in one copy only, moved when the section moves: a long
   * draft holds thousands of findings.
   */
  placed: { readonly startLine: number; readonly findings: readonly Finding[] };
  /** The offsets in its text of its suppression directives (`directiveCommentOffsets`), if it has any. */
  readonly directives?: readonly number[];
  /** What the section is looked up by: its text, or, for an entry cut for its length, "\0" and the entry's. */
  readonly key: string;
}

/** The version analyzed last, as the next analysis reuses it. */
interface PreviousVersion extends PreviousSections<SectionAnalysis> {
  /** The language, date, kind, library and options its sections were analyzed with. */
  readonly contextKey: string;
  /** Whether its text had carriage returns: its offsets are then those of the text read as LF. */
  readonly hadCarriageReturn: boolean;
}

export type RuleFailureLogger = (ruleId: string, error: unknown) => void;

/**
 * Analyzes successive versions of one document. Sections whose text did not change (and while the
 * document's language, date and kind stay the same) reuse their parse and findings, so the cost of
 * an edit is the cost of the sections it touched plus a walk over the list of sections (when told
 * what the edit left unchanged) or one cheap pass over the text (when not).
 */
export class SubmissionAnalyzer {
  /** The version analyzed last, unless it was binary: its sections are reused by the next. */
  private previous?: PreviousVersion;
  private frontMatterCache?: { readonly source: string; readonly model: FrontMatterModel };
  /** After an edit, sections are parsed paragraph by paragraph, the unchanged paragraphs reused. */
  private readonly chunks = new ChunkedParser(parseWhole);
  private readonly sectionRules: SectionRule[];
  private readonly documentRules: Exclude<Rule, SectionRule>[];

  constructor(
    rules: readonly Rule[] = allRules,
    private readonly onRuleFailure: RuleFailureLogger = () => undefined,
    /** The library the citation rules read; asked on each analysis, since user sources change. */
    private readonly library: () => ReferenceLibrary = () => tableOnlyLibrary(),
    /** The rules' options (settings and `.oewgrc.json`); asked on each analysis, since they change. */
    private readonly options: () => RuleOptions = () => defaultRuleOptions,
  ) {
    this.sectionRules = rules.filter((rule): rule is SectionRule => rule.scope === 'section');
    this.documentRules = rules.filter((rule): rule is Exclude<Rule, SectionRule> => rule.scope === 'document');
  }

  /**
   * Analyzes `original`, the next version of the document. `unchanged`, when given, says how much
   * of its start and end is as in the version analyzed last (an editor knows it from its changes):
   * then only the part between is split into sections again, instead of the whole text.
   */
  analyze(original: string, unchanged?: UnchangedEnds): Analysis {
    // Positions (line, character) do not depend on the line terminator, so CRLF and CR files are
    // read as LF: every later step only needs to know "\n".
    const hasCarriageReturn = original.includes('\r');
    const text = hasCarriageReturn ? original.replace(/\r\n?/g, '\n') : original;
    const frontMatter = this.readFrontMatterOf(text);
    const context = contextOf(frontMatter, this.library(), this.options());
    const contextKey = `${context.labelLanguage}|${context.language ?? ''}|${context.documentDate ?? ''}|${context.submitter ?? ''}|${context.kind ?? ''}|${context.library.version}|${optionsKey(context.options)}`;
    // Section findings depend on the language, date, submitter, kind and library: a change there re-checks everything.
    const previous = this.previous?.contextKey === contextKey ? this.previous : undefined;
    this.chunks.nextRound();
    const bodyOffset = offsetOfLine(text, frontMatter.bodyStartLine);
    // A NUL byte anywhere makes the file binary. A cached section has none, so on an edit only the
    // sections analyzed again are searched, below: searching the whole text costs some 0.7 ms per
    // MB on every keystroke once the text holds any character past U+00FF ("’", "«"). With nothing
    // cached (a new document), the whole text is searched first, so no part of a binary file is parsed.
    const frontMatterText = text.slice(0, bodyOffset);
    if (frontMatterText.includes('\0') || (!previous && text.includes('\0'))) return this.binaryAnalysis();

    // The unchanged ends count characters of the text as given: with carriage returns, of another text.
    const edited =
      unchanged && previous && !hasCarriageReturn && !previous.hadCarriageReturn
        ? editedSections(text, bodyOffset, previous, unchanged, (analysis) => analysis.model.text)
        : undefined;
    const sectionTexts: EditedSection<SectionAnalysis>[] = edited?.sections ?? splitSections(text, bodyOffset, frontMatter.bodyStartLine);
    // Sections split again are looked up by their text among those of the version before (all of
    // them, or those the edit replaced), so that moving a section costs no analysis.
    const candidates = new Map<string, SectionAnalysis>();
    for (const section of edited?.replaced ?? previous?.sections ?? []) candidates.set(section.kept.key, section.kept);
    const kept: KeptSection<SectionAnalysis>[] = [];
    const sections: PlacedSection[] = [];
    const findings: Finding[] = [];
    const bodyDirectives: number[] = [];
    for (const [index, section] of sectionTexts.entries()) {
      let analysis = section.kept;
      if (!analysis) {
        // A programme entry cut for its length is checked against the principles as a whole: its
        // first part reads the parts that carry it on, and is analyzed again when one of them changes.
        const entryText = section.continuesPrevious ? undefined : continuedEntryText(sectionTexts, index);
        // "\0" never occurs in an analyzed text (such a file is binary): the key cannot be a section's.
        analysis = candidates.get(entryText === undefined ? section.text : `\0${entryText}`);
        if (!analysis) {
          if (section.text.includes('\0') || entryText?.includes('\0')) return this.binaryAnalysis();
          // After an edit, copied: the cache keeps the section after this version is gone, and a slice
          // would keep the whole version alive. A first analysis keeps slices of the text it is given.
          const own = previous ? detachedCopy : (part: string) => part;
          // A first analysis parses each section whole: no paragraph of it was parsed before.
          analysis = this.analyzeSection(own(section.text), section.lineCount, context, entryText && own(entryText), previous ? this.chunks : undefined);
          // The same text twice in one version is analyzed once.
          candidates.set(analysis.key, analysis);
        }
      }
      kept.push({ offset: section.offset, startLine: section.startLine, lineCount: section.lineCount, continuesPrevious: section.continuesPrevious, kept: analysis });
      if (analysis.directives) for (const directive of analysis.directives) bodyDirectives.push(section.offset + directive);
      sections.push({ model: analysis.model, startLine: section.startLine });
      if (analysis.placed.startLine !== section.startLine) {
        const shift = section.startLine - analysis.placed.startLine;
        analysis.placed = { startLine: section.startLine, findings: analysis.placed.findings.map((finding) => shiftFinding(finding, shift)) };
      }
      for (const finding of analysis.placed.findings) findings.push(finding);
    }
    // Only the sections of the latest version stay cached: memory follows the document's size.
    this.previous = { contextKey, hadCarriageReturn: hasCarriageReturn, length: text.length, bodyOffset, sections: kept };

    const lastSection = sectionTexts[sectionTexts.length - 1];
    const lineCount = lastSection ? lastSection.startLine + lastSection.lineCount : Math.max(1, frontMatter.bodyStartLine);
    const directives = bodyDirectives.length > 0 || mayHoldDirectives(frontMatterText) ? bodyDirectives : undefined;
    return this.withDocumentRules(documentModel(text, lineCount, frontMatter, context, sections, false), findings, directives);
  }

  /** A file with NUL bytes is not a submission: no section is read, and a document rule says so. */
  private binaryAnalysis(): Analysis {
    this.previous = undefined;
    const context = contextOf(emptyFrontMatter, this.library(), this.options());
    return this.withDocumentRules(documentModel('', 1, emptyFrontMatter, context, [], true), [], undefined);
  }

  /**
   * Adds the document rules' findings to the sections' and sorts them. Last, `<!-- oewg-disable… -->`
   * comments (`# oewg-disable…` in the front matter) hide the findings of every rule, for the
   * server and the CLI alike. `bodyDirectives` are the offsets of the body's directives, in order;
   * undefined when neither the body nor the front matter holds one, and then nothing is to be read.
   */
  private withDocumentRules(document: DocumentModel, sectionFindings: Finding[], bodyDirectives: readonly number[] | undefined): Analysis {
    const documentFindings: Finding[] = [];
    for (const rule of this.documentRules) {
      this.runRule(rule, documentFindings, (report) => rule.check(document, report));
    }
    // Sections come in document order, each with its findings sorted, so theirs are in order, but
    // for an entry cut for its length, whose first part reports what its later parts say.
    const inOrder = inFindingOrder(sectionFindings) ? sectionFindings : sortFindings(sectionFindings);
    const sorted = mergeSortedFindings(inOrder, sortFindings(documentFindings));
    return { document, findings: bodyDirectives ? applySuppressions(document.text, sorted, document.frontMatter.bodyStartLine, bodyDirectives, document.context.labelLanguage) : sorted };
  }

  /** The front matter, re-read only when its own text changed (most keystrokes are in the body). */
  private readFrontMatterOf(text: string): FrontMatterModel {
    const previous = this.frontMatterCache;
    // The cached source ends with the closing delimiter's line break, so typing on that line re-reads.
    if (previous?.source.endsWith('\n') && text.startsWith(previous.source)) return previous.model;
    // Copied, as sections are: the cache outlives this version of the document.
    const window = detachedCopy(text.slice(0, frontMatterWindow));
    const model = readFrontMatter(splitLines(window));
    this.frontMatterCache = { source: window.slice(0, offsetOfLine(window, model.bodyStartLine)), model };
    return model;
  }

  /**
   * `entryText`, when given, is the section's text followed by the parts cut from it for length
   * (the whole programme entry): the principles checklist reads it all.
   */
  private analyzeSection(text: string, lineCount: number, context: AnalysisContext, entryText?: string, chunks?: ChunkedParser): SectionAnalysis {
    const lines = new LineIndex(text);
    const parsed = parseMarkdown(text, chunks);
    const root = parsed.kind === 'parsed' ? parsed.root : undefined;
    const programme = root ? readProgramme(root, text, lines) : undefined;
    const entry = programme && entryText !== undefined ? { text: entryText, lines: new LineIndex(entryText) } : undefined;
    const read = entry ?? { text, lines };
    const firstReading = programme ? programmeChecklist(read.text, read.lines, programme, context.language, context.documentDate, context.submitter) : undefined;
    // Before an item is left "not addressed", the entry's words are read again (secondReading.ts).
    const checklist = firstReading && context.options.principles.secondReading ? readChecklistAgain(firstReading, { ...read, programme }, context.language) : firstReading;
    const base = { text, lines, lineCount, programme, checklist: checklist && storeChecklist(checklist, read.lines), entry };
    const model: SectionModel = {
      ...base,
      headings: readSectionHeadings(base, root),
      unparsed: parsed.kind === 'unparsed' ? { reason: parsed.reason, line: parsed.line } : undefined,
    };
    const findings: Finding[] = [];
    const section: ParsedSection = { ...model, root, checklist };
    for (const rule of this.sectionRules) {
      this.runRule(rule, findings, (report) => rule.check(section, context, report));
    }
    // The tree is dropped here: it weighs about ten times the text, and nothing later needs it.
    const directives = mayHoldDirectives(text) ? sectionDirectives(text, root) : undefined;
    return { model, placed: { startLine: 0, findings: sortFindings(findings) }, directives, key: entryText === undefined ? text : `\0${entryText}` };
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

/** The offsets of a section's suppression directives, undefined when it has none. */
function sectionDirectives(text: string, root: Root | undefined): readonly number[] | undefined {
  const offsets = directiveCommentOffsets(root, text);
  return offsets.length > 0 ? offsets : undefined;
}

/**
 * A programme entry is read up to this length: past it, a keystroke in its last part would re-scan
 * more text than the per-edit budget allows. No real entry comes near (France's longest is ~2 KB).
 */
export const maxEntryLength = 64_000;

/**
 * The text of the entry that starts with section `index`, when sections cut from it for length
 * follow (their lines joined as in the document), up to `maxEntryLength`; undefined otherwise.
 */
function continuedEntryText(sections: readonly SectionText[], index: number): string | undefined {
  let entry: string | undefined;
  let length = sections[index]?.text.length ?? 0;
  for (let next = index + 1; next < sections.length; next++) {
    const part = sections[next] as SectionText;
    if (!part.continuesPrevious || length + part.text.length > maxEntryLength) break;
    entry = `${entry ?? sections[index]?.text}\n${part.text}`;
    length = entry.length;
  }
  return entry;
}

/** Analyzes one text once (the CLI's path). */
export function analyzeSubmission(
  text: string,
  onRuleFailure?: RuleFailureLogger,
  library?: ReferenceLibrary,
  options?: RuleOptions,
): Analysis {
  return new SubmissionAnalyzer(allRules, onRuleFailure, library && (() => library), options && (() => options)).analyze(text);
}

/** Front matter is read from this much of the start of the text, at most. */
const frontMatterWindow = maxFrontMatterBytes + 4096;

const emptyFrontMatter: FrontMatterModel = { bodyStartLine: 0, lines: [], raw: {}, keyRanges: new Map(), problems: [] };

/** Options objects are rebuilt when settings are read: compared by content, memoized by identity. */
const optionsKeys = new WeakMap<RuleOptions, string>();
function optionsKey(options: RuleOptions): string {
  let key = optionsKeys.get(options);
  if (key === undefined) {
    key = JSON.stringify(options);
    optionsKeys.set(options, key);
  }
  return key;
}

function contextOf(frontMatter: FrontMatterModel, library: ReferenceLibrary, options: RuleOptions): AnalysisContext {
  const { language, date, kind, submitter } = frontMatter.raw;
  const knownLanguage = typeof language === 'string' && (languageCodes as readonly string[]).includes(language);
  const validDate = typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date) && parsePartialDate(date);
  return {
    labelLanguage: labelLanguageOf(knownLanguage ? language : undefined),
    language: knownLanguage ? language : undefined,
    documentDate: validDate ? date : undefined,
    submitter: typeof submitter === 'string' && submitter.trim() !== '' ? submitter.trim() : undefined,
    kind: (documentKinds as readonly string[]).includes(kind as string) ? (kind as DocumentKind) : undefined,
    library,
    options,
  };
}

function shiftFinding(finding: Finding, lineOffset: number): Finding {
  if (lineOffset === 0) return finding;
  const range = shiftRange(finding.range, lineOffset);
  // Related information most often points where the finding is (the principle's text, shown at
  // the programme's title): that range is moved once and shared.
  const move = (target: Range) => (target === finding.range ? range : shiftRange(target, lineOffset));
  // A finding without fixes or related information keeps those keys absent, as a fresh analysis
  // gives it: a moved finding is the same finding.
  const shifted: { -readonly [Key in keyof Finding]: Finding[Key] } = { ...finding, range };
  if (finding.fixes) {
    shifted.fixes = finding.fixes.map((fix) => ({
      title: fix.title,
      edits: fix.edits.map((edit) => ({ range: move(edit.range), newText: edit.newText })),
    }));
  }
  if (finding.related) shifted.related = finding.related.map((location) => ({ ...location, range: move(location.range) }));
  return shifted;
}

function documentModel(
  text: string,
  lineCount: number,
  frontMatter: FrontMatterModel,
  context: AnalysisContext,
  sections: readonly PlacedSection[],
  binary: boolean,
): DocumentModel {
  let lines: readonly string[] | undefined;
  return {
    text,
    lineCount,
    // Split on demand: most edits never need the document's lines.
    get lines() {
      lines ??= binary ? [] : splitLines(text);
      return lines;
    },
    frontMatter,
    context,
    sections,
    binary,
  };
}
