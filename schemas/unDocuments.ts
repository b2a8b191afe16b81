/**
 * The UN documents the product knows, by symbol: the seed of the reference library. Every entry
 * comes from the project's reference facts (shared/reference/FACTS.md, "UN documents" table) and
 * nothing else. Later work grows this table into the reference library (titles in the six
 * languages, paragraphs, annexes), so that `citation/unknown-paragraph` and completion can use it;
 * the citation rules only need the symbols for now.
 *
 * Symbols are written in canonical form (see server/src/core/symbols.ts): organ, subsidiary body,
 * session or year, document type and suffixes, separated by "/", with "C.1", "L.60", "Rev.1".
 */

/** How far an entry was checked: against the official document, or only believed. */
export type DocumentConfidence = 'confirmed' | 'unconfirmed';

export interface UnDocument {
  /** The canonical symbol. */
  readonly symbol: string;
  /** What the document is, in a few words. */
  readonly description: string;
  /** The year of the document, where the reference facts give it. */
  readonly year?: number;
  /**
   * `unconfirmed`: believed, not checked against the official document. Such entries must be
   * labelled as such wherever the product shows them.
   */
  readonly confidence: DocumentConfidence;
}

export const unDocuments = [
  {
    symbol: 'A/RES/70/237',
    description: 'General Assembly resolution welcoming the 2015 GGE report and its norms',
    year: 2015,
    confidence: 'confirmed',
  },
  { symbol: 'A/70/174', description: 'Report of the 2015 Group of Governmental Experts (GGE)', year: 2015, confidence: 'confirmed' },
  {
    symbol: 'A/RES/73/27',
    description: 'General Assembly resolution establishing the first Open-ended working group (OEWG)',
    year: 2018,
    confidence: 'confirmed',
  },
  {
    symbol: 'A/RES/75/240',
    description: 'General Assembly resolution establishing the OEWG 2021-2025',
    year: 2020,
    confidence: 'confirmed',
  },
  {
    symbol: 'A/75/816',
    description: 'Final report of the first OEWG; the capacity-building principles are in annex I, paragraph 56',
    year: 2021,
    confidence: 'confirmed',
  },
  { symbol: 'A/76/135', description: 'Report of the 2021 Group of Governmental Experts (GGE)', year: 2021, confidence: 'confirmed' },
  {
    symbol: 'A/RES/76/19',
    description: 'General Assembly resolution welcoming the 2021 OEWG and GGE reports',
    year: 2021,
    confidence: 'confirmed',
  },
  {
    symbol: 'A/77/275',
    description: 'First annual progress report of the OEWG 2021-2025',
    year: 2022,
    confidence: 'confirmed',
  },
  {
    symbol: 'A/78/265',
    description: 'Second annual progress report of the OEWG 2021-2025; annex paragraph 46 requests the mapping exercise',
    year: 2023,
    confidence: 'confirmed',
  },
  {
    symbol: 'A/C.1/78/L.60/Rev.1',
    description:
      'First Committee draft resolution on the Programme of Action, tabled by France, the United States and Colombia (158 votes in favour)',
    year: 2023,
    confidence: 'confirmed',
  },
  {
    symbol: 'A/79/214',
    description: 'Third annual progress report of the OEWG 2021-2025; annex C: elements of the future mechanism',
    year: 2024,
    confidence: 'confirmed',
  },
  { symbol: 'A/80/257', description: 'Final report of the OEWG 2021-2025', year: 2025, confidence: 'confirmed' },
  // The reference facts give no year for this resolution: none is recorded.
  { symbol: 'A/RES/80/16', description: 'General Assembly resolution endorsing the final report of the OEWG 2021-2025', confidence: 'confirmed' },
  {
    symbol: 'A/AC.292/2025/CRP.1',
    description: 'Final report as adopted by the OEWG 2021-2025 on 11 July 2025',
    year: 2025,
    confidence: 'confirmed',
  },
  // Included, flagged: the Secretariat's mapping report of 22 January 2024 ("État des lieux…") is
  // believed to carry this symbol, but the text held does not print it (FACTS.md marks it
  // [unconfirmed]). The citation rules count it as held by the library (they do not report it as
  // unknown), and never use it to complete an incomplete symbol.
  {
    symbol: 'A/AC.292/2024/1',
    description:
      "Secretariat's mapping report on capacity-building programmes and initiatives (État des lieux…), for the OEWG's seventh substantive session",
    year: 2024,
    confidence: 'unconfirmed',
  },
] as const satisfies readonly UnDocument[];

/** Every symbol in the table, for the citation rules. */
export const knownSymbols: ReadonlySet<string> = new Set(unDocuments.map((document) => document.symbol));

/** The symbols checked against the official documents: the only ones a quick fix may suggest. */
export const confirmedSymbols: readonly string[] = unDocuments
  .filter((document: UnDocument) => document.confidence === 'confirmed')
  .map((document) => document.symbol);

/** A way real drafts refer to a document without its symbol (or with a malformed one). */
export interface DocumentAlias {
  /** The words as written in drafts (matched without regard to case). */
  readonly text: string;
  readonly symbol: string;
  /** A note on when the alias means this document. */
  readonly note?: string;
  /** The alias means this document only in drafts dated within these years (inclusive). */
  readonly draftsFrom?: number;
  readonly draftsTo?: number;
  /** The alias itself is a malformed symbol: a citation rule reports it. */
  readonly malformed?: boolean;
}

/**
 * Aliases seen in real drafts (FACTS.md, and France's statements in shared/sources), resolved by
 * the reference library for hovers, go-to-source and paragraph checks. "Resolution 76/19" needs
 * no entry: every "resolution <session>/<number>" is read as A/RES/<session>/<number>.
 */
export const documentAliases = [
  {
    text: 'the previous OEWG report',
    symbol: 'A/75/816',
    note: 'Written during the OEWG 2021-2025, it means the final report of the first OEWG.',
    draftsFrom: 2021,
    draftsTo: 2025,
  },
  {
    text: 'the final report of the previous OEWG',
    symbol: 'A/75/816',
    note: 'Written during the OEWG 2021-2025, it means the final report of the first OEWG.',
    draftsFrom: 2021,
    draftsTo: 2025,
  },
  { text: 'the 2021 OEWG report', symbol: 'A/75/816' },
  { text: 'the first annual progress report', symbol: 'A/77/275' },
  { text: 'the second annual progress report', symbol: 'A/78/265' },
  { text: 'the third annual progress report', symbol: 'A/79/214' },
  { text: 'resolution 78/L.60 REV1', symbol: 'A/C.1/78/L.60/Rev.1', note: "France's mapping-exercise response.", malformed: true },
] as const satisfies readonly DocumentAlias[];
