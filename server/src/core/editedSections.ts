/**
 * The sections of an edited text, found from the sections of the version before and what the edit
 * left unchanged, without reading the whole text: only the part from the edited programme entry to
 * the first section boundary after the edit is split again; the sections before it are kept as
 * they were, and those after it are kept at their new places.
 */
import { splitSections, type SectionText } from './sections';

/**
 * What an edit (or a series of edits) left as it was: the first `prefix` and the last `suffix`
 * characters of the text are those of the version analyzed before. An editor knows it from the
 * ranges of its changes (see `editTrackingDocuments` in features/editTracking.ts).
 */
export interface UnchangedEnds {
  readonly prefix: number;
  readonly suffix: number;
}

/** A section of the version before, with what was computed for it. */
export interface KeptSection<T> {
  readonly offset: number;
  readonly startLine: number;
  readonly lineCount: number;
  readonly continuesPrevious: boolean;
  readonly kept: T;
}

/** A section of the new version: split again (`kept` undefined), or kept from the version before. */
export type EditedSection<T> = SectionText & { readonly kept?: T };

/** The version before: its length, where its body started, and its sections, in order. */
export interface PreviousSections<T> {
  readonly length: number;
  readonly bodyOffset: number;
  readonly sections: readonly KeptSection<T>[];
}

/** The sections of the edited version, and those of the version before that it replaces. */
export interface EditedSections<T> {
  readonly sections: EditedSection<T>[];
  /** The sections of the version before that were split again: perhaps moved, perhaps changed. */
  readonly replaced: readonly KeptSection<T>[];
}

/**
 * The sections of `text`, the edited version of `previous`, or undefined when `unchanged` does not
 * fit the two versions or reaches into the front matter of either (the caller then splits the
 * whole text). The body of `text` starts at `bodyOffset`. `textOf` gives a kept section's text (the
 * analyzer keeps its own copy of it).
 */
export function editedSections<T>(
  text: string,
  bodyOffset: number,
  previous: PreviousSections<T>,
  unchanged: UnchangedEnds,
  textOf: (kept: T) => string,
): EditedSections<T> | undefined {
  const { prefix, suffix } = unchanged;
  const old = previous.sections;
  const first = old[0];
  const valid = Number.isInteger(prefix) && Number.isInteger(suffix) && prefix >= 0 && suffix >= 0;
  if (!first || !valid || prefix + suffix > Math.min(text.length, previous.length)) return undefined;
  // Both front matters lie in the unchanged start, so they are the same, and so are the bodies' starts.
  if (prefix < bodyOffset || prefix < previous.bodyOffset) return undefined;

  // Split again from the start of the programme entry that holds the line before the edited one:
  // the edited line may be a heading that now opens a section or no longer does, and the first
  // part of an entry cut for its length reads the parts that carry it on.
  const editedLineStart = text.lastIndexOf('\n', prefix - 1) + 1;
  let from = lastIndexBefore(old, editedLineStart);
  while (from > 0 && old[from]?.continuesPrevious) from--;
  const start = old[from] as KeptSection<T>;

  // Past the edit, the split is the old one again from the first boundary that was already one:
  // each section starts where no fence or comment is open, and its lines are unchanged.
  const lengthChange = text.length - previous.length;
  const unchangedFrom = text.length - suffix;
  let resumed: { index: number; lineChange: number } | undefined;
  const split = splitSections(text, start.offset, start.startLine, (offset, line, cutForLength) => {
    if (offset < unchangedFrom) return false;
    const index = indexAt(old, offset - lengthChange, from + 1);
    const match = old[index];
    if (!match || match.continuesPrevious !== cutForLength) return false;
    resumed = { index, lineChange: line - match.startLine };
    return true;
  });

  const sections: EditedSection<T>[] = [];
  const keep = (section: KeptSection<T>, offsetChange: number, lineChange: number) =>
    sections.push({
      text: textOf(section.kept),
      offset: section.offset + offsetChange,
      startLine: section.startLine + lineChange,
      lineCount: section.lineCount,
      continuesPrevious: section.continuesPrevious,
      kept: section.kept,
    });
  for (let index = 0; index < from; index++) keep(old[index] as KeptSection<T>, 0, 0);
  sections.push(...split);
  if (resumed) {
    for (let index = resumed.index; index < old.length; index++) keep(old[index] as KeptSection<T>, lengthChange, resumed.lineChange);
  }
  return { sections, replaced: old.slice(from, resumed?.index ?? old.length) };
}

/** The index of the last section starting before `offset`, or 0. */
function lastIndexBefore(sections: readonly KeptSection<unknown>[], offset: number): number {
  let low = 0;
  let high = sections.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((sections[middle]?.offset ?? 0) < offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** The index of the section starting at `offset`, searched from `from`, or -1. */
function indexAt(sections: readonly KeptSection<unknown>[], offset: number, from: number): number {
  let low = from;
  let high = sections.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const at = sections[middle]?.offset ?? 0;
    if (at === offset) return middle;
    if (at < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** What replacing the characters from `start` to `end` of a text `length` long leaves unchanged. */
export function unchangedByEdit(start: number, end: number, length: number): UnchangedEnds {
  return { prefix: start, suffix: length - end };
}

/** What two successive edits leave unchanged together: `first` made the text `second` edited. */
export function unchangedByBoth(first: UnchangedEnds, second: UnchangedEnds): UnchangedEnds {
  return { prefix: Math.min(first.prefix, second.prefix), suffix: Math.min(first.suffix, second.suffix) };
}
