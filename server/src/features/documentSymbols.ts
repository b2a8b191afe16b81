/**
 * The outline of a submission: the front matter with its keys, then the heading hierarchy, in
 * which programme entries stand out (their own symbol kind, level and status as detail) with
 * their fields as children. Documents that are not submissions get no symbols from us.
 */
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver';
import type { Analysis } from '../core/analyzer';
import type { Programme } from '../core/programmes';
import { shiftRange } from '../core/text';
import { toLspRange } from './convert';
import { buildOutline, shortText, type FrontMatterOutline, type HeadingOutline } from './outline';

/** Symbol kinds, chosen for their icons: a module for the metadata, a struct with fields for a programme. */
const kinds = {
  frontMatter: SymbolKind.Module,
  frontMatterKey: SymbolKind.Property,
  heading: SymbolKind.String,
  programme: SymbolKind.Struct,
  field: SymbolKind.Field,
} as const;

/** The outline of an analyzed submission; nothing for a document that is not one (`analysis` undefined). */
export function documentSymbols(analysis: Analysis | undefined): DocumentSymbol[] {
  if (!analysis) return [];
  const outline = buildOutline(analysis.document);
  const symbols: DocumentSymbol[] = [];
  if (outline.frontMatter) symbols.push(frontMatterSymbol(outline.frontMatter));
  symbols.push(...outline.headings.map(headingSymbol));
  return symbols;
}

/** The same symbols, flat, for clients without hierarchical outlines. */
export function flatSymbols(uri: string, symbols: readonly DocumentSymbol[], containerName?: string): SymbolInformation[] {
  return symbols.flatMap((symbol) => [
    { name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, containerName },
    ...flatSymbols(uri, symbol.children ?? [], symbol.name),
  ]);
}

function frontMatterSymbol(frontMatter: FrontMatterOutline): DocumentSymbol {
  const range = toLspRange(frontMatter.range);
  return {
    name: 'Front matter',
    detail: [frontMatter.kind, frontMatter.submitter].filter(Boolean).join(' · '),
    kind: kinds.frontMatter,
    range,
    selectionRange: { start: range.start, end: range.start },
    children: frontMatter.entries.map((entry) => ({
      name: entry.key || '(empty key)',
      detail: entry.value,
      kind: kinds.frontMatterKey,
      range: toLspRange({ start: entry.keyRange.start, end: entry.valueRange.end }),
      selectionRange: toLspRange(entry.keyRange),
    })),
  };
}

function headingSymbol(heading: HeadingOutline): DocumentSymbol {
  const children = heading.children.map(headingSymbol);
  const programme = heading.programme;
  if (programme) children.unshift(...fieldSymbols(programme, heading.programmeLineOffset));
  return {
    // Clients reject symbols with an empty name.
    name: heading.title || `${'#'.repeat(heading.depth)} (empty heading)`,
    detail: programme ? programmeDetail(programme) : undefined,
    kind: programme ? kinds.programme : kinds.heading,
    range: toLspRange(heading.range),
    selectionRange: toLspRange(heading.titleRange),
    children,
  };
}

/**
 * A programme's field symbols, kept while its section neither changes nor moves: on a long
 * document, most of the outline is fields, and most of them are untouched by an edit.
 */
const fieldSymbolCache = new WeakMap<Programme, { readonly lineOffset: number; readonly symbols: DocumentSymbol[] }>();

function fieldSymbols(programme: Programme, lineOffset: number): DocumentSymbol[] {
  const cached = fieldSymbolCache.get(programme);
  if (cached?.lineOffset === lineOffset) return cached.symbols;
  const symbols = programme.fields.map((field) => ({
    name: field.label || '(empty label)',
    detail: shortText(field.value),
    kind: kinds.field,
    range: toLspRange(shiftRange(field.itemRange, lineOffset)),
    selectionRange: toLspRange(shiftRange(field.labelRange, lineOffset)),
  }));
  fieldSymbolCache.set(programme, { lineOffset, symbols });
  return symbols;
}

/** "regional · ongoing · 2023-05": what tells programmes apart at a glance. */
function programmeDetail(programme: Programme): string {
  const value = (key: string) => programme.fields.find((field) => field.key === key)?.value;
  return [value('level'), value('status'), value('start')].filter((part) => part).join(' · ');
}
