/**
 * Folding for submissions: the front matter, each heading's section (nested as the headings are),
 * and each programme's field list. Documents that are not submissions get no ranges from us.
 */
import type { FoldingRange } from 'vscode-languageserver';
import type { Analysis } from '../core/analyzer';
import { buildOutline, type HeadingOutline } from './outline';

/** The folding ranges of an analyzed submission, at most `rangeLimit` of them (the client's limit). */
export function foldingRanges(analysis: Analysis | undefined, rangeLimit?: number): FoldingRange[] {
  if (!analysis) return [];
  const { lines } = analysis.document;
  const outline = buildOutline(analysis.document);
  const ranges: FoldingRange[] = [];
  const add = (startLine: number, endLine: number) => {
    if (endLine > startLine) ranges.push({ startLine, endLine });
  };

  if (outline.frontMatter) add(outline.frontMatter.range.start.line, outline.frontMatter.range.end.line);
  const visit = (heading: HeadingOutline) => {
    // A folded section keeps the blank lines before the next heading visible, as editors do.
    let endLine = heading.range.end.line;
    while (endLine > heading.range.start.line && (lines[endLine] ?? '').trim() === '') endLine--;
    add(heading.range.start.line, endLine);
    const fieldList = heading.programme?.fieldListRange;
    if (fieldList) add(fieldList.start.line + heading.programmeLineOffset, fieldList.end.line + heading.programmeLineOffset);
    heading.children.forEach(visit);
  };
  outline.headings.forEach(visit);

  ranges.sort((a, b) => a.startLine - b.startLine);
  return rangeLimit !== undefined && ranges.length > rangeLimit ? ranges.slice(0, rangeLimit) : ranges;
}
