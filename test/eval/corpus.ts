/**
 * The labelled evaluation corpus (test/corpus/*.yaml): programme entries written after real
 * programmes, each with the verdict a careful reviewer gives for every evaluated rule. `npm run
 * eval` measures the rules against it; test/unit/corpus.test.ts checks that it is well formed.
 *
 * The corpus has two sets. The development set (every file but `heldout-*.yaml`) is the one the
 * rules were built and tuned against. The held-out set (`heldout-*.yaml`, ids `heldout-…`) was
 * written and labelled afterwards, without looking at the rules, and is never tuned on: it says
 * how the rules do on text they have not been fitted to.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import type { RuleId } from '../../schemas/settings';

export const corpusDirectory = path.resolve(__dirname, '..', 'corpus');

/** The rules the corpus labels, in the order the report lists them. */
export const evaluatedRuleIds = [
  'principle/demand-driven',
  'principle/conditionality',
  'principle/gender',
  'principle/human-rights',
  'principle/sustainability',
  'principle/results',
  'confidentiality/sensitive-data',
  'style/undefined-acronym',
] as const satisfies readonly RuleId[];
export type EvaluatedRuleId = (typeof evaluatedRuleIds)[number];

/** The two sets of the corpus, in the order the report lists them. */
export const corpusSets = ['development', 'held-out'] as const;
export type CorpusSet = (typeof corpusSets)[number];

/** Held-out files and ids start with this prefix; development ones never do. */
const heldOutPrefix = 'heldout-';

/** The set a corpus file belongs to, from its name. */
export function corpusSetOfFile(file: string): CorpusSet {
  return file.startsWith(heldOutPrefix) ? 'held-out' : 'development';
}

/** Every evaluated rule must be labelled: a missing label would silently shrink the corpus. */
const expectationsSchema = z.strictObject({
  'principle/demand-driven': z.boolean(),
  'principle/conditionality': z.boolean(),
  'principle/gender': z.boolean(),
  'principle/human-rights': z.boolean(),
  'principle/sustainability': z.boolean(),
  'principle/results': z.boolean(),
  'confidentiality/sensitive-data': z.boolean(),
  'style/undefined-acronym': z.boolean(),
}) satisfies z.ZodType<Record<EvaluatedRuleId, boolean>>;

export const corpusEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'An id is kebab-case: lower-case letters and digits joined by single hyphens'),
  language: z.enum(['en', 'fr']),
  /** The real programme(s) and source passages the entry is written after. */
  basis: z.string().trim().min(1),
  /** Why a hard case is labelled the way it is; shown next to a missed positive. */
  notes: z.string().trim().min(1).optional(),
  text: z
    .string()
    .refine((text) => /^#{2,6}[ \t]+\S/.test(text), 'The text starts with the heading of one programme entry (## to ######)'),
  /** For each evaluated rule: true when it must fire on the entry, false when it must not. */
  expect: expectationsSchema,
});

export type CorpusEntry = z.output<typeof corpusEntrySchema> & {
  /** The corpus file the entry comes from, for messages. */
  readonly file: string;
  /** The set of that file. */
  readonly set: CorpusSet;
};

/** Date, submitter and kind are fixed so that only the entry's own text varies between runs. */
function submissionHeader(language: CorpusEntry['language']): string {
  return `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n`;
}

/** The whole submission an entry is analyzed in: a fixed front matter, a title, then the entry. */
export function submissionFor(entry: Pick<CorpusEntry, 'language' | 'text'>): string {
  return submissionHeader(entry.language) + entry.text;
}

/** The 0-based line of the submission where the entry's text begins. */
export function entryStartLine(entry: Pick<CorpusEntry, 'language'>): number {
  return submissionHeader(entry.language).split('\n').length - 1;
}

/** The `*.yaml` files of a folder, by name. */
function yamlFiles(directory: string): string[] {
  return readdirSync(directory)
    .filter((file) => /\.ya?ml$/.test(file))
    .sort();
}

/**
 * Each of `files` read as a YAML list, with its items; a file that is not valid YAML, or not a
 * list, is a problem (`what` names its items in the message), and is skipped.
 */
