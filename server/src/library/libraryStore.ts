/**
 * The reference library of a running server (or CLI): the built-in documents, read on first
 * use, and the user's source folders, re-read when the setting or one of their files changes.
 * Each rebuild gets a new version number, so analyses made with an older library are redone.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ReferenceLibrary } from '../core/library/library';
import type { LibraryDocument, LibraryProblem } from '../core/library/types';
import { builtinLibraryFolder, readSourceFolder } from './sourceFiles';

export class LibraryStore {
  private builtin?: { documents: LibraryDocument[]; problems: LibraryProblem[] };
  private user?: { documents: LibraryDocument[]; problems: LibraryProblem[]; files: Set<string> };
  private userFolders: string[] = [];
  private built?: ReferenceLibrary;
  private version = 0;

  /**
   * @param packageRoot where the built-in library is (`server/library` under it); none: no built-in documents.
   * @param onProblems told about problems found in the sources each time they are read.
   */
  constructor(
    private readonly packageRoot: string | undefined,
    private readonly onProblems: (problems: readonly LibraryProblem[]) => void = () => undefined,
  ) {}

  /** The library as it stands; built on first use, and again after a change. */
  get library(): ReferenceLibrary {
    if (this.built) return this.built;
    this.builtin ??= this.packageRoot
      ? readSourceFolder(builtinLibraryFolder(this.packageRoot), 'builtin')
      : { documents: [], problems: [] };
    if (!this.user) {
      const documents: LibraryDocument[] = [];
      const problems: LibraryProblem[] = [];
      const files = new Set<string>();
      for (const folder of this.userFolders) {
        const reading = readSourceFolder(folder, 'user');
        documents.push(...reading.documents);
        problems.push(...reading.problems);
        for (const file of reading.files) files.add(path.resolve(file));
      }
      this.user = { documents, problems, files };
      this.onProblems([...(this.version === 0 ? this.builtin.problems : []), ...problems]);
    }
    this.built = new ReferenceLibrary([...this.builtin.documents, ...this.user.documents], ++this.version);
    return this.built;
  }

  /** The folders of the user's sources, already resolved to absolute paths. Returns whether they changed. */
  setUserFolders(folders: readonly string[]): boolean {
    const next = [...new Set(folders.map((folder) => path.resolve(folder)))];
    if (next.join('\0') === this.userFolders.join('\0')) return false;
    this.userFolders = next;
    this.invalidate();
    return true;
  }

  /**
   * Tells the store a file changed (created, changed or deleted). Returns whether the library
   * must be rebuilt: the file is one of its sources, or a new file in one of its folders.
   */
  fileChanged(uri: string): boolean {
    let file: string;
    try {
      file = path.resolve(fileURLToPath(uri));
    } catch {
      return false;
    }
    const known = this.user?.files.has(file) === true;
    const inFolder = this.userFolders.some((folder) => file.startsWith(folder + path.sep));
    if (!known && !inFolder) return false;
    this.invalidate();
    return true;
  }

  /** Whether a file belongs to the user's sources (it is then a source, not a submission). */
  isUserSource(uri: string): boolean {
    try {
      const file = path.resolve(fileURLToPath(uri));
      return this.userFolders.some((folder) => file.startsWith(folder + path.sep));
    } catch {
      return false;
    }
  }

  private invalidate(): void {
    this.user = undefined;
    this.built = undefined;
  }
}
