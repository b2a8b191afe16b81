/**
 * The team's `.oewgrc.json`: found by one lookup, the nearest file from a folder upward, up to the
 * root of the repository (the folder holding `.git`) — from each workspace folder for the server,
 * from the current directory for the CLI, so that a sub-folder of the team's repository opened in
 * VS Code gets the file `oewg-drafter check` run there applies. Validated with zod
 * (schemas/workspaceConfig.ts) and merged under the user's settings. File I/O lives here, never
 * in the core; nothing here depends on the LSP, so the CLI reads the file with the same code.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { RuleOptions } from '../../../schemas/ruleOptions';
import type { ValidationSettings } from '../../../schemas/settings';
import {
  effectiveSettings,
  readWorkspaceConfig,
  ruleOptionsOf,
  workspaceConfigFileName,
  workspaceConfigShapeProblem,
  type WorkspaceConfig,
} from '../../../schemas/workspaceConfig';

/** A team file far bigger than any real one is not read (it would be parsed on every change). */
const maxConfigBytes = 1024 * 1024;

/** What reading a `.oewgrc.json` gave. */
export type WorkspaceConfigFile =
  | { readonly kind: 'missing' }
  /** Not readable, not JSON, or not a JSON object: nothing of it applies. */
  | { readonly kind: 'unusable'; readonly message: string }
  /** Read; `problems` are the parts left out (unknown keys, bad values), each saying so; the rest applies. */
  | { readonly kind: 'read'; readonly config: WorkspaceConfig; readonly problems: readonly string[] };

