/**
 * Completion over LSP: the core's neutral items (core/completion/) as a `CompletionList`, with
 * text edits over the partial word typed. Only submissions get completions.
 */
import {
  CompletionItemKind,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyzer';
import { completionsAt, sectionStartLine, type CompletionItem as CoreCompletionItem, type CompletionKind } from '../core/completion';
import type { ReferenceLibrary } from '../core/library/library';
import { toLspRange } from './convert';
import { documentLines } from './library';

const itemKinds: Record<CompletionKind, CompletionItemKind> = {
  field: CompletionItemKind.Field,
  value: CompletionItemKind.EnumMember,
  principle: CompletionItemKind.Value,
  country: CompletionItemKind.Constant,
  symbol: CompletionItemKind.Reference,
  paragraph: CompletionItemKind.Text,
  directive: CompletionItemKind.Keyword,
  rule: CompletionItemKind.Property,
};

/**
 * The completions at a position of a submission; null for other documents. `markdown`: the client
 * renders Markdown documentation (`completionItem.documentationFormat`); otherwise the same text
 * is sent as plain text, which stays readable.
 */
export function completions(
  document: TextDocument | undefined,
  analysis: Analysis | undefined,
  library: ReferenceLibrary,
  position: Position,
  markdown: boolean,
): CompletionList | null {
  if (!document || !analysis) return null;
  const { context, frontMatter, sections } = analysis.document;
  const items = completionsAt({
    ...documentLines(document),
    position,
    language: context.labelLanguage,
    draftYear: context.documentDate ? Number(context.documentDate.slice(0, 4)) : undefined,
    library,
    frontMatterEnd: frontMatter.range?.end.line,
    outsideCodeFrom: sectionStartLine(sections, position.line),
  });
  return { isIncomplete: false, items: items.map((item) => toLspCompletionItem(item, markdown)) };
}

function toLspCompletionItem(item: CoreCompletionItem, markdown: boolean): CompletionItem {
  const converted: CompletionItem = {
    label: item.label,
    kind: itemKinds[item.kind],
    textEdit: { range: toLspRange(item.replace), newText: item.insertText },
  };
  if (item.detail !== undefined) converted.detail = item.detail;
  if (item.documentation !== undefined) {
    converted.documentation = { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value: item.documentation };
  }
  if (item.sortText !== undefined) converted.sortText = item.sortText;
  if (item.filterText !== undefined) converted.filterText = item.filterText;
  if (item.additionalEdits && item.additionalEdits.length > 0) {
    converted.additionalTextEdits = item.additionalEdits.map((edit) => ({ range: toLspRange(edit.range), newText: edit.newText }));
  }
  return converted;
}
