/**
 * Reads reference-library sources from disk: the built-in documents shipped in the package
 * (server/library/*.md) and the folders a user lists in `oewgDrafter.library.sources`. Files are
 * data: read as text, bounded in number and size, parsed by the pure core, never executed.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { maxLibrarySourceBytes, readLibrarySource } from '../core/library/librarySource';
import type { LibraryDocument, LibraryOrigin, LibraryProblem } from '../core/library/types';

/** A folder holding more files than this is read up to it, and the rest is reported. */
export const maxSourceFiles = 500;
const maxDepth = 4;
const sourceExtension = /\.(?:md|markdown|txt)$/i;

export interface SourceFolderReading {
  readonly documents: LibraryDocument[];
  readonly problems: LibraryProblem[];
  /** The files read, for change notifications: a change to one of them re-reads the library. */
  readonly files: string[];
}

/** The directory of the built-in library, inside the package. */
export function builtinLibraryFolder(packageRoot: string): string {
  return path.join(packageRoot, 'server', 'library');
}

/** Reads every source file in `folder` (and its subfolders, a few levels deep). */
export function readSourceFolder(folder: string, origin: LibraryOrigin): SourceFolderReading {
  const reading: SourceFolderReading = { documents: [], problems: [], files: [] };
  const files: string[] = [];
  try {
    collect(folder, 0, files, reading.problems);
  } catch (error) {
    reading.problems.push({ source: folder, message: `The folder could not be read: ${describe(error)}` });
    return reading;
  }
  if (files.length > maxSourceFiles) {
    reading.problems.push({ source: folder, message: `Only the first ${maxSourceFiles} of ${files.length} files were read.` });
  }
  for (const file of files.sort().slice(0, maxSourceFiles)) {
    reading.files.push(file);
    const uri = pathToFileURL(file).href;
    const name = origin === 'user' ? file : path.basename(file);
    let text: string;
    try {
      if (statSync(file).size > maxLibrarySourceBytes) {
        reading.problems.push({ source: name, message: `Not read: larger than ${maxLibrarySourceBytes / (1024 * 1024)} MB.` });
        continue;
      }
      text = readFileSync(file, 'utf8');
    } catch (error) {
      reading.problems.push({ source: name, message: `Could not be read: ${describe(error)}` });
      continue;
    }
    const fallbackId = path.basename(file).replace(sourceExtension, '').toLowerCase().replace(/[^a-z0-9-]+/g, '-');
    const result = readLibrarySource(text, { origin, fallbackId, uri: origin === 'user' ? uri : undefined, name });
    reading.problems.push(...result.problems);
    if (result.document) reading.documents.push(result.document);
  }
  return reading;
}

function collect(folder: string, depth: number, into: string[], problems: LibraryProblem[]): void {
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (into.length > maxSourceFiles) return;
    if (entry.name.startsWith('.')) continue;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depth < maxDepth && entry.name !== 'node_modules') collect(full, depth + 1, into, problems);
    } else if (entry.isFile() && sourceExtension.test(entry.name) && !/^readme\./i.test(entry.name)) {
      into.push(full);
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
