/**
 * The compiled table of many submissions as data (`oewg-drafter compile --format json`): each
 * programme once, with every submitter that reported it and the values on which their reports
 * disagree, and the groups of the table (region, then thematic area) as lists of programme
 * indexes. Its JSON Schema is schemas/json/compilation.schema.json.
 */
import { z } from 'zod';
import { programmeRecordSchema } from './programme';

/** The `format` marker of the JSON: a reader checks it before trusting the shape. */
export const compilationFormatVersion = 'oewg-compilation/1';

/**
 * The regions of the table, in its order. The five are the M49 regions of the States a programme
 * benefits; "Interregional" when they lie in several, or the entry's level says so; "Global" for
 * a global programme; "Unspecified" when nothing in the entry places it.
 */
export const compiledRegions = ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Interregional', 'Global', 'Unspecified'] as const;
export type CompiledRegion = (typeof compiledRegions)[number];

/** One submission's report of a programme: who, in which file, at which line of the entry. */
export const programmeReportSchema = z.strictObject({
  submitter: z.string().min(1),
  path: z.string().min(1),
  line: z.number().int().min(1).describe("The line of the entry's heading in that file, 1-based (the first line is 1), as in check --format json."),
});

/** A field on which the reports of a merged programme disagree, with each report's value. */
export const compiledConflictSchema = z.strictObject({
  field: z.string().min(1),
  values: z.array(z.strictObject({ submitter: z.string().min(1), value: z.string() })).min(2),
});

const nameList = z.array(z.string().min(1));
/** A theme id, as in the programme record. */
const themeId = programmeRecordSchema.shape.themes.element;

/** A programme, once, with every report of it. */
export const compiledProgrammeSchema = z.strictObject({
  title: z.string().min(1),
  acronym: z.string().min(1).optional(),
  region: z.enum(compiledRegions),
  themes: z.array(themeId),
  level: z.string().min(1).optional(),
  lead: nameList,
  partners: nameList,
  beneficiaries: nameList,
  /** Several values joined with " | " when the reports disagree (see `conflicts`). */
  start: z.string().min(1).optional(),
  end: z.string().min(1).optional(),
  status: z.string().min(1).optional(),
  funding: programmeRecordSchema.shape.funding,
  reports: z.array(programmeReportSchema).min(1),
  /** Reported by more than one submitter. */
  merged: z.boolean(),
  conflicts: z.array(compiledConflictSchema),
});

/** A section of the table: the programmes of one region under one thematic area. */
export const compiledGroupSchema = z.strictObject({
  region: z.enum(compiledRegions),
  regionHeading: z
    .string()
    .min(1)
    .optional()
    .describe('The heading shown for the region in the language asked for, when that is not English (compile --language fr: "Afrique", "Coopération interrégionale"). Absent in English, where the region itself is the heading.'),
  /** The theme's id; absent for the programmes that give no theme. */
  theme: themeId.optional(),
  /** The heading shown: the theme's name in the language asked for. */
  heading: z.string().min(1),
  /** Indexes into `programmes`. */
  programmes: z.array(z.number().int().min(0)),
});

/** The whole compilation, as `compile --format json` writes it. */
export const compilationSchema = z.strictObject({
  format: z.literal(compilationFormatVersion),
  submissions: z.array(z.strictObject({ path: z.string().min(1), submitter: z.string().min(1), programmes: z.number().int().min(0) })),
  programmes: z.array(compiledProgrammeSchema),
  groups: z.array(compiledGroupSchema),
});

export type Compilation = z.output<typeof compilationSchema>;
export type CompiledProgramme = z.output<typeof compiledProgrammeSchema>;
export type CompiledGroup = z.output<typeof compiledGroupSchema>;
export type ProgrammeReport = z.output<typeof programmeReportSchema>;
