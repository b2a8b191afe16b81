import { programmeFields } from '../../../../schemas/programme';
import { validateProgramme } from '../programmeValidation';
import { frontMatterProblemsRule } from './frontMatterProblems';
import type { SectionRule } from './rule';
import { schemaWords } from './schemaWords';

const meta = {
  id: 'schema/missing-field',
  defaultSeverity: 'error',
  summary: 'A required front-matter field or programme field is absent.',
} as const;

/**
 * Front matter: kind, submitter, date and language (and, for a statement, session and agenda
 * item) must be present. Example: front matter without `date:`.
 */
export const frontMatterMissingField = frontMatterProblemsRule(meta);

/**
 * Programme entries: Level, Lead, Beneficiaries, Themes, Start and Status are required, because
 * the Secretariat's compilation sorts programmes by them. The quick fix adds the missing lines,
 * labelled in the document's language, after the last field; the message and the fix's title are
 * in French in a French draft (schemaWords.ts). Example: a programme without
 * `- **Start:**` gets "Programme has no Start".
 */
export const programmeMissingField: SectionRule = {
  meta,
  scope: 'section',
  check(section, context, report) {
    const programme = section.programme;
    if (!programme) return;
    const { missing } = validateProgramme(programme);
    if (missing.length === 0) return;
    const labelOf = (key: (typeof missing)[number]) => programmeFields[key].labels[context.labelLanguage];
    // A field line written with no value yet needs a value, not a second line.
    const absent = missing.filter((key) => !programme.fields.some((field) => field.key === key));
    const empty = missing.filter((key) => !absent.includes(key));
    const lastItem = programme.fields[programme.fields.length - 1]?.itemRange ?? programme.fieldListRange;
    const indentation = ' '.repeat(programme.fieldListRange.start.character);
    const colon = context.labelLanguage === 'fr' ? '\u00a0:' : ':';
    const insertion = absent.map((key) => `\n${indentation}- **${labelOf(key)}${colon}** `).join('');
    const say = schemaWords(context.labelLanguage);
    report({
      message: say.missingFields(programme.title, absent.map(labelOf), empty.map(labelOf)),
      range: programme.titleRange,
      fixes:
        absent.length > 0
          ? [
              {
                title: say.addFields(absent.map(labelOf)),
                edits: [{ range: { start: lastItem.end, end: lastItem.end }, newText: insertion }],
              },
            ]
          : undefined,
    });
  },
};
