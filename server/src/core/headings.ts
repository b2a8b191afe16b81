import type { Root } from 'mdast';
import { cleanMarkup, headingText, type Programme } from './programmes';
import type { SectionHeading } from './rules/rule';
import { range, type LineIndex } from './text';

const atxHeading = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/;

/**
 * The headings of one section (section-relative): the ATX heading that opens it, and any setext
 * heading inside it. Read while the Markdown tree exists, so that the outline does not need it.
 */
export function readSectionHeadings(
  section: { readonly text: string; readonly lines: LineIndex; readonly programme?: Programme },
  root: Root | undefined,
): SectionHeading[] {
  if (!root) {
    // A section that was not parsed: its first line may still be an ATX heading.
    const lineEnd = section.text.indexOf('\n');
    const firstLine = lineEnd < 0 ? section.text : section.text.slice(0, lineEnd);
    const match = atxHeading.exec(firstLine);
    if (!match?.[1]) return [];
    return [{ depth: match[1].length, title: cleanTitle(match[2] ?? ''), titleRange: range(0, 0, 0, firstLine.length), line: 0 }];
  }
  const headings: SectionHeading[] = [];
  root.children.forEach((node, index) => {
    if (node.type !== 'heading') return;
    const programme = index === 0 ? section.programme : undefined;
    const nodeRange = section.lines.rangeAt(node.position?.start.offset ?? 0, node.position?.end.offset ?? 0);
    headings.push({
      depth: node.depth,
      title: programme ? programme.title : headingText(node),
      titleRange: programme ? programme.titleRange : nodeRange,
      line: nodeRange.start.line,
    });
  });
  return headings;
}

function cleanTitle(source: string): string {
  return cleanMarkup(source).replace(/\s+/g, ' ').trim();
}
