/**
 * The submission as a document to show or print, independent of the output format: a title block,
 * then blocks (headings, paragraphs, lists, quotations, code, programme tables) made of inline
 * runs, with citations of UN documents turned into footnotes. The preview, the standalone HTML and
 * the DOCX are all written from it, so they show the same thing. Every block keeps the 0-based
 * line of the draft it comes from (scroll synchronisation, click to reveal).
 *
 * Nothing of the draft is ever markup here: raw HTML becomes text to show, links keep only web and
 * mail addresses, images become their description (no remote loads).
 */
import type { Nodes, PhrasingContent, RootContent } from 'mdast';
import { programmeFields, type FieldKey } from '../../../../schemas/programme';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import type { Analysis } from '../analyzer';
import { findCitations } from '../library/citations';
import type { ReferenceLibrary } from '../library/library';
import { shortened } from '../library/unitText';
import { parseMarkdown } from '../markdown';
import { placedChecklist, shownStatus, shownStatusWords, type PlacedChecklist } from '../principles/documentChecklist';
import { leadingBlock, type Programme } from '../programmes';

export type Inline =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'strong' | 'emphasis' | 'delete'; readonly children: readonly Inline[] }
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'link'; readonly href?: string; readonly children: readonly Inline[] }
  | { readonly kind: 'break' }
  /** A citation: the words as written, and the number of its footnote. */
  | { readonly kind: 'citation'; readonly text: string; readonly footnote: number };

export interface ProgrammeTable {
  readonly title: string;
  /** Field label (in the draft's language) and value as written. */
  readonly rows: readonly { readonly label: string; readonly value: string }[];
  readonly checklist?: PlacedChecklist;
  /** Findings of the checks on this entry, by severity. */
  readonly findings: FindingCounts;
}

export type Block =
  | { readonly kind: 'heading'; readonly line: number; readonly depth: number; readonly inlines: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly line: number; readonly inlines: readonly Inline[]; readonly number?: number }
  | { readonly kind: 'list'; readonly line: number; readonly ordered: boolean; readonly items: readonly (readonly Block[])[] }
  | { readonly kind: 'quote'; readonly line: number; readonly blocks: readonly Block[] }
  | { readonly kind: 'code'; readonly line: number; readonly text: string }
  | { readonly kind: 'rule'; readonly line: number }
  | { readonly kind: 'programme'; readonly line: number; readonly programme: ProgrammeTable };

export interface FindingCounts {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
}

export interface Footnote {
  readonly number: number;
  readonly text: string;
}

export interface RenderedSubmission {
  readonly language: LabelLanguage;
  readonly title: string;
  /** Submitter, date, "responds to", session…: label and value, in the draft's language. */
  readonly titleBlock: readonly { readonly label: string; readonly value: string }[];
  readonly blocks: readonly Block[];
  readonly footnotes: readonly Footnote[];
  readonly findings: FindingCounts;
}

const titleBlockLabels: Readonly<Record<string, { en: string; fr: string }>> = {
  submitter: { en: 'Submitted by', fr: 'Soumis par' },
  date: { en: 'Date', fr: 'Date' },
  'responds-to': { en: 'Responds to', fr: 'En réponse à' },
  session: { en: 'Session', fr: 'Session' },
  'agenda-item': { en: 'Agenda item', fr: "Point de l'ordre du jour" },
};

function countFindings(findings: Analysis['findings'], from = 0, to = Number.POSITIVE_INFINITY): FindingCounts {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const finding of findings) {
    const line = finding.range.start.line;
    if (line >= from && line < to && finding.severity in counts) counts[finding.severity as keyof FindingCounts]++;
  }
  return counts;
}

