/**
 * The structure of a submission as the outline and folding see it: the front matter, and the
 * heading hierarchy with the programme entries in it. Built from the analysis the diagnostics
 * already made (no second parse); positions are document positions.
 */
import type { Programme } from '../core/programmes';
import type { DocumentModel, SectionModel } from '../core/rules/rule';
import { shiftRange, type Range } from '../core/text';

export interface FrontMatterEntry {
  readonly key: string;
  readonly keyRange: Range;
  readonly valueRange: Range;
  /** The value as a short line of text, for a symbol's detail. */
  readonly value: string;
}

export interface FrontMatterOutline {
  readonly range: Range;
  readonly kind?: string;
  readonly submitter?: string;
  readonly entries: readonly FrontMatterEntry[];
}

export interface HeadingOutline {
  readonly depth: number;
  readonly title: string;
  /** The heading itself (where the outline's selection goes). */
  readonly titleRange: Range;
  /** From the heading to the last line before the next heading of the same or a higher level. */
  readonly range: Range;
  /** The programme entry this heading opens. Its ranges are section-relative: add `programmeLineOffset`. */
  readonly programme?: Programme;
  readonly programmeLineOffset: number;
  readonly children: HeadingOutline[];
}

export interface Outline {
  readonly frontMatter?: FrontMatterOutline;
  readonly headings: readonly HeadingOutline[];
}

const outlines = new WeakMap<DocumentModel, Outline>();
/** The headings of a section, section-relative; a section whose text did not change keeps its model, and this. */
const sectionHeadings = new WeakMap<SectionModel, readonly FlatHeading[]>();

/**
 * Builds the outline of an analyzed submission, once per analysis: the outline and folding of one
 * version share it, and sections that did not change since the last version reuse their headings.
 */
export function buildOutline(document: DocumentModel): Outline {
  let outline = outlines.get(document);
  if (!outline) {
    outline = { frontMatter: frontMatterOutline(document), headings: headingTree(document) };
    outlines.set(document, outline);
  }
  return outline;
}

function frontMatterOutline(document: DocumentModel): FrontMatterOutline | undefined {
  const { frontMatter } = document;
  if (!frontMatter.range) return undefined;
  const entries: FrontMatterEntry[] = [];
  for (const [key, ranges] of frontMatter.keyRanges) {
    entries.push({ key, keyRange: ranges.key, valueRange: ranges.value, value: shortText(frontMatter.raw[key]) });
  }
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  return {
    range: frontMatter.range,
    kind: text(frontMatter.raw.kind),
    submitter: text(frontMatter.raw.submitter),
    entries,
  };
}

interface FlatHeading {
  readonly depth: number;
  readonly title: string;
  readonly titleRange: Range;
  readonly line: number;
  readonly programme?: Programme;
}

/** Every heading of the body, in order, in document positions (programmes excepted, see HeadingOutline). */
function flatHeadings(document: DocumentModel): (FlatHeading & { readonly lineOffset: number })[] {
  const headings: (FlatHeading & { readonly lineOffset: number })[] = [];
  for (const { model, startLine } of document.sections) {
    let relative = sectionHeadings.get(model);
    if (!relative) {
      relative = headingsOfSection(model);
      sectionHeadings.set(model, relative);
    }
    for (const heading of relative) {
      headings.push({
        ...heading,
        titleRange: shiftRange(heading.titleRange, startLine),
        line: heading.line + startLine,
        lineOffset: startLine,
      });
    }
  }
  return headings;
}

/** The headings of one section, section-relative; the first opens the section's programme entry, if any. */
function headingsOfSection(model: SectionModel): FlatHeading[] {
  return model.headings.map((heading) => ({
    ...heading,
    programme: heading.line === 0 ? model.programme : undefined,
  }));
}

function headingTree(document: DocumentModel): HeadingOutline[] {
  const flat = flatHeadings(document);
  const lastLine = Math.max(0, document.lines.length - 1);
  const roots: HeadingOutline[] = [];
  const stack: HeadingOutline[] = [];
  flat.forEach((heading, index) => {
    // The heading's span ends before the next heading of the same or a higher level.
    let endLine = lastLine;
    for (let next = index + 1; next < flat.length; next++) {
      const candidate = flat[next];
      if (candidate && candidate.depth <= heading.depth) {
        endLine = Math.max(heading.line, candidate.line - 1);
        break;
      }
    }
    const node: HeadingOutline = {
      depth: heading.depth,
      title: heading.title,
      titleRange: heading.titleRange,
      range: {
        start: { line: heading.line, character: 0 },
        end: { line: endLine, character: (document.lines[endLine] ?? '').length },
      },
      programme: heading.programme,
      programmeLineOffset: heading.lineOffset,
      children: [],
    };
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? 0) >= heading.depth) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
  });
  return roots;
}

/** A value in one short line: outlines show details on one line, and a front matter may hold anything. */
export function shortText(value: unknown, limit = 60): string {
  let text: string;
  if (value === null || value === undefined) text = '';
  else if (typeof value === 'object') {
    try {
      text = JSON.stringify(value) ?? '';
    } catch {
      text = '';
    }
  } else text = String(value);
  text = text.replace(/\s+/g, ' ').trim();
  return text.length > limit ? `${text.slice(0, limit - 1)}…` : text;
}
