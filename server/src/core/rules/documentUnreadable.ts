import { maxBracketsPerSection, maxContainerDepth, maxEmphasisMarkersPerSection } from '../markdown';
import { range, shiftRange, splitLines } from '../text';
import { documentWords, type ParseLimits } from './documentWords';
import type { DocumentRule, SectionModel } from './rule';

/** At most this many undecodable lines are reported: one finding per line of a binary file helps nobody. */
const maxReplacementFindings = 20;

/**
 * Input the analyzer cannot read as a submission: binary data (NUL bytes), bytes that were not
 * valid UTF-8 (decoded as U+FFFD), or containers nested deeper than any real document (which would
 * make the Markdown parser crawl). The rest of the document is still checked. A French draft is told
 * in French (documentWords.ts).
 */
export const documentUnreadable: DocumentRule = {
  meta: {
    id: 'document/unreadable',
    defaultSeverity: 'error',
    summary: 'Part of the file cannot be read as a Markdown submission: binary data, invalid UTF-8, or nesting too deep to parse.',
  },
  scope: 'document',
  check(document, report) {
    const say = documentWords(document.context.labelLanguage);
    if (document.binary) {
      report({
        message: say.binary,
        range: range(0, 0, 0, 0),
      });
      return;
    }
    // Each section is searched once per version of its text, not the whole text on every keystroke.
    const replaced = replacementsIn(document.frontMatter.lines.slice(0, document.frontMatter.bodyStartLine));
    for (const section of document.sections) {
      if (replaced.length >= maxReplacementFindings) break;
      for (const { line, column } of replacementsOf(section.model)) replaced.push({ line: line + section.startLine, column });
    }
    for (const { line, column } of replaced.slice(0, maxReplacementFindings)) {
      report({
        severity: 'warning',
        message: say.invalidUtf8,
        range: range(line, column, line, column + 1),
      });
    }
    for (const section of document.sections) {
      const unparsed = section.model.unparsed;
      if (!unparsed) continue;
      report({ message: say.unparsed(unparsed.reason, limits), range: shiftRange(range(unparsed.line, 0, unparsed.line, 0), section.startLine) });
    }
  },
};

/** The parser's limits, which the messages name. */
const limits: ParseLimits = { nesting: maxContainerDepth, brackets: maxBracketsPerSection, emphasis: maxEmphasisMarkersPerSection };

/** Where a line holds U+FFFD, the first on each line. */
interface Replacement {
  readonly line: number;
  readonly column: number;
}

/** The replacement characters of `lines`, by index in `lines`. */
function replacementsIn(lines: readonly string[]): Replacement[] {
  const found: Replacement[] = [];
  lines.forEach((line, index) => {
    const column = line.indexOf('\uFFFD');
    if (column >= 0) found.push({ line: index, column });
  });
  return found;
}

const replacementsBySection = new WeakMap<SectionModel, readonly Replacement[]>();

/** The replacement characters of a section (section lines), found once per section version. */
function replacementsOf(section: SectionModel): readonly Replacement[] {
  let found = replacementsBySection.get(section);
  if (found === undefined) {
    // Searching the text first keeps the common case (no such character) free of a line split.
    found = section.text.includes('\uFFFD') ? replacementsIn(splitLines(section.text)) : [];
    replacementsBySection.set(section, found);
  }
  return found;
}
