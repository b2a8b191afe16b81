/**
 * The I/O of `oewg-drafter check`: finding the submissions a command line names, reading their
 * bytes as text, and running the pure core over them. Nothing here prints; the caller formats.
 */
import { readdirSync, readFileSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import { analyzeSubmission } from '../core/analyzer';
import type { ReferenceLibrary } from '../core/library/library';
import { documentChecklist, type PlacedChecklist } from '../core/principles/documentChecklist';
import type { Finding } from '../core/findings';
import { applySeverities } from '../core/severity';
import type { RuleOptions } from '../../../schemas/ruleOptions';
import type { SeveritySetting } from '../../../schemas/settings';
import type { LabelLanguage } from '../../../schemas/vocabulary';

/** A file to check: where it is, and how to name it in the output. */
export interface SubmissionFile {
  /** The path as the user gave it (or joined onto the folder they gave), with forward slashes. */
  readonly displayPath: string;
  readonly absolutePath: string;
  /** Named on the command line (always checked), rather than found in a folder. */
  readonly explicit: boolean;
}

/** One checked file and what the rules found in it. */
export interface CheckedFile {
  readonly path: string;
  readonly absolutePath: string;
  readonly findings: readonly Finding[];
  /** Each programme's principles checklist, when asked for (`--checklist`). */
  readonly checklist?: readonly PlacedChecklist[];
  /**
   * The language the draft is read in (its front matter `language`: French, else English), in
   * which its findings and checklist labels are written, and so the words printed beside them.
   */
  readonly language: LabelLanguage;
}

/** Something that stopped a path from being checked: it does not exist, cannot be read… */
export interface InputProblem {
  readonly path: string;
  readonly message: string;
}

/** What `check` found: the files checked, the paths it could not check, the files it skipped. */
export interface CheckOutcome {
  readonly files: readonly CheckedFile[];
  readonly problems: readonly InputProblem[];
  /** Markdown files found in folders and skipped because they have no front matter. */
  readonly skipped: number;
}

/** Folders never searched: dependencies, and dot-folders (.git, .vscode…). */
function isSkippedFolder(name: string): boolean {
  return name === 'node_modules' || name.startsWith('.');
}

function isMarkdownFile(name: string): boolean {
  return name.toLowerCase().endsWith('.md');
}

/** Forward slashes on every platform: output paths are compared and clicked, not re-parsed. */
export function toDisplayPath(filePath: string): string {
  return filePath.split(path.sep).join('/');
}

/**
 * Reads a file's bytes as text. UTF-8 is decoded leniently: bytes that are not UTF-8 become
 * U+FFFD, which the core reports with its line. A UTF-8 byte order mark is dropped; a UTF-16 one
 * (Windows "Unicode" text) selects that encoding, so such files are read rather than rejected.
 */
export function decodeSubmission(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** "examples/" + "a.md" → "examples/a.md"; "." or "./" + "a.md" → "a.md". */
function joinDisplayPath(folder: string, name: string): string {
  const trimmed = folder.length > 1 ? folder.replace(/\/+$/, '') : folder;
  return trimmed === '.' ? name : trimmed === '/' ? `/${name}` : `${trimmed}/${name}`;
}

/** The core's own test for front matter: the first line is "---". */
function startsWithFrontMatter(text: string): boolean {
  return /^---[ \t]*(?:\r?\n|\r|$)/.test(text);
}

/** The message of a file-system error, without Node's "ENOENT: …, open '…'" decoration. */
export function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a folder';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ERR_FS_FILE_TOO_LARGE':
      return 'too large to read';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/**
 * Expands the command line's paths into the files to check, in order: a file as named, a folder
 * searched recursively (sorted, so output is stable). Each file appears once.
 */
export function collectSubmissions(
  paths: readonly string[],
  cwd: string,
): { files: SubmissionFile[]; problems: InputProblem[] } {
  const files: SubmissionFile[] = [];
  const problems: InputProblem[] = [];
  const seenFiles = new Set<string>();
  // Once per file, however it is reached: named twice, inside a named folder, through a link.
  const add = (file: SubmissionFile) => {
    let identity = file.absolutePath;
    try {
      identity = realpathSync(file.absolutePath);
    } catch {
      // unreadable: reported when it is read
    }
    if (seenFiles.has(identity)) return;
    seenFiles.add(identity);
    files.push(file);
  };

  for (const given of paths) {
    const absolutePath = path.resolve(cwd, given);
    const displayPath = toDisplayPath(path.normalize(given));
    let stats: Stats;
    try {
      stats = statSync(absolutePath);
    } catch (error) {
      problems.push({ path: displayPath, message: describeError(error) });
      continue;
    }
    if (!stats.isDirectory() && !stats.isFile()) {
      // A FIFO or a device would block the read, or never end.
      problems.push({ path: displayPath, message: 'is not a regular file' });
      continue;
    }
    if (stats.isFile()) {
      add({ displayPath, absolutePath, explicit: true });
      continue;
    }
    walkFolder(absolutePath, displayPath, new Set(), add, problems);
  }
  return { files, problems };
}

function walkFolder(
  absolutePath: string,
  displayPath: string,
  visited: Set<string>,
  add: (file: SubmissionFile) => void,
  problems: InputProblem[],
): void {
  let entries: Dirent[];
  try {
    // A symbolic link back up the tree would otherwise be searched forever.
    const realPath = realpathSync(absolutePath);
    if (visited.has(realPath)) return;
    visited.add(realPath);
    entries = readdirSync(absolutePath, { withFileTypes: true });
  } catch (error) {
    problems.push({ path: displayPath, message: describeError(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const childAbsolute = path.join(absolutePath, entry.name);
    const childDisplay = joinDisplayPath(displayPath, entry.name);
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = statSync(childAbsolute);
        isFolder = target.isDirectory();
        isFile = target.isFile();
      } catch {
        continue; // a dangling link is not a submission
      }
    }
    if (isFolder) {
      if (!isSkippedFolder(entry.name)) walkFolder(childAbsolute, childDisplay, visited, add, problems);
    } else if (isFile && isMarkdownFile(entry.name)) {
      add({ displayPath: childDisplay, absolutePath: childAbsolute, explicit: false });
    }
  }
}

/**
 * Checks every file: reads it, skips folder-found files that are not submissions, and analyzes
 * the rest with every rule at its default severity, or the one `options.rules` gives (`.oewgrc.json`).
 * A rule that throws is reported as a problem (the check is incomplete) and the other rules still run.
 */
/** Checks the files against the rules, citations against `library` (the built-in one in the CLI). */
export function checkSubmissions(
  files: readonly SubmissionFile[],
  library?: ReferenceLibrary,
  options: {
    readonly checklist?: boolean;
    /** Severities by rule id (`.oewgrc.json`): `off` drops a rule's findings. */
    readonly rules?: Readonly<Record<string, SeveritySetting>>;
    /** What the rules are told (`.oewgrc.json`: known acronyms, allowed addresses). */
    readonly ruleOptions?: RuleOptions;
  } = {},
): CheckOutcome {
  const checked: CheckedFile[] = [];
  const problems: InputProblem[] = [];
  let skipped = 0;
  for (const file of files) {
    let text: string;
    try {
      text = decodeSubmission(readFileSync(file.absolutePath));
    } catch (error) {
      problems.push({ path: file.displayPath, message: `cannot be read: ${describeError(error)}` });
      continue;
    }
    if (!file.explicit && !startsWithFrontMatter(text)) {
      skipped++;
      continue;
    }
    try {
      const analysis = analyzeSubmission(text, (ruleId, error) => {
        problems.push({
          path: file.displayPath,
          message: `rule ${ruleId} failed, so this file was not fully checked: ${error instanceof Error ? error.message : String(error)}`,
        });
      }, library, options.ruleOptions);
      checked.push({
        path: file.displayPath,
        absolutePath: file.absolutePath,
        findings: options.rules ? applySeverities(analysis.findings, { enable: true, rules: options.rules }) : analysis.findings,
        language: analysis.document.context.labelLanguage,
        ...(options.checklist ? { checklist: documentChecklist(analysis) } : {}),
      });
    } catch (error) {
      problems.push({
        path: file.displayPath,
        message: `could not be checked: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return { files: checked, problems, skipped };
}
