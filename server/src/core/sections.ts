/**
 * Splits a submission's body into sections at ATX headings. A section is the core's unit of
 * work: its parse and its rule findings are cached by its text, so an edit re-parses only the
 * section it touched. Headings inside fenced code or HTML comments do not start a section.
 */

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
 * Lines that open or close a fenced code block or an HTML comment block, as CommonMark reads them (at
 * most three spaces of indentation). Every line scanner of the core (sections, suppression
 * directives, completion) reads code and comments with these, so that they agree on what is inside.
 */
export const fenceOpening = /^ {0,3}(`{3,}|~{3,})/;
export const fenceClosing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
export const commentOpening = /^ {0,3}<!--/;

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
  let fence: string | undefined;
  let inComment = false;
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
    if (end === offset && offset - sectionStartOffset > maxSectionLength && fence === undefined && !inComment) {
      if (close(offset, line, true)) return sections;
    }
    const first = text.charCodeAt(offset);
    // Only lines starting with a space, "#", "`", "~" or "<" can matter here.
    if (first === 32 || first === 35 || first === 96 || first === 126 || first === 60) {
      const lineText = text.slice(offset, end);
      if (fence !== undefined) {
        const closing = fenceClosing.exec(lineText);
        if (closing?.[1] && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = undefined;
      } else if (inComment) {
        if (lineText.includes('-->')) inComment = false;
      } else {
        const opening = fenceOpening.exec(lineText);
        if (opening?.[1]) {
          // A backtick fence's info string may not contain backticks (CommonMark 4.5).
          if (opening[1][0] === '~' || !lineText.slice(opening[0].length).includes('`')) fence = opening[1];
        } else if (commentOpening.test(lineText)) {
          if (!lineText.includes('-->', lineText.indexOf('<!--') + 4)) inComment = true;
        } else if (atxHeading.test(lineText) && close(offset, line)) {
          return sections;
        }
      }
    } else if (inComment && text.slice(offset, end).includes('-->')) {
      inComment = false;
    }
    offset = end + 1;
    line++;
  }
  close(text.length + 1, line);
  return sections;
}

/**
 * For each line, whether it is in fenced code or in an HTML comment of several lines, as
 * `splitSections` and the suppression scanner read them (a line that opens or closes one counts as
 * in it). They read lines, not the Markdown tree, and differ from it in rare cases (a comment
 * opened inside a `<div>` block): a change to a draft that must not change what they see is checked
 * with this. Not for the per-keystroke path.
 */
export function linesInCodeOrComment(lines: readonly string[]): boolean[] {
  let fence: string | undefined;
  let inComment = false;
  return lines.map((line) => {
    if (fence !== undefined) {
      const closing = fenceClosing.exec(line);
      if (closing?.[1] && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = undefined;
      return true;
    }
    if (inComment) {
      inComment = !line.includes('-->');
      return true;
    }
    const opening = fenceOpening.exec(line);
    if (opening?.[1] && (opening[1][0] === '~' || !line.slice(opening[0].length).includes('`'))) {
      fence = opening[1];
      return true;
    }
    if (commentOpening.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) {
      inComment = true;
      return true;
    }
    return false;
  });
}
