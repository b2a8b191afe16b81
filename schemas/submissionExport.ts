/**
 * The JSON export of a submission (`oewg-drafter export --format json`, "Export submission as
 * JSON…"): the document's metadata and one record per programme entry with the fields registries
 * use, normalized (enumerated values as ids, lists as arrays), its principles checklist, and the
 * problems that kept a field out of the record. Nothing the drafter wrote is silently dropped: a
 * missing or invalid field is listed under `problems`. Its JSON Schema is
 * schemas/json/submission-export.schema.json.
 */
import { z } from 'zod';
import { programmeRecordSchema } from './programme';
import { documentKinds, languageCodes, submitterTypes } from './vocabulary';

/** The `format` marker of the JSON: a reader checks it before trusting the shape. */
export const exportFormatVersion = 'oewg-submission-export/1';

/**
 * A principle's status in a programme's checklist, as the checklist view shows it ("likely-addressed":
 * no known wording was found, but the second reading of the entry's words judges it addressed).
 */
export const checklistStatuses = ['addressed', 'claimed', 'not-addressed', 'not-applicable', 'contradicted', 'likely-addressed'] as const;

/** One item of a programme's principles checklist, as exported. */
export const exportedChecklistItemSchema = z.strictObject({
  /** The check (a principle may have two: gender, human rights). */
  check: z.string().min(1),
  principle: z.string().min(1),
  /** 1-10, in the order of A/75/816, annex I, paragraph 56. */
  principleNumber: z.number().int().min(1).max(10),
  status: z.enum(checklistStatuses),
});

/** A field left out of the record, and why. */
export const exportProblemSchema = z.strictObject({
  field: z.string().min(1),
  rule: z.enum(['schema/missing-field', 'schema/invalid-value']),
  message: z.string().min(1),
});

/** One programme entry: the normalized fields that are valid, and what kept the others out. */
export const exportedProgrammeSchema = z.strictObject({
  title: z.string().min(1),
  acronym: z.string().min(1).optional(),
  line: z.number().int().min(1).describe("The line of the entry's heading in the draft, 1-based (the first line is 1), as in check --format json."),
  ...programmeRecordSchema.partial().shape,
  checklist: z.array(exportedChecklistItemSchema),
  problems: z.array(exportProblemSchema),
});

/** The document's metadata: its front matter, normalized, and its title. */
export const exportedMetadataSchema = z.strictObject({
  kind: z.enum(documentKinds),
  submitter: z.string().min(1).optional(),
  submitterType: z.enum(submitterTypes).optional(),
  date: z.string().min(1).optional(),
  language: z.enum(languageCodes).optional(),
  respondsTo: z.string().min(1).optional(),
  session: z.string().min(1).optional(),
  agendaItem: z.string().min(1).optional(),
  /** The front matter's `title`, or else the document's first level-1 heading. */
  title: z.string().min(1).optional(),
});

/** The whole record, as `export --format json` writes it. */
export const submissionExportSchema = z.strictObject({
  format: z.literal(exportFormatVersion),
  metadata: exportedMetadataSchema,
  programmes: z.array(exportedProgrammeSchema),
});

export type SubmissionExport = z.output<typeof submissionExportSchema>;
export type ExportedProgramme = z.output<typeof exportedProgrammeSchema>;
