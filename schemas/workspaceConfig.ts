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
          'true (the default): a "nothing says…" finding of principle/demand-driven, principle/human-rights or principle/results is held back when a second reading of the entry\'s words judges that it very likely addresses the principle in other words; and each sentence is read for conditions attached to the support (principle/conditionality). false: every principle the evidence wording does not show is reported, and only the conditions it shows.',
        ),
    })
    .optional()
    .describe('How the principle rules read a programme entry.'),
});
export type WorkspaceConfig = z.output<typeof workspaceConfigSchema>;

/**
 * Why parsed JSON cannot be a `.oewgrc.json` at all (`null`, `[]`, `42`): nothing in it can apply,
 * so readers treat it as a file that is not JSON. Undefined for an object, valid or not.
 */
export function workspaceConfigShapeProblem(raw: unknown): string | undefined {
  if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) return undefined;
  const holds = raw === null ? 'null' : Array.isArray(raw) ? 'an array' : `a ${typeof raw}`;
  return `not a JSON object of settings ({ "rules": … }): it holds ${holds}`;
}

/** Said after each problem: what becomes of that part, and that the rest of the file still applies. */
const leftOut = '(left out; the rest of the file applies)';

/**
 * Reads the parsed JSON of a `.oewgrc.json`: what is valid applies, each problem is described with
 * what becomes of that part (`rules: "principle/gendr" is not a rule id (left out; the rest of the
 * file applies)`), for the caller to show with the file's name.
 */
export function readWorkspaceConfig(raw: unknown): { config: WorkspaceConfig; problems: string[] } {
  const shapeProblem = workspaceConfigShapeProblem(raw);
  if (shapeProblem !== undefined) return { config: {}, problems: [`${shapeProblem} (nothing in the file applies)`] };
  const parsed = workspaceConfigSchema.safeParse(raw);
  if (parsed.success) return { config: parsed.data, problems: [] };
  const record = raw as Record<string, unknown>;
  const problems = parsed.error.issues.flatMap((issue) => describeIssue(issue, record));

  // Keep what is readable: one misspelt rule id must not undo the rest of the team's choices.
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

/** One zod issue as the file's problems, in the file's terms and with what becomes of that part. */
function describeIssue(issue: z.core.$ZodIssue, record: Record<string, unknown>): string[] {
  const where = issue.path.length === 0 ? 'the file' : issue.path.join('.');
  if (issue.code === 'unrecognized_keys') {
    // One problem per key, said in the file's terms: a misspelt rule id is the common case.
    const inRules = issue.path.length === 1 && issue.path[0] === 'rules';
    return issue.keys.map((key) => `${inRules ? `rules: "${key}" is not a rule id` : `${where}: "${key}" is not a known key`} ${leftOut}`);
  }
  if (issue.code === 'too_big' && issue.origin === 'array' && issue.path.length === 2) {
    return describeLongList(issue.path as [string, string], Number(issue.maximum), record);
  }
  return [`${where}: ${issue.message} ${leftOut}`];
}

/**
 * A list of acronyms or addresses longer than the limit is not dropped: its first `maximum` entries
 * are read, entry by entry (`readValidRuleOptions`). zod reports only the length then, so the
 * entries that are read are checked here, and a bad one among them is reported as it would be in
 * a shorter list.
 */
function describeLongList([section, key]: [string, string], maximum: number, record: Record<string, unknown>): string[] {
  const container = record[section] as Record<string, unknown>;
  const list = container[key] as unknown[];
  const beyond = list.length - maximum;
  const tooLong = `${section}.${key}: ${list.length} entries, more than the ${maximum} a list may hold (only the first ${maximum} are read, the other ${beyond === 1 ? 'entry is' : `${beyond} are`} left out; the rest of the file applies)`;
  const readPart = workspaceConfigSchema.safeParse({ ...record, [section]: { ...container, [key]: list.slice(0, maximum) } });
  const entryProblems = (readPart.error?.issues ?? [])
    .filter((issue) => issue.path.length === 3 && issue.path[0] === section && issue.path[1] === key)
    .map((issue) => `${issue.path.join('.')}: ${issue.message} ${leftOut}`);
  return [tooLong, ...entryProblems];
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
