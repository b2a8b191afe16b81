/**
 * The read-only view of a library document (`oewg-library:/<id>.md`): a header saying what the
 * document is and where its text comes from, then the source with an HTML anchor before each
 * unit (`<a id="annex-i-paragraph-56"></a>`), so that the view's Markdown preview can be linked
 * to a paragraph and go-to-definition lands on it. The source's wording is left as it is.
 */
import { lineAfterFrontMatter } from '../frontMatter';
import type { LibraryDocument } from './types';

export interface LibraryView {
  readonly text: string;
  /** The zero-based line of each unit's first line in `text`, by unit key. */
  readonly unitLines: ReadonlyMap<string, { readonly line: number; readonly endLine: number }>;
}

const views = new WeakMap<LibraryDocument, LibraryView>();

/** The anchor of a unit: its key in lower case, spaces as hyphens ("annex-i-paragraph-56"). */
export function unitAnchor(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]+/g, '-');
}

/** The view of a document, rendered once per document. */
export function libraryView(document: LibraryDocument): LibraryView {
  let view = views.get(document);
  if (!view) {
    view = render(document);
    views.set(document, view);
  }
  return view;
}

function render(document: LibraryDocument): LibraryView {
  const lines = document.text.split('\n');
  const bodyStart = lineAfterFrontMatter(lines);
  const header = [
    `# ${document.symbol ? `${document.symbol}: ` : ''}${document.title}`,
    '',
    `> ${[document.author, document.date, document.language].filter(Boolean).join(' · ') || 'No author, date or language recorded.'}`,
    '>',
    `> ${document.held === 'full' ? 'The reference library holds the full text.' : 'The reference library holds only part of this document.'}` +
      `${document.numbering === 'editorial' ? ' The paragraph numbers were added by the library: the original is not numbered.' : ''}`,
    ...(document.confidence === 'unconfirmed' ? ['>', '> Unconfirmed: believed, not checked against the official document.'] : []),
    ...(document.provenance ? ['>', `> Source: ${document.provenance}`] : []),
    '',
  ];
  const out = [...header];
  const unitsByLine = new Map(document.units.map((unit) => [unit.line, unit]));
  const unitLines = new Map<string, { line: number; endLine: number }>();
  for (let line = bodyStart; line < lines.length; line++) {
    const unit = unitsByLine.get(line);
    if (unit) {
      out.push(`<a id="${unitAnchor(unit.key)}"></a>`);
      // The anchor is a block of its own: a blank line keeps the unit's first line a paragraph or heading.
      out.push('');
      unitLines.set(unit.key, { line: out.length, endLine: out.length + (unit.endLine - unit.line) });
    }
    out.push(lines[line] ?? '');
  }
  // A unit's end is shifted by the anchors inserted inside it (none: units do not nest but
  // headings, whose inner units add two lines each).
  for (const unit of document.units) {
    const placed = unitLines.get(unit.key);
    if (!placed) continue;
    const inner = document.units.filter((other) => other !== unit && other.line > unit.line && other.line <= unit.endLine).length;
    unitLines.set(unit.key, { line: placed.line, endLine: placed.endLine + inner * 2 });
  }
  return { text: out.join('\n'), unitLines };
}

