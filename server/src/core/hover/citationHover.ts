/**
 * Hovers on citations: a symbol or alias shows what the document is; a paragraph reference shows
 * the paragraph's text with its source. What the library does not hold is said, never guessed.
 */
import type { DocumentMention, ParagraphCitation } from '../library/citations';
import type { ReferenceLibrary, UnitLookup } from '../library/library';
import type { LibraryDocument, LibraryUnit } from '../library/types';
import { words, type HoverLanguage } from './hoverWords';

/** A quotation longer than this is cut: a hover is a glance, the source view has the rest. */
const maxQuotedCharacters = 1500;

/** The hover of a document mention. */
export function documentHover(mention: DocumentMention, language: HoverLanguage): string {
  const say = words(language);
  const document = mention.document;
  if (!document) {
    return `**${mention.symbol ?? mention.written}**\n\n${say.notHeld(mention.symbol ?? mention.written)}`;
  }
  const parts = [documentHeading(document, say), ...documentFacts(document, say)];
  if (mention.via === 'alias' && document.symbol) parts.push(say.aliasOf(mention.written.trim(), document.symbol));
  return parts.join('\n\n');
}

/** The hover of a paragraph reference, for one of its numbers. */
export function paragraphHover(
  citation: ParagraphCitation,
  number: string,
  library: ReferenceLibrary,
  language: HoverLanguage,
): string {
  const say = words(language);
  const mention = citation.document;
  const cited = `${say.paragraph} ${number}`;
  if (!mention) return `**${cited}**\n\n${say.noDocument}`;
  const document = mention.document;
  const context = citation.resolvedBy === 'context' ? `\n\n${say.readFromContext(mention.written.trim())}` : '';
  if (!document) return `**${cited}, ${mention.symbol ?? mention.written}**\n\n${say.notHeld(mention.symbol ?? mention.written)}${context}`;
  const lookup: UnitLookup = library.findUnit(document, { kind: 'paragraph', number, annex: citation.annex });
  const name = documentName(document);
  if ('found' in lookup) return unitHover(document, lookup.found, say) + context;
  if ('ambiguous' in lookup) {
    const where = lookup.ambiguous.map((unit) => unit.label).join(', ');
    return `**${name}, ${cited}**\n\n${say.ambiguous(where)}${context}`;
  }
  const missing = document.held === 'full' ? say.noSuchParagraph(name, cited) : say.paragraphNotHeld(name, cited);
  return `**${name}, ${cited}**\n\n${missing}${context}\n\n${provenanceLine(document, say)}`;
}

/** A unit quoted with its source: the hover of a paragraph, and of a mention found in the library. */
export function unitHover(document: LibraryDocument, unit: LibraryUnit, say: ReturnType<typeof words>): string {
  const quoted = unit.text.length > maxQuotedCharacters ? `${unit.text.slice(0, maxQuotedCharacters).trimEnd()} …` : unit.text;
  const notes = [
    unit.held === 'partial' ? say.unitPartial : undefined,
    document.numbering === 'editorial' && unit.kind === 'paragraph' ? say.editorialNumbering : undefined,
  ].filter((note): note is string => note !== undefined);
  return [
    `**${documentName(document)}, ${unit.label}**${document.symbol ? ` — ${escapeMarkdown(document.title)}` : ''}`,
    quote(quoted),
    ...notes.map((note) => `*${note}*`),
    provenanceLine(document, say),
  ].join('\n\n');
}

/** "A/75/816" or, for a document without a symbol, its title. */
export function documentName(document: LibraryDocument): string {
  return document.symbol ?? escapeMarkdown(document.title);
}

function documentHeading(document: LibraryDocument, say: ReturnType<typeof words>): string {
  const title = document.symbol ? `**${document.symbol}** — ${escapeMarkdown(document.title)}` : `**${escapeMarkdown(document.title)}**`;
  return document.confidence === 'unconfirmed' ? `${title}\n\n⚠ ${say.unconfirmed}` : title;
}

function documentFacts(document: LibraryDocument, say: ReturnType<typeof words>): string[] {
  const facts = [
    document.author ? say.labelled(say.author, escapeMarkdown(document.author)) : undefined,
    document.date ? say.labelled(say.date, document.date) : undefined,
    document.language ? say.labelled(say.language, document.language) : undefined,
  ].filter((fact): fact is string => fact !== undefined);
  const lines: string[] = [];
  if (document.description && document.description !== document.title) lines.push(escapeMarkdown(document.description));
  if (facts.length > 0) lines.push(facts.join(' · '));
  lines.push(document.units.length === 0 ? say.metadataOnly : say.holding(document.held === 'full', document.units.length));
  lines.push(provenanceLine(document, say));
  return lines;
}

function provenanceLine(document: LibraryDocument, say: ReturnType<typeof words>): string {
  const origin = document.origin === 'user' ? say.userSource : say.builtinSource;
  return `*${say.labelled(say.source, `${document.provenance ? escapeMarkdown(document.provenance) : origin}${document.provenance ? ` (${origin})` : ''}`)}.*`;
}

function quote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Text from a source shown as Markdown: characters that would turn into markup are escaped. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>])/g, '\\$1');
}
