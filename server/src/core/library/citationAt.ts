/**
 * The citation under a position: the shared first step of hover, go to definition and find
 * references. Only the block of text around the position is read (up to a blank line, at most
 * `maxBlockLines` each way), so the cost does not grow with the document.
 */
import type { Position, Range } from '../text';
import { findCitations, type DocumentMention, type ParagraphCitation } from './citations';
import type { ReferenceLibrary } from './library';
import type { LibraryDocument, LibraryUnit } from './types';

export interface CitationRequest {
  /** The text of a line, without its terminator. */
  readonly line: (index: number) => string;
  readonly lineCount: number;
  readonly position: Position;
  readonly draftYear?: number;
  readonly library: ReferenceLibrary;
}

/** What is cited at a position: a paragraph (one of its numbers) or a document. */
export type CitationAtPosition =
  | { readonly kind: 'paragraph'; readonly citation: ParagraphCitation; readonly number: string; readonly range: Range }
  | { readonly kind: 'document'; readonly mention: DocumentMention; readonly range: Range };

const maxBlockLines = 30;

/** The citation under the position, if any. */
export function citationAt(request: CitationRequest): CitationAtPosition | undefined {
  const { position } = request;
  let first = position.line;
  while (first > 0 && position.line - first < maxBlockLines && request.line(first - 1).trim() !== '') first--;
  let last = position.line;
  while (last + 1 < request.lineCount && last - position.line < maxBlockLines && request.line(last + 1).trim() !== '') last++;
  const lines: string[] = [];
  for (let line = first; line <= last; line++) lines.push(request.line(line));
  const block = lines.join('\n');
  let offset = position.character;
  for (let line = first; line < position.line; line++) offset += (lines[line - first] ?? '').length + 1;
  const rangeOf = (start: number, end: number): Range => ({ start: positionIn(lines, first, start), end: positionIn(lines, first, end) });

  const citations = findCitations(block, request.library, { draftYear: request.draftYear });
  for (const citation of citations.paragraphs) {
    if (offset < citation.start || offset > citation.end) continue;
    const number = citation.numbers.find((cited) => offset >= cited.start && offset <= cited.end)?.number ?? citation.numbers[0]?.number;
    if (number !== undefined) return { kind: 'paragraph', citation, number, range: rangeOf(citation.start, citation.end) };
  }
  for (const mention of citations.documents) {
    if (offset >= mention.start && offset <= mention.end) return { kind: 'document', mention, range: rangeOf(mention.start, mention.end) };
  }
  return undefined;
}

/** The library document and unit a citation points at, as far as the library holds them. */
export function citationTarget(
  cited: CitationAtPosition,
  library: ReferenceLibrary,
): { readonly document: LibraryDocument; readonly unit?: LibraryUnit } | undefined {
  if (cited.kind === 'document') return cited.mention.document && { document: cited.mention.document };
  const document = cited.citation.document?.document;
  if (!document) return undefined;
  const lookup = library.findUnit(document, { kind: 'paragraph', number: cited.number, annex: cited.citation.annex });
  return { document, unit: 'found' in lookup ? lookup.found : undefined };
}

function positionIn(lines: readonly string[], firstLine: number, offset: number): Position {
  let remaining = offset;
  for (let index = 0; index < lines.length; index++) {
    const length = (lines[index] ?? '').length;
    if (remaining <= length) return { line: firstLine + index, character: remaining };
    remaining -= length + 1;
  }
  return { line: firstLine + lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}
