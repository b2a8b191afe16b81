/**
 * The custom requests between the extension and the language server, defined once and imported
 * by both sides (types only: neither side pulls the other's runtime in).
 */

/** The URI scheme of the read-only views of built-in library documents. */
export const libraryScheme = 'oewg-library';

/** The URI of the read-only view of a built-in library document. */
export function libraryDocumentUri(documentId: string): string {
  return `${libraryScheme}:/${encodeURIComponent(documentId)}.md`;
}

/** The document id in a library view's URI, or undefined when the URI is not one. */
export function libraryDocumentId(uri: string): string | undefined {
  const match = new RegExp(`^${libraryScheme}:/+([^/?#]+)\\.md$`).exec(uri);
  if (!match?.[1]) return undefined;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return undefined;
  }
}

/** `oewgDrafter/librarySource`: the text of a library view (`oewg-library:` URI). */
export const librarySourceRequest = 'oewgDrafter/librarySource';
export interface LibrarySourceParams {
  readonly uri: string;
}
/** Null when no library document has that URI. */
export type LibrarySourceResult = { readonly text: string } | null;

/** `oewgDrafter/libraryCatalogue`: every library document and its units, for the citation picker. */
export const libraryCatalogueRequest = 'oewgDrafter/libraryCatalogue';
export interface LibraryCatalogueParams {
  /** The draft the citation is for. */
  readonly textDocument?: { readonly uri: string };
}
export interface CatalogueUnit {
  readonly key: string;
  /** "paragraph 56", "objectif 3": in the language of the cited document. */
  readonly label: string;
  /** The unit's text on one line, up to 1,000 characters: the picker searches it and shows its start. */
  readonly excerpt: string;
  readonly held: 'full' | 'partial';
}
export interface CatalogueDocument {
  readonly id: string;
  readonly origin: 'builtin' | 'user';
  readonly symbol?: string;
  readonly title: string;
  readonly date?: string;
  readonly language?: string;
  readonly held: 'full' | 'partial';
  readonly description?: string;
  readonly units: readonly CatalogueUnit[];
}
export interface LibraryCatalogueResult {
  readonly documents: readonly CatalogueDocument[];
}

/**
 * `oewgDrafter/citationEdit`: the edit that inserts a citation of a document (and a unit) at a
 * position of a draft, with a footnote quoting the unit. The client applies it: it is an action
 * the user chose in the "Insert citation…" picker.
 */
export const citationEditRequest = 'oewgDrafter/citationEdit';
export interface CitationEditParams {
  readonly textDocument: { readonly uri: string; readonly version: number };
  readonly position: { readonly line: number; readonly character: number };
  readonly documentId: string;
  /** The unit to cite; the whole document when absent. */
  readonly unitKey?: string;
}
/** An LSP TextEdit, spelled out so that neither side imports the other's protocol library. */
export interface PlainTextEdit {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  newText: string;
}

/** Either the edit (an LSP WorkspaceEdit with `changes` for the draft's URI) or why there is none. */
export interface CitationEditResult {
  readonly edit?: { changes: Record<string, PlainTextEdit[]> };
  readonly error?: string;
}

/** `oewgDrafter/checklist`: the principles checklist of each programme of a submission. */
export const checklistRequest = 'oewgDrafter/checklist';
export interface ChecklistParams {
  readonly textDocument: { readonly uri: string };
}
/** A place in the submission, with the words found there. */
export interface ChecklistSpan {
  readonly range: PlainTextEdit['range'];
  readonly text: string;
}
export interface ChecklistItemResult {
  readonly checkId: string;
  readonly principleId: string;
  /** 1-10, in the order of A/75/816, annex I, paragraph 56. */
  readonly principleNumber: number;
  /** In the draft's language (English or French). */
  readonly label: string;
  /** `likely-addressed`: no known wording found, but the second reading judges the entry addresses it. */
  readonly status: 'addressed' | 'claimed' | 'not-addressed' | 'not-applicable' | 'contradicted' | 'likely-addressed';
  readonly evidence: readonly ChecklistSpan[];
  readonly claim?: ChecklistSpan;
  readonly contrary: readonly ChecklistSpan[];
  /** True when the contrary wording is a sentence the second reading judged a condition, not known wording. */
  readonly contraryRead?: boolean;
  readonly appliesBecause?: ChecklistSpan;
}
export interface ChecklistProgramme {
  readonly title: string;
  readonly titleRange: PlainTextEdit['range'];
  readonly items: readonly ChecklistItemResult[];
}
/** Null when the document is not a submission (or not open). */
export type ChecklistResult = {
  /** The document version the checklist was computed for. */
  readonly version: number;
  readonly programmes: readonly ChecklistProgramme[];
} | null;

/** `oewgDrafter/preview`: the submission rendered for the preview, with its findings and checklist coverage. */
export const previewRequest = 'oewgDrafter/preview';
export interface PreviewParams {
  readonly textDocument: { readonly uri: string };
  readonly numberParagraphs?: boolean;
  /** Only the counts (the status bar): the rendering, the costly part, is left out (`html` is ""). */
  readonly summaryOnly?: boolean;
}
export interface FindingCountsResult {
  readonly error: number;
  readonly warning: number;
  readonly info: number;
  readonly hint: number;
}
/** Null when the document is not a submission (or not open). */
export type PreviewResult = {
  readonly version: number;
  /** The body markup (server/src/core/render/html.ts, mode 'fragment'): escaped, no scripts or handlers. */
  readonly html: string;
  /** Findings by severity, after the user's severities (what the Problems panel shows). */
  readonly findings: FindingCountsResult;
  /**
   * Checklist items addressed, over the items that apply, across the submission's programmes;
   * `likelyAddressed` more are likely addressed in other wording (the second reading).
   */
  readonly coverage: { readonly addressed: number; readonly likelyAddressed: number; readonly applicable: number; readonly programmes: number };
} | null;

/** `oewgDrafter/export`: the submission as a file (DOCX, standalone HTML or JSON), in base64. */
export const exportRequest = 'oewgDrafter/export';
export interface ExportParams {
  readonly textDocument: { readonly uri: string };
  readonly format: 'docx' | 'html' | 'json';
  readonly numberParagraphs?: boolean;
}
export type ExportResult = { readonly base64: string } | { readonly error: string };
