/**
 * The principles checklist over LSP (`oewgDrafter/checklist`), and where a principle's agreed text
 * is shown (the related information of principle findings).
 */
import type { Location } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyzer';
import type { ReferenceLibrary } from '../core/library/library';
import { documentChecklist } from '../core/principles/documentChecklist';
import type { ChecklistResult } from '../protocol';
import { libraryLocation } from './library';

/** The checklist of each programme of an open submission, for its current version. */
export function checklist(document: TextDocument | undefined, analysis: Analysis | undefined): ChecklistResult {
  if (!document || !analysis) return null;
  return { version: document.version, programmes: documentChecklist(analysis) };
}

/** A unit of the library (by symbol and key) as a location a client can open. */
export function libraryUnitLocation(library: ReferenceLibrary, reference: { symbol: string; unitKey: string }): Location | undefined {
  const document = library.bySymbol(reference.symbol);
  const unit = document && library.unit(document, reference.unitKey);
  return document && unit ? libraryLocation(document, unit) : undefined;
}
