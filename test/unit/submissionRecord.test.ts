/**
 * The JSON export record: both examples and bad drafts give a record that the zod schema and the
 * published JSON Schema accept, and a field that is missing or invalid is left out and listed,
 * never lost silently.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv2020 from 'ajv/dist/2020';
import { submissionExportSchema } from '../../schemas/submissionExport';
import { submissionRecord } from '../../server/src/core/export/submissionRecord';
import { analyzeFixture, repositoryRoot } from '../support/library';

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validate = ajv.compile(JSON.parse(readFileSync(path.join(repositoryRoot, 'schemas', 'json', 'submission-export.schema.json'), 'utf8')) as object);

function example(name: string): string {
  return readFileSync(path.join(repositoryRoot, 'examples', name), 'utf8');
}

/** The record as it is written: through JSON, then checked by both schemas. */
function exported(text: string) {
  const record = JSON.parse(JSON.stringify(submissionRecord(analyzeFixture(text)))) as unknown;
  assert.ok(validate(record), JSON.stringify(validate.errors));
  return submissionExportSchema.parse(record);
}

describe('submission export record', () => {
  it("the mapping exercise: France's metadata, title from the front matter, every programme with its checklist", () => {
    const record = exported(example('france-mapping-exercise.md'));
    assert.equal(record.format, 'oewg-submission-export/1');
    assert.equal(record.metadata.kind, 'mapping-exercise');
    assert.equal(record.metadata.submitter, 'France');
    assert.equal(record.metadata.language, 'en');
    const envr = record.programmes.find((programme) => programme.title.includes('(ENVR cyber)'));
    assert.ok(envr, 'the ENVR cyber entry');
    assert.equal(envr.level, 'regional');
    assert.equal(envr.status, 'ongoing');
    assert.deepEqual(envr.lead, ['France', 'Senegal']);
    assert.ok(envr.line > 1);
    assert.deepEqual(
      [...new Set(envr.checklist.map((item) => item.principleNumber))].sort((a, b) => a - b),
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
    );
  });

  it('the statement: session, agenda item and title, and no programmes', () => {
    const record = exported(example('france-statement-institutional-dialogue.md'));
    assert.equal(record.metadata.kind, 'statement');
    assert.equal(record.metadata.agendaItem, 'regular institutional dialogue');
    assert.equal(record.metadata.session, 'first substantive session (placeholder)');
    assert.equal(record.metadata.title, 'Regular institutional dialogue');
    assert.deepEqual(record.programmes, []);
  });

  it('takes the first level-1 heading as the title when the front matter has none', () => {
    const draft = '---\nkind: statement\nsubmitter: France\n---\n\n## Opening\n\nThank you, Chair.\n\n# Regular institutional dialogue\n\nText.\n\n# Second part\n';
    assert.equal(exported(draft).metadata.title, 'Regular institutional dialogue');
  });

  it('a bad draft: a missing lead and an unknown status are left out and listed with their rule; the rest is kept', () => {
    const draft = [
      '---',
      'kind: mapping-exercise',
      'submitter: Exampleland Ministry',
      'language: en',
      '---',
      '',
      '# Response',
      '',
      '## Programmes',
      '',
      '### Cyber Diplomacy Course',
      '',
      '- **Level:** regional',
      '- **Beneficiaries:** Senegal, Benin',
      '- **Themes:** cyber diplomacy; knitting',
      '- **Start:** 2022-13',
      '- **Status:** paused',
      '- **Funding:** =1+1',
      '',
      'Diplomats of the region are trained twice a year.',
      '',
    ].join('\n');
    const record = exported(draft);
    assert.equal(record.metadata.submitter, 'Exampleland Ministry');
    assert.equal(record.metadata.title, 'Response');
    const [course] = record.programmes;
    assert.ok(course);
    assert.equal(course.title, 'Cyber Diplomacy Course');
    assert.equal(course.level, 'regional');
    assert.deepEqual(course.beneficiaries, ['Senegal', 'Benin']);
    assert.deepEqual(course.themes, ['cyber-diplomacy']);
    assert.equal(course.funding, '=1+1', 'the record keeps what was written; only CSV output guards formulas');
    for (const absent of ['lead', 'start', 'status'] as const) assert.equal(course[absent], undefined, absent);
    const problem = (field: string) => course.problems.filter((found) => found.field === field).map((found) => `${found.rule}: ${found.message}`);
    assert.deepEqual(problem('lead'), ['schema/missing-field: Lead is missing']);
    assert.match(problem('status').join(), /^schema\/invalid-value: "paused": /);
    assert.match(problem('start').join(), /^schema\/invalid-value: "2022-13": /);
    assert.match(problem('themes').join(), /^schema\/invalid-value: "knitting": /);
  });

  it('a draft with no front matter kind or programmes still gives a valid record', () => {
    const record = exported('---\nsubmitter: 42\n---\n\nJust a paragraph.\n');
    assert.equal(record.metadata.kind, 'mapping-exercise');
    assert.equal(record.metadata.submitter, '42');
    assert.equal(record.metadata.title, undefined);
    assert.deepEqual(record.programmes, []);
  });
});
