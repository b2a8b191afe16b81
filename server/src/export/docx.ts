/**
 * The submission as a Word document (DOCX), what Member States send to the Secretariat: A4, a
 * serif UN-like page, the title block, headings, numbered paragraphs (optional), each programme as
 * a two-column table of its fields with its principles checklist, and citations as real footnotes.
 * Written with the `docx` package from the same render model as the preview.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  FootnoteReferenceRun,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Analysis } from '../core/analyzer';
import type { ReferenceLibrary } from '../core/library/library';
import { renderModel, type Block, type Inline, type ProgrammeTable } from '../core/render/renderModel';

/** A4 in twentieths of a point, and 2 cm margins. */
const a4 = { width: 11906, height: 16838 };
const margin = 1134;

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly strike?: boolean;
  readonly code?: boolean;
}

function runs(inlines: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const inline of inlines) {
    switch (inline.kind) {
      case 'text':
        out.push(new TextRun({ text: inline.text, bold: style.bold, italics: style.italics, strike: style.strike, font: style.code ? 'Courier New' : undefined }));
        break;
      case 'strong':
        out.push(...runs(inline.children, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...runs(inline.children, { ...style, italics: true }));
        break;
      case 'delete':
        out.push(...runs(inline.children, { ...style, strike: true }));
        break;
      case 'code':
        out.push(new TextRun({ text: inline.text, font: 'Courier New' }));
        break;
      case 'link':
        out.push(...runs(inline.children, style));
        break;
      case 'break':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'citation':
        out.push(new TextRun({ text: inline.text, bold: style.bold, italics: style.italics }), new FootnoteReferenceRun(inline.footnote));
        break;
    }
  }
  return out;
}

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: '777777' };
const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };

function programmeTable(programme: ProgrammeTable): (Paragraph | Table)[] {
  const rows = programme.rows.map(
    (row) =>
      new TableRow({
        children: [
          new TableCell({ width: { size: 28, type: WidthType.PERCENTAGE }, borders, shading: { fill: 'EEEEEE' }, children: [new Paragraph({ children: [new TextRun({ text: row.label, bold: true })] })] }),
          new TableCell({ width: { size: 72, type: WidthType.PERCENTAGE }, borders, children: [new Paragraph(row.value)] }),
        ],
      }),
  );
  // The principles checklist is the drafter's working note (shown in the preview), not part of the
  // document handed in.
  return [new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows })];
}

function blocks(list: readonly Block[], numbered: boolean, language: 'en' | 'fr', level = 0): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of list) {
    switch (block.kind) {
      case 'heading':
        out.push(new Paragraph({ heading: headingLevels[Math.min(5, block.depth)] ?? HeadingLevel.HEADING_6, children: runs(block.inlines) }));
        break;
      case 'paragraph': {
        const number = numbered && block.number !== undefined && level === 0 ? [new TextRun({ text: `${block.number}.\t` })] : [];
        out.push(new Paragraph({ spacing: { after: 120 }, alignment: AlignmentType.JUSTIFIED, children: [...number, ...runs(block.inlines)] }));
        break;
      }
      case 'list':
        for (const [index, item] of block.items.entries()) {
          // The item's first paragraph carries the bullet or number; what follows it is indented.
          const [lead, ...rest] = item;
          const marker = new TextRun({ text: block.ordered ? `${index + 1}. ` : '• ' });
          const leadRuns = lead?.kind === 'paragraph' ? runs(lead.inlines) : [];
          out.push(new Paragraph({ indent: { left: 360 * (level + 1) }, children: [marker, ...leadRuns] }));
          out.push(...blocks(lead?.kind === 'paragraph' ? rest : item, false, language, level + 1));
        }
        break;
      case 'quote':
        out.push(...blocks(block.blocks, false, language, level + 1));
        break;
      case 'code':
        out.push(...block.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Courier New', size: 18 })] })));
        break;
      case 'rule':
        out.push(new Paragraph({ border: { bottom: cellBorder }, children: [] }));
        break;
      case 'programme':
        out.push(...programmeTable(block.programme));
        break;
    }
  }
  return out;
}

/** The DOCX file of an analyzed submission. */
export async function renderSubmissionDocx(analysis: Analysis, library: ReferenceLibrary, options: { numberParagraphs?: boolean } = {}): Promise<Uint8Array> {
  const model = renderModel(analysis, library);
  const footnotes = Object.fromEntries(model.footnotes.map((note) => [String(note.number), { children: [new Paragraph(note.text)] }]));
  const titleBlock = model.titleBlock.map(
    (entry) => new Paragraph({ children: [new TextRun({ text: `${entry.label}: `, bold: true }), new TextRun(entry.value)] }),
  );
  const document = new Document({
    title: model.title,
    creator: model.titleBlock.find((entry) => entry.label === 'Submitted by' || entry.label === 'Soumis par')?.value ?? 'OEWG Submission Drafter',
    styles: { default: { document: { run: { font: 'Times New Roman', size: 24 } } } },
    footnotes,
    sections: [
      {
        properties: { page: { size: a4, margin: { top: margin, bottom: margin, left: margin, right: margin } } },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun({ text: model.title, bold: true })] }),
          ...titleBlock,
          ...blocks(model.blocks, options.numberParagraphs === true, model.language),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
