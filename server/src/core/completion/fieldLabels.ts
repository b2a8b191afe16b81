/**
 * Field labels: in a programme entry's field list (a heading of level 2 or deeper, then
 * `- **Label:** value` lines), the labels not yet written in that entry, in the draft's language.
 */
import { fieldKeys, programmeFields, type FieldDefinition } from '../../../../schemas/programme';
import type { LabelLanguage, VocabularyTerm } from '../../../../schemas/vocabulary';
import { escapeMarkdown } from '../hover/citationHover';
import { fieldsOfEntry } from './codeAndEntries';
import { completionWords, type CompletionWords } from './completionWords';
import { onLine, sortKey, type LineAt } from './lines';
import type { CompletionItem, CompletionRequest } from './types';

/**
 * The start of a label, typed after a bullet: "- ", "- **", "- **Lev". A bullet indented by two
 * or more is a sub-item (a value of the field above it), not a field.
 */
const labelTyping = /^( ?[-*+][ \t]+)(\*{0,2}[^*:\n]{0,40})$/u;
/** What may follow a label being typed: the rest of its word and the closing "**" an editor added. */
const labelRest = /^[^*:\s]*(?:\*\*)?[ \t]*$/u;

/** The labels of the fields the entry lacks, when a label is being typed; undefined otherwise. */
export function labelCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typing = labelTyping.exec(at.before);
  if (!typing) return undefined;
  const rest = at.text.slice(at.character);
  if (!labelRest.test(rest)) return undefined;
  const present = fieldsOfEntry(request, at.line);
  if (!present) return undefined;
  const partial = typing[2] ?? '';
  const start = (typing[1] ?? '').length;
  const end = at.character + rest.trimEnd().length;
  const say = completionWords(request.language);
  const language = request.language;
  return fieldKeys
    .filter((key) => !present.has(key))
    .map((key, index) => {
      const field: FieldDefinition = programmeFields[key];
      const label = field.labels[language];
      return {
        label,
        kind: 'field' as const,
        insertText: `**${label}${language === 'fr' ? '\u00a0:' : ':'}** `,
        replace: onLine(at.line, start, end),
        detail: field.required ? say.required : say.optional,
        documentation: fieldDocumentation(field, language, say),
        sortText: sortKey(index),
        // What is typed is matched against the label, with the stars if the drafter typed them.
        filterText: partial.startsWith('*') ? `**${label}` : label,
      };
    });
}

function fieldDocumentation(field: FieldDefinition, language: LabelLanguage, say: CompletionWords): string {
  const other: LabelLanguage = language === 'fr' ? 'en' : 'fr';
  const lines = [
    `**${field.labels[language]}** (${field.required ? say.required : say.optional}${say.listSeparator}${field.labels[other]})`,
    escapeMarkdown(field.description[language]),
  ];
  if (field.vocabulary) {
    lines.push(say.labelled(say.allowedValues, field.vocabulary.map((term: VocabularyTerm) => `\`${term[language]}\``).join(', ')));
  }
  if (field.shape === 'list') lines.push(say.listField);
  return lines.join('\n\n');
}
