import { z } from 'zod';
import { librarySourcesSettingSchema } from './library';

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
});
export type ValidationSettings = z.output<typeof validationSettingsSchema>;

/** The settings every reader falls back to. */
export const defaultValidationSettings: ValidationSettings = { enable: true, rules: {}, library: { sources: [] } };

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
    return { settings: { enable: partial.enable, rules, library: partial.library }, problems: [...problems, ...unknownRuleIds(partial.rules)] };
  }
  return { settings: parsed.data, problems: unknownRuleIds(parsed.data.rules) };
}

function unknownRuleIds(rules: Record<string, unknown>): string[] {
  return Object.keys(rules)
    .filter((id) => !(ruleIds as readonly string[]).includes(id))
    .map((id) => `oewgDrafter.rules: "${id}" is not a rule id`);
}
