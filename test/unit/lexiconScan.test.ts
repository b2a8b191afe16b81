/**
 * The lexicon scan reads an entry paragraph by paragraph and reuses, after an edit, the places of
 * the paragraphs the edit did not change (checklist.test.ts checks its places against a scan per
 * lexicon on the corpus).
 */
import assert from 'node:assert/strict';
import { principleChecks, type PrincipleCheck } from '../../schemas/principleEvidence';
import { lexiconScanner, type LexiconRequest } from '../../server/src/core/principles/lexiconScan';
import { paragraphSpans as paragraphs } from '../../server/src/core/text';
import { SubmissionAnalyzer } from '../../server/src/core/analyzer';
import { unchangedByEdit } from '../../server/src/core/editedSections';
import { loadCorpus, submissionFor } from '../eval/corpus';

const aims = (limit: number): LexiconRequest[] => [{ key: 'aims', lexicon: { en: ['aims to'], fr: [] }, limit }];
const words = (text: string, spans: readonly { start: number; end: number }[] | undefined) => (spans ?? []).map((span) => text.slice(span.start, span.end));

describe('the lexicon scan, paragraph by paragraph', () => {
  it('finds a phrase across a line break, never across a blank line', () => {
    const scan = lexiconScanner(aims(5));
    const wrapped = 'The course aims\n  to train judges.';
    assert.deepEqual(words(wrapped, scan(wrapped, 'en', []).get('aims')), ['aims\n  to']);
    const apart = 'The course aims\n\nTo train judges, the academy opened.';
    assert.deepEqual(scan(apart, 'en', []).get('aims'), []);
  });

  it('finds a phrase in Markdown emphasis, but not a word glued to a password or a mailbox', () => {
    const scan = lexiconScanner(aims(5));
    const emphasised = 'The course **aims to** train judges; the seminar *aims to* inform them.';
    assert.deepEqual(words(emphasised, scan(emphasised, 'en', []).get('aims')), ['aims to', 'aims to']);
    const mentoring: LexiconRequest[] = [{ key: 'mentoring', lexicon: { en: ['mentoring'], fr: [] }, limit: 5 }];
    const credentials = 'Log in with Mentoring#2024 or write to mentoring@academy.example.';
    assert.deepEqual(lexiconScanner(mentoring)(credentials, 'en', []).get('mentoring'), []);
  });

  it('keeps the first places of a lexicon in text order, across paragraphs, up to its limit', () => {
    const scan = lexiconScanner(aims(2));
    const text = 'It aims to train.\n\nIt aims to inform. It aims to last.\n\nIt aims to end.';
    const found = scan(text, 'en', []).get('aims') ?? [];
    assert.deepEqual(found.map((span) => span.start), [3, 22]);
  });

  it('leaves out a place in a skipped span, in whichever paragraph it falls', () => {
    const scan = lexiconScanner(aims(5));
    const text = 'It aims to train.\n\n- **Principles:** aims to last\n\nIt aims to end.';
    const skippedStart = text.indexOf('- **Principles');
    const found = scan(text, 'en', [{ start: skippedStart, end: text.indexOf('\n\nIt aims to end') }]).get('aims') ?? [];
    assert.deepEqual(words(text, found), ['aims to', 'aims to']);
    assert.ok(found.every((span) => span.start < skippedStart || span.start > text.indexOf('last')));
  });

  it('splits at blank lines, a line of spaces included, keeping the blank lines with the paragraph above', () => {
    const text = 'One\nstill one\n\nTwo\n  \t\nThree';
    assert.deepEqual(
      paragraphs(text).map((span) => text.slice(span.start, span.end)),
      ['One\nstill one\n\n', 'Two\n  \t\n', 'Three'],
    );
  });

  it('finds after an edit what a fresh scan finds, on every development corpus entry edited in each paragraph', function () {
    // Each of some thousands of edits is compared with a scanner made afresh, its patterns compiled
    // again: about three minutes alone, and past five in a clean-clone CI run on a shared machine.
    this.timeout(900_000);
    const requests: LexiconRequest[] = (principleChecks as readonly PrincipleCheck[]).flatMap((check) => [
      { key: `${check.id}:evidence`, lexicon: check.evidence, limit: 3 },
      ...(check.contrary ? [{ key: `${check.id}:contrary`, lexicon: check.contrary, limit: 50 }] : []),
    ]);
    const edited = lexiconScanner(requests);
    let compared = 0;
    for (const entry of loadCorpus().filter((candidate) => !candidate.id.startsWith('heldout-'))) {
      const language = entry.language === 'fr' ? 'fr' : 'en';
      edited(entry.text, language, []);
      // A word that is evidence of several checks, typed at the start of each paragraph in turn.
      for (const paragraph of paragraphs(entry.text)) {
        const text = `${entry.text.slice(0, paragraph.start)}Women aims to follow-up ${entry.text.slice(paragraph.start)}`;
        assert.deepEqual(edited(text, language, []), lexiconScanner(requests)(text, language, []), `${entry.id} at ${paragraph.start}`);
        compared++;
      }
    }
    assert.ok(compared > 1000, `${compared} edits`);
  });

  it('after typing a purpose into the last paragraph of an entry, principle/results goes, as in a fresh analysis', () => {
    const before = submissionFor({
      language: 'en',
      text: '### Cyber course (CC)\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** technical training\n- **Start:** 2023-01\n- **Status:** ongoing\n\nA course for analysts.\n\nIt runs in Dakar.\n',
    });
    const typed = ' It aims to build a national incident response team.';
    const at = before.indexOf('It runs in Dakar.') + 'It runs in Dakar.'.length;
    const after = before.slice(0, at) + typed + before.slice(at);
    const analyzer = new SubmissionAnalyzer();
    const rules = (findings: readonly { ruleId: string }[]) => findings.map((finding) => finding.ruleId);
    assert.ok(rules(analyzer.analyze(before).findings).includes('principle/results'), 'no purpose: principle/results reports it');
    // Typed a character at a time, as in the editor: each version is analyzed after the one before.
    let text = before;
    for (let typedLength = 1; typedLength <= typed.length; typedLength++) {
      const next = before.slice(0, at) + typed.slice(0, typedLength) + before.slice(at);
      analyzer.analyze(next, unchangedByEdit(at + typedLength - 1, at + typedLength - 1, text.length));
      text = next;
    }
    assert.equal(text, after);
    const edited = analyzer.analyze(after, unchangedByEdit(after.length, after.length, after.length));
    assert.deepEqual(edited.findings, new SubmissionAnalyzer().analyze(after).findings);
    assert.ok(!rules(edited.findings).includes('principle/results'), 'the purpose typed in the last paragraph is found');
  });
});
