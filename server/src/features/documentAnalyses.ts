/**
 * The analysis of each open document, computed once per version and shared by diagnostics, code
 * actions, the outline and folding. Each document keeps its own `SubmissionAnalyzer`, whose
 * per-section cache makes re-analyzing an edited version cost about as much as the edit.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SubmissionAnalyzer, type Analysis, type RuleFailureLogger } from '../core/analyzer';
import { unchangedByBoth, type UnchangedEnds } from '../core/editedSections';
import { closingDelimiter, openingDelimiter } from '../core/frontMatter';
import { allRules } from '../core/rules';
import { analyzedText } from './editTracking';
import { tableOnlyLibrary, type ReferenceLibrary } from '../core/library/library';
import { defaultRuleOptions, type RuleOptions } from '../../../schemas/ruleOptions';

interface Entry {
  analyzer?: SubmissionAnalyzer;
  version: number;
  libraryVersion: number;
  /** The rule options the analysis was made with: new options (settings, `.oewgrc.json`) make it stale. */
  options: RuleOptions;
  /** The analysis of `version`, or undefined when that version is not a submission. */
  analysis: Analysis | undefined;
}

/** Front matter bigger than this is not a submission's metadata (the core reads at most 64 KB too). */
const maxFrontMatterScan = 64 * 1024;
const kindKey = /^["']?kind["']?[ \t]*:/;

/**
 * Whether a text is a submission: it opens with YAML front matter (`---` on the first line, after
 * an optional byte-order mark) that has a `kind:` key. Other Markdown files (a README, notes) are
 * left alone. Only the front matter is scanned, never the body.
 */
export function isSubmission(text: string): boolean {
  // Line terminators as the core splits them: LF, CRLF or a lone CR.
  const lines = text.slice(0, maxFrontMatterScan).split(/\r\n|\r|\n/);
  if (!openingDelimiter.test(lines[0] ?? '')) return false;
  for (let index = 1; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (closingDelimiter.test(line)) return false;
    if (kindKey.test(line)) return true;
  }
  return false;
}

/** The analyses of the open documents, by URI: one analyzer per document, one analysis per version. */
export class DocumentAnalyses {
  private readonly entries = new Map<string, Entry>();
  /**
   * What the edits since each document's last analysis left unchanged at the start and end of its
   * text; `null` when an edit replaced the whole text.
   */
  private readonly unchangedSinceAnalysis = new Map<string, UnchangedEnds | null>();

  constructor(
    private readonly onRuleFailure: RuleFailureLogger,
    private readonly library: () => ReferenceLibrary = () => tableOnlyLibrary(),
    /** The rule options of a document (by URI): the same object while they do not change. */
    private readonly options: (uri: string) => RuleOptions = () => defaultRuleOptions,
  ) {}

  /**
   * The analysis of the document's current version, or undefined when the document is not a
   * submission. Computed at most once per version.
   */
  get(document: TextDocument): Analysis | undefined {
    let entry = this.entries.get(document.uri);
    // A changed library (a user source edited) makes every analysis stale, whatever its version.
    const libraryVersion = this.library().version;
    const uri = document.uri;
    const options = this.options(uri);
    if (entry && entry.version === document.version && entry.libraryVersion === libraryVersion && entry.options === options) {
      return entry.analysis;
    }
    const text = analyzedText(document);
    const unchanged = this.unchangedSinceAnalysis.get(uri);
    this.unchangedSinceAnalysis.delete(uri);
    if (!isSubmission(text)) {
      // The analyzer's cache is dropped with it: a README keeps no parse in memory.
      entry = { version: document.version, libraryVersion, options, analysis: undefined };
    } else {
      const analyzer = entry?.analyzer ?? new SubmissionAnalyzer(allRules, this.onRuleFailure, this.library, () => this.options(uri));
      entry = { analyzer, version: document.version, libraryVersion, options, analysis: analyzer.analyze(text, unchanged ?? undefined) };
    }
    this.entries.set(document.uri, entry);
    return entry.analysis;
  }

  /**
   * Notes what an edit of an open document left unchanged (undefined: the whole text was sent), so
   * that the next analysis splits only the edited part of the text into sections again.
   */
  noteEdit(uri: string, unchanged: UnchangedEnds | undefined): void {
    if (!this.entries.get(uri)?.analyzer) return;
    const before = this.unchangedSinceAnalysis.get(uri);
    const merged = before === undefined ? unchanged : before && unchanged && unchangedByBoth(before, unchanged);
    this.unchangedSinceAnalysis.set(uri, merged ?? null);
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.entries.delete(uri);
    this.unchangedSinceAnalysis.delete(uri);
  }
}
