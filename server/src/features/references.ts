/**
 * Find references: where a document, or one of its paragraphs, is cited across the workspace's
 * submissions. Open documents are read from the editor (unsaved text included); the others from
 * disk, bounded in number and size. Only submissions (front matter with `kind:`) are searched.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { CancellationToken, Location, Position } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis } from '../core/analyzer';
import { citationAt, citationTarget } from '../core/library/citationAt';
import { findCitations } from '../core/library/citations';
import type { ReferenceLibrary } from '../core/library/library';
import type { LibraryDocument, LibraryUnit } from '../core/library/types';
import { LineIndex } from '../core/text';
import { isSubmission } from './documentAnalyses';
import { documentLines, libraryLocation } from './library';

/** A workspace with more Markdown files than this is searched up to it. */
const maxFiles = 2000;
const maxFileBytes = 2 * 1024 * 1024;
const maxDepth = 8;
const skippedFolders = new Set(['node_modules', '.git', 'dist', 'out', '.vscode-test']);

export interface ReferenceSearch {
  readonly workspaceFolders: readonly string[];
  /** The open documents, by URI: their text wins over the file on disk. */
  readonly openDocument: (uri: string) => TextDocument | undefined;
  readonly openDocuments: () => readonly TextDocument[];
}

/** The places citing what is cited at `position` (and, if asked, the cited source itself). */
export function libraryReferences(
  document: TextDocument | undefined,
  analysis: Analysis | undefined,
  library: ReferenceLibrary,
  position: Position,
  includeDeclaration: boolean,
  search: ReferenceSearch,
  token?: CancellationToken,
): Location[] | null {
  if (!document || !analysis) return null;
  const date = analysis.document.context.documentDate;
  const cited = citationAt({ ...documentLines(document), position, draftYear: date ? Number(date.slice(0, 4)) : undefined, library });
  const target = cited && citationTarget(cited, library);
  if (!target) return null;
  const locations: Location[] = includeDeclaration ? [libraryLocation(target.document, target.unit)] : [];
  for (const { uri, text } of submissionTexts(search)) {
    if (token?.isCancellationRequested) break;
    locations.push(...citationsOf(uri, text, target.document, target.unit, library));
  }
  return locations;
}

/** The ranges in one submission that cite the document (any of it) or, when given, that unit. */
export function citationsOf(
  uri: string,
  text: string,
  document: LibraryDocument,
  unit: LibraryUnit | undefined,
  library: ReferenceLibrary,
): Location[] {
  const year = /^date:[ \t]*["']?(\d{4})/m.exec(text.slice(0, 4096))?.[1];
  const citations = findCitations(text, library, { draftYear: year ? Number(year) : undefined });
  const lines = new LineIndex(text);
  const locations: Location[] = [];
  const at = (start: number, end: number): Location => ({ uri, range: lines.rangeAt(start, end) });
  if (!unit) {
    for (const mention of citations.documents) if (mention.document?.id === document.id) locations.push(at(mention.start, mention.end));
    return locations;
  }
  for (const citation of citations.paragraphs) {
    if (citation.document?.document?.id !== document.id) continue;
    for (const cited of citation.numbers) {
      const lookup = library.findUnit(document, { kind: 'paragraph', number: cited.number, annex: citation.annex });
      if ('found' in lookup && lookup.found.key === unit.key) {
        locations.push(at(cited.start, cited.end));
        break;
      }
    }
  }
  return locations;
}

/** Every submission of the workspace, open ones from the editor. */
function* submissionTexts(search: ReferenceSearch): Generator<{ uri: string; text: string }> {
  const seen = new Set<string>();
  for (const open of search.openDocuments()) {
    const text = open.getText();
    seen.add(open.uri);
    if (isSubmission(text)) yield { uri: open.uri, text };
  }
  const files: string[] = [];
  for (const folder of search.workspaceFolders) {
    try {
      collectMarkdown(fileURLToPath(folder), 0, files);
    } catch {
      // A folder that is not on disk (a virtual workspace) or cannot be read: nothing to search there.
    }
  }
  for (const file of files.slice(0, maxFiles)) {
    const uri = pathToFileURL(file).href;
    if (seen.has(uri) || search.openDocument(uri)) continue;
    try {
      if (statSync(file).size > maxFileBytes) continue;
      const text = readFileSync(file, 'utf8');
      if (isSubmission(text)) yield { uri, text };
    } catch {
      // Deleted or unreadable since listed: skipped.
    }
  }
}

function collectMarkdown(folder: string, depth: number, into: string[]): void {
  if (into.length >= maxFiles) return;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (into.length >= maxFiles) return;
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (depth < maxDepth && !skippedFolders.has(entry.name) && !entry.name.startsWith('.')) collectMarkdown(full, depth + 1, into);
    } else if (entry.isFile() && /\.(?:md|markdown)$/i.test(entry.name)) {
      into.push(full);
    }
  }
}
