/** The front matter's `submitter:`: the States by their UN short names, in the draft's language. */
import { countryChoices } from './fieldValues';
import { onLine, sortKey, type LineAt } from './lines';
import type { CompletionItem, CompletionRequest } from './types';

const submitterValue = /^submitter[ \t]*:[ \t]*(["']?)([^"'#]*)$/;

/** The State names for the submitter being typed; undefined on any other front matter line. */
export function submitterCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typed = submitterValue.exec(at.before);
  if (!typed) return undefined;
  const partial = typed[2] ?? '';
  const start = at.character - partial.length;
  const rest = /^[^"'#]*/.exec(at.text.slice(at.character))?.[0] ?? '';
  const end = at.character + rest.trimEnd().length;
  const glued = typed[1] === '' && partial === '' && at.before.endsWith(':');
  return countryChoices(request.language).choices.map((choice, index) => ({
    label: choice.label,
    kind: choice.kind,
    insertText: (glued ? ' ' : '') + choice.label,
    replace: onLine(at.line, start, end),
    detail: choice.detail,
    documentation: choice.documentation,
    sortText: sortKey(index),
    filterText: choice.label,
  }));
}
