/**
 * The reference library over LSP: hover, go to definition, and the custom requests of the
 * extension (the read-only source views, the citation picker's catalogue, the citation edit).
 * Each function turns an LSP request into a core call and the answer back into LSP types.
 */
import { MarkupKind, type Hover, type Location, type Position, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyzer';
import { hoverAt } from '../core/hover/hover';
import { citationAt, citationTarget, type CitationRequest } from '../core/library/citationAt';
import { citationInsertion } from '../core/library/citationInsertion';
import type { ReferenceLibrary } from '../core/library/library';
import type { LibraryDocument, LibraryUnit } from '../core/library/types';
import { libraryView } from '../core/library/libraryView';
import { flatUnitText, shortened } from '../core/library/unitText';
import {
  libraryDocumentId,
  libraryDocumentUri,
  type CatalogueDocument,
  type CitationEditParams,
  type CitationEditResult,
  type LibraryCatalogueResult,
  type LibrarySourceResult,
} from '../protocol';
import { toLspRange } from './convert';
import { lineEndingOf, lineFeedText, withLineEnding } from './editTracking';

/** The lines of an open document, read one at a time (a hover never splits the whole text). */
export function documentLines(document: TextDocument): Pick<CitationRequest, 'line' | 'lineCount'> {
  return {
    lineCount: document.lineCount,
    line: (index) =>
      document.getText({ start: { line: index, character: 0 }, end: { line: index + 1, character: 0 } }).replace(/\r?\n$|\r$/, ''),
  };
}

/** The draft's year (YYYY-MM-DD front matter date), for aliases that depend on it. */
function draftYear(analysis: Analysis | undefined): number | undefined {
  const date = analysis?.document.context.documentDate;
  return date ? Number(date.slice(0, 4)) : undefined;
}

/** The hover at a position of a submission. */
export function libraryHover(
  document: TextDocument | undefined,
  analysis: Analysis | undefined,
  library: ReferenceLibrary,
  position: Position,
  markdown: boolean,
): Hover | null {
  if (!document || !analysis) return null;
  const found = hoverAt({
    ...documentLines(document),
    position,
    language: analysis.document.context.labelLanguage,
    draftYear: draftYear(analysis),
    library,
  });
  if (!found) return null;
  return {
    contents: markdown ? { kind: MarkupKind.Markdown, value: found.markdown } : { kind: MarkupKind.PlainText, value: found.markdown },
    range: toLspRange(found.range),
  };
}

/** Where a cited document or paragraph is: the user's source file, or the built-in read-only view. */
export function libraryLocation(document: LibraryDocument, unit?: LibraryUnit): Location {
  const userFile = document.origin === 'user' ? document.uri : undefined;
  const lines = userFile ? unit : unit && libraryView(document).unitLines.get(unit.key);
  // A unit's end line is inclusive: the range ends at the start of the line after it, so that a
  // paragraph of one line is not an empty range and a long one keeps its last line.
  const range = { start: { line: lines?.line ?? 0, character: 0 }, end: { line: lines ? lines.endLine + 1 : 0, character: 0 } };
  return { uri: userFile ?? libraryDocumentUri(document.id), range };
}

/** Go to definition: from a citation to the source paragraph (or the document). */
export function libraryDefinition(
  document: TextDocument | undefined,
  analysis: Analysis | undefined,
  library: ReferenceLibrary,
  position: Position,
): Location | null {
  if (!document || !analysis) return null;
  const cited = citationAt({ ...documentLines(document), position, draftYear: draftYear(analysis), library });
  const target = cited && citationTarget(cited, library);
  return target ? libraryLocation(target.document, target.unit) : null;
}

/** The text of a read-only library view (`oewg-library:/<id>.md`). */
export function librarySource(library: ReferenceLibrary, uri: string): LibrarySourceResult {
  const id = libraryDocumentId(uri);
  const document = id === undefined ? undefined : library.document(id);
  return document ? { text: libraryView(document).text } : null;
}

/** The picker searches the excerpt ("searchable by text") and shows its first line: most paragraphs fit whole. */
const excerptLength = 1000;

/** Every document and unit, for the citation picker (unit labels in the cited document's language). */
export function libraryCatalogue(library: ReferenceLibrary): LibraryCatalogueResult {
  const documents: CatalogueDocument[] = library.documents.map((document) => ({
    id: document.id,
    origin: document.origin,
    symbol: document.symbol,
    title: document.title,
    date: document.date,
    language: document.language,
    held: document.held,
    description: document.description,
    units: document.units
      .filter((unit) => unit.kind !== 'annex')
      .map((unit) => ({ key: unit.key, label: unit.label, excerpt: shortened(flatUnitText(unit.text), excerptLength), held: unit.held })),
  }));
  // Documents with text first (they can be quoted), then by symbol or title.
  documents.sort((a, b) => Number(b.units.length > 0) - Number(a.units.length > 0) || (a.symbol ?? a.title).localeCompare(b.symbol ?? b.title));
  return { documents };
}


/** The edit that inserts a citation and its footnote; refused on a changed document version. */
export function citationEdit(
  document: TextDocument | undefined,
  analysis: Analysis | undefined,
  library: ReferenceLibrary,
  params: CitationEditParams,
): CitationEditResult {
  if (!document) return { error: 'The draft is not open.' };
  if (document.version !== params.textDocument.version) return { error: 'The draft changed while the citation was chosen: try again.' };
  const source = library.document(params.documentId);
  if (!source) return { error: `The library has no document "${params.documentId}".` };
  const unit = params.unitKey === undefined ? undefined : library.unit(source, params.unitKey);
  if (params.unitKey !== undefined && !unit) return { error: `${source.symbol ?? source.title} has no ${params.unitKey} in the library.` };
  const language = analysis?.document.context.labelLanguage ?? 'en';
  const insertion = citationInsertion(lineFeedText(document), params.position, source, unit, language);
  const at = (position: Position) => ({ start: position, end: position });
  // The footnote's line breaks as the draft writes them: CRLF stays CRLF.
  const { edits } = withLineEnding(
    {
      edits: [
        { range: at(insertion.reference.position), newText: insertion.reference.text },
        { range: at(insertion.footnote.position), newText: insertion.footnote.text },
      ],
    },
    lineEndingOf(document),
  );
  const edit: WorkspaceEdit = { changes: { [document.uri]: edits } };
  return { edit: edit as NonNullable<CitationEditResult['edit']> };
}