/** Keeps only addresses that open a page or a mail: no `javascript:`, `data:` or local files. */
function safeHref(url: string): string | undefined {
  return /^(?:https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : undefined;
}

class Footnotes {
  readonly list: Footnote[] = [];
  private readonly byText = new Map<string, number>();
  add(text: string): number {
    let number = this.byText.get(text);
    if (number === undefined) {
      number = this.list.length + 1;
      this.list.push({ number, text });
      this.byText.set(text, number);
    }
    return number;
  }
}

/** A text run with its citations cut out as footnote references. */
function textWithCitations(text: string, library: ReferenceLibrary, footnotes: Footnotes, draftYear: number | undefined): Inline[] {
  const citations = findCitations(text, library, { draftYear });
  type Cut = { start: number; end: number; note: string };
  const cuts: Cut[] = [];
  for (const paragraph of citations.paragraphs) {
    const document = paragraph.document?.document;
    if (!document || !paragraph.document) continue;
    const unit = paragraph.numbers.length === 1 && paragraph.numbers[0] ? library.findUnit(document, { kind: 'paragraph', number: paragraph.numbers[0].number, annex: paragraph.annex }) : undefined;
    const quoted = unit && 'found' in unit ? ` “${shortened(unit.found.text.replace(/\s+/g, ' '), 300)}”` : '';
    const start = Math.min(paragraph.start, paragraph.document.start);
    const end = Math.max(paragraph.end, paragraph.document.end);
    cuts.push({ start, end, note: `${document.symbol ?? document.title}, ${paragraph.written}: ${document.title}${document.date ? ` (${document.date})` : ''}.${quoted}` });
  }
  for (const mention of citations.documents) {
    if (!mention.document || cuts.some((cut) => mention.start < cut.end && cut.start < mention.end)) continue;
    const document = mention.document;
    cuts.push({ start: mention.start, end: mention.end, note: `${document.symbol ? `${document.symbol}: ` : ''}${document.title}${document.date ? ` (${document.date})` : ''}.` });
  }
  cuts.sort((a, b) => a.start - b.start);
  const inlines: Inline[] = [];
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at) continue;
    if (cut.start > at) inlines.push({ kind: 'text', text: text.slice(at, cut.start) });
    inlines.push({ kind: 'citation', text: text.slice(cut.start, cut.end), footnote: footnotes.add(cut.note) });
    at = cut.end;
  }
  if (at < text.length) inlines.push({ kind: 'text', text: text.slice(at) });
  return inlines;
}

interface Context {
  readonly library: ReferenceLibrary;
  readonly footnotes: Footnotes;
  readonly draftYear?: number;
  /** The section's first line in the draft. */
  readonly lineOffset: number;
}

function inlinesOf(nodes: readonly PhrasingContent[], context: Context): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(...textWithCitations(node.value, context.library, context.footnotes, context.draftYear));
        break;
      case 'strong':
      case 'emphasis':
      case 'delete':
        out.push({ kind: node.type, children: inlinesOf(node.children, context) });
        break;
      case 'inlineCode':
        out.push({ kind: 'code', text: node.value });
        break;
      case 'link':
        out.push({ kind: 'link', href: safeHref(node.url), children: inlinesOf(node.children, context) });
        break;
      case 'break':
        out.push({ kind: 'break' });
        break;
      case 'image':
        // No remote loads: an image is its description.
        if (node.alt) out.push({ kind: 'text', text: `[${node.alt}]` });
        break;
      case 'html':
        // Raw HTML is shown as written, as text: it never becomes markup.
        out.push({ kind: 'text', text: node.value });
        break;
      default:
        if ('children' in node) out.push(...inlinesOf(node.children as PhrasingContent[], context));
        else if ('value' in node && typeof node.value === 'string') out.push({ kind: 'text', text: node.value });
    }
  }
  return out;
}

function lineOf(node: Nodes, context: Context): number {
  return context.lineOffset + (node.position ? node.position.start.line - 1 : 0);
}

function blocksOf(nodes: readonly RootContent[], context: Context): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    const line = lineOf(node, context);
    switch (node.type) {
      case 'heading':
        blocks.push({ kind: 'heading', line, depth: node.depth, inlines: inlinesOf(node.children, context) });
        break;
      case 'paragraph':
        blocks.push({ kind: 'paragraph', line, inlines: inlinesOf(node.children, context) });
        break;
      case 'list':
        blocks.push({ kind: 'list', line, ordered: node.ordered === true, items: node.children.map((item) => blocksOf(item.children, context)) });
        break;
      case 'blockquote':
        blocks.push({ kind: 'quote', line, blocks: blocksOf(node.children, context) });
        break;
      case 'code':
        blocks.push({ kind: 'code', line, text: node.value });
        break;
      case 'thematicBreak':
        blocks.push({ kind: 'rule', line });
        break;
      case 'html':
        // HTML comments are notes to the team (and suppression directives): not part of the document.
        if (!/^\s*<!--[\s\S]*-->\s*$/.test(node.value)) blocks.push({ kind: 'paragraph', line, inlines: [{ kind: 'text', text: node.value }] });
        break;
      default:
        if ('children' in node) blocks.push({ kind: 'paragraph', line, inlines: inlinesOf(node.children as PhrasingContent[], context) });
    }
  }
  return blocks;
}

