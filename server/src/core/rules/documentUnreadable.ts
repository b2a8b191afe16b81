import { maxBracketsPerSection, maxContainerDepth } from '../markdown';
import { range, shiftRange } from '../text';
import type { DocumentRule } from './rule';

/** At most this many undecodable lines are reported: one finding per line of a binary file helps nobody. */
const maxReplacementFindings = 20;

/**
 * Input the analyzer cannot read as a submission: binary data (NUL bytes), bytes that were not
 * valid UTF-8 (decoded as U+FFFD), or containers nested deeper than any real document (which would
 * make the Markdown parser crawl). The rest of the document is still checked.
 */
export const documentUnreadable: DocumentRule = {
  meta: {
    id: 'document/unreadable',
    defaultSeverity: 'error',
    summary: 'Part of the file cannot be read as a Markdown submission: binary data, invalid UTF-8, or nesting too deep to parse.',
  },
  scope: 'document',
  check(document, report) {
    if (document.binary) {
      report({
        message: 'This file contains binary data (NUL bytes): it is not a Markdown submission, and was not checked.',
        range: range(0, 0, 0, 0),
      });
      return;
    }
    let reported = 0;
    // Searching the text first keeps the common case (no such character) free of a line split.
    if (document.text.includes('\uFFFD')) document.lines.forEach((line, index) => {
      const column = line.indexOf('\uFFFD');
      if (column < 0 || reported >= maxReplacementFindings) return;
      reported++;
      report({
        severity: 'warning',
        message:
          'This line holds bytes that are not valid UTF-8 (shown as \uFFFD): save the file as UTF-8, or retype the characters.',
        range: range(index, column, index, column + 1),
      });
    });
    for (const section of document.sections) {
      const unparsed = section.model.unparsed;
      if (!unparsed) continue;
      report({
        message:
          unparsed.reason === 'nesting'
            ? `Lists or quotes are nested more than ${maxContainerDepth} levels deep here: this section was not checked (no real submission nests so deep, and parsing it would take minutes).`
            : `This section holds more than ${maxBracketsPerSection} "[" brackets: it was not checked (no real submission has so many links, and parsing them would take minutes).`,
        range: shiftRange(range(unparsed.line, 0, unparsed.line, 0), section.startLine),
      });
    }
  },
};
