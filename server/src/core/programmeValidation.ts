import { fieldKeys, programmeFields, writtenProgrammeSchema, type FieldKey } from '../../../schemas/programme';
import type { FieldValue, ProgrammeField, Programme } from './programmes';
import type { Range } from './text';

/** A value the programme schema rejects, with the exact place it is written. */
export interface InvalidValue {
  readonly field: ProgrammeField;
  /** The value of a list field that is rejected; undefined when the whole value is. */
  readonly value?: FieldValue;
  readonly key: FieldKey;
  readonly written: string;
  readonly range: Range;
  readonly message: string;
}

export interface ProgrammeValidation {
  /** Required fields that are absent or empty. */
  readonly missing: readonly FieldKey[];
  readonly invalid: readonly InvalidValue[];
}

/**
 * Checks a programme entry against the zod schema of programme fields (schemas/programme.ts),
 * the single definition of what a valid entry is, and maps each issue back to what was written.
 */
export function validateProgramme(programme: Programme): ProgrammeValidation {
  let validation = validations.get(programme);
  if (!validation) {
    validation = computeValidation(programme);
    validations.set(programme, validation);
  }
  return validation;
}

/** Both schema rules read the same validation: it runs once per programme entry. */
const validations = new WeakMap<Programme, ProgrammeValidation>();

function computeValidation(programme: Programme): ProgrammeValidation {
  // The first occurrence of a field counts; repeats are reported by schema/invalid-value.
  const firstByKey = new Map<FieldKey, ProgrammeField>();
  for (const field of programme.fields) {
    if (field.key && !firstByKey.has(field.key)) firstByKey.set(field.key, field);
  }
  const input: Record<string, unknown> = {};
  for (const [key, field] of firstByKey) {
    if (field.values.length === 0) continue;
    input[key] = programmeFields[key].shape === 'list' ? field.values.map((value) => value.text) : field.value;
  }
  const missing = fieldKeys.filter((key) => programmeFields[key].required && input[key] === undefined);

  const issues = schemaIssues(input);
  const invalid: InvalidValue[] = [];
  if (issues.length > 0) {
    for (const issue of issues) {
      const key = issue.path[0] as FieldKey | undefined;
      const field = key ? firstByKey.get(key) : undefined;
      if (!key || !field || input[key] === undefined) continue; // absent: a missing field, not a bad value
      const index = typeof issue.path[1] === 'number' ? issue.path[1] : undefined;
      const value = index === undefined ? undefined : field.values[index];
      invalid.push({
        field,
        value,
        key,
        written: value?.text ?? field.value,
        range: value?.range ?? field.valueRange,
        message: issue.message,
      });
    }
  }
  return { missing, invalid };
}

/**
 * The schema's issues with an entry's field values, remembered by those values: an edit in the
 * prose analyzes the entry again with the same fields, and the schema's parse was a twentieth of
 * an edit's cost. Bounded: a draft has a few hundred entries at most.
 */
const issuesByValues = new Map<string, readonly SchemaIssue[]>();
const maxRememberedValues = 1024;

type SchemaIssue = { readonly path: readonly PropertyKey[]; readonly message: string };

function schemaIssues(input: Record<string, unknown>): readonly SchemaIssue[] {
  const key = JSON.stringify(input);
  let issues = issuesByValues.get(key);
  if (issues === undefined) {
    const parsed = writtenProgrammeSchema.safeParse(input);
    issues = parsed.success ? [] : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
    if (issuesByValues.size >= maxRememberedValues) issuesByValues.clear();
    issuesByValues.set(key, issues);
  }
  return issues;
}
