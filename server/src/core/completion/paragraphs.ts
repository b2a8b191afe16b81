/**
 * Paragraph numbers: after "para." and its kin, the paragraphs the library holds of the document
 * the line names with the reference.
 */
import { escapeMarkdown } from '../hover/citationHover';
import { flatUnitText, shortened } from '../library/unitText';
import { findCitations } from '../library/citations';
import type { LibraryDocument, LibraryUnit } from '../library/types';
import { completionWords, type CompletionWords } from './completionWords';
import { onLine, sortKey, space, type LineAt } from './lines';
import type { CompletionItem, CompletionRequest } from './types';

/** Paragraph text shown as a completion's detail: a glance, the documentation has the rest. */
const detailLength = 80;
/** Paragraph text shown as documentation. */
const maxDocumentationLength = 3000;

/** A paragraph number being typed: "para. ", "paras. 54-", "§ ", "paragraphe 1". */
const paragraphTyping = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:paragraph(?:e?s)?|paragraphe|paras?\\.?|par\\.)${space}{1,3}|§§?${space}{0,3})` +
    `(?:\\d{1,4}${space}*(?:-|–|—|,|and|et|&|à|to)${space}*){0,20}(\\d{0,4})$`,
  'iu',
);

/**
 * The paragraphs of the document cited on the line, when a paragraph number is being typed;
 * undefined when none is (an empty list when the line names no document the library holds).
 */
export function paragraphCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typing = paragraphTyping.exec(at.before);
  if (!typing) return undefined;
  const typedDigits = typing[1] ?? '';
  const digitsAfter = /^\d*/.exec(at.text.slice(at.character))?.[0] ?? '';
  // The citation reader needs a number to see a reference: a placeholder digit stands for the one
  // being typed, so the document is found exactly as hovers and diagnostics will find it.
  const placeholder = typedDigits === '' && digitsAfter === '' ? '0' : '';
  const line = at.before + placeholder + at.text.slice(at.character);
  const citation = findCitations(line, request.library, { draftYear: request.draftYear }).paragraphs.find(
    (candidate) => candidate.start <= typing.index && candidate.end >= at.character,
  );
  // Only a document the line names with the reference: one read from earlier sentences is a guess.
  const document = citation?.resolvedBy === 'explicit' ? citation.document?.document : undefined;
  if (!citation || !document) return [];
  const units = document.units.filter(
    (unit) => unit.kind === 'paragraph' && (citation.annex === undefined || unit.annex === citation.annex),
  );
  const say = completionWords(request.language);
  const replace = onLine(at.line, at.character - typedDigits.length, at.character + digitsAfter.length);
  return units.map((unit, index) => ({
    label: unit.label,
    kind: 'paragraph',
    insertText: unit.number,
    replace,
    detail: (unit.held === 'partial' ? `${say.heldInPart} — ` : '') + shortened(flatUnitText(unit.text), detailLength),
    documentation: unitDocumentation(document, unit, say),
    sortText: sortKey(index),
    filterText: unit.number,
  }));
}

function unitDocumentation(document: LibraryDocument, unit: LibraryUnit, say: CompletionWords): string {
  const text = unit.text.length > maxDocumentationLength ? `${unit.text.slice(0, maxDocumentationLength).trimEnd()} …` : unit.text;
  return [
    `**${document.symbol ?? escapeMarkdown(document.title)}, ${unit.label}**`,
    text,
    ...(unit.held === 'partial' ? [`*${say.unitPartial}*`] : []),
  ].join('\n\n');
}
