import { allFieldLabels, programmeFields } from '../../../../schemas/programme';
import { spellingsOf, type LabelLanguage, type VocabularyTerm } from '../../../../schemas/vocabulary';
import { closestWithin } from '../suggestions';
import { validateProgramme } from '../programmeValidation';
import type { Fix } from '../findings';
import { fixWords } from '../fixWords';
import type { Range } from '../text';
import { frontMatterProblemsRule } from './frontMatterProblems';
import type { SectionRule } from './rule';
import { schemaWords } from './schemaWords';

const meta = {
  id: 'schema/invalid-value',
  defaultSeverity: 'error',
  summary: 'A value outside its schema: an unknown field label, level, status or theme, a malformed date, an unknown language code.',
} as const;

/** Front matter: unknown keys, an unknown kind or language, a date that is not YYYY-MM-DD, broken YAML. */
export const frontMatterInvalidValue = frontMatterProblemsRule(meta);

/**
 * Programme entries: every label must be a known field (English or French), each field written
 * once, and each value valid for its field: `- **Status:** finished` is reported with a fix to
 * "completed"; `- **Start:** 2023-13` as a month that does not exist. A French draft is told in
 * French (schemaWords.ts).
 */
export const programmeInvalidValue: SectionRule = {
  meta,
  scope: 'section',
  check(section, context, report) {
    const programme = section.programme;
    if (!programme) return;
    const labelLanguage = context.labelLanguage;
    const say = schemaWords(labelLanguage);
    const seen = new Set<string>();
    for (const field of programme.fields) {
      if (!field.key) {
        const candidates = allFieldLabels().map((entry) => entry.label);
        const suggestion = closestWithin(field.label, candidates);
        const fields = allFieldLabels()
          .filter((entry) => entry.language === labelLanguage)
          .map((entry) => entry.label);
        report({
          message: say.notAField(field.label, suggestion, fields),
          range: field.labelRange,
          fixes: suggestion ? [replaceWith(field.labelRange, suggestion, labelLanguage)] : undefined,
        });
        continue;
      }
      if (seen.has(field.key)) {
        report({ message: say.givenTwice(field.label, programme.title), range: field.labelRange });
      }
      seen.add(field.key);
    }
    for (const stray of programme.strayItems) {
      report({ message: say.notAFieldLine(programme.title), range: stray.range });
    }
    for (const invalid of validateProgramme(programme).invalid) {
      const vocabulary: readonly VocabularyTerm[] | undefined =
        'vocabulary' in programmeFields[invalid.key] ? (programmeFields[invalid.key] as { vocabulary: readonly VocabularyTerm[] }).vocabulary : undefined;
      const label = programmeFields[invalid.key].labels[labelLanguage];
      if (vocabulary) {
        const suggestion = closestTerm(invalid.written, vocabulary, labelLanguage);
        report({
          message: say.unknownValue(label, invalid.written, suggestion, vocabulary.map((term) => term[labelLanguage])),
          range: invalid.range,
          fixes: suggestion ? [replaceWith(invalid.range, suggestion, labelLanguage)] : undefined,
        });
      } else {
        report({ message: say.invalidValue(label, invalid.written, invalid.message), range: invalid.range });
      }
    }
  },
};

/** The closest term, offered in the document's language, if it is plausibly what was meant. */
function closestTerm(written: string, vocabulary: readonly VocabularyTerm[], language: LabelLanguage): string | undefined {
  const spellings = vocabulary.flatMap((term) => spellingsOf(term).map((spelling) => ({ spelling, term })));
  const best = closestWithin(
    written,
    spellings.map((entry) => entry.spelling),
  );
  const term = spellings.find((entry) => entry.spelling === best)?.term;
  return term ? term[language] : undefined;
}

function replaceWith(range: Range, newText: string, language: LabelLanguage): Fix {
  return { title: fixWords(language).changeTo(newText), edits: [{ range, newText }] };
}
