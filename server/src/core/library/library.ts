/**
 * The reference library: the documents the product can quote, indexed once. It merges three
 * things: the table of UN documents (schemas/unDocuments.ts: symbol, what it is, year), the
 * paragraph-addressed sources shipped with the extension, and the user's own sources. A symbol
 * held both as a table entry and as a source becomes one document: the source's text with the
 * table's description.
 */
import { documentAliases, unDocuments, type DocumentAlias, type UnDocument } from '../../../../schemas/unDocuments';
import { unitKey, type LibraryDocument, type LibraryUnit, type UnitReference } from './types';
import { MentionIndex, type Mention } from './mentions';

/** A phrase that names a document, with the years of drafts in which it does. */
export interface LibraryAlias {
  readonly text: string;
  readonly documentId: string;
  readonly note?: string;
  /** The alias means this document only in drafts dated within these years (inclusive). */
  readonly draftsFrom?: number;
  readonly draftsTo?: number;
  /** The alias is a malformed symbol (citation/malformed-symbol reports it). */
  readonly malformed?: boolean;
}

/** The outcome of looking a unit up in a document. */
export type UnitLookup =
  | { readonly found: LibraryUnit }
  /** Several units match (the same paragraph number in two annexes): the citation must say which. */
  | { readonly ambiguous: readonly LibraryUnit[] }
  | { readonly missing: true };

/** The id of a table-only document: its symbol, lower-cased, "/" and "." as "-". */
export function documentIdOfSymbol(symbol: string): string {
  return symbol.toLowerCase().replace(/[/.]+/g, '-');
}

export class ReferenceLibrary {
  readonly documents: readonly LibraryDocument[];
  readonly aliases: readonly LibraryAlias[];
  /** Every canonical symbol the library holds, confirmed or not. */
  readonly symbols: ReadonlySet<string>;
  /** The confirmed symbols: the only ones a quick fix or completion of an organ-less symbol may use. */
  readonly confirmedSymbols: readonly string[];
  private readonly byId = new Map<string, LibraryDocument>();
  private readonly bySymbolMap = new Map<string, LibraryDocument>();
  private mentionIndex?: MentionIndex;

  /**
   * @param sources paragraph-addressed sources, built-in first, then the user's: a later source
   *   with the same id or symbol as an earlier one replaces it (the user's copy wins).
   * @param version changes whenever the sources do: analyses cached for another version are stale.
   */
  constructor(
    sources: readonly LibraryDocument[] = [],
    readonly version = 0,
    table: readonly UnDocument[] = unDocuments,
    tableAliases: readonly DocumentAlias[] = documentAliases,
  ) {
    const tableBySymbol = new Map(table.map((entry) => [entry.symbol, entry]));
    const merged = new Map<string, LibraryDocument>();
    for (const entry of table) merged.set(entry.symbol, metadataDocument(entry));
    for (const source of sources) {
      const entry = source.symbol === undefined ? undefined : tableBySymbol.get(source.symbol);
      const document: LibraryDocument = entry
        ? {
            ...source,
            description: source.description ?? entry.description,
            confidence: entry.confidence === 'unconfirmed' ? 'unconfirmed' : source.confidence,
          }
        : source;
      // The same id from two sources (a user copy of a built-in document): the later one wins.
      for (const [key, existing] of merged) if (existing.id === document.id) merged.delete(key);
      merged.set(document.symbol ?? `#${document.id}`, document);
    }
    this.documents = [...merged.values()];
    for (const document of this.documents) {
      this.byId.set(document.id, document);
      if (document.symbol !== undefined) this.bySymbolMap.set(document.symbol, document);
    }
    this.symbols = new Set(this.bySymbolMap.keys());
    this.confirmedSymbols = this.documents
      .filter((document) => document.symbol !== undefined && document.confidence === 'confirmed')
      .map((document) => document.symbol as string);
    const aliases: LibraryAlias[] = [];
    for (const alias of tableAliases) {
      const document = this.bySymbolMap.get(alias.symbol);
      if (document) aliases.push({ ...alias, documentId: document.id });
    }
    for (const document of this.documents) {
      for (const text of document.aliases) aliases.push({ text, documentId: document.id });
    }
    this.aliases = aliases;
  }

  /** A document by its id. */
  document(id: string): LibraryDocument | undefined {
    return this.byId.get(id);
  }

  /** A document by its canonical symbol. */
  bySymbol(symbol: string): LibraryDocument | undefined {
    return this.bySymbolMap.get(symbol);
  }

  /**
   * Looks a unit up. A paragraph cited without an annex is the main body's paragraph of that
   * number or, when the body has none, the one annexed paragraph of that number.
   */
  findUnit(document: LibraryDocument, reference: UnitReference): UnitLookup {
    const key = unitKey(reference);
    const exact = document.units.find((unit) => unit.key === key);
    if (exact) return { found: exact };
    if (reference.annex === undefined) {
      const annexed = document.units.filter((unit) => unit.kind === reference.kind && unit.number === reference.number);
      if (annexed.length === 1 && annexed[0]) return { found: annexed[0] };
      if (annexed.length > 1) return { ambiguous: annexed };
    }
    return { missing: true };
  }

  /** A unit by its key. */
  unit(document: LibraryDocument, key: string): LibraryUnit | undefined {
    return document.units.find((unit) => unit.key === key);
  }

  /**
   * The passages that mention a name or acronym (WB3C, ESIWA, Cybil), in document order. Only
   * names are looked up: acronyms, and capitalized words the library writes as rare names, not
   * "Member", "Africa" or "Finally" (see mentions.ts). Built on first use.
   */
  mentions(term: string): readonly Mention[] {
    this.mentionIndex ??= new MentionIndex(this.documents);
    return this.mentionIndex.mentions(term);
  }

  /** How the library spells a name out: "Western Balkans Cyber Capacity Center" for WB3C. */
  expansionOf(term: string): string | undefined {
    this.mentionIndex ??= new MentionIndex(this.documents);
    return this.mentionIndex.expansionOf(term);
  }
}

/** A document the library only knows from the table: its symbol and what it is, no text. */
function metadataDocument(entry: UnDocument): LibraryDocument {
  const lines = [
    '---',
    `symbol: ${entry.symbol}`,
    `title: ${JSON.stringify(entry.description)}`,
    ...(entry.year === undefined ? [] : [`date: ${entry.year}`]),
    'held: partial',
    `confidence: ${entry.confidence}`,
    '---',
    '',
    `# ${entry.symbol}`,
    '',
    entry.description + '.',
    '',
    'The reference library holds what this document is, not its text.',
  ];
  return {
    id: documentIdOfSymbol(entry.symbol),
    origin: 'builtin',
    symbol: entry.symbol,
    title: entry.description,
    date: entry.year === undefined ? undefined : String(entry.year),
    held: 'partial',
    description: entry.description,
    confidence: entry.confidence,
    provenance: 'The table of UN documents in the project\'s reference facts (symbol, what it is, year).',
    aliases: [],
    numbering: 'source',
    units: [],
    text: lines.join('\n') + '\n',
  };
}

let tableOnly: ReferenceLibrary | undefined;

/** The library with only the table of UN documents: what the core uses when given no library. */
export function tableOnlyLibrary(): ReferenceLibrary {
  tableOnly ??= new ReferenceLibrary();
  return tableOnly;
}
