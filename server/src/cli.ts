/**
 * The command line (`oewg-drafter`, bundled as dist/cli.js): `check` runs the same core as the
 * language server over files and folders and prints text, JSON or SARIF for CI; `lsp` runs the
 * language server itself. All file and terminal I/O lives here and in ./cli/, never in the core.
 *
 * Exit status: 0 when no error-severity finding, 1 when there is one, 2 on a usage error, a path
 * that cannot be read, or a check that could not be completed.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { version } from '../../package.json';
import { checkSubmissions, collectSubmissions, toDisplayPath, type CheckOutcome } from './cli/check';
import { LibraryStore } from './library/libraryStore';
import { findWorkspaceConfigFile, readWorkspaceConfigFile } from './features/workspaceConfig';
import { defaultRuleOptions } from '../../schemas/ruleOptions';
import { mergeRuleOptions, workspaceConfigFileName, type WorkspaceConfig } from '../../schemas/workspaceConfig';
import { formatChecklistText } from './cli/checklistFormat';
import { runCompile, runExport } from './cli/documentCommands';
import { formatJson, formatSarif, formatText, outputFormats, type OutputFormat } from './cli/formatters';

const programName = 'oewg-drafter';

const usage = `Usage: ${programName} <command> [options]

Commands:
  check [options] PATH...  Check submissions: Markdown files, or folders to search for them
  export --format F FILE -o OUT
                           Write one submission as docx (what the Secretariat receives), html
                           (standalone, printable) or json (the data registries use); with
                           --number-paragraphs, body paragraphs are numbered as in UN documents
  compile [options] PATH...
                           One table of the programmes of many submissions, by region and theme,
                           programmes reported by several submitters merged and flagged:
                           --format md (default), csv or json; -o OUT; --language en|fr
                           (the words of the md and csv tables; json keeps its ids)
  lsp --stdio              Run the language server (for editors; also --node-ipc, --socket=PORT)

Options:
  -h, --help               Show this help
  --version                Show the version

Options of check:
  -f, --format FORMAT      text (default), json or sarif
  -q, --quiet              Report errors only: leave out warnings, information and hints
  --checklist              Also print each programme's principles checklist (addressed, claimed
                           only, not addressed, contradicted, not applicable); in JSON, a
                           "checklist" array per file; not with --format sarif (a usage error)
  --sources FOLDER         Add a folder of your own reference sources to the library (may be
                           repeated; format in docs/library-format.md)
  --config FILE            Read severities and rule options from FILE (the format of
                           .oewgrc.json) instead of the nearest .oewgrc.json
  --no-config              Read no .oewgrc.json: every rule at its default severity

Folders are searched recursively for .md files that start with front matter (a first line
"---"); node_modules and folders whose names start with a dot are skipped. A file named on the
command line is always checked. Citations are checked against the reference library shipped
with the package, and the --sources folders.

Severities and rule options come from the nearest .oewgrc.json: in the current directory, else
in its parents, up to the folder that holds .git (or the filesystem root): the file VS Code
applies to a workspace folder opened there. A rule set to "off" there is not reported. Parts of the file that are not valid are left out, with a warning on
stderr (of a list of more than 1000 acronyms or addresses, the first 1000 are read); a file that
is not a JSON object, or a --config FILE that does not exist, is a usage error.

Exit status: 0 no errors found, 1 errors found, 2 usage error, unreadable path, or a check that
could not be completed.

Examples:
  ${programName} check submissions/
  ${programName} export --format docx submission.md -o submission.docx
  ${programName} compile --format csv submissions/ -o programmes.csv
  ${programName} check --format sarif submissions/ > results.sarif
`;

/** What a command writes and how it ends; `main` performs it. */
interface CommandResult {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode: number;
}

interface CheckOptions {
  readonly format: OutputFormat;
  readonly quiet: boolean;
  readonly paths: readonly string[];
  readonly sources: readonly string[];
  readonly checklist: boolean;
  /** `--config FILE`; `false` for `--no-config`; undefined: the nearest `.oewgrc.json`. */
  readonly config: string | false | undefined;
}

class UsageError extends Error {}

