import assert from 'node:assert/strict';
import { SubmissionAnalyzer } from '../../server/src/core/analyzer';
import type { UnchangedEnds } from '../../server/src/core/editedSections';
import { DocumentAnalyses } from '../../server/src/features/documentAnalyses';
import { editTrackingDocuments } from '../../server/src/features/editTracking';

const text = '---\nkind: mapping-exercise\nlanguage: en\n---\n\n# Response\n\n### Course\n\nProse.\n';
const uri = 'file:///draft.md';
const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

describe('edit tracking', () => {
  it('tells what a notification of changes left unchanged at both ends, each change read in the text the ones before made', () => {
    const told: (UnchangedEnds | undefined)[] = [];
    const config = editTrackingDocuments((_, unchanged) => told.push(unchanged));
    const document = config.create(uri, 'markdown', 1, text);
    // "Prose." is on line 9; the second change's line 5 holds "# Response".
    config.update(document, [{ range: at(9, 0), text: 'New ' }, { range: { start: { line: 5, character: 2 }, end: { line: 5, character: 5 } }, text: 'R' }], 2);
    assert.equal(document.getText(), text.replace('# Response', '# Rponse').replace('Prose.', 'New Prose.'));
    const proseOffset = text.indexOf('Prose.');
    const responseOffset = text.indexOf('Response');
    assert.deepEqual(told, [{ prefix: responseOffset, suffix: text.length - proseOffset }]);
  });

  it('tells nothing when the client sends the whole text', () => {
    const told: (UnchangedEnds | undefined)[] = [];
    const config = editTrackingDocuments((_, unchanged) => told.push(unchanged));
    const document = config.create(uri, 'markdown', 1, text);
    config.update(document, [{ range: at(9, 0), text: 'New ' }, { text: 'whole' }], 2);
    assert.deepEqual(told, [undefined]);
  });

  it('hands the analyzer what every edit since its last analysis left unchanged, once', () => {
    const given: (UnchangedEnds | undefined)[] = [];
    const analyze = SubmissionAnalyzer.prototype.analyze;
    SubmissionAnalyzer.prototype.analyze = function (this: SubmissionAnalyzer, version: string, unchanged?: UnchangedEnds) {
      given.push(unchanged);
      return analyze.call(this, version, unchanged);
    };
    try {
      const analyses = new DocumentAnalyses(() => undefined);
      const config = editTrackingDocuments((edited, unchanged) => analyses.noteEdit(edited, unchanged));
      const document = config.create(uri, 'markdown', 1, text);
      analyses.get(document);
      config.update(document, [{ range: at(9, 0), text: 'New ' }], 2);
      config.update(document, [{ range: at(7, 4), text: 'Short ' }], 3);
      analyses.get(document);
      const edited = text.indexOf('Course');
      assert.deepEqual(given, [undefined, { prefix: edited, suffix: text.length - text.indexOf('Prose.') }]);
      assert.ok(analyses.get(document)?.document.text.includes('### Short Course'));
      assert.equal(given.length, 2, 'the same version is not analyzed again');
    } finally {
      SubmissionAnalyzer.prototype.analyze = analyze;
    }
  });
});
