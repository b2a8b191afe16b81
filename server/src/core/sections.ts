/**
 * Splits a submission's body into sections at ATX headings. A section is the core's unit of
 * work: its parse and its rule findings are cached by its text, so an edit re-parses only the
 * section it touched. Headings inside fenced code or HTML comments do not start a section.
 */
import { FenceAndCommentReader } from './fencesAndComments';

export interface SectionText {
  /** The section's text: its lines joined with "\n". */
  readonly text: string;
  /** The offset of the section's first character in the document's text. */
  readonly offset: number;
  /** The document line of the section's first line. */
  readonly startLine: number;
  readonly lineCount: number;
  /**
   * True when the section was cut from the one before for its length (see `maxSectionLength`),
   * not opened by a heading: it carries on the same programme entry.
   */
  readonly continuesPrevious: boolean;
}

const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * A section longer than this is cut at its next blank line (outside code and comments): parsing
 * cost must follow the edit, not the length of one huge section. Only a heading opens a programme
 * entry, so a cut never splits a field list from its heading in a real submission.
 */
export const maxSectionLength = 8_000;

/**
 * Splits `text` (line terminators normalized to "\n"), from `fromOffset` (the start of line
 * `fromLine`), into sections; the part before the first heading is a section too. It may run on
 * every keystroke over the whole document (when the analyzer is not told what an edit left
 * unchanged), so it works on offsets and only runs a regular expression on lines whose first
 * character could open a heading, a fence or a comment.
 *
 * `stopAt`, when given, is asked at each section boundary inside the text (where a section starts at
 * `offset`, line `line`, cut from the one before for its length or not); when it answers true,
 * splitting stops there and the sections before it are returned. The analyzer uses it to split
 * again only the part of the document an edit changed.
 */
export function splitSections(
  text: string,
  fromOffset: number,
  fromLine: number,
  stopAt?: (offset: number, line: number, cutForLength: boolean) => boolean,
): SectionText[] {
  const sections: SectionText[] = [];
  let sectionStartOffset = fromOffset;
  let sectionStartLine = fromLine;
  const reader = new FenceAndCommentReader();
  let continuesPrevious = false;

  const close = (endOffset: number, endLine: number, cutForLength = false) => {
    if (endLine > sectionStartLine) {
      sections.push({
        // Without the "\n" that ends the section's last line, as a join of its lines would be.
        text: text.slice(sectionStartOffset, Math.max(sectionStartOffset, endOffset - 1)),
        offset: sectionStartOffset,
        startLine: sectionStartLine,
        lineCount: endLine - sectionStartLine,
        continuesPrevious,
      });
    }
    continuesPrevious = cutForLength;
    sectionStartOffset = endOffset;
    sectionStartLine = endLine;
    return endOffset <= text.length && stopAt !== undefined && stopAt(endOffset, endLine, cutForLength);
  };

  let line = fromLine;
  let offset = fromOffset;
  while (offset <= text.length) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    if (end === offset && offset - sectionStartOffset > maxSectionLength && !reader.inside) {
      if (close(offset, line, true)) return sections;
    }
    const first = text.charCodeAt(offset);
    // Only lines that may open a heading ("#", or spaces first) or open or close code or a comment are read.
    if (first === 35 || reader.mayChange(first)) {
      const lineText = text.slice(offset, end);
      if (reader.read(lineText) === 'outside' && atxHeading.test(lineText) && close(offset, line)) return sections;
    }
    offset = end + 1;
    line++;
  }
  close(text.length + 1, line);
  return sections;
}
