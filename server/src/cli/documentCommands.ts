/**
 * `export` (one submission to DOCX, HTML or JSON) and `compile` (many submissions to one table by
 * region and theme). Both read submissions as `check` does, with the built-in reference library.
 */
import path from 'node:path';
import { compileSubmissions, type CompileInput } from '../core/compile/compile';
import { submissionRecord } from '../core/export/submissionRecord';
import type { ReferenceLibrary } from '../core/library/library';
import { exportFormats, exportSubmission, type ExportFormat } from '../export/exportSubmission';
import { collectSubmissions } from './check';
import { compileFormats, formatCompilation, type CompileFormat } from './compileFormat';
import { writeOutputFile } from './outputFile';
import { analyzeSubmissionFile } from './submissionFiles';

export interface CommandOutcome {
  readonly stdout?: string;
  readonly stderr?: string;
  readonly exitCode: number;
  /** A usage problem: the caller adds the pointer to --help. */
  readonly usage?: string;
}

/** `--name VALUE` or `--name=VALUE` at `args[index]`: the value and the index of the last argument read. */
function optionValue(args: readonly string[], index: number, names: readonly string[]): { value: string; last: number } | undefined {
  const argument = args[index] ?? '';
  for (const name of names) {
    if (argument === name) {
      const value = args[index + 1];
      return value === undefined ? { value: '', last: index } : { value, last: index + 1 };
    }
    if (argument.startsWith(`${name}=`)) return { value: argument.slice(name.length + 1), last: index };
  }
  return undefined;
}

/** `export --format docx|html|json [--number-paragraphs] FILE -o OUT`. */
export async function runExport(args: readonly string[], cwd: string, library: ReferenceLibrary): Promise<CommandOutcome> {
  let format: string | undefined;
  let output: string | undefined;
  let numberParagraphs = false;
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index] ?? '';
    const formatOption = optionValue(args, index, ['--format', '-f']);
    const outputOption = optionValue(args, index, ['--output', '-o']);
    if (formatOption) {
      format = formatOption.value;
      index = formatOption.last;
    } else if (outputOption) {
      output = outputOption.value;
      index = outputOption.last;
    } else if (argument === '--number-paragraphs') {
      numberParagraphs = true;
    } else if (argument.startsWith('-') && argument !== '-') {
      return { exitCode: 2, usage: `unknown option "${argument}"` };
    } else {
      files.push(argument);
    }
  }
  if (!format || !(exportFormats as readonly string[]).includes(format)) return { exitCode: 2, usage: `--format must be ${exportFormats.join(', ')}` };
  if (files.length !== 1 || !files[0]) return { exitCode: 2, usage: 'name exactly one submission to export' };
  if (!output) return { exitCode: 2, usage: 'name the file to write with -o OUT' };
  const input = path.resolve(cwd, files[0]);
  const target = path.resolve(cwd, output);
  if (input === target) return { exitCode: 2, usage: `-o ${output} is the submission itself: choose another file` };
  const read = analyzeSubmissionFile(input, library);
  if ('error' in read) return { exitCode: 2, stderr: `oewg-drafter export: ${files[0]} ${read.error}\n` };
  const bytes = await exportSubmission(read.analysis, library, format as ExportFormat, { numberParagraphs });
  const written = writeOutputFile(target, output, bytes);
  if ('error' in written) return { exitCode: 2, stderr: `oewg-drafter export: ${written.error}\n` };
  const problems = read.analysis.findings.filter((finding) => finding.severity === 'error').length;
  const note = problems > 0 ? ` (the draft has ${problems} error${problems === 1 ? '' : 's'}: run "oewg-drafter check ${files[0]}")` : '';
  return { exitCode: 0, stderr: `wrote ${output}${note}\n` };
}

/** `compile [--format md|csv|json] [-o OUT] PATH...`. */
export function runCompile(args: readonly string[], cwd: string, library: ReferenceLibrary): CommandOutcome {
  let format: CompileFormat = 'md';
  let output: string | undefined;
  let language: 'en' | 'fr' = 'en';
  const paths: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const argument = args[index] ?? '';
    const formatOption = optionValue(args, index, ['--format', '-f']);
    const outputOption = optionValue(args, index, ['--output', '-o']);
    const languageOption = optionValue(args, index, ['--language']);
    if (formatOption) {
      if (!(compileFormats as readonly string[]).includes(formatOption.value)) return { exitCode: 2, usage: `--format must be ${compileFormats.join(', ')}` };
      format = formatOption.value as CompileFormat;
      index = formatOption.last;
    } else if (outputOption) {
      output = outputOption.value;
      index = outputOption.last;
    } else if (languageOption) {
      if (languageOption.value !== 'en' && languageOption.value !== 'fr') return { exitCode: 2, usage: '--language must be en or fr' };
      language = languageOption.value;
      index = languageOption.last;
    } else if (argument.startsWith('-') && argument !== '-') {
      return { exitCode: 2, usage: `unknown option "${argument}"` };
    } else {
      paths.push(argument);
    }
  }
  if (paths.length === 0) return { exitCode: 2, usage: 'no path given: name the submissions, or folders of them, to compile' };
  const collected = collectSubmissions(paths, cwd);
  const stderr = collected.problems.map((problem) => `oewg-drafter compile: ${problem.path}: ${problem.message}\n`);
  const inputs: CompileInput[] = [];
  for (const file of collected.files) {
    const read = analyzeSubmissionFile(file.absolutePath, library);
    if ('error' in read) {
      if (file.explicit) stderr.push(`oewg-drafter compile: ${file.displayPath} ${read.error}: skipped\n`);
      continue;
    }
    if (read.analysis.document.context.kind === 'statement') {
      stderr.push(`oewg-drafter compile: ${file.displayPath} is a statement, with no programmes: skipped\n`);
      continue;
    }
    inputs.push({ path: file.displayPath, record: submissionRecord(read.analysis) });
  }
  if (collected.files.length === 0 && collected.problems.length === 0) {
    stderr.push(`oewg-drafter compile: no submission found in ${paths.join(', ')} (Markdown files whose first line is "---")\n`);
  }
  const target = output === undefined ? undefined : path.resolve(cwd, output);
  if (target !== undefined && collected.files.some((file) => path.resolve(file.absolutePath) === target)) {
    return { exitCode: 2, usage: `-o ${output} is one of the submissions: choose another file` };
  }
  const text = formatCompilation(compileSubmissions(inputs, language), format, language);
  const exitCode = collected.problems.length > 0 ? 2 : 0;
  if (output && target) {
    const written = writeOutputFile(target, output, text);
    if ('error' in written) return { exitCode: 2, stderr: [...stderr, `oewg-drafter compile: ${written.error}\n`].join('') };
    stderr.push(`wrote ${output}: ${inputs.length} submission${inputs.length === 1 ? '' : 's'}\n`);
    return { exitCode, stderr: stderr.join('') };
  }
  return { exitCode, stdout: text, stderr: stderr.join('') };
}
