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
  /** What the field holds, in each label language: hovers and completion show the draft's. */
  readonly description: Readonly<Record<LabelLanguage, string>>;
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
    description: {
      en: 'Where the programme acts: national, bilateral, regional, interregional or global.',
      fr: 'Où le programme intervient : national, bilatéral, régional, interrégional ou mondial.',
    },
    vocabulary: programmeLevels,
  },
  lead: {
    labels: { en: 'Lead', fr: 'Chef de file' },
    shape: 'list',
    required: true,
    holdsCountries: true,
    description: {
      en: 'The States or organizations that lead the programme.',
      fr: 'Les États ou organisations qui conduisent le programme.',
    },
  },
  partners: {
    labels: { en: 'Partners', fr: 'Partenaires' },
    shape: 'list',
    required: false,
    holdsCountries: true,
    description: {
      en: 'Other States or organizations that take part in it.',
      fr: 'Les autres États ou organisations qui y prennent part.',
    },
  },
  beneficiaries: {
    labels: { en: 'Beneficiaries', fr: 'Bénéficiaires' },
    shape: 'list',
    required: true,
    holdsCountries: true,
    description: {
      en: 'The States, institutions or people the programme serves.',
      fr: 'Les États, institutions ou personnes auxquels le programme est destiné.',
    },
  },
  region: {
    labels: { en: 'Region', fr: 'Région' },
    shape: 'list',
    required: false,
    holdsCountries: false,
    description: {
      en: 'The regions the programme covers.',
      fr: 'Les régions que couvre le programme.',
    },
  },
  themes: {
    labels: { en: 'Themes', fr: 'Thèmes' },
    shape: 'list',
    required: true,
    holdsCountries: false,
    description: {
      en: "Themes from the taxonomy of the Secretariat's mapping report.",
      fr: 'Les thèmes, pris dans la taxonomie de l’état des lieux du Secrétariat.',
    },
    vocabulary: themes,
  },
  start: {
    labels: { en: 'Start', fr: 'Début' },
    shape: 'single',
    required: true,
    holdsCountries: false,
    description: {
      en: 'When the programme started or will start: YYYY, YYYY-MM or YYYY-MM-DD.',
      fr: 'Quand le programme a commencé ou commencera : AAAA, AAAA-MM ou AAAA-MM-JJ.',
    },
  },
  end: {
    labels: { en: 'End', fr: 'Fin' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: {
      en: 'When it ended or will end: YYYY, YYYY-MM or YYYY-MM-DD.',
      fr: 'Quand il a pris fin ou prendra fin : AAAA, AAAA-MM ou AAAA-MM-JJ.',
    },
  },
  status: {
    labels: { en: 'Status', fr: 'Statut' },
    shape: 'single',
    required: true,
    holdsCountries: false,
    // Each language names the values in the other too: drafters may write either.
    description: {
      en: 'planned, ongoing or completed (prévu, en cours, terminé).',
      fr: 'prévu, en cours ou terminé (planned, ongoing, completed).',
    },
    vocabulary: programmeStatuses,
  },
  funding: {
    labels: { en: 'Funding', fr: 'Financement' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: {
      en: 'Who funds the programme, and through which instrument.',
      fr: 'Qui finance le programme, et par quel instrument.',
    },
  },
  budget: {
    labels: { en: 'Budget', fr: 'Budget' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: {
      en: 'The amount committed, with its currency.',
      fr: 'Le montant engagé, avec sa devise.',
    },
  },
  principles: {
    labels: { en: 'Principles', fr: 'Principes' },
    shape: 'list',
    required: false,
    holdsCountries: false,
    description: {
      en: 'The agreed capacity-building principles (A/75/816, annex I, para. 56) the programme honours.',
      fr: 'Les principes de renforcement des capacités adoptés (A/75/816, annexe I, par. 56) que le programme respecte.',
    },
  },
  website: {
    labels: { en: 'Website', fr: 'Site web' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: {
      en: 'The programme’s public web page (http or https).',
      fr: 'La page web publique du programme (http ou https).',
    },
  },
  contact: {
    labels: { en: 'Contact', fr: 'Contact' },
    shape: 'single',
    required: false,
    holdsCountries: false,
    description: {
      en: 'An institutional point of contact.',
      fr: 'Un point de contact institutionnel.',
    },
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

/** Why a Website value is refused, in each label language (the schema says it in English). */
export const websiteProblem = {
  en: 'Expected a web address starting with https:// or http://',
  fr: 'Adresse web attendue, commençant par https:// ou http://',
} as const satisfies Readonly<Record<LabelLanguage, string>>;

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
  website: z.url({ protocol: /^https?$/, error: websiteProblem.en }).optional(),
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
  website: z.url({ protocol: /^https?$/, error: websiteProblem.en }).optional(),
  contact: z.string().min(1).optional(),
});

/**
 * Reads the written values of a programme entry (strings and string lists keyed by field id)
 * into the normalized record. Use `safeParse`: the issues say which field or list item is wrong.
 */
export const writtenProgrammeSchema = writtenProgrammeFieldsSchema.pipe(programmeRecordSchema);
