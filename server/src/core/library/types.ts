/**
 * The reference library's model: paragraph-addressed documents, built-in or the user's own.
 * Everything here is plain data, so the server, the CLI and the tests share it.
 */

/** The kinds of addressable unit a library document holds. */
export const unitKinds = ['paragraph', 'part', 'pillar', 'objective', 'section', 'chapter', 'annex', 'footnote'] as const;
export type UnitKind = (typeof unitKinds)[number];

/** How much of a document, or of one of its units, the library holds. */
export type Holding = 'full' | 'partial';

/** One addressable unit: a numbered paragraph, a pillar, an objective, a footnote… */
export interface LibraryUnit {
  /**
   * The unit's key within its document, unique there: `paragraph 56`, `annex I paragraph 56`,
   * `objective 3`, `pillar 2`, `part 1`, `footnote 12`. Built by `unitKey`.
   */
  readonly key: string;
  readonly kind: UnitKind;
  /** The number as the document writes it: "56", "3", "I", "C". */
  readonly number: string;
  /** The annex a paragraph sits in ("I", "C"), when it is not in the main body. */
  readonly annex?: string;
  /** How a reader names it, in the document's language: "paragraph 56", "paragraphe 56", "objective 3". */
  readonly label: string;
  /** The title of the section or heading it sits under, when there is one. */
  readonly heading?: string;
  /** The unit's text, as held (Markdown, wording intact). */
  readonly text: string;
  /** Where the unit starts and ends in the document's `text`: zero-based lines, end inclusive. */
  readonly line: number;
  readonly endLine: number;
  /** `partial`: only an opening or a fragment is held (the front matter's `partial` list). */
  readonly held: Holding;
}

/** Where a library document came from. */
export type LibraryOrigin = 'builtin' | 'user';

/** A document of the reference library. */
export interface LibraryDocument {
  /** Stable id: the `id` in its front matter, or its file name without extension. */
  readonly id: string;
  readonly origin: LibraryOrigin;
  /** For a user source: the file's URI (`file:///…`); built-in documents have none. */
  readonly uri?: string;
  /** The canonical UN symbol, when the document has one. */
  readonly symbol?: string;
  readonly title: string;
  readonly author?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly date?: string;
  readonly language?: string;
  /** `full`: the whole text is held, so a paragraph not found does not exist. */
  readonly held: Holding;
  /** Where the text comes from: shown with every quotation. */
  readonly provenance?: string;
  /** What the document is, in a few words. */
  readonly description?: string;
  /** `unconfirmed`: believed, not checked against the official document. */
  readonly confidence: 'confirmed' | 'unconfirmed';
  /** Other ways drafts refer to it. */
  readonly aliases: readonly string[];
  /** `editorial`: the paragraph numbers were added by the library. */
  readonly numbering: 'source' | 'editorial';
  /** The units in document order. Empty when only the metadata is held. */
  readonly units: readonly LibraryUnit[];
  /** The source text, front matter included (the read-only view renders it: libraryView.ts). */
  readonly text: string;
}

/** What a citation points at inside a document: "paragraph 56", "annex I, paragraph 56", "objective 3". */
export interface UnitReference {
  readonly kind: UnitKind;
  readonly number: string;
  readonly annex?: string;
}

/** The key of a unit, as `LibraryUnit.key`: "paragraph 56", "annex I paragraph 56". */
export function unitKey(reference: UnitReference): string {
  const base = `${reference.kind} ${reference.number}`;
  return reference.annex === undefined ? base : `annex ${reference.annex} ${base}`;
}

/** A problem found while reading a library source: reported, and the rest of the file still used. */
export interface LibraryProblem {
  /** The file (URI or path) the problem is in. */
  readonly source: string;
  /** Zero-based line, when known. */
  readonly line?: number;
  readonly message: string;
}