/** Reads `check`'s options: `--format json`, `--format=json`, `-f json`, `--quiet`, `--` then paths. */
function parseCheckArguments(args: readonly string[]): CheckOptions | 'help' {
  let format: OutputFormat = 'text';
  let quiet = false;
  let checklist = false;
  let config: string | false | undefined;
  const paths: string[] = [];
  const sources: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index] ?? '';
    if (argument === '--') {
      paths.push(...args.slice(index + 1));
      break;
    }
    if (argument === '-h' || argument === '--help') return 'help';
    if (argument === '-q' || argument === '--quiet') {
      quiet = true;
      continue;
    }
    if (argument === '--checklist') {
      checklist = true;
      continue;
    }
    if (argument === '--no-config') {
      config = false;
      continue;
    }
    const configMatch = /^--config(?:=(.*))?$/.exec(argument);
    if (configMatch) {
      const value = configMatch[1] ?? args[++index];
      if (value === undefined || value === '') throw new UsageError(`${argument} needs a file`);
      config = value;
      continue;
    }
    const sourcesMatch = /^--sources(?:=(.*))?$/.exec(argument);
    if (sourcesMatch) {
      const value = sourcesMatch[1] ?? args[++index];
      if (value === undefined || value === '') throw new UsageError(`${argument} needs a folder`);
      sources.push(value);
      continue;
    }
    const formatMatch = /^(?:--format|-f)(?:=(.*))?$/.exec(argument);
    if (formatMatch) {
      const value = formatMatch[1] ?? args[++index];
      if (value === undefined) throw new UsageError(`${argument} needs a value: ${outputFormats.join(', ')}`);
      if (!(outputFormats as readonly string[]).includes(value)) {
        throw new UsageError(`unknown format "${value}": use ${outputFormats.join(', ')}`);
      }
      format = value as OutputFormat;
      continue;
    }
    if (argument.startsWith('-') && argument !== '-') throw new UsageError(`unknown option "${argument}"`);
    paths.push(argument);
  }
  if (paths.length === 0) throw new UsageError('no path given: name the submissions, or folders of them, to check');
  // Refused rather than dropped with a warning: in CI a warning scrolls by, and the checklist asked
  // for would be missing from every uploaded report without anyone noticing.
  if (checklist && format === 'sarif') {
    throw new UsageError('--checklist is not part of SARIF output (SARIF has no place for it): use --format json or text for the checklist');
  }
  return { format, quiet, paths, sources, checklist, config };
}

/** The folder that holds the installed package.json: dist/.. in the bundle, the repository from source. */
function findPackageRoot(start: string): string {
  for (let folder = start; ; folder = path.dirname(folder)) {
    if (existsSync(path.join(folder, 'package.json')) && existsSync(path.join(folder, 'docs'))) return folder;
    if (path.dirname(folder) === folder) return path.join(start, '..');
  }
}

function exitCodeOf(outcome: CheckOutcome): number {
  if (outcome.problems.length > 0) return 2;
  return outcome.files.some((file) => file.findings.some((finding) => finding.severity === 'error')) ? 1 : 0;
}

/** Runs `check`: collects the files, checks them, and formats the outcome; `main` writes it. */
function runCheck(
  options: CheckOptions,
  environment: { cwd: string; colour: boolean; packageRoot: string },
): CommandResult {
  const collected = collectSubmissions(options.paths, environment.cwd);
  const libraryWarnings: string[] = [];
  const store = new LibraryStore(environment.packageRoot, (found) =>
    libraryWarnings.push(...found.map((problem) => `${programName}: warning: library source ${problem.source}${problem.line === undefined ? '' : `:${problem.line + 1}`}: ${problem.message}\n`)),
  );
  for (const folder of options.sources) {
    const absolute = path.resolve(environment.cwd, folder);
    if (!existsSync(absolute)) return usageError(`--sources ${folder}: no such folder`, 'check');
  }
  store.setUserFolders(options.sources.map((folder) => path.resolve(environment.cwd, folder)));
  const team = loadWorkspaceConfig(options.config, environment.cwd);
  if ('error' in team) return team.error;
  const checked = checkSubmissions(collected.files, store.library, {
    checklist: options.checklist,
    rules: team.config.rules ?? {},
    ruleOptions: mergeRuleOptions(defaultRuleOptions, team.config),
  });
  const problems = [...collected.problems, ...checked.problems];
  const outcome: CheckOutcome = {
    files: options.quiet
      ? checked.files.map((file) => ({ ...file, findings: file.findings.filter((finding) => finding.severity === 'error') }))
      : checked.files,
    problems,
    skipped: checked.skipped,
  };
  const stderr = [...team.warnings, ...libraryWarnings, ...problems.map((problem) => `${programName}: ${problem.path}: ${problem.message}\n`)];
  if (outcome.files.length === 0 && problems.length === 0) {
    stderr.push(
      `${programName}: no submission found in ${options.paths.join(', ')} (Markdown files whose first line is "---")\n`,
    );
  }
  const stdout =
    options.format === 'json'
      ? formatJson(outcome)
      : options.format === 'sarif'
        ? formatSarif(outcome, { version, packageRoot: environment.packageRoot, cwd: environment.cwd })
        : formatText(outcome, { colour: environment.colour, quiet: options.quiet }) + (options.checklist ? formatChecklistText(outcome) : '');
  return { stdout, stderr: stderr.join(''), exitCode: exitCodeOf(outcome) };
}

