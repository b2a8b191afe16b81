/**
 * Open documents that tell, on each change, what it left unchanged at the start and end of the
 * text: the analyzer then splits only the edited part into sections again (see
 * `core/editedSections.ts`) instead of the whole draft on every keystroke.
 *
 * The analyzer reads "\n" line terminators. A document with carriage returns (CRLF: what VS Code
 * saves on Windows) keeps a twin with "\n" only, changed with each change, so that an edit costs
 * neither converting the whole text nor the whole-text path (the ends an edit leaves unchanged are
 * counted in the twin's text, which is the analyzer's).
 */
import { TextDocumentContentChangeEvent, type Range, type TextDocumentsConfiguration } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { unchangedByBoth, unchangedByEdit, type UnchangedEnds } from '../core/editedSections';

/** The "\n" twin of each open document that has carriage returns. */
const lineFeedTwins = new WeakMap<TextDocument, TextDocument>();

/**
 * The document's text as the analyzer reads it: with "\n" line terminators when the document is
 * tracked (its twin); otherwise as it is, and the analyzer converts it.
 */
export function analyzedText(document: TextDocument): string {
  return (lineFeedTwins.get(document) ?? document).getText();
}

/** A line terminator of a document. */
export type LineEnding = '\n' | '\r\n';

/**
 * The document's line terminator, as its first line ends (an editor keeps one per document): what
 * text the server inserts must end its lines with, or a CRLF draft would get mixed line endings.
 */
export function lineEndingOf(document: TextDocument): LineEnding {
  const firstLine = document.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  return firstLine.endsWith('\r\n') ? '\r\n' : '\n';
}

/** Text the core wrote with "\n" line breaks, with the document's own instead. */
export function withLineEnding<Written extends { readonly edits: readonly { readonly newText: string }[] }>(written: Written, eol: LineEnding): Written {
  if (eol === '\n') return written;
  return { ...written, edits: written.edits.map((edit) => ({ ...edit, newText: edit.newText.replace(/\n/g, eol) })) };
}

const toLineFeeds = (text: string) => (text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text);

/** The document's text with "\n" line terminators, from its twin when it is tracked. */
export function lineFeedText(document: TextDocument): string {
  const twin = lineFeedTwins.get(document);
  return twin ? twin.getText() : toLineFeeds(document.getText());
}

/**
 * The configuration for `TextDocuments`: documents as the LSP library keeps them, and `onEdit`
 * told, for each change notification, what it left unchanged in the analyzed text (undefined when
 * that cannot be told: the client sent the whole text, or the twin had to be made again).
 */
export function editTrackingDocuments(onEdit: (uri: string, unchanged: UnchangedEnds | undefined) => void): TextDocumentsConfiguration<TextDocument> {
  return {
    create(uri, languageId, version, content) {
      const document = TextDocument.create(uri, languageId, version, content);
      if (content.includes('\r')) lineFeedTwins.set(document, TextDocument.create(uri, languageId, version, toLineFeeds(content)));
      return document;
    },
    update(document, changes, version) {
      let unchanged: UnchangedEnds | undefined;
      /**
       * The twin no longer follows the document (or the whole text was sent): it is made again from
       * the whole text after the changes, and what they left unchanged cannot be told.
       */
      let remake = false;
      // One change at a time: each change's range is in the text the changes before it made.
      for (const change of changes) {
        const twin = remake ? undefined : lineFeedTwins.get(document);
        if (TextDocumentContentChangeEvent.isIncremental(change)) {
          const range = wellFormed(document, change.range);
          // Positions (line, character) are the same in the document and its twin.
          const analyzed = twin ?? document;
          const byEdit = unchangedByEdit(analyzed.offsetAt(range.start), analyzed.offsetAt(range.end), analyzed.getText().length);
          unchanged = unchanged ? unchangedByBoth(unchanged, byEdit) : byEdit;
          if (twin && joinsOrSplitsLineBreak(document, range, change.text)) remake = true;
          else if (twin) TextDocument.update(twin, [{ range, text: toLineFeeds(change.text) }], version);
          else if (change.text.includes('\r')) remake = true;
          TextDocument.update(document, [{ range, text: change.text }], version);
        } else {
          remake = true;
          TextDocument.update(document, [change], version);
        }
      }
      if (remake) {
        const text = document.getText();
        if (text.includes('\r')) lineFeedTwins.set(document, TextDocument.create(document.uri, document.languageId, version, toLineFeeds(text)));
        else lineFeedTwins.delete(document);
      }
      onEdit(document.uri, remake ? undefined : unchanged);
      return document;
    },
  };
}

/**
 * Whether a change, made in the document, would make a line break there that its twin does not
 * have, or the other way round: a "\r" and a "\n" meeting across the change's edges (or parted by
 * it) are one line break in the document and two in the twin. Editors insert whole line breaks, so
 * this is rare; the twin is then made again.
 */
function joinsOrSplitsLineBreak(document: TextDocument, range: Range, inserted: string): boolean {
  const text = document.getText();
  const before = text.charCodeAt(document.offsetAt(range.start) - 1);
  const after = text.charCodeAt(document.offsetAt(range.end));
  return before === 13 /* \r */ || after === 10 /* \n */ || inserted.startsWith('\n') || inserted.endsWith('\r');
}

/**
 * A change's range inside the document and in order. A client may send it backwards, or past the
 * last line; `TextDocument.update` accepts both, but a range that starts past the last line, with a
 * line break in the new text, leaves its line table with a hole (vscode-languageserver-textdocument
 * 1.0.16: every later offset is NaN).
 */
function wellFormed(document: TextDocument, range: Range): Range {
  const start = document.offsetAt(range.start);
  const end = document.offsetAt(range.end);
  return { start: document.positionAt(Math.min(start, end)), end: document.positionAt(Math.max(start, end)) };
}
