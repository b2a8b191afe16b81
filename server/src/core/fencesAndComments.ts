/**
 * Fenced code and HTML comment blocks, read line by line: the one reading every line scanner of
 * the core shares (the section splitter, completion), so that they agree by construction on what
 * is code or a comment. (Suppression directives are read from each section's tree instead: a
 * comment there must not act from code of any kind, quoted or indented.) They read lines, not the Markdown tree, and
 * differ from it in rare cases (a comment opened inside a `<div>` block); a change that must not
 * change what they see is checked with `linesInCodeOrComment`.
 */

/**
 * Lines that open or close a fenced code block or an HTML comment block, as CommonMark reads them (at
 * most three spaces of indentation).
 */
export const fenceOpening = /^ {0,3}(`{3,}|~{3,})/;
export const fenceClosing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
export const commentOpening = /^ {0,3}<!--/;

/**
 * What a line is: plain text (`outside`), a fence's opening or closing line (`fence`), a line of
 * code between them (`code`), or a line of a comment of several lines, from the one that opens it
 * to the one that closes it (`comment`).
 */
export type LineKind = 'outside' | 'fence' | 'code' | 'comment';

const space = 32;
const backtick = 96;
const tilde = 126;
const lessThan = 60;

/** Reads lines in order, from a line known to be outside code and comments. */
export class FenceAndCommentReader {
  /** The open fence's marker ("```", "~~~~"…), while in fenced code. */
  private fence: string | undefined;
  private inComment = false;

  /** In fenced code after the lines read so far. */
  get inFence(): boolean {
    return this.fence !== undefined;
  }

  /** In fenced code or a comment after the lines read so far. */
  get inside(): boolean {
    return this.fence !== undefined || this.inComment;
  }

  /**
   * Whether a line starting with `firstCharacter` (a UTF-16 code) can be anything but `outside`
   * or `code`: scanners on the per-keystroke path skip reading the others. Such a line must still
   * be read when this is true.
   */
  mayChange(firstCharacter: number): boolean {
    if (this.inComment) return true;
    const fenceCharacter = firstCharacter === space || firstCharacter === backtick || firstCharacter === tilde;
    return this.fence !== undefined ? fenceCharacter : fenceCharacter || firstCharacter === lessThan;
  }

  /** Reads the next line and tells what it is. */
  read(line: string): LineKind {
    if (this.fence !== undefined) {
      const closing = fenceClosing.exec(line);
      if (closing?.[1] && closing[1][0] === this.fence[0] && closing[1].length >= this.fence.length) {
        this.fence = undefined;
        return 'fence';
      }
      return 'code';
    }
    if (this.inComment) {
      if (line.includes('-->')) this.inComment = false;
      return 'comment';
    }
    const opening = fenceOpening.exec(line);
    // A backtick fence's info string may not contain backticks (CommonMark 4.5).
    if (opening?.[1] && (opening[1][0] === '~' || !line.slice(opening[0].length).includes('`'))) {
      this.fence = opening[1];
      return 'fence';
    }
    if (commentOpening.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) {
      this.inComment = true;
      return 'comment';
    }
    return 'outside';
  }
}

/**
 * For each line, whether it is in fenced code or in an HTML comment of several lines (a line that
 * opens or closes one counts as in it). Not for the per-keystroke path.
 */
export function linesInCodeOrComment(lines: readonly string[]): boolean[] {
  const reader = new FenceAndCommentReader();
  return lines.map((line) => reader.read(line) !== 'outside');
}
