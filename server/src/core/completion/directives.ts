/**
 * Inside a suppression directive (`<!-- oewg-… -->` in the body, `# oewg-…` in the front matter):
 * after `oewg-`, the three directive names; after the name, the rule ids not yet written in it,
 * each with what the rule checks. A typed id is otherwise easy to misspell, and a misspelt one
 * hides nothing. What completion writes is in lower case, as the reader wants it: after "OEWG-"
 * a name replaces the marker too, and an id written in a directive whose head is in capitals
 * (`OEWG-disable`) writes the head in lower case as well.
 */
import type { Severity } from '../../../../schemas/settings';
import { allRules } from '../rules';
import { directiveNames, marker, meantDirective, readsAsDirective, reasonSeparator, type DirectiveName, type DirectiveSyntax } from '../suppressions';
import { onLine, sortKey, type LineAt } from './lines';
import type { CompletionEdit, CompletionItem } from './types';

const directiveDetails: Record<DirectiveName, string> = {
  'disable-next-line': 'hides the findings of the next line with content',
  disable: 'hides the findings from here to an oewg-enable (or the end)',
  enable: 'ends an oewg-disable',
};

/**
 * The comment's opening up to the position: the marker in any case (1), the name typed so far (2),
 * what follows it (3).
 */
const openings: Record<DirectiveSyntax, RegExp> = {
  // Not past a "-->" that closes the comment before the position.
  html: /<!--[ \t]*(oewg-)([A-Za-z-]*)((?:(?!-->).)*)$/i,
  // A YAML comment starts a line or follows a space.
  yaml: /(?:^|[ \t])#[ \t]*(oewg-)([A-Za-z-]*)(.*)$/i,
};

/** One line per rule id, the first rule's summary and severity (a rule checking two places has one id). */
const rulesById = new Map<string, { summary: string; severity: Severity }>();
for (const rule of allRules) {
  if (!rulesById.has(rule.meta.id)) rulesById.set(rule.meta.id, { summary: rule.meta.summary, severity: rule.meta.defaultSeverity });
}

/** The completions in a directive at the position; undefined when the position is in none. */
export function directiveCompletions(at: LineAt, syntax: DirectiveSyntax): CompletionItem[] | undefined {
  const typed = openings[syntax].exec(at.before);
  if (!typed) return undefined;
  const writtenMarker = typed[1] ?? '';
  const name = typed[2] ?? '';
  const afterName = typed[3] ?? '';
  if (afterName === '') {
    // Still on the name: the rest of it after the position is replaced too, and the marker when
    // it is not in lower case.
    const end = at.character + (/^[A-Za-z-]*/.exec(at.text.slice(at.character))?.[0].length ?? 0);
    const prefix = writtenMarker === marker ? '' : marker;
    return directiveNames.map((directive, index) => ({
      label: `oewg-${directive}`,
      kind: 'directive',
      insertText: `${prefix}${directive}`,
      replace: onLine(at.line, at.character - name.length - prefix.length, end),
      detail: directiveDetails[directive],
      sortText: sortKey(index),
      filterText: `${prefix}${directive}`,
    }));
  }
  // "OEWG-II: …" in capitals is a note about the group, not a directive: other contexts answer.
  if (!readsAsDirective(writtenMarker, name)) return undefined;
  // Ids follow the name after a space; none after the reason's " -- " (or " — ").
  if (!/^[ \t]/.test(afterName) || reasonSeparator.test(afterName)) return [];
  const headInLowerCase = lowerCaseHead(at, writtenMarker, name, afterName);
  const partial = /[^\s,]*$/.exec(afterName)?.[0] ?? '';
  // The rest of the id after the position, not the "-->" that may follow it.
  const rest = /^[A-Za-z]+(?:[-/][A-Za-z]+)*/.exec(at.text.slice(at.character))?.[0] ?? '';
  const written = new Set(`${afterName}${at.text.slice(at.character)}`.split(/[\s,]+/));
  const items: CompletionItem[] = [];
  for (const [id, rule] of rulesById) {
    if (written.has(id) && id !== partial + rest) continue;
    items.push({
      label: id,
      kind: 'rule',
      insertText: id,
      replace: onLine(at.line, at.character - partial.length, at.character + rest.length),
      detail: `${rule.severity} by default`,
      documentation: rule.summary,
      sortText: sortKey(items.length),
      additionalEdits: headInLowerCase && [headInLowerCase],
    });
  }
  return items;
}

/**
 * The edit that writes a directive's marker and name in lower case when only their case is wrong
 * (`OEWG-disable`): the reader would report it, and the id being completed would hide nothing.
 */
function lowerCaseHead(at: LineAt, writtenMarker: string, name: string, afterName: string): CompletionEdit | undefined {
  const meant = meantDirective(name);
  if (meant === undefined || meant !== name.toLowerCase() || (writtenMarker === marker && name === meant)) return undefined;
  const end = at.before.length - afterName.length;
  return { range: onLine(at.line, end - name.length - writtenMarker.length, end), newText: `${marker}${meant}` };
}
