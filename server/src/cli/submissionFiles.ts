/**
 * Reading submissions for the commands that turn them into documents or tables (`export`,
 * `compile`): the same reading and analysis as `check`, with the built-in reference library.
 */
import { readFileSync } from 'node:fs';
import { analyzeSubmission, type Analysis } from '../core/analyzer';
import type { ReferenceLibrary } from '../core/library/library';
import { decodeSubmission } from './check';

/** Analyzes one file; a file that is not a submission (no `kind:` in its front matter) is refused. */
export function analyzeSubmissionFile(absolutePath: string, library: ReferenceLibrary): { analysis: Analysis } | { error: string } {
  let text: string;
  try {
    text = decodeSubmission(readFileSync(absolutePath));
  } catch (error) {
    return { error: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  }
  const analysis = analyzeSubmission(text, undefined, library);
  if (analysis.document.frontMatter.raw.kind === undefined) return { error: 'is not a submission: its front matter has no "kind:"' };
  return { analysis };
}
