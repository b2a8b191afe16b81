import assert from 'node:assert/strict';
import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SubmissionAnalyzer, analyzeSubmission, maxEntryLength } from '../../server/src/core/analyzer';
import { documentChecklist } from '../../server/src/core/principles/documentChecklist';
import { maxSectionLength } from '../../server/src/core/sections';
import { allRules } from '../../server/src/core/rules';
import type { SectionRule } from '../../server/src/core/rules/rule';
import { applySeverities } from '../../server/src/core/severity';

const submission = (body: string) =>
  `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2023-11-16\nlanguage: en\n---\n\n${body}`;

const programme = (title: string, start = '2023-05') =>
  `### ${title}\n\n- **Level:** regional\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cybercrime\n- **Start:** ${start}\n- **Status:** ongoing\n\nProse about ${title}.\n\n`;

describe('the incremental analyzer', () => {
  describe('a programme entry longer than a section', () => {
    // Paragraphs with no principle wording, enough for the entry to be cut in two or three parts.
    const filler = Array.from({ length: Math.ceil((maxSectionLength * 2) / 400) }, (_, index) => `Paragraph ${index + 1} recounts the workshop sessions held in Dakar, Abidjan and Lomé, the exercises run by the analysts of each national team on the shared platform, the handling of incidents at night, and the notes the organisers took afterwards for the record.`).join('\n\n');
    const longEntry = (ending: string) => submission(`# Response\n\n${programme('Long')}${filler}\n\n${ending}\n`);
    const ending = 'The workshop was designed at the request of the partner ministry. The second phase is offered on condition that Parliament ratifies the convention.';
    const ruleIds = (text: string, analyzer = new SubmissionAnalyzer()) => analyzer.analyze(text).findings.map((finding) => finding.ruleId);

    it('reads the parts cut from it for the principles: evidence at its end counts, a condition there is reported where it is', () => {
      const text = longEntry(ending);
      const analysis = new SubmissionAnalyzer().analyze(text);
      assert.ok(analysis.document.sections.length >= 4, `${analysis.document.sections.length} sections: the entry was cut`);
      const ids = analysis.findings.map((finding) => finding.ruleId);
      assert.ok(!ids.includes('principle/demand-driven'), 'the request at the end of the entry counts');
      const condition = analysis.findings.find((finding) => finding.ruleId === 'principle/conditionality');
      assert.ok(condition, 'the condition at the end of the entry is reported');
      assert.equal(condition.range.start.line, text.split('\n').findIndex((line) => line.startsWith('The workshop was designed')));
      const [checklist] = documentChecklist(analysis);
      const demand = checklist?.items.find((item) => item.checkId === 'demand-driven');
      assert.equal(demand?.status, 'addressed');
      assert.equal(demand.evidence[0]?.text, 'at the request of');
    });

    it('re-checks the entry when its last part changes, as the user types there', () => {
      const analyzer = new SubmissionAnalyzer();
      assert.ok(!ruleIds(longEntry(ending), analyzer).includes('principle/demand-driven'));
      const without = longEntry('The second phase is offered on condition that Parliament ratifies the convention.');
      assert.ok(ruleIds(without, analyzer).includes('principle/demand-driven'), 'without the request, the finding comes back');
      assert.deepEqual(ruleIds(without, analyzer), ruleIds(without), 'incremental and fresh analyses agree');
    });

    it(`reads an entry up to ${maxEntryLength} characters, not past`, () => {
      const far = submission(`# Response\n\n${programme('Long')}${Array.from({ length: Math.ceil(maxEntryLength / filler.length) + 1 }, () => filler).join('\n\n')}\n\n${ending}\n`);
      assert.ok(far.length > maxEntryLength);
      assert.ok(ruleIds(far).includes('principle/demand-driven'));
    });
  });

  it('re-runs section rules only for the sections an edit touched', () => {
    let checkedSections = 0;
    const countingRule: SectionRule = {
      meta: { id: 'schema/invalid-value', defaultSeverity: 'error', summary: 'counts' },
      scope: 'section',
      check: () => {
        checkedSections++;
      },
    };
    const analyzer = new SubmissionAnalyzer([countingRule]);
    const first = submission(`# Response\n\n${programme('One')}${programme('Two')}${programme('Three')}`);
    analyzer.analyze(first);
    assert.equal(checkedSections, 5); // the blank line after the front matter, the title section, three programmes
    checkedSections = 0;
    const edited = first.replace('Prose about Two.', 'Prose about Two, edited.');
    analyzer.analyze(edited);
    assert.equal(checkedSections, 1);
    checkedSections = 0;
    // Lines inserted above sections move them down; they keep their cached analysis.
    analyzer.analyze(edited.replace('# Response', '# Response\n\nA new paragraph\nover two lines.'));
    assert.equal(checkedSections, 1);
  });

  it('places cached findings at their new lines when text above them changes', () => {
    const analyzer = new SubmissionAnalyzer();
    const body = `# Response\n\n${programme('One')}${programme('Two', '2023-13')}`;
    const before = analyzer.analyze(submission(body)).findings.find((finding) => finding.ruleId === 'schema/invalid-value');
    const after = analyzer
      .analyze(submission(`Three new\n\nlines.\n${body}`))
      .findings.find((finding) => finding.ruleId === 'schema/invalid-value');
    assert.ok(before && after);
    assert.equal(after.range.start.line, before.range.start.line + 3);
  });

  it('gives moved findings exactly as a fresh analysis gives them, with no key added', () => {
    // A finding moved by an edit above it is the same finding: without fixes or related
    // information, it does not gain those keys set to undefined.
    const analyzer = new SubmissionAnalyzer();
    const body = `# Response\n\n${programme('One')}${programme('Two', '2023-13')}`;
    analyzer.analyze(submission(body));
    const moved = submission(`Three new\n\nlines.\n${body}`);
    const findings = analyzer.analyze(moved).findings;
    assert.ok(findings.some((finding) => !('fixes' in finding)), 'some finding has no fixes');
    assert.deepStrictEqual(findings, new SubmissionAnalyzer().analyze(moved).findings);
  });

  it('re-judges dates when the document date changes, though the sections did not', () => {
    const analyzer = new SubmissionAnalyzer();
    const body = `### Course\n\n- **Level:** regional\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cybercrime\n- **Start:** 2020\n- **End:** 2022\n- **Status:** ongoing\n`;
    const ruleIds = (text: string) => analyzer.analyze(text).findings.map((finding) => finding.ruleId);
    assert.ok(ruleIds(submission(body)).includes('date/order'));
    assert.ok(!ruleIds(submission(body).replace('date: 2023-11-16', 'date: 2021-06-01')).includes('date/order'));
  });

  it('re-reads the principles when the submitter changes, though the sections did not: work made with the donor itself is no partner ownership', () => {
    const analyzer = new SubmissionAnalyzer();
    const body = `### Course\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cybercrime\n- **Start:** 2023-05\n- **Status:** ongoing\n\nThe modules were designed together with Expertise France.\n`;
    const demandDriven = (text: string) => documentChecklist(analyzer.analyze(text))[0]?.items.find((item) => item.checkId === 'demand-driven')?.evidence.map((place) => place.text);
    assert.deepEqual(demandDriven(submission(body)), []);
    // Submitted by another State, the words after "with" do not name the submitter: the phrase counts, as it did before.
    assert.deepEqual(demandDriven(submission(body).replace('submitter: France', 'submitter: Senegal')), ['designed together with']);
  });

  it('keeps going when a rule throws, and reports the failure', () => {
    const failures: string[] = [];
    const throwingRule: SectionRule = {
      meta: { id: 'date/order', defaultSeverity: 'warning', summary: 'throws' },
      scope: 'section',
      check: () => {
        throw new Error('boom');
      },
    };
    const analyzer = new SubmissionAnalyzer([throwingRule, ...allRules], (id) => failures.push(id));
    const findings = analyzer.analyze(submission(`### Course\n\n- **Level:** regionl\n`)).findings;
    assert.ok(findings.some((finding) => finding.ruleId === 'schema/invalid-value'));
    assert.ok(failures.includes('date/order'));
  });

  it('reads a NUL byte typed into a cached document as a binary file, and the text again once it is gone', () => {
    const analyzer = new SubmissionAnalyzer();
    const text = submission(`# Response\n\n${programme('One', '2023-13')}${programme('Two')}`);
    const fresh = analyzeSubmission(text).findings;
    assert.deepEqual(analyzer.analyze(text).findings, fresh);
    const binaryIds = (withNul: string) => analyzer.analyze(withNul).findings.map((finding) => finding.ruleId);
    // In the second entry's prose, then in the front matter: each time the whole file is binary.
    assert.deepEqual(binaryIds(text.replace('Prose about Two', 'Prose \0about Two')), ['document/unreadable']);
    assert.deepEqual(analyzer.analyze(text).findings, fresh);
    assert.deepEqual(binaryIds(text.replace('submitter: France', 'submitter: Fr\0ance')), ['document/unreadable']);
    assert.deepEqual(analyzer.analyze(text).findings, fresh);
  });

  it('applies a suppression directive typed into one section of a cached document, and drops it once deleted', () => {
    const analyzer = new SubmissionAnalyzer();
    const text = submission(`# Response\n\n${programme('One', '2023-13')}${programme('Two')}`);
    const invalidValues = (version: string) => analyzer.analyze(version).findings.filter((finding) => finding.ruleId === 'schema/invalid-value').length;
    assert.equal(invalidValues(text), 1);
    assert.equal(invalidValues(text.replace('- **Start:** 2023-13', '<!-- oewg-disable-next-line schema/invalid-value -->\n- **Start:** 2023-13')), 0);
    assert.equal(invalidValues(text), 1);
  });

  it('keeps no earlier version of the document alive: edits in many places of a long draft do not grow its memory', () => {
    // The server keeps one analyzer per open document for the whole session: had each cached section
    // kept the version it was cut from alive, every edit in a new place would keep one more copy of
    // the whole draft (two bytes a character once it holds a "’").
    v8.setFlagsFromString('--expose-gc');
    const collectGarbage = runInNewContext('gc') as () => void;
    const entries = Array.from({ length: 1200 }, (_, index) => programme(`Programme ${index} on the partner’s incident response`));
    let text = submission(`# Response\n\n${entries.join('')}`);
    const analyzer = new SubmissionAnalyzer();
    analyzer.analyze(text);
    const edits = 30;
    const offsets = Array.from({ length: edits }, (_, index) => text.indexOf(`Prose about Programme ${index * 40} `));
    collectGarbage();
    const heapBefore = process.memoryUsage().heapUsed;
    for (const offset of offsets.reverse()) {
      // Built by concatenation, as the server's document applies an edit.
      text = `${text.slice(0, offset)}New p${text.slice(offset + 1)}`;
      analyzer.analyze(text);
    }
    collectGarbage();
    const grownBy = process.memoryUsage().heapUsed - heapBefore;
    const draftBytes = text.length * 2;
    assert.ok(grownBy < 4 * draftBytes, `memory grew by ${(grownBy / 1e6).toFixed(1)} MB over ${edits} edits of a ${(draftBytes / 1e6).toFixed(1)} MB draft`);
  });

  it('gives CRLF and BOM files the same findings as their LF twin', () => {
    const text = submission(`# Response\n\n${programme('One', '2023-13')}`);
    const lf = analyzeSubmission(text).findings;
    assert.ok(lf.length > 0);
    assert.deepEqual(analyzeSubmission(text.replace(/\n/g, '\r\n')).findings, lf);
    assert.deepEqual(
      analyzeSubmission(`\uFEFF${text}`).findings.map((finding) => [finding.ruleId, finding.range.start.line]),
      lf.map((finding) => [finding.ruleId, finding.range.start.line]),
    );
  });

  it('applies severity settings: a new severity, "off", and the master switch', () => {
    const findings = analyzeSubmission(submission(`### Course\n\n- **Level:** regionl\n`)).findings;
    const invalid = (list: typeof findings) => list.filter((finding) => finding.ruleId === 'schema/invalid-value');
    assert.equal(invalid(findings)[0]?.severity, 'error');
    assert.equal(invalid(applySeverities(findings, { enable: true, rules: { 'schema/invalid-value': 'hint' } }))[0]?.severity, 'hint');
    assert.deepEqual(invalid(applySeverities(findings, { enable: true, rules: { 'schema/invalid-value': 'off' } })), []);
    assert.deepEqual(applySeverities(findings, { enable: false, rules: {} }), []);
  });
});