function yamlLists(directory: string, files: readonly string[], what: string, problems: string[]): { file: string; items: unknown[] }[] {
  const lists: { file: string; items: unknown[] }[] = [];
  for (const file of files) {
    let items: unknown;
    try {
      items = parse(readFileSync(path.join(directory, file), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (!Array.isArray(items)) {
      problems.push(`${file}: expected a list of ${what} (each starting with "- id:")`);
      continue;
    }
    lists.push({ file, items });
  }
  return lists;
}

/**
 * The entries of one corpus file, each checked against the entry schema; a file that is not a
 * valid YAML list, or an entry that does not fit the schema, is a problem (the file, the entry's
 * position and id, and what is wrong), and the entry is skipped. Ids are checked against `fileOfId`
 * (the files read before, which it records) and against the file's set.
 */
export function readCorpusFile(directory: string, file: string, fileOfId: Map<string, string>, problems: string[]): CorpusEntry[] {
  const entries: CorpusEntry[] = [];
  for (const { items } of yamlLists(directory, [file], 'entries', problems)) {
    items.forEach((item: unknown, index) => {
      const parsed = corpusEntrySchema.safeParse(item);
      if (!parsed.success) {
        problems.push(`${file}, entry ${index + 1} (${describeId(item)}):\n${indent(z.prettifyError(parsed.error))}`);
        return;
      }
      const earlierFile = fileOfId.get(parsed.data.id);
      if (earlierFile !== undefined) {
        problems.push(`${file}, entry ${index + 1}: the id "${parsed.data.id}" is already used in ${earlierFile}`);
        return;
      }
      const set = corpusSetOfFile(file);
      if ((set === 'held-out') !== parsed.data.id.startsWith(heldOutPrefix)) {
        const must = set === 'held-out' ? 'must' : 'must not';
        problems.push(`${file}, entry ${index + 1}: the id "${parsed.data.id}" ${must} start with "${heldOutPrefix}" in a ${set} file`);
        return;
      }
      fileOfId.set(parsed.data.id, file);
      entries.push({ ...parsed.data, file, set });
    });
  }
  return entries;
}

/**
 * Reads and validates every `*.yaml` file of the corpus directory, both sets. Throws one error
 * listing every problem (see `readCorpusFile`), so a bad edit is found at once. Ids are unique
 * across both sets, and an id starts with `heldout-` exactly when its file is a held-out one.
 */
export function loadCorpus(directory: string = corpusDirectory): CorpusEntry[] {
  const files = yamlFiles(directory);
  if (files.length === 0) throw new Error(`No corpus file (*.yaml) in ${directory}`);

  const problems: string[] = [];
  const fileOfId = new Map<string, string>();
  const entries = files.flatMap((file) => readCorpusFile(directory, file, fileOfId, problems));
  if (problems.length > 0) throw new Error(`The evaluation corpus has problems:\n${problems.join('\n')}`);
  return entries;
}

/** The entries of one set, in corpus order. */
export function entriesOfSet(entries: readonly CorpusEntry[], set: CorpusSet): CorpusEntry[] {
  return entries.filter((entry) => entry.set === set);
}

function describeId(item: unknown): string {
  const id = typeof item === 'object' && item !== null ? (item as { id?: unknown }).id : undefined;
  return typeof id === 'string' ? `id "${id}"` : 'no id';
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
}

/** Where second reviews of corpus entries are kept (see `loadSecondReviews`). */
export const secondReviewDirectory = path.join(corpusDirectory, 'second-review');

const secondReviewSchema = z.strictObject({
  id: z.string(),
  expect: expectationsSchema,
  /** The reviewer's reasons for the labels they found hard. */
  why: z.array(z.string()).optional(),
});

/** A second reviewer's labels for one corpus entry, made without seeing the entry's own labels. */
export type SecondReview = z.output<typeof secondReviewSchema> & { readonly file: string };

/**
 * Reads every `*.yaml` file of `directory`: labels that a second reviewer gave to corpus entries
 * from their text and the label definitions alone. Throws one error listing every problem,
 * including an id that names no corpus entry or is reviewed twice.
 */
export function loadSecondReviews(corpus: readonly CorpusEntry[], directory: string = secondReviewDirectory): SecondReview[] {
  const known = new Set(corpus.map((entry) => entry.id));
  const seen = new Set<string>();
  const reviews: SecondReview[] = [];
  const problems: string[] = [];
  for (const { file, items } of yamlLists(directory, yamlFiles(directory), 'reviews', problems)) {
    items.forEach((item: unknown, index) => {
      const parsed = secondReviewSchema.safeParse(item);
      if (!parsed.success) {
        problems.push(`${file}, review ${index + 1} (${describeId(item)}):\n${indent(z.prettifyError(parsed.error))}`);
        return;
      }
      const { id } = parsed.data;
      if (!known.has(id)) problems.push(`${file}, review ${index + 1}: no corpus entry has the id "${id}"`);
      else if (seen.has(id)) problems.push(`${file}, review ${index + 1}: "${id}" is reviewed twice`);
      else reviews.push({ ...parsed.data, file });
      seen.add(id);
    });
  }
  if (problems.length > 0) throw new Error(`The second reviews have problems:\n${problems.join('\n')}`);
  return reviews;
}
