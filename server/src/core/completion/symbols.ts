/**
 * UN document symbols: anywhere outside fenced code, the symbols the reference library holds that
 * start with what is typed ("A/75/8").
 */
import { escapeMarkdown } from '../hover/citationHover';
import type { LibraryDocument } from '../library/types';
import { completionWords, type CompletionWords } from './completionWords';
import { onLine, sortKey, type LineAt } from './lines';
import type { CompletionItem, CompletionRequest } from './types';

/** A symbol being typed: an organ and a slash, then symbol characters ("A/", "A/75/8", "A/RES/7"). */
const symbolTyping = /(?<![\p{L}\p{N}_/.\\=?&#%~-])((?:ST|[ASE])\/[A-Za-z0-9./]*)$/u;
const symbolRest = /^[A-Za-z0-9./]*/;

/** The library's symbols that complete the one being typed; undefined when none is being typed. */
export function symbolCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typed = symbolTyping.exec(at.before)?.[1];
  if (typed === undefined) return undefined;
  const start = at.character - typed.length;
  const end = at.character + (symbolRest.exec(at.text.slice(at.character))?.[0].length ?? 0);
  const wanted = typed.toUpperCase();
  const say = completionWords(request.language);
  const documents = request.library.documents
    .filter((document): document is LibraryDocument & { symbol: string } => document.symbol?.toUpperCase().startsWith(wanted) === true)
    // Confirmed symbols first: an unconfirmed one is offered, but never ahead of a checked one.
    .sort(
      (a, b) =>
        Number(a.confidence === 'unconfirmed') - Number(b.confidence === 'unconfirmed') ||
        a.symbol.localeCompare(b.symbol, 'en', { numeric: true }),
    );
  return documents.map((document, index) => ({
    label: document.symbol,
    kind: 'symbol',
    insertText: document.symbol,
    replace: onLine(at.line, start, end),
    detail: document.confidence === 'unconfirmed' ? `${document.title} ${say.unconfirmedMark}` : document.title,
    documentation: symbolDocumentation(document, say),
    sortText: sortKey(index),
    filterText: document.symbol,
  }));
}

function symbolDocumentation(document: LibraryDocument, say: CompletionWords): string {
  const lines = [`**${document.symbol ?? ''}** — ${escapeMarkdown(document.title)}`];
  if (document.description && document.description !== document.title) lines.push(escapeMarkdown(document.description));
  if (document.confidence === 'unconfirmed') lines.push(`⚠ ${say.unconfirmed}`);
  const paragraphs = document.units.filter((unit) => unit.kind === 'paragraph').length;
  lines.push(paragraphs > 0 ? say.paragraphsHeld(paragraphs) : say.metadataOnly);
  return lines.join('\n\n');
}
