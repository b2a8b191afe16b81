import { z } from 'zod';
import { librarySourcesSettingSchema } from './library';
import { defaultRuleOptions, ruleOptionsSchema, type RuleOptions } from './ruleOptions';

/**
 * Rule ids are public: users set severities by id and CI output carries them. This list is
 * every id the product has; the ones not implemented yet are accepted in settings so that a
 * configuration written for a later version does not turn into errors.
 */
export const ruleIds = [
  'schema/missing-field',
  'schema/invalid-value',
  'country/unknown-name',
  'date/order',
  'citation/malformed-symbol',
  'citation/unknown-symbol',
  'citation/unknown-paragraph',
  'principle/demand-driven',
  'principle/conditionality',
  'principle/gender',
  'principle/human-rights',
  'principle/sustainability',
  'principle/results',
  'confidentiality/sensitive-data',
  'duplicate/programme',
  'style/undefined-acronym',
  'document/unreadable',
] as const;
export type RuleId = (typeof ruleIds)[number];

export const severityNames = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof severityNames)[number];

/** What a user may set a rule to: a severity, or `off`. */
export const severitySettingSchema = z.enum(['off', ...severityNames]);
export type SeveritySetting = z.output<typeof severitySettingSchema>;

/**
 * The settings of the validation engine (VS Code section `oewgDrafter`). Unknown rule ids are
 * reported to the user, not silently ignored, hence the plain record here and the check in
 * `readSettings`.
 */
export const validationSettingsSchema = z.object({
  enable: z.boolean().default(true),
  rules: z.record(z.string(), severitySettingSchema).default({}),
  /** `oewgDrafter.library.sources`: folders of the user's own reference sources. */
  library: z.object({ sources: librarySourcesSettingSchema }).default({ sources: [] }),
  /** `oewgDrafter.acronyms.known`, `oewgDrafter.confidentiality.allowedAddresses`, `oewgDrafter.principles.secondReading`. */
  ...ruleOptionsSchema.shape,
});
export type ValidationSettings = z.output<typeof validationSettingsSchema>;

/** The settings every reader falls back to. */
export const defaultValidationSettings: ValidationSettings = { enable: true, rules: {}, library: { sources: [] }, ...defaultRuleOptions };

/**
 * Reads raw settings (from VS Code or a client) and says what was wrong with them, so the
 * server can log it and carry on with the defaults for the parts it could not read.
 */
export function readSettings(raw: unknown): { settings: ValidationSettings; problems: string[] } {
  const parsed = validationSettingsSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `oewgDrafter.${issue.path.join('.')}: ${issue.message}`,
    );
    // Keep what is readable: a bad severity for one rule must not disable the others.
    const partial = z
      .object({
        enable: z.boolean().catch(true),
        rules: z.record(z.string(), z.unknown()).catch({}),
        library: z.object({ sources: librarySourcesSettingSchema }).catch({ sources: [] }).default({ sources: [] }),
      })
      .parse(raw ?? {});
    const rules: Record<string, SeveritySetting> = {};
    for (const [id, value] of Object.entries(partial.rules)) {
      const severity = severitySettingSchema.safeParse(value);
      if (severity.success) rules[id] = severity.data;
    }
    return {
      settings: { enable: partial.enable, rules, library: partial.library, ...readValidRuleOptions(raw) },
      problems: [...problems, ...unknownRuleIds(partial.rules)],
    };
  }
  return { settings: parsed.data, problems: unknownRuleIds(parsed.data.rules) };
}

function unknownRuleIds(rules: Record<string, unknown>): string[] {
  return Object.keys(rules)
    .filter((id) => !(ruleIds as readonly string[]).includes(id))
    .map((id) => `oewgDrafter.rules: "${id}" is not a rule id`);
}

/** One known acronym, one allowed address: what each list entry must be. */
const knownAcronymSchema = ruleOptionsSchema.shape.acronyms.unwrap().shape.known.unwrap().element;
const allowedAddressSchema = ruleOptionsSchema.shape.confidentiality.unwrap().shape.allowedAddresses.unwrap().element;
/** The lists' own limit (`max` in ruleOptions.ts): what is beyond it is dropped, and reported by the full parse. */
const maxOptionEntries = 1000;

/**
 * The valid entries of the rule options in `raw` (settings or `.oewgrc.json`), entry by entry:
 * one malformed acronym must not drop the others. The problems are reported by the full parse.
 */
export function readValidRuleOptions(raw: unknown): RuleOptions {
  const record = isRecord(raw) ? raw : {};
  return {
    acronyms: { known: validEntries(record.acronyms, 'known', knownAcronymSchema) },
    confidentiality: { allowedAddresses: validEntries(record.confidentiality, 'allowedAddresses', allowedAddressSchema) },
    // Anything but an explicit false keeps the default; a wrong type is reported by the full parse.
    principles: { secondReading: !(isRecord(record.principles) && record.principles.secondReading === false) },
  };
}

function validEntries(container: unknown, key: string, entrySchema: z.ZodType<string>): string[] {
  const list = isRecord(container) ? container[key] : undefined;
  if (!Array.isArray(list)) return [];
  const valid: string[] = [];
  for (const entry of list.slice(0, maxOptionEntries)) {
    const parsed = entrySchema.safeParse(entry);
    if (parsed.success) valid.push(parsed.data);
  }
  return valid;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