/**
 * The team's configuration for `check`: `--config FILE`, else the nearest `.oewgrc.json` (none with
 * `--no-config`). A file that cannot be used at all stops the check (exit 2): CI must not pass
 * with rules the team turned on silently left at their defaults. Invalid parts are warnings.
 */
function loadWorkspaceConfig(
  option: string | false | undefined,
  cwd: string,
): { config: WorkspaceConfig; warnings: string[] } | { error: CommandResult } {
  if (option === false) return { config: {}, warnings: [] };
  const filePath = option === undefined ? findWorkspaceConfigFile(cwd) : path.resolve(cwd, option);
  if (filePath === undefined) return { config: {}, warnings: [] };
  const shown = option ?? toDisplayPath(path.relative(cwd, filePath) || workspaceConfigFileName);
  const file = readWorkspaceConfigFile(filePath);
  if (file.kind === 'missing') return { error: usageError(`--config ${shown}: no such file`, 'check') };
  if (file.kind === 'unusable') {
    return { error: usageError(`${option === undefined ? '' : '--config '}${shown}: ${file.message} (nothing was checked: correct the file, or use --no-config)`, 'check') };
  }
  // Each problem says what becomes of its part: left out, or only partly read.
  const warnings = file.problems.map((problem) => `${programName}: warning: ${shown}: ${problem}\n`);
  return { config: file.config, warnings };
}

function usageError(message: string, command?: string): CommandResult {
  const prefix = command ? `${programName} ${command}` : programName;
  return { stderr: `${prefix}: ${message}\nRun "${programName} --help" for usage.\n`, exitCode: 2 };
}

const lspTransports = /^--(?:stdio|node-ipc|socket=\d+|pipe=.+|clientProcessId=\d+)$/;

/** Everything but `lsp` (which hands the process over to the server). */
function runCommand(args: readonly string[], environment: { cwd: string; colour: boolean; packageRoot: string }): CommandResult | Promise<CommandResult> {
  const [command, ...rest] = args;
  if (command === undefined) return { stderr: usage, exitCode: 2 };
  if (command === '-h' || command === '--help' || command === 'help') return { stdout: usage, exitCode: 0 };
  if (command === '--version' || command === '-v') return { stdout: `${version}\n`, exitCode: 0 };
  if (command === 'check') {
    try {
      const options = parseCheckArguments(rest);
      if (options === 'help') return { stdout: usage, exitCode: 0 };
      return runCheck(options, environment);
    } catch (error) {
      if (error instanceof UsageError) return usageError(error.message, 'check');
      throw error;
    }
  }
  if (command === 'export' || command === 'compile') {
    if (rest.some((argument) => argument === '-h' || argument === '--help')) return { stdout: usage, exitCode: 0 };
    const library = new LibraryStore(environment.packageRoot, () => undefined).library;
    const outcome = command === 'export' ? runExport(rest, environment.cwd, library) : runCompile(rest, environment.cwd, library);
    return Promise.resolve(outcome).then((result) => (result.usage ? usageError(result.usage, command) : result));
  }
  if (command.startsWith('-')) return usageError(`unknown option "${command}"`);
  return usageError(`unknown command "${command}": use check, export, compile or lsp`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  // A reader that closes the pipe early (`| head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });

  if (args[0] === 'lsp') {
    const transports = args.slice(1).filter((argument) => lspTransports.test(argument));
    if (args.slice(1).some((argument) => argument === '-h' || argument === '--help')) {
      process.stdout.write(usage);
      return;
    }
    if (transports.length === 0) {
      const result = usageError('name a transport: --stdio, --node-ipc or --socket=PORT', 'lsp');
      process.stderr.write(result.stderr ?? '');
      process.exitCode = result.exitCode;
      return;
    }
    // Loaded only here: `check` does not pay for the server's start-up.
    const { runLanguageServer } = await import('./node/main');
    runLanguageServer();
    return;
  }

  const result = await runCommand(args, {
    cwd: process.cwd(),
    colour: process.stdout.isTTY === true && process.env.NO_COLOR === undefined,
    packageRoot: findPackageRoot(__dirname),
  });
  // Problems with the paths first: in a terminal they then sit above the findings and summary.
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.stdout) process.stdout.write(result.stdout);
  // exitCode, not exit(): output written to a pipe is flushed before the process ends.
  process.exitCode = result.exitCode;
}

main().catch((error: unknown) => {
  process.stderr.write(`${programName}: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