/** Reads and validates one `.oewgrc.json`. */
export function readWorkspaceConfigFile(filePath: string): WorkspaceConfigFile {
  let text: string;
  try {
    const bytes = readFileSync(filePath);
    if (bytes.length > maxConfigBytes) return { kind: 'unusable', message: `larger than ${maxConfigBytes / 1024} KB: not read` };
    text = new TextDecoder('utf-8').decode(bytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unusable', message: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { kind: 'unusable', message: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
  // `null`, `[]`, `42`: valid JSON with nothing in it that could apply, so unusable as non-JSON is.
  const shapeProblem = workspaceConfigShapeProblem(raw);
  if (shapeProblem !== undefined) return { kind: 'unusable', message: shapeProblem };
  const { config, problems } = readWorkspaceConfig(raw);
  return { kind: 'read', config, problems };
}

/**
 * The folders whose `.oewgrc.json` the lookup from `start` reads, nearest first: the folder itself,
 * then its parents, up to the filesystem root or the root of the repository (the folder that holds
 * `.git`, a folder or a worktree's file), whichever comes first. A file above the repository is
 * another project's, never the team's.
 */
export function workspaceConfigSearchPath(start: string): string[] {
  const folders: string[] = [];
  for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
    folders.push(folder);
    if (existsSync(path.join(folder, '.git')) || path.dirname(folder) === folder) return folders;
  }
}

/** The nearest `.oewgrc.json` from `start` upward (see `workspaceConfigSearchPath`): the one that applies. */
export function findWorkspaceConfigFile(start: string): string | undefined {
  return nearestWorkspaceConfigFile(workspaceConfigSearchPath(start));
}

/** The first `.oewgrc.json` in the folders of a search path, nearest first. */
function nearestWorkspaceConfigFile(searchPath: readonly string[]): string | undefined {
  for (const folder of searchPath) {
    const candidate = path.join(folder, workspaceConfigFileName);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * Where the problems of a team file are told: the file's path, what is wrong, and whether the rest
 * of the file applies (`partly`) or none of it (`ignored`: unreadable, not JSON).
 */
export type WorkspaceConfigReporter = (filePath: string, problems: readonly string[], outcome: 'partly' | 'ignored') => void;

interface FolderConfig {
  /** The workspace folder on disk, with a trailing separator, for prefix tests. */
  readonly folderPrefix: string;
  /** The folders the lookup reads, nearest first, up to the repository's root (`workspaceConfigSearchPath`). */
  readonly searchPath: readonly string[];
  /** The file that applies: the nearest on the search path; undefined when there is none. */
  filePath?: string;
  config?: WorkspaceConfig;
}

/**
 * The `.oewgrc.json` that applies to each workspace folder: its own, else the nearest above it up
 * to the repository's root, as the CLI finds it from a directory (`findWorkspaceConfigFile`). It
 * is looked up again when the client says a file on the search path changed (created, edited,
 * deleted), so that a file created nearer wins and a deleted one gives way to the next. A
 * document follows the file of the innermost workspace folder that holds it; a document in none
 * (untitled) follows the only folder's file when there is exactly one folder.
 */
export class WorkspaceConfigStore {
  private folders: FolderConfig[] = [];
  /** Merged settings by user settings, then by file: identities stay stable while nothing changes. */
  private merged = new WeakMap<ValidationSettings, Map<WorkspaceConfig | undefined, ValidationSettings>>();
  private readonly options = new WeakMap<ValidationSettings, RuleOptions>();

  constructor(private readonly report: WorkspaceConfigReporter) {}

  /** Reads the file of each workspace folder (URIs; folders not on disk have none). */
  load(folderUris: readonly string[]): void {
    this.folders = folderUris
      .flatMap((uri) => {
        try {
          const folder = path.resolve(fileURLToPath(uri));
          const folderPrefix = folder.endsWith(path.sep) ? folder : folder + path.sep;
          return [{ folderPrefix, searchPath: workspaceConfigSearchPath(folder) }];
        } catch {
          return []; // a virtual workspace (vscode.dev) has no folder on disk
        }
      })
      // Innermost first, so that a nested workspace folder's file wins for its documents.
      .sort((a, b) => b.folderPrefix.length - a.folderPrefix.length);
    for (const folder of this.folders) this.read(folder);
  }

  /**
   * A watched file changed (created, edited, deleted): the folders whose lookup reads it look again
   * and re-read what they find. False when no folder's settings can have changed: a file in a
   * sub-folder, or above the file that applies.
   */
  fileChanged(uri: string): boolean {
    let filePath: string;
    try {
      filePath = path.resolve(fileURLToPath(uri));
    } catch {
      return false;
    }
    if (path.basename(filePath) !== workspaceConfigFileName) return false;
    const changedFolder = path.dirname(filePath);
    let changed = false;
    for (const folder of this.folders) {
      // Up to the file that applies: one further up is hidden by it.
      const applying = folder.filePath === undefined ? folder.searchPath.length : folder.searchPath.indexOf(path.dirname(folder.filePath)) + 1;
      if (!folder.searchPath.slice(0, applying).includes(changedFolder)) continue;
      this.read(folder);
      changed = true;
    }
    return changed;
  }

  /**
   * The folders above the workspace folders, up to the repository's root, where a `.oewgrc.json`
   * would apply: a client watching the workspace does not see them, so they are watched apart.
   * Folders inside a workspace folder are left out, the workspace watch covers them.
   */
  foldersAboveWorkspace(): string[] {
    const inWorkspace = (folder: string) => this.folders.some((candidate) => (folder + path.sep).startsWith(candidate.folderPrefix));
    return [...new Set(this.folders.flatMap((folder) => folder.searchPath.filter((candidate) => !inWorkspace(candidate))))];
  }

  /** The settings that apply to a document: the user's over its folder's file (see `effectiveSettings`). */
  settingsFor(settings: ValidationSettings, documentUri: string): ValidationSettings {
    const config = this.configFor(documentUri);
    let byConfig = this.merged.get(settings);
    if (!byConfig) this.merged.set(settings, (byConfig = new Map()));
    let result = byConfig.get(config);
    if (!result) byConfig.set(config, (result = effectiveSettings(settings, config)));
    return result;
  }

  /** The rule options for a document, the same object while its settings and file do not change. */
  optionsFor(settings: ValidationSettings, documentUri: string): RuleOptions {
    const effective = this.settingsFor(settings, documentUri);
    let options = this.options.get(effective);
    if (!options) this.options.set(effective, (options = ruleOptionsOf(effective)));
    return options;
  }

  private configFor(documentUri: string): WorkspaceConfig | undefined {
    let documentPath: string | undefined;
    try {
      documentPath = path.resolve(fileURLToPath(documentUri));
    } catch {
      documentPath = undefined; // untitled:, or another scheme
    }
    const folder =
      documentPath === undefined
        ? this.folders.length === 1
          ? this.folders[0]
          : undefined
        : this.folders.find((candidate) => documentPath.startsWith(candidate.folderPrefix));
    return folder?.config;
  }

  /** Looks up the folder's file (the nearest on its search path) and reads it. */
  private read(folder: FolderConfig): void {
    folder.filePath = nearestWorkspaceConfigFile(folder.searchPath);
    const filePath = folder.filePath;
    const file: WorkspaceConfigFile = filePath === undefined ? { kind: 'missing' } : readWorkspaceConfigFile(filePath);
    // A new file or a new version: merged settings computed from the old one are dropped.
    this.merged = new WeakMap();
    if (file.kind === 'missing' || filePath === undefined) {
      folder.config = undefined;
    } else if (file.kind === 'unusable') {
      folder.config = undefined;
      this.report(filePath, [file.message], 'ignored');
    } else {
      folder.config = file.config;
      if (file.problems.length > 0) this.report(filePath, file.problems, 'partly');
    }
  }
}

/**
 * Problems of a team file go to the log each time it is read, and to the user once per distinct
 * problem: the file is shared, and a rule that stays on (or off) because of a typo there must not
 * go unnoticed, yet a warning on every save of a file being written would be noise.
 */
export function workspaceConfigReporter(connection: Connection): WorkspaceConfigReporter {
  const shown = new Set<string>();
  return (filePath, problems, outcome) => {
    for (const problem of problems) connection.console.warn(`${filePath}: ${problem}`);
    const unseen = problems.filter((problem) => !shown.has(`${filePath}\0${problem}`));
    if (unseen.length === 0) return;
    for (const problem of unseen) shown.add(`${filePath}\0${problem}`);
    const consequence = outcome === 'ignored' ? 'the file is ignored until it is corrected' : 'the rest of the file applies';
    // A part's problem says itself what becomes of that part and that the rest applies; a whole file's does not.
    const message =
      unseen.length === 1
        ? `OEWG Submission Drafter: ${filePath}: ${unseen[0]}${outcome === 'ignored' ? ` (${consequence})` : ''}.`
        : `OEWG Submission Drafter: ${filePath}: ${unseen.length} problems (see the output channel; ${consequence}), first: ${unseen[0]}`;
    // `window/showMessage` with MessageType.Warning (2), spelt out: this module stays free of LSP
    // runtime imports, since the CLI loads it. Already logged: a closed connection loses nothing.
    connection.sendNotification('window/showMessage', { type: 2, message }).catch(() => undefined);
  };
}
