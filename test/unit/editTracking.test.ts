import assert from 'node:assert/strict';
import fc from 'fast-check';
import { SubmissionAnalyzer } from '../../server/src/core/analyzer';
import type { UnchangedEnds } from '../../server/src/core/editedSections';
import { DocumentAnalyses } from '../../server/src/features/documentAnalyses';
import { analyzedText, editTrackingDocuments } from '../../server/src/features/editTracking';

const text = '---\nkind: mapping-exercise\nlanguage: en\n---\n\n# Response\n\n### Course\n\nProse.\n';
const uri = 'file:///draft.md';
const at = (line: number, character: number) => ({ start: { line, character }, end: { line, character } });

/** Runs `run` with every `SubmissionAnalyzer.analyze` call told to `seen` (the text and the unchanged ends it is given). */
function withAnalyzeCalls(seen: (version: string, unchanged: UnchangedEnds | undefined) => void, run: () => void): void {
  const analyze = SubmissionAnalyzer.prototype.analyze;
  SubmissionAnalyzer.prototype.analyze = function (this: SubmissionAnalyzer, version: string, unchanged?: UnchangedEnds) {
    seen(version, unchanged);
    return analyze.call(this, version, unchanged);
  };
  try {
    run();
  } finally {
    SubmissionAnalyzer.prototype.analyze = analyze;
  }
}

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
    withAnalyzeCalls((_, unchanged) => given.push(unchanged), () => {
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
    });
  });

  describe('a document with carriage returns (CRLF)', () => {
    const toLineFeeds = (source: string) => source.replace(/\r\n?/g, '\n');
    const crlf = (source: string) => source.replace(/\n/g, '\r\n');

    /** A change at any place, whole lines or not, with text that may hold any kind of line break. */
    const changeArbitrary = fc.record({
      startLine: fc.nat({ max: 12 }),
      startCharacter: fc.nat({ max: 30 }),
      lines: fc.nat({ max: 3 }),
      endCharacter: fc.nat({ max: 30 }),
      text: fc.array(fc.constantFrom('x', 'word ', '\r\n', '\r', '\n', '### T', '- '), { maxLength: 4 }).map((pieces) => pieces.join('')),
      whole: fc.nat({ max: 9 }).map((draw) => draw === 0),
    });

    it('keeps a "\\n" twin through any change, and tells what each notification left unchanged in it', () => {
      /** Notifications told about while the document still had carriage returns: the twin's path, not the fallback. */
      let toldWithTwin = 0;
      fc.assert(
        fc.property(fc.array(fc.array(changeArbitrary, { minLength: 1, maxLength: 3 }), { maxLength: 12 }), (notifications) => {
          const told: (UnchangedEnds | undefined)[] = [];
          const config = editTrackingDocuments((_, unchanged) => told.push(unchanged));
          const document = config.create(uri, 'markdown', 1, crlf(text));
          assert.equal(analyzedText(document), text);
          for (const [index, changes] of notifications.entries()) {
            const before = analyzedText(document);
            config.update(
              document,
              changes.map((change) =>
                change.whole
                  ? { text: change.text }
                  : { range: { start: { line: change.startLine, character: change.startCharacter }, end: { line: change.startLine + change.lines, character: change.endCharacter } }, text: change.text },
              ),
              index + 2,
            );
            const after = analyzedText(document);
            assert.equal(after, toLineFeeds(document.getText()));
            const unchanged = told[index];
            if (unchanged && document.getText().includes('\r')) toldWithTwin++;
            if (unchanged) {
              assert.ok(unchanged.prefix + unchanged.suffix <= Math.min(before.length, after.length));
              assert.equal(after.slice(0, unchanged.prefix), before.slice(0, unchanged.prefix));
              assert.equal(after.slice(after.length - unchanged.suffix), before.slice(before.length - unchanged.suffix));
            }
          }
        }),
        { numRuns: 1000 },
      );
      assert.ok(toldWithTwin > 1000, `${toldWithTwin} notifications told with the twin`);
    });

    it('tells what a typed line break left unchanged, and gives the analyzer the "\\n" text', () => {
      const given: (UnchangedEnds | undefined)[] = [];
      const texts: string[] = [];
      withAnalyzeCalls(
        (version, unchanged) => {
          given.push(unchanged);
          texts.push(version);
        },
        () => {
          const analyses = new DocumentAnalyses(() => undefined);
          const config = editTrackingDocuments((edited, unchanged) => analyses.noteEdit(edited, unchanged));
          const document = config.create(uri, 'markdown', 1, crlf(text));
          analyses.get(document);
          // Enter at the end of "Prose." (line 9), as VS Code sends it in a CRLF document.
          config.update(document, [{ range: at(9, 6), text: '\r\nMore.' }], 2);
          analyses.get(document);
          const prose = text.indexOf('Prose.') + 'Prose.'.length;
          assert.deepEqual(given, [undefined, { prefix: prose, suffix: text.length - prose }]);
          assert.deepEqual(texts, [text, text.replace('Prose.', 'Prose.\nMore.')]);
        },
      );
    });
  });
});
