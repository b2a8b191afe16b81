import { parsePartialDate, type PartialDate } from '../../../../schemas/dates';
import { findTerm, programmeStatuses } from '../../../../schemas/vocabulary';
import type { ProgrammeField } from '../programmes';
import type { SectionRule } from './rule';

/**
 * Dates that contradict each other or the status: an end before the start; "ongoing" with an end
 * before the document's date; "completed" with a start or end after it. Dates are compared with
 * the document's own `date`, never with today, so an old submission stays valid. Dates as coarse
 * as a year only conflict when every day they can mean conflicts ("Start: 2023", "End: 2023-05"
 * is fine). Example: `Start: 2024-03`, `End: 2023`.
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

    if (start && end && endField && end.latest < start.earliest) {
      report({
        message: `"${programme.title}" ends (${end.written}) before it starts (${start.written}).`,
        range: endField.valueRange,
        related: startField ? [{ range: startField.valueRange, message: 'The start date' }] : undefined,
      });
    }
    if (!documentDate || !status) return;
    if (statusId === 'ongoing' && end && endField && end.latest < documentDate) {
      report({
        message: `"${programme.title}" is "${status.value}" but ended on ${end.written}, before the document's date (${documentDate}): is it completed?`,
        range: status.valueRange,
        related: [{ range: endField.valueRange, message: 'The end date' }],
      });
    }
    if (statusId === 'completed') {
      const after = [
        { date: end, field: endField, what: 'ends' },
        { date: start, field: startField, what: 'starts' },
      ].find((entry) => entry.date && entry.date.earliest > documentDate);
      if (after?.date && after.field) {
        report({
          message: `"${programme.title}" is "${status.value}" but ${after.what} on ${after.date.written}, after the document's date (${documentDate}).`,
          range: status.valueRange,
          related: [{ range: after.field.valueRange, message: after.what === 'ends' ? 'The end date' : 'The start date' }],
        });
      }
    }
  },
};

function dateOf(field: ProgrammeField | undefined): PartialDate | undefined {
  return field?.value ? parsePartialDate(field.value) : undefined;
}
