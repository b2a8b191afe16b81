import { z } from 'zod';
import { ruleOptionsSchema, type RuleOptions } from './ruleOptions';
import { readValidRuleOptions, ruleIds, severitySettingSchema, type RuleId, type SeveritySetting, type ValidationSettings } from './settings';

/** The team's shared configuration file, at the root of a workspace folder (or above the CLI's directory). */
export const workspaceConfigFileName = '.oewgrc.json';

/**
 * Severities by rule id. Strict, unlike the VS Code setting: the file is written by hand in an
 * editor that completes the ids from the generated JSON Schema, so an unknown id is a typo to report.
 */
const ruleSeveritiesSchema = z
  .strictObject(
    Object.fromEntries(ruleIds.map((id) => [id, severitySettingSchema.optional()])) as {
      [Id in RuleId]: z.ZodOptional<typeof severitySettingSchema>;
    },
  )
  .describe('The severity of each check, by rule id: error, warning, info, hint, or off. Rules not listed keep their default; the VS Code setting oewgDrafter.rules overrides this, rule by rule.');

/**
 * `.oewgrc.json`: what a team shares with its submissions (committed with them): severities and rule
 * options. Built-in defaults < this file < the user's VS Code settings (`oewgDrafter.rules`, per
 * rule id); the options (acronyms, addresses) of the file and of the settings are merged, and the
 * second reading runs unless one of them turns it off.
 */
export const workspaceConfigSchema = z.strictObject({
  $schema: z.string().optional().describe('The JSON Schema of this file, for editors other than VS Code (which knows it).'),
  rules: ruleSeveritiesSchema.optional(),
  acronyms: z
    .strictObject({ known: ruleOptionsSchema.shape.acronyms.unwrap().shape.known })
    .optional()
    .describe('Acronyms that need no definition in these submissions, beyond the built-in list (ICT, UN, EU…, and in a French draft ONU, UE…).'),
  confidentiality: z
    .strictObject({ allowedAddresses: ruleOptionsSchema.shape.confidentiality.unwrap().shape.allowedAddresses })
    .optional()
    .describe('E-mail addresses or whole domains ("@diplomatie.gouv.fr") that may appear in a submission: institutional addresses published for this purpose.'),
  principles: z
    .strictObject({
      secondReading: z
        .boolean()
        .describe(
          'true (the default): a "nothing says…" finding of principle/demand-driven, principle/human-rights or principle/results is held back when a second reading of the entry\'s words judges that it very likely addresses the principle in other words. false: every principle the evidence wording does not show is reported.',
        ),
    })
    .optional()
    .describe('How the principle rules read a programme entry.'),
});
export type WorkspaceConfig = z.output<typeof workspaceConfigSchema>;

/**
 * Reads the parsed JSON of a `.oewgrc.json`: what is valid applies, each problem is described
 * (`rules.principle/gendr: …`) for the caller to show with the file's name.
 */
export function readWorkspaceConfig(raw: unknown): { config: WorkspaceConfig; problems: string[] } {
  const parsed = workspaceConfigSchema.safeParse(raw);
  if (parsed.success) return { config: parsed.data, problems: [] };
  const problems = parsed.error.issues.flatMap((issue) => {
    const where = issue.path.length === 0 ? 'the file' : issue.path.join('.');
    if (issue.code !== 'unrecognized_keys') return [`${where}: ${issue.message}`];
    // One problem per key, said in the file's terms: a misspelt rule id is the common case.
    const inRules = issue.path.length === 1 && issue.path[0] === 'rules';
    return issue.keys.map((key) => (inRules ? `rules: "${key}" is not a rule id` : `${where}: "${key}" is not a known key`));
  });
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { config: {}, problems };

  // Keep what is readable: one misspelt rule id must not undo the rest of the team's choices.
  const record = raw as Record<string, unknown>;
  const config: { -readonly [Key in keyof WorkspaceConfig]: WorkspaceConfig[Key] } = {};
  if (typeof record.rules === 'object' && record.rules !== null) {
    const rules: Partial<Record<RuleId, SeveritySetting>> = {};
    for (const [id, value] of Object.entries(record.rules)) {
      const severity = severitySettingSchema.safeParse(value);
      if ((ruleIds as readonly string[]).includes(id) && severity.success) rules[id as RuleId] = severity.data;
    }
    config.rules = rules;
  }
  const options = readValidRuleOptions(record);
  if ('acronyms' in record) config.acronyms = options.acronyms;
  if ('confidentiality' in record) config.confidentiality = options.confidentiality;
  if ('principles' in record) config.principles = options.principles;
  return { config, problems };
}

/**
 * The settings that apply to a document: the user's, over the file's (`undefined`: no file).
 * Severities: the file's, then the user's `oewgDrafter.rules` rule by rule, so a user can still turn a
 * rule off (or back on) locally. Options: the union of both lists; the second reading, unless either turns it off.
 */
export function effectiveSettings(settings: ValidationSettings, config: WorkspaceConfig | undefined): ValidationSettings {
  if (!config) return settings;
  return {
    ...settings,
    rules: { ...config.rules, ...settings.rules },
    ...mergeRuleOptions(settings, config),
  };
}

/**
 * The union of several sources of rule options, each entry once, in the order first given. The
 * second reading runs unless a source turns it off: a team that wants every finding gets them.
 */
export function mergeRuleOptions(...sources: readonly Partial<RuleOptions>[]): RuleOptions {
  const union = (lists: readonly (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((list) => list ?? []))];
  return {
    acronyms: { known: union(sources.map((source) => source.acronyms?.known)) },
    confidentiality: { allowedAddresses: union(sources.map((source) => source.confidentiality?.allowedAddresses)) },
    principles: { secondReading: sources.every((source) => source.principles?.secondReading !== false) },
  };
}

/** The rule options part of settings, alone: what the analyzer's rules are told. */
export function ruleOptionsOf(settings: RuleOptions): RuleOptions {
  return { acronyms: settings.acronyms, confidentiality: settings.confidentiality, principles: settings.principles };
}
