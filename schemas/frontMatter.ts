import { z } from 'zod';
import { documentKinds, languageCodes, submitterTypes, type LabelLanguage } from './vocabulary';
import { fullDateSchema } from './dates';

/** Session names and agenda items are often written as bare numbers in YAML (`session: 7`). */
const textOrNumber = z.union([z.string().trim().min(1), z.number()]).transform(String);

/** Why an empty `submitter` is refused, in each label language (the schema says it in English). */
export const submitterProblem = {
  en: 'The submitter must name the State, group or organization',
  fr: 'Nommez l’État, le groupe ou l’organisation qui soumet la contribution',
} as const satisfies Readonly<Record<LabelLanguage, string>>;

const commonFields = {
  submitter: z.string().trim().min(1, submitterProblem.en),
  'submitter-type': z.enum(submitterTypes).optional(),
  date: fullDateSchema,
  language: z.enum(languageCodes),
  'responds-to': z.string().trim().min(1).optional(),
  title: z.string().trim().min(1).optional(),
};

/** Front matter of a response to the capacity-building mapping exercise. */
export const mappingExerciseFrontMatterSchema = z.strictObject({
  kind: z.literal('mapping-exercise'),
  ...commonFields,
  session: textOrNumber.optional(),
  'agenda-item': textOrNumber.optional(),
});

/** Front matter of a statement delivered at a session: it also says where it was delivered. */
export const statementFrontMatterSchema = z.strictObject({
  kind: z.literal('statement'),
  ...commonFields,
  session: textOrNumber,
  'agenda-item': textOrNumber,
});

/**
 * The front matter of any submission. `kind` is checked first on its own so that a wrong kind
 * yields one clear finding rather than a union error.
 */
export const frontMatterSchema = z.discriminatedUnion('kind', [
  mappingExerciseFrontMatterSchema,
  statementFrontMatterSchema,
]);
export type FrontMatter = z.output<typeof frontMatterSchema>;

export const documentKindSchema = z.enum(documentKinds);

/** Every key the front matter may carry, for the closest-key suggestion on unknown keys. */
export const frontMatterKeys = [
  'kind',
  ...Object.keys(commonFields),
  'session',
  'agenda-item',
] as const;
