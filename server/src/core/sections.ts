/**
 * Splits a submission's body into sections at ATX headings. A section is the core's unit of
 * work: its parse and its rule findings are cached by its text, so an edit re-parses only the
 * section it touched. Headings inside fenced code or HTML comments do not start a section.
 */

export interface SectionText {
  /** The section's lines joined with "\n" (line terminators are normalized). */
  readonly text: string;
  /** The document line of the section's first line. */
  readonly startLine: number;
  readonly lineCount: number;
}

const atxHeading = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const fenceOpening = /^ {0,3}(`{3,}|~{3,})/;

/** Splits `lines[fromLine…]` into sections; the part before the first heading is a section too. */
export function splitSections(lines: readonly string[], fromLine: number): SectionText[] {
  const sections: SectionText[] = [];
  let sectionStart = fromLine;
  let fence: string | undefined;
  let inComment = false;

  const close = (endLine: number) => {
    if (endLine > sectionStart) {
      sections.push({
        text: lines.slice(sectionStart, endLine).join('\n'),
        startLine: sectionStart,
        lineCount: endLine - sectionStart,
      });
    }
    sectionStart = endLine;
  };

  for (let line = fromLine; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (fence !== undefined) {
      const closing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(text);
      if (closing?.[1] && closing[1][0] === fence[0] && closing[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (inComment) {
      if (text.includes('-->')) inComment = false;
      continue;
    }
    const opening = fenceOpening.exec(text);
    if (opening?.[1]) {
      // A backtick fence's info string may not contain backticks (CommonMark 4.5).
      if (opening[1][0] === '~' || !text.slice(opening[0].length).includes('`')) fence = opening[1];
      continue;
    }
    if (/^ {0,3}<!--/.test(text) && !text.includes('-->', text.indexOf('<!--') + 4)) {
      inComment = true;
      continue;
    }
    if (atxHeading.test(text)) close(line);
  }
  close(lines.length);
  return sections;
}
