/**
 * Export in the three formats users hand in or hand over: DOCX (what the Secretariat receives),
 * standalone HTML (the preview's rendering), JSON (the data registries use). Shared by the CLI's
 * `export` and the language server's export request, so both write the same file.
 */
import type { Analysis } from '../core/analyzer';
import { submissionRecord } from '../core/export/submissionRecord';
import type { ReferenceLibrary } from '../core/library/library';
import { renderSubmissionHtml } from '../core/render/html';
import { renderSubmissionDocx } from './docx';

export const exportFormats = ['docx', 'html', 'json'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** The file's bytes in `format`. */
export async function exportSubmission(
  analysis: Analysis,
  library: ReferenceLibrary,
  format: ExportFormat,
  options: { numberParagraphs?: boolean } = {},
): Promise<Uint8Array> {
  if (format === 'docx') return renderSubmissionDocx(analysis, library, options);
  const text = format === 'html' ? renderSubmissionHtml(analysis, library, { mode: 'standalone', numberParagraphs: options.numberParagraphs }) : `${JSON.stringify(submissionRecord(analysis), null, 2)}\n`;
  return new TextEncoder().encode(text);
}
