/**
 * The preview and the export over LSP: the client shows what the server renders, with the counts
 * the Problems panel shows, so that nothing is computed twice or differently in the client.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ValidationSettings } from '../../../schemas/settings';
import type { Analysis } from '../core/analyzer';
import type { ReferenceLibrary } from '../core/library/library';
import { storedStatuses } from '../core/principles/storedChecklist';
import { renderSubmissionHtml } from '../core/render/html';
import { applySeverities } from '../core/severity';
import { exportSubmission } from '../export/exportSubmission';
import type { ExportParams, ExportResult, FindingCountsResult, PreviewParams, PreviewResult } from '../protocol';

/** Findings by severity as the user sees them (their severities applied, rules turned off left out). */
function findingCounts(analysis: Analysis, settings: ValidationSettings): FindingCountsResult {
  const counts = { error: 0, warning: 0, info: 0, hint: 0 };
  if (!settings.enable) return counts;
  for (const finding of applySeverities(analysis.findings, settings)) counts[finding.severity]++;
  return counts;
}

/** The preview of an open submission, for its current version. */
export function preview(
  document: TextDocument | undefined,
  analysis: Analysis | undefined,
  library: ReferenceLibrary,
  settings: ValidationSettings,
  params: PreviewParams,
): PreviewResult {
  if (!document || !analysis) return null;
  // Counted from the packed checklists: the preview does not need their evidence.
  let addressed = 0;
  let likelyAddressed = 0;
  let applicable = 0;
  let programmes = 0;
  for (const section of analysis.document.sections) {
    const stored = section.model.checklist;
    if (!stored) continue;
    programmes++;
    for (const status of storedStatuses(stored)) {
      if (status === 'not-applicable') continue;
      applicable++;
      if (status === 'addressed') addressed++;
      else if (status === 'likely-addressed') likelyAddressed++;
    }
  }
  return {
    version: document.version,
    html: params.summaryOnly ? '' : renderSubmissionHtml(analysis, library, { mode: 'fragment', numberParagraphs: params.numberParagraphs }),
    findings: findingCounts(analysis, settings),
    coverage: { addressed, likelyAddressed, applicable, programmes },
  };
}

/** The submission exported in the format asked for. */
export async function exportDocument(analysis: Analysis | undefined, library: ReferenceLibrary, params: ExportParams): Promise<ExportResult> {
  if (!analysis) return { error: 'This document is not an open submission (its front matter needs a "kind:").' };
  const bytes = await exportSubmission(analysis, library, params.format, { numberParagraphs: params.numberParagraphs });
  return { base64: Buffer.from(bytes).toString('base64') };
}
