import { z } from 'zod';
import {
  findTerm,
  programmeLevels,
  programmeStatuses,
  themes,
  type LabelLanguage,
  type VocabularyTerm,
} from './vocabulary';
import { partialDateSchema } from './dates';

/** How a field's written value is read: one value, or a list separated by `,` or `;`. */
export type FieldShape = 'single' | 'list';

/** What a programme field means and how it is written. */
export interface FieldDefinition {
  readonly labels: Readonly<Record<LabelLanguage, string>>;
  readonly shape: FieldShape;
  readonly required: boolean;
  /** Country names are expected in this field (checked by `country/unknown-name`). */
  readonly holdsCountries: boolean;
  readonly description: string;
  /** The accepted values, for enumerated fields. */
  readonly vocabulary?: readonly VocabularyTerm[];
}

/**
 * The fields of a programme entry. The key is the field's id in the normalized record (the JSON
 * export and the settings use it); labels are what drafters type in the bullet list.
 */
export const programmeFields = {
  level: {
    labels: { en: 'Level', fr: 'Niveau' },
    shape: 'single',
    required: true,
    holdsCountries: false,
    description: 'Where the programme acts: national, bilateral, regional, interregional or global.',
    vocabulary: programmeLevels,
  },
  lead: {
    labels: { en: 'Lead', fr: 'Chef de file' },
    shape: 'list',
    required: true,
    holdsCountries: true,
    description: 'The States or organizations that lead the programme.',
  },
  partners: {
    labels: { en: 'Partners', fr: 'Partenaires' },
    shape: 'list',
    required: false,
    holdsCountries: true,
    description: 'Other States or organizations that take part in it.',
  },
  beneficiaries: {
    labels: { en: 'Beneficiaries', fr: 'Bénéficiaires' },
    shape: 'list',
    required: true,
    holdsCountries: true,
    description: 'The States, institutions or people the programme serves.',
  },
  region: {
    labels: { en: 'Region', fr: 'Région' },
    shape: 'list',
    required: false,
    holdsCountries: false,
    description: 'The regions the programme covers.',
  },
  themes: {
    labels: { en: 'Themes', fr: 'Thèmes' },
    shape: 'list',
    required: true,
    holdsCountries: false,
    description: "Themes from the taxonomy of the Secretariat's mapping report.",
    vocabulary: themes,
  },
  start: {
    labels: { en: 'Start', fr: 'Début' },
    shape: 'single',
    required: true,
    holdsCountries: false,
    description: 'When the programme started or will start: YYYY, YYYY-MM or YYYY-MM-DD.',
  },
  end: {
    labels: { en: 'End', fr: 'Fin' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: 'When it ended or will end: YYYY, YYYY-MM or YYYY-MM-DD.',
  },
  status: {
    labels: { en: 'Status', fr: 'Statut' },
    shape: 'single',
    required: true,
    holdsCountries: false,
    description: 'planned, ongoing or completed (prévu, en cours, terminé).',
    vocabulary: programmeStatuses,
  },
  funding: {
    labels: { en: 'Funding', fr: 'Financement' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: 'Who funds the programme, and through which instrument.',
  },
  budget: {
    labels: { en: 'Budget', fr: 'Budget' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: 'The amount committed, with its currency.',
  },
  principles: {
    labels: { en: 'Principles', fr: 'Principes' },
    shape: 'list',
    required: false,
    holdsCountries: false,
    description:
      'The agreed capacity-building principles (A/75/816, annex I, para. 56) the programme honours.',
  },
  website: {
    labels: { en: 'Website', fr: 'Site web' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: 'The programme’s public web page (http or https).',
  },
  contact: {
    labels: { en: 'Contact', fr: 'Contact' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: 'An institutional point of contact.',
  },
} as const satisfies Record<string, FieldDefinition>;

export type FieldKey = keyof typeof programmeFields;
export const fieldKeys = Object.keys(programmeFields) as FieldKey[];

/** Finds the field a written label names (English or French, any case, either colon style). */
export function fieldKeyForLabel(label: string): FieldKey | undefined {
  const wanted = label.trim().toLowerCase();
  return fieldKeys.find((key) => {
    const { labels } = programmeFields[key];
    return labels.en.toLowerCase() === wanted || labels.fr.toLowerCase() === wanted;
  });
}

/** Every label in both languages, for the closest-label suggestion. */
export function allFieldLabels(): { key: FieldKey; label: string; language: LabelLanguage }[] {
  return fieldKeys.flatMap((key) => [
    { key, label: programmeFields[key].labels.en, language: 'en' as const },
    { key, label: programmeFields[key].labels.fr, language: 'fr' as const },
  ]);
}

// ---------------------------------------------------------------------------------------------
// The normalized record: what a programme entry means once read. The JSON export and the
// generated JSON Schema describe this shape.

const levelIds = programmeLevels.map((term) => term.id) as [string, ...string[]];
const statusIds = programmeStatuses.map((term) => term.id) as [string, ...string[]];
const themeIds = themes.map((term) => term.id) as [string, ...string[]];
const nameList = z.array(z.string().min(1)).min(1);

/** A programme entry, normalized: enumerated values as ids, lists as arrays. */
export const programmeRecordSchema = z.strictObject({
  level: z.enum(levelIds),
  lead: nameList,
  partners: nameList.optional(),
  beneficiaries: nameList,
  region: nameList.optional(),
  themes: z.array(z.enum(themeIds)).min(1),
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  status: z.enum(statusIds),
  funding: z.string().min(1).optional(),
  budget: z.string().min(1).optional(),
  principles: nameList.optional(),
  website: z.url({ protocol: /^https?$/, error: 'Expected a web address starting with https:// or http://' }).optional(),
  contact: z.string().min(1).optional(),
});
export type ProgrammeRecord = z.output<typeof programmeRecordSchema>;

// ---------------------------------------------------------------------------------------------
// The written form: what the drafter typed, read into the record. Each enumerated value accepts
// its English and French wording; an issue's path (["themes", 2]) points at the exact list item.

function termId(terms: readonly VocabularyTerm[], fieldName: string) {
  return z.string().transform((written, context) => {
    const term = findTerm(terms, written);
    if (!term) {
      context.addIssue({ code: 'custom', message: `"${written}" is not a known ${fieldName}` });
      return z.NEVER;
    }
    return term.id;
  });
}

/**
 * The written values of a programme entry, each read into its normalized form on its own: the
 * JSON export reads the valid fields of an entry whose other fields are not.
 */
export const writtenProgrammeFieldsSchema = z.object({
  level: termId(programmeLevels, 'level'),
  lead: nameList,
  partners: nameList.optional(),
  beneficiaries: nameList,
  region: nameList.optional(),
  themes: z.array(termId(themes, 'theme')).min(1),
  start: partialDateSchema,
  end: partialDateSchema.optional(),
  status: termId(programmeStatuses, 'status'),
  funding: z.string().min(1).optional(),
  budget: z.string().min(1).optional(),
  principles: nameList.optional(),
  website: z.url({ protocol: /^https?$/, error: 'Expected a web address starting with https:// or http://' }).optional(),
  contact: z.string().min(1).optional(),
});

/**
 * Reads the written values of a programme entry (strings and string lists keyed by field id)
 * into the normalized record. Use `safeParse`: the issues say which field or list item is wrong.
 */
export const writtenProgrammeSchema = writtenProgrammeFieldsSchema.pipe(programmeRecordSchema);
