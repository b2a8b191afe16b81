/**
 * The submission as data: what the JSON export writes and what `compile` tabulates. Built from
 * the analysis the server and the CLI already have, so that it says exactly what the checks saw.
 */
import { fieldKeys, programmeFields, writtenProgrammeFieldsSchema } from '../../../../schemas/programme';
import { exportFormatVersion, submissionExportSchema, type ExportedProgramme, type SubmissionExport } from '../../../../schemas/submissionExport';
import { documentKinds, languageCodes, submitterTypes } from '../../../../schemas/vocabulary';
import type { Analysis } from '../analyzer';
import { expandChecklist } from '../principles/storedChecklist';
import { validateProgramme } from '../programmeValidation';
import type { Programme } from '../programmes';

/** A front-matter value as text (YAML may give numbers), or undefined when absent or empty. */
function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

/** The normalized fields of an entry that are valid, and the problems that kept the others out. */
function programmeFieldsOf(programme: Programme): Pick<ExportedProgramme, 'problems'> & Record<string, unknown> {
  const validation = validateProgramme(programme);
  const problems: ExportedProgramme['problems'] = validation.missing.map((key) => ({
    field: key,
    rule: 'schema/missing-field' as const,
    message: `${programmeFields[key].labels.en} is missing`,
  }));
  const fields: Record<string, unknown> = {};
  for (const key of fieldKeys) {
    // The first occurrence counts, as in validation; a repeat is reported there.
    const field = programme.fields.find((candidate) => candidate.key === key);
    if (!field || field.values.length === 0) continue;
    const invalid = validation.invalid.filter((problem) => problem.key === key);
    for (const problem of invalid) problems.push({ field: key, rule: 'schema/invalid-value', message: `"${problem.written}": ${problem.message}` });
    let written: unknown;
    if (programmeFields[key].shape === 'list') {
      // A list keeps its valid items: one unknown theme does not lose the others.
      const kept = field.values.filter((value) => !invalid.some((problem) => problem.value === value)).map((value) => value.text);
      if (kept.length === 0) continue;
      written = kept;
    } else if (invalid.length === 0) {
      written = field.value;
    } else {
      continue;
    }
    // Each field read on its own: a value the validation let through but the schema refuses
    // loses only itself, and is listed, instead of failing the whole entry.
    const parsed = writtenProgrammeFieldsSchema.shape[key].safeParse(written);
    if (parsed.success) fields[key] = parsed.data;
    else if (invalid.length === 0) problems.push({ field: key, rule: 'schema/invalid-value', message: parsed.error.issues[0]?.message ?? 'not a valid value' });
  }
  return { ...fields, problems };
}

/**
 * The export record of an analyzed submission: its metadata and, for each programme entry, the
 * valid normalized fields, the principles checklist and the problems. The result is validated
 * against `submissionExportSchema`; a failure there is a bug, and throws.
 */
export function submissionRecord(analysis: Analysis): SubmissionExport {
  const { document } = analysis;
  const raw = document.frontMatter.raw;
  const firstTitle = document.sections.flatMap((section) => section.model.headings).find((heading) => heading.depth === 1)?.title;
  const metadata = {
    kind: oneOf(documentKinds, raw.kind) ?? 'mapping-exercise',
    submitter: text(raw.submitter),
    submitterType: oneOf(submitterTypes, raw['submitter-type']),
    date: text(raw.date),
    language: oneOf(languageCodes, raw.language),
    respondsTo: text(raw['responds-to']),
    session: text(raw.session),
    agendaItem: text(raw['agenda-item']),
    title: text(raw.title) ?? firstTitle,
  };
  const programmes: unknown[] = [];
  for (const section of document.sections) {
    const { programme, checklist } = section.model;
    if (!programme) continue;
    const read = section.model.entry ?? section.model;
    const items = checklist ? expandChecklist(checklist, programme, read.text, read.lines).items : [];
    programmes.push({
      title: programme.title,
      acronym: programme.acronym,
      line: section.startLine + programme.headingRange.start.line + 1,
      ...programmeFieldsOf(programme),
      checklist: items.map((item) => ({ check: item.checkId, principle: item.principleId, principleNumber: item.principleNumber, status: item.status })),
    });
  }
  const record = { format: exportFormatVersion, metadata: withoutUndefined(metadata), programmes: programmes.map((programme) => withoutUndefined(programme as Record<string, unknown>)) };
  return submissionExportSchema.parse(record);
}

/** JSON has no undefined: leave absent values out rather than writing nulls. */
function withoutUndefined<T extends Record<string, unknown>>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
