/**
 * Open documents that tell, on each change, what it left unchanged at the start and end of the
 * text: the analyzer then splits only the edited part into sections again (see
 * `core/editedSections.ts`) instead of the whole draft on every keystroke.
 */
import { TextDocumentContentChangeEvent, type TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { unchangedByBoth, unchangedByEdit, type UnchangedEnds } from '../core/editedSections';

/**
 * The configuration for `TextDocuments`: documents as the LSP library keeps them, and `onEdit`
 * told, for each change notification, what it left unchanged (undefined when the client sent the
 * whole text, which tells nothing).
 */
export function editTrackingDocuments(onEdit: (uri: string, unchanged: UnchangedEnds | undefined) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create: TextDocument.create,
    update(document, changes, version) {
      let unchanged: UnchangedEnds | undefined;
      let known = true;
      // One change at a time: each change's range is in the text the changes before it made.
      for (const change of changes) {
        if (TextDocumentContentChangeEvent.isIncremental(change)) {
          const byEdit = unchangedByEdit(document.offsetAt(change.range.start), document.offsetAt(change.range.end), document.getText().length);
          unchanged = unchanged ? unchangedByBoth(unchanged, byEdit) : byEdit;
        } else {
          known = false;
        }
        TextDocument.update(document, [change], version);
      }
      onEdit(document.uri, known ? unchanged : undefined);
      return document;
    },
  };
}
