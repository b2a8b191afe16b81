import { parsePartialDate, type PartialDate } from '../../../../schemas/dates';
import { findTerm, programmeStatuses } from '../../../../schemas/vocabulary';
import type { ProgrammeField } from '../programmes';
import { dateWords } from './dateWords';
import type { SectionRule } from './rule';

/**
 * Dates that contradict each other or the status: an end before the start; "ongoing" with an end
 * before the document's date; "completed" with a start or end after it. Dates are compared with
 * the document's own `date`, never with today, so an old submission stays valid. Dates as coarse
 * as a year only conflict when every day they can mean conflicts ("Start: 2023", "End: 2023-05"
 * is fine). Example: `Start: 2024-03`, `End: 2023`. A French draft is told in French (dateWords.ts).
 */
export const dateOrder: SectionRule = {
  meta: {
    id: 'date/order',
    defaultSeverity: 'warning',
    summary: 'Dates out of order: an end before the start, or a status that the dates contradict.',
  },
  scope: 'section',
  check(section, context, report) {
    const programme = section.programme;
    if (!programme) return;
    const field = (key: string) => programme.fields.find((candidate) => candidate.key === key);
    const startField = field('start');
    const endField = field('end');
    const start = dateOf(startField);
    const end = dateOf(endField);
    const status = field('status');
    const statusId = status ? findTerm(programmeStatuses, status.value)?.id : undefined;
    const documentDate = context.documentDate;
    const say = dateWords(context.labelLanguage);

    if (start && end && endField && end.latest < start.earliest) {
      report({
        message: say.endsBeforeStart(programme.title, end.written, start.written),
        range: endField.valueRange,
        related: startField ? [{ range: startField.valueRange, message: say.startDate }] : undefined,
      });
    }
    if (!documentDate || !status) return;
    if (statusId === 'ongoing' && end && endField && end.latest < documentDate) {
      report({
        message: say.ongoingButEnded(programme.title, status.value, end.written, documentDate),
        range: status.valueRange,
        related: [{ range: endField.valueRange, message: say.endDate }],
      });
    }
    if (statusId === 'completed') {
      const after = [
        { date: end, field: endField, what: 'ends' as const },
        { date: start, field: startField, what: 'starts' as const },
      ].find((entry) => entry.date && entry.date.earliest > documentDate);
      if (after?.date && after.field) {
        report({
          message: say.completedButLater(programme.title, status.value, after.what, after.date.written, documentDate),
          range: status.valueRange,
          related: [{ range: after.field.valueRange, message: after.what === 'ends' ? say.endDate : say.startDate }],
        });
      }
    }
  },
};

function dateOf(field: ProgrammeField | undefined): PartialDate | undefined {
  return field?.value ? parsePartialDate(field.value) : undefined;
}
