/**
 * Completion: what a drafter may type next, offered only where the submission format or the
 * reference library knows the answer. One module per context:
 *
 * - `fieldLabels`: in a programme entry's field list (a heading of level 2 or deeper, then
 *   `- **Label:** value` lines), the field labels not yet written in that entry, in the draft's language.
 * - `fieldValues`: after a field label, the level, status, themes and principles of the vocabulary;
 *   UN short names of States for Lead, Partners and Beneficiaries. List fields complete the item being typed.
 * - `submitter`: in the front matter, State names for `submitter:`.
 * - `symbols`: anywhere outside fenced code, UN document symbols that start with what is typed ("A/75/8").
 * - `paragraphs`: after "para." and its kin, the paragraphs the library holds of the document named with it.
 * - `directives`: in an `oewg-disable…` comment (HTML in the body, YAML in the front matter), the
 *   directive names, then the rule ids.
 *
 * Only the position's line and a bounded number of lines around it are read (see
 * `codeAndEntries`), so completing in a 1 MB draft costs what it costs in a short one.
 */
import type { PlacedSection } from '../rules/rule';
import { insideFencedCode } from './codeAndEntries';
import { directiveCompletions } from './directives';
import { labelCompletions } from './fieldLabels';
import { subItemCompletions, valueCompletions } from './fieldValues';
import type { LineAt } from './lines';
import { paragraphCompletions } from './paragraphs';
import { submitterCompletions } from './submitter';
import { symbolCompletions } from './symbols';
import type { CompletionItem, CompletionRequest } from './types';

export type { CompletionEdit, CompletionItem, CompletionKind, CompletionRequest } from './types';

/** The completions at a position; empty when there is nothing the format or the library knows. */
export function completionsAt(request: CompletionRequest): CompletionItem[] {
  const { position } = request;
  if (position.line < 0 || position.line >= request.lineCount) return [];
  const text = request.line(position.line);
  if (position.character > text.length) return [];
  const at: LineAt = { text, line: position.line, character: position.character, before: text.slice(0, position.character) };
  const inFrontMatter = request.frontMatterEnd !== undefined && position.line > 0 && position.line < request.frontMatterEnd;
  if (inFrontMatter) {
    return directiveCompletions(at, 'yaml') ?? symbolCompletions(request, at) ?? submitterCompletions(request, at) ?? [];
  }
  if (request.frontMatterEnd !== undefined && position.line <= request.frontMatterEnd) return [];
  if (insideFencedCode(request)) return [];
  // The first context that recognizes what is typed answers, even with nothing: a paragraph
  // number being typed is never also read as a field value.
  return (
    directiveCompletions(at, 'html') ??
    symbolCompletions(request, at) ??
    paragraphCompletions(request, at) ??
    valueCompletions(request, at) ??
    subItemCompletions(request, at) ??
    labelCompletions(request, at) ??
    []
  );
}

/** The first line of the section holding `line`: where the scan for fenced code may start. */
export function sectionStartLine(sections: readonly PlacedSection[], line: number): number | undefined {
  let low = 0;
  let high = sections.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = sections[middle]?.startLine ?? 0;
    if (start <= line) {
      found = start;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}
