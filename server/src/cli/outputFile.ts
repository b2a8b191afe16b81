/**
 * The file `export` and `compile` write with `-o`: whole or not at all. The bytes go to a file
 * beside it, then that file is renamed over the name, so a failed write never leaves half a
 * document under the name; on any failure the file beside is removed too, and the reason is
 * given in words, for one line on stderr rather than Node's error and its stack.
 */
import { renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describeError } from './check';

/**
 * Writes `contents` to `target` (absolute); `shown` is the path as the user gave it, for the
 * reason. Example: `-o nodir/out.md` gives `{ error: 'cannot write nodir/out.md: no such folder nodir' }`.
 */
export function writeOutputFile(target: string, shown: string, contents: string | Uint8Array): { written: true } | { error: string } {
  const failure = (reason: string) => ({ error: `cannot write ${shown}: ${reason}` });
  // Said before anything is written: on Linux the rename would fail only after the whole write.
  if (isFolder(target)) return failure('is a folder');
  const partial = `${target}.partial-${process.pid}`;
  try {
    writeFileSync(partial, contents);
    renameSync(partial, target);
    return { written: true };
  } catch (error) {
    removeQuietly(partial);
    return failure(describeWriteError(error, target, path.dirname(shown)));
  }
}

function isFolder(filePath: string): boolean {
  try {
    return statSync(filePath).isDirectory();
  } catch {
    return false; // absent or unreachable: the write says why
  }
}

function removeQuietly(filePath: string): void {
  try {
    rmSync(filePath, { force: true });
  } catch {
    // Nothing more can be done; the write's own failure is what the user needs to read.
  }
}

/** Node's error in the terms of the path the user gave: the folder to write in, or the file itself. */
function describeWriteError(error: unknown, target: string, shownFolder: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') {
    // Asked of the folder itself: ENOENT also comes from folders that refuse new files (/proc).
    try {
      if (!statSync(path.dirname(target)).isDirectory()) return `${shownFolder} is not a folder`;
    } catch (folderError) {
      const folderCode = (folderError as NodeJS.ErrnoException | undefined)?.code;
      if (folderCode === 'ENOENT') return `no such folder ${shownFolder}`;
      if (folderCode === 'ENOTDIR') return `${shownFolder} is not a folder`;
    }
  }
  if (code === 'EROFS') return 'read-only file system';
  if (code === 'ENOSPC') return 'no space left on the device';
  return describeError(error);
}
