/**
 * `check --checklist` as text: each programme's principles checklist after the findings, one line
 * per principle with where the entry addresses it. (The JSON form is `toJsonChecklist`, in ./formatters.)
 */
import type { LabelLanguage } from '../../../schemas/vocabulary';
import { shownStatus, shownStatusWords, type PlacedChecklist, type ShownStatus } from '../core/principles/documentChecklist';
import type { CheckOutcome } from './check';
import { checklistWords, frameLanguage, legendStatusWords } from './textWords';

const marks: Readonly<Record<ShownStatus, string>> = {
  addressed: '✓',
  claimed: '~',
  'not-addressed': '✗',
  'not-applicable': '–',
  contradicted: '!',
  'likely-addressed': '≈',
  'nothing-contrary': '○',
};

/** The legend's order: from what counts for the entry to what does not apply. */
const legendOrder: readonly ShownStatus[] = ['addressed', 'likely-addressed', 'claimed', 'not-addressed', 'contradicted', 'nothing-contrary', 'not-applicable'];

function legend(language: LabelLanguage): string {
  const words = checklistWords[language];
  return `${words.title}${words.titleSeparator}${legendOrder.map((status) => `${marks[status]} ${legendStatusWords(status, language)}`).join(', ')}`;
}

/**
 * The checklists of the checked files, as text; empty when no file has a programme. Each line is in
 * its draft's language, as the preview shows a draft: a French draft's item reads
 * « ✗ 2. objectif clair, axé sur les résultats : non traité (ligne 21 : « … ») ». The legend speaks
 * of every file, so it is French only when every file checked is French (`frameLanguage`).
 */
export function formatChecklistText(outcome: CheckOutcome): string {
  const lines: string[] = [];
  for (const file of outcome.files) {
    const words = checklistWords[file.language];
    for (const programme of file.checklist ?? []) {
      lines.push(`${file.path}:${programme.titleRange.start.line + 1}: ${programme.title}`);
      for (const item of programme.items) {
        const where = placeOf(item);
        const place = where ? ` (${words.place(where.range.start.line + 1, where.text)})` : '';
        lines.push(`  ${marks[shownStatus(item)]} ${item.principleNumber}. ${words.item(item.label, shownStatusWords(item, file.language))}${place}`);
      }
    }
  }
  if (lines.length === 0) return '';
  return `\n${legend(frameLanguage(outcome.files))}\n${lines.join('\n')}\n`;
}

/** The words an item points at first: what contradicts it, the claim, or the evidence. */
function placeOf(item: PlacedChecklist['items'][number]) {
  return item.status === 'contradicted' ? item.contrary[0] : item.status === 'claimed' || item.status === 'likely-addressed' ? item.claim : item.evidence[0];
}
