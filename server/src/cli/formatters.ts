/**
 * The three outputs of `oewg-drafter check`: text for people, JSON for scripts, SARIF for code
 * scanning. Each turns the core's 0-based positions into the 1-based lines and columns (UTF-16
 * code units, as editors count them) that every one of these formats uses.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Finding } from '../core/findings';
import { allRules } from '../core/rules';
import { ruleDocumentationPath, type RuleMeta } from '../core/rules/rule';
import type { Severity } from '../../../schemas/settings';
import type { PlacedChecklist } from '../core/principles/documentChecklist';
import type { ChecklistStatus, EvidenceSpan } from '../core/principles/checklist';
import type { Range } from '../core/text';
import type { CheckedFile, CheckOutcome } from './check';
import { frameLanguage, summaryWords, type SummaryWords } from './textWords';

export const outputFormats = ['text', 'json', 'sarif'] as const;
export type OutputFormat = (typeof outputFormats)[number];

/** What the formats need to know about the tool itself. */
export interface ToolInfo {
  readonly version: string;
  /** The installed package's root: rule documentation is under docs/rules/ there. */
  readonly packageRoot: string;
  /** The working directory, against which relative paths are resolved. */
  readonly cwd: string;
}

// ---------------------------------------------------------------------------------------------
// JSON: {"version":1,"files":[{"path","findings":[{ruleId,severity,message,line,column,endLine,endColumn}]}]}

/** The JSON output's shape, version 1. Its keys and their order are a public contract. */
export interface JsonReport {
  readonly version: 1;
  readonly files: readonly {
    readonly path: string;
    readonly findings: readonly JsonFinding[];
    /** With --checklist only. */
    readonly checklist?: readonly JsonChecklist[];
  }[];
}

/** A place in the draft as every JSON position is given: 1-based lines and columns, the end exclusive. */
export interface JsonPlace {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}

/** One finding in the JSON output. */
export interface JsonFinding extends JsonPlace {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
}

/** Words of the draft the checklist points at (evidence, a claim, contrary wording), and where they are. */
export interface JsonChecklistSpan extends JsonPlace {
  readonly text: string;
}

/** One principle of a programme's checklist: its status, and the words that show it. */
export interface JsonChecklistItem {
  readonly checkId: string;
  readonly principleId: string;
  readonly principleNumber: number;
  /** In the draft's language. */
  readonly label: string;
  readonly status: ChecklistStatus;
  readonly evidence: readonly JsonChecklistSpan[];
  readonly claim?: JsonChecklistSpan;
  readonly contrary: readonly JsonChecklistSpan[];
  /** True when the contrary wording is a sentence the second reading judged a condition, not known wording. */
  readonly contraryRead?: boolean;
  readonly appliesBecause?: JsonChecklistSpan;
}

/** One programme's checklist; its place is that of the title in the programme's heading. */
export interface JsonChecklist extends JsonPlace {
  readonly title: string;
  readonly items: readonly JsonChecklistItem[];
}

