/**
 * Positions and line arithmetic shared by the whole core. Positions are 0-based lines and
 * UTF-16 code-unit characters, as in the LSP and in JavaScript strings; the CLI adds 1 on output.
 */

export interface Position {
  readonly line: number;
  readonly character: number;
}

export interface Range {
  readonly start: Position;
  readonly end: Position;
}

export function range(startLine: number, startCharacter: number, endLine: number, endCharacter: number): Range {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** Moves a range down by `lineOffset` lines (section-relative → document positions). */
export function shiftRange(target: Range, lineOffset: number): Range {
  if (lineOffset === 0) return target;
  return {
    start: { line: target.start.line + lineOffset, character: target.start.character },
    end: { line: target.end.line + lineOffset, character: target.end.character },
  };
}

/** The offset where line `line` starts, in text with "\n" line terminators (the text's length past its last line). */
export function offsetOfLine(text: string, line: number): number {
  let offset = 0;
  for (let current = 0; current < line; current++) {
    const next = text.indexOf('\n', offset);
    if (next < 0) return text.length;
    offset = next + 1;
  }
  return offset;
}

/**
 * Splits text into lines on LF, CRLF or CR. Line terminators are dropped: a CRLF file and its LF
 * twin give the same lines, so positions (line, character) are the same for both.
 */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 keeps a slice of 13
 * characters or more as a view on the whole string it was cut from, so a section's text kept in a
 * cache would keep that whole version of the document alive: after edits in a hundred places of a
 * 10 MB draft, a hundred versions (some 2 GB). Cutting a fresh concatenation copies its characters
 * into a string of their own; the slice is then a view on that copy only.
 */
export function detachedCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Converts offsets in a string to positions, with a precomputed table of line starts. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(private readonly text: string) {
    for (let offset = 0; offset < text.length; offset++) {
      const code = text.charCodeAt(offset);
      if (code === 10 /* \n */) this.lineStarts.push(offset + 1);
      else if (code === 13 /* \r */) {
        if (text.charCodeAt(offset + 1) === 10) offset++;
        this.lineStarts.push(offset + 1);
      }
    }
  }

  /**
   * The last two positions made, by offset: a programme field's ranges start and end where their
   * neighbours' do (the item and its label, the value and its last item), and a long draft keeps
   * hundreds of thousands of them, so a position asked twice in a row is made once and shared.
   * Positions are never mutated. Two plain fields: a bigger cache costs more than it saves.
   */
  private lastOffset = -1;
  private lastPosition?: Position;
  private previousOffset = -1;
  private previousPosition?: Position;

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    if (clamped === this.lastOffset && this.lastPosition) return this.lastPosition;
    if (clamped === this.previousOffset && this.previousPosition) return this.previousPosition;
    const position = this.computePosition(clamped);
    this.previousOffset = this.lastOffset;
    this.previousPosition = this.lastPosition;
    this.lastOffset = clamped;
    this.lastPosition = position;
    return position;
  }

  private computePosition(clamped: number): Position {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.lineStarts[middle] ?? 0) <= clamped) low = middle;
      else high = middle - 1;
    }
    return { line: low, character: clamped - (this.lineStarts[low] ?? 0) };
  }

  /** The offset of a position (clamped to its line's start and the text's end). */
  offsetAt(position: Position): number {
    const start = this.lineStarts[Math.max(0, Math.min(position.line, this.lineStarts.length - 1))] ?? 0;
    return Math.min(this.text.length, start + Math.max(0, position.character));
  }

  rangeAt(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
}

const asciiOnly = /^[\x00-\x7f]*$/;

/**
 * Letters without their accents, in lower case: "Bénin", "benin" and « béninoise » compare by their
 * letters. ASCII text has no accent to take off, and skips the decomposition: most words are ASCII,
 * and this runs on every word the library is indexed with and every value a country check reads.
 */
export function foldedLetters(text: string): string {
  return (asciiOnly.test(text) ? text : text.normalize('NFD').replace(/\p{M}/gu, '')).toLowerCase();
}

/**
 * The paragraphs of a text, as the readers that reuse a paragraph's results after an edit cut it
 * (the lexicon scan, the symbol finder): each from the start of a line that follows a blank line (or from the
 * start) to the start of the next such line, its blank lines included. A line of spaces and tabs is
 * blank; so is one an HTML comment was blanked from.
 */
export function paragraphSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  let afterBlankLine = false;
  for (let offset = 0; offset < text.length; ) {
    let end = text.indexOf('\n', offset);
    if (end < 0) end = text.length;
    const blank = isBlankLine(text, offset, end);
    if (afterBlankLine && !blank && offset > start) {
      spans.push({ start, end: offset });
      start = offset;
    }
    afterBlankLine = blank;
    offset = end + 1;
  }
  spans.push({ start, end: text.length });
  return spans;
}

/** Whether the line from `start` to `end` holds only spaces and tabs (and a carriage return). */
export function isBlankLine(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9 && code !== 13) return false;
  }
  return true;
}
