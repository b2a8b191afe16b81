/**
 * The neutral completion model: what the core is asked and what it answers, free of the LSP (the
 * adapter in features/completion.ts maps it to LSP types).
 */
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import type { ReferenceLibrary } from '../library/library';
import type { Position, Range } from '../text';

/** What a completion item offers; the LSP adapter maps each to an item kind. */
export type CompletionKind = 'field' | 'value' | 'country' | 'symbol' | 'paragraph' | 'principle' | 'directive' | 'rule';

/** An edit on the position's line. */
export interface CompletionEdit {
  readonly range: Range;
  readonly newText: string;
}

/** One completion, independent of the LSP. */
export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly insertText: string;
  /** What the insertion replaces: the partial word typed before the position, and its rest after it. */
  readonly replace: Range;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly sortText?: string;
  readonly filterText?: string;
  /** Edits applied with the insertion, elsewhere on the line (a list's separators turned into ";"). */
  readonly additionalEdits?: readonly CompletionEdit[];
}

/** Where completion is asked, and what it may read: lines one at a time, never the whole text. */
export interface CompletionRequest {
  /** The text of a line, without its terminator. */
  readonly line: (index: number) => string;
  readonly lineCount: number;
  readonly position: Position;
  /** The draft's language for labels and values (French drafts: French). */
  readonly language: LabelLanguage;
  readonly library: ReferenceLibrary;
  /** The draft's year: aliases such as "the previous OEWG report" depend on it. */
  readonly draftYear?: number;
  /** The line of the front matter's closing delimiter, when the draft has closed front matter. */
  readonly frontMatterEnd?: number;
  /**
   * A line at or before the position known to lie outside fenced code: the first line of the
   * position's section (sections never start inside a fence). Defaults to the body's first line.
   */
  readonly outsideCodeFrom?: number;
}