/** The core's 0-based range (UTF-16 columns) as the JSON output's 1-based place. */
function toJsonPlace(range: Range): JsonPlace {
  return {
    line: range.start.line + 1,
    column: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A core finding (0-based positions) as the JSON output writes it. */
export function toJsonFinding(finding: Finding): JsonFinding {
  return { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, ...toJsonPlace(finding.range) };
}

/**
 * A programme's checklist as the JSON output writes it: the data of the `oewgDrafter/checklist`
 * request, with 1-based places like the findings beside it (the request keeps LSP's 0-based ranges).
 */
export function toJsonChecklist(checklist: PlacedChecklist): JsonChecklist {
  const span = (placed: EvidenceSpan): JsonChecklistSpan => ({ text: placed.text, ...toJsonPlace(placed.range) });
  return {
    title: checklist.title,
    ...toJsonPlace(checklist.titleRange),
    items: checklist.items.map((item) => ({
      checkId: item.checkId,
      principleId: item.principleId,
      principleNumber: item.principleNumber,
      label: item.label,
      status: item.status,
      evidence: item.evidence.map(span),
      ...(item.claim ? { claim: span(item.claim) } : {}),
      contrary: item.contrary.map(span),
      ...(item.contraryRead ? { contraryRead: true } : {}),
      ...(item.appliesBecause ? { appliesBecause: span(item.appliesBecause) } : {}),
    })),
  };
}

/** The JSON report (one line): files in the order checked, findings in document order. */
export function formatJson(outcome: CheckOutcome): string {
  const report: JsonReport = {
    version: 1,
    files: outcome.files.map((file) => ({
      path: file.path,
      findings: file.findings.map(toJsonFinding),
      // Only with --checklist: the documented shape stays exactly the same without it.
      ...(file.checklist ? { checklist: file.checklist.map(toJsonChecklist) } : {}),
    })),
  };
  return `${JSON.stringify(report)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Text: `path:line:column: severity message [rule-id]`, then a summary, as eslint and tsc do.

interface Palette {
  readonly severity: (severity: Severity, text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const plain: Palette = { severity: (_severity, text) => text, dim: (text) => text, bold: (text) => text };

const severityColours: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };
const ansi: Palette = {
  severity: (severity, text) => `\x1b[${severityColours[severity]}m${text}\x1b[39m`,
  dim: (text) => `\x1b[2m${text}\x1b[22m`,
  bold: (text) => `\x1b[1m${text}\x1b[22m`,
};

/**
 * One line per finding, `path:line:column: severity message [rule-id]` (terminals and editors make
 * these clickable), then a blank line and a summary: counts by severity, files checked; in French
 * when every file checked is a French draft (`frameLanguage`). With `quiet` and nothing to report,
 * nothing at all.
 */
export function formatText(outcome: CheckOutcome, options: { colour: boolean; quiet: boolean }): string {
  const palette = options.colour ? ansi : plain;
  const lines: string[] = [];
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const file of outcome.files) {
    for (const finding of file.findings) {
      counts[finding.severity]++;
      const { line, character } = finding.range.start;
      // One finding, one line: a message never breaks the `path:line:column:` grammar.
      const message = finding.message.replace(/\s*[\r\n]+\s*/g, ' ');
      lines.push(
        `${palette.bold(`${file.path}:${line + 1}:${character + 1}:`)} ${palette.severity(finding.severity, finding.severity)} ${message} ${palette.dim(`[${finding.ruleId}]`)}`,
      );
    }
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (options.quiet && total === 0) return lines.join('\n');
  const words = summaryWords[frameLanguage(outcome.files)];
  const found =
    total === 0
      ? noFindingsSummary(outcome, words)
      : (['error', 'warning', 'info', 'hint'] as const)
          .map((severity) => {
            const counted = words.findings(severity, counts[severity]);
            return counts[severity] > 0 ? palette.severity(severity, counted) : counted;
          })
          .join(', ');
  const checked = words.filesChecked(outcome.files.length);
  const skipped = outcome.skipped > 0 ? words.skipped(outcome.skipped) : '';
  const failed = outcome.problems.length > 0 ? words.problems(outcome.problems.length) : '';
  if (lines.length > 0) lines.push('');
  lines.push(words.line(found, `${checked}${skipped}${failed}`));
  return `${lines.join('\n')}\n`;
}

/**
 * The summary's opening when no rule found anything. A path that could not be read or checked is
 * not "no problems": exit status 2 says the check is incomplete, and so must the words.
 */
function noFindingsSummary(outcome: CheckOutcome, words: SummaryWords): string {
  if (outcome.problems.length === 0) return words.noProblems;
  return outcome.files.length === 0 ? words.incomplete : words.incompleteNoFindings;
}

// ---------------------------------------------------------------------------------------------
// SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

const sarifSchema = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
const sourceRoot = '%SRCROOT%';

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** The rules, once each: `allRules` lists a rule id twice when it checks two places. */
export function distinctRules(): RuleMeta[] {
  const seen = new Map<string, RuleMeta>();
  for (const rule of allRules) if (!seen.has(rule.meta.id)) seen.set(rule.meta.id, rule.meta);
  return [...seen.values()];
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

function sarifRegion(range: Finding['range']): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

/** A relative path stays relative to the source root (what code scanning expects); an absolute one becomes a file URI. */
function artifactLocation(file: CheckedFile): { uri: string; uriBaseId?: string } {
  if (path.isAbsolute(file.path) || /^[A-Za-z]:\//.test(file.path)) return { uri: pathToFileURL(file.absolutePath).href };
  return { uri: file.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: sourceRoot };
}

/**
 * A rule's documentation page, carried in the log: a viewer of the log on another machine (a CI
 * server, a code-scanning page) cannot open the `file:` link to this installation, and shows the
 * rule's help from the log itself. Nothing when the page cannot be read.
 */
function ruleHelp(packageRoot: string, ruleId: RuleMeta['id']): { help?: { text: string; markdown: string } } {
  try {
    const page = readFileSync(path.join(packageRoot, ruleDocumentationPath(ruleId)), 'utf8');
    return { help: { text: page, markdown: page } };
  } catch {
    return {};
  }
}

/**
 * A SARIF 2.1.0 log with one run: the tool and every rule (with its documentation as helpUri and help),
 * one result per finding with its quick fixes and related locations, and the paths that could not
 * be checked as tool execution notifications.
 */
export function formatSarif(outcome: CheckOutcome, tool: ToolInfo): string {
  const rules = distinctRules();
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const results = outcome.files.flatMap((file) => {
    const location = artifactLocation(file);
    return file.findings.map((finding) => {
      const index = ruleIndex.get(finding.ruleId);
      return {
        ruleId: finding.ruleId,
        ...(index === undefined ? {} : { ruleIndex: index }),
        level: sarifLevel(finding.severity),
        message: { text: finding.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: sarifRegion(finding.range) } }],
        ...(finding.related && finding.related.length > 0
          ? {
              relatedLocations: finding.related.map((related, id) => ({
                id,
                message: { text: related.message },
                physicalLocation: { artifactLocation: location, region: sarifRegion(related.range) },
              })),
            }
          : {}),
        ...(finding.fixes && finding.fixes.length > 0
          ? {
              fixes: finding.fixes.map((fix) => ({
                description: { text: fix.title },
                artifactChanges: [
                  {
                    artifactLocation: location,
                    replacements: fix.edits.map((edit) => ({
                      deletedRegion: sarifRegion(edit.range),
                      insertedContent: { text: edit.newText },
                    })),
                  },
                ],
              })),
            }
          : {}),
      };
    });
  });
  const sarif = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'oewg-drafter',
            version: tool.version,
            informationUri: pathToFileURL(path.join(tool.packageRoot, 'README.md')).href,
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.summary },
              helpUri: pathToFileURL(path.join(tool.packageRoot, ruleDocumentationPath(rule.id))).href,
              ...ruleHelp(tool.packageRoot, rule.id),
              defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { [sourceRoot]: { uri: `${pathToFileURL(tool.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: outcome.problems.length === 0,
            ...(outcome.problems.length > 0
              ? {
                  toolExecutionNotifications: outcome.problems.map((problem) => ({
                    level: 'error',
                    message: { text: `${problem.path}: ${problem.message}` },
                  })),
                }
              : {}),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
