/**
 * Inside a suppression directive (`<!-- oewg-… -->` in the body, `# oewg-…` in the front matter):
 * after `oewg-`, the three directive names; after the name, the rule ids not yet written in it,
 * each with what the rule checks. A typed id is otherwise easy to misspell, and a misspelt one
 * hides nothing.
 */
import type { Severity } from '../../../../schemas/settings';
import { allRules } from '../rules';
import { directiveNames, reasonSeparator, type DirectiveName, type DirectiveSyntax } from '../suppressions';
import { onLine, sortKey, type LineAt } from './lines';
import type { CompletionItem } from './types';

const directiveDetails: Record<DirectiveName, string> = {
  'disable-next-line': 'hides the findings of the next line with content',
  disable: 'hides the findings from here to an oewg-enable (or the end)',
  enable: 'ends an oewg-disable',
};

/** The comment's opening up to the position: `oewg-`, the name typed so far (1), what follows it (2). */
const openings: Record<DirectiveSyntax, RegExp> = {
  // Not past a "-->" that closes the comment before the position.
  html: /<!--[ \t]*oewg-([A-Za-z-]*)((?:(?!-->).)*)$/,
  // A YAML comment starts a line or follows a space.
  yaml: /(?:^|[ \t])#[ \t]*oewg-([A-Za-z-]*)(.*)$/,
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
  const name = typed[1] ?? '';
  const afterName = typed[2] ?? '';
  if (afterName === '') {
    // Still on the name: the rest of it after the position is replaced too.
    const end = at.character + (/^[A-Za-z-]*/.exec(at.text.slice(at.character))?.[0].length ?? 0);
    return directiveNames.map((directive, index) => ({
      label: `oewg-${directive}`,
      kind: 'directive',
      insertText: directive,
      replace: onLine(at.line, at.character - name.length, end),
      detail: directiveDetails[directive],
      sortText: sortKey(index),
      filterText: directive,
    }));
  }
  // Ids follow the name after a space; none after the reason's " -- " (or " — ").
  if (!/^[ \t]/.test(afterName) || reasonSeparator.test(afterName)) return [];
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
    });
  }
  return items;
}