function programmeTable(programme: Programme, language: LabelLanguage, checklist: PlacedChecklist | undefined, findings: FindingCounts): ProgrammeTable {
  const rows = programme.fields.map((field) => ({
    label: field.key ? programmeFields[field.key as FieldKey].labels[language] : field.label,
    value: field.value,
  }));
  return { title: programme.title, rows, checklist, findings };
}

/** Builds the document of an analysis. */
export function renderModel(analysis: Analysis, library: ReferenceLibrary): RenderedSubmission {
  const { document } = analysis;
  const language: LabelLanguage = document.context.labelLanguage;
  const raw = document.frontMatter.raw;
  const footnotes = new Footnotes();
  const draftYear = document.context.documentDate ? Number(document.context.documentDate.slice(0, 4)) : undefined;
  const blocks: Block[] = [];
  let title: string | undefined = typeof raw.title === 'string' ? raw.title : undefined;
  const sections = document.sections;
  let titleTaken = false;
  sections.forEach((section, index) => {
    const { model, startLine } = section;
    const context: Context = { library, footnotes, draftYear, lineOffset: startLine };
    const parsed = parseMarkdown(model.text);
    if (parsed.kind !== 'parsed') {
      blocks.push({ kind: 'code', line: startLine, text: model.text });
      return;
    }
    let children = parsed.root.children;
    if (model.programme) {
      const { heading, rest } = leadingBlock(children);
      // Raw HTML written above the heading (a note) is drawn above it, where it stands.
      const above = heading ? rest.slice(0, children.indexOf(heading)) : [];
      const list = rest.find((node) => node.type === 'list');
      const end = sections[index + 1]?.startLine ?? Number.POSITIVE_INFINITY;
      const headingLine = startLine + model.programme.headingRange.start.line;
      blocks.push(...blocksOf(above, context));
      if (heading?.type === 'heading') blocks.push({ kind: 'heading', line: headingLine, depth: heading.depth, inlines: inlinesOf(heading.children, context) });
      const checklist = placedChecklist(section, language);
      blocks.push({ kind: 'programme', line: headingLine, programme: programmeTable(model.programme, language, checklist, countFindings(analysis.findings, startLine, end)) });
      children = rest.filter((node) => node !== list && !above.includes(node));
    } else if (!titleTaken) {
      // The first level-1 heading is the document's title (unless the front matter gives another).
      const first = children.find((node) => node.type === 'heading' && node.depth === 1);
      if (first?.type === 'heading') {
        const heading = inlineText(inlinesOf(first.children, context));
        titleTaken = true;
        if (title === undefined || lettersOf(title) === lettersOf(heading)) {
          title ??= heading;
          children = children.filter((node) => node !== first);
        }
      }
    }
    blocks.push(...blocksOf(children, context));
  });
  const titleBlock = Object.entries(titleBlockLabels)
    .filter(([key]) => raw[key] !== undefined && raw[key] !== null && String(raw[key]).trim() !== '')
    .map(([key, labels]) => ({ label: labels[language], value: String(raw[key]) }));
  return {
    language,
    title: title ?? (typeof raw.submitter === 'string' ? raw.submitter : language === 'fr' ? 'Contribution' : 'Submission'),
    titleBlock,
    blocks: numberParagraphs(blocks),
    footnotes: footnotes.list,
    findings: countFindings(analysis.findings),
  };
}

/** The paragraphs of the body numbered 1, 2, 3… in document order, as in UN documents. */
function numberParagraphs(blocks: Block[]): Block[] {
  let number = 0;
  return blocks.map((block) => (block.kind === 'paragraph' ? { ...block, number: ++number } : block));
}

/** Letters and digits only, lower-cased: "“mapping exercise”" and "\"mapping exercise\"" are the same title. */
function lettersOf(text: string): string {
  return text.toLocaleLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The plain text of inline runs. */
export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((inline) => ('text' in inline ? inline.text : 'children' in inline ? inlineText(inline.children) : inline.kind === 'break' ? ' ' : '')).join('');
}

/** How the checklist shows a status, for renderers. */
export { shownStatus, shownStatusWords };
