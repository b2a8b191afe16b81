/**
 * The principles engine over the real server: principle findings on the right programme, with
 * the agreed text one click away; the finding goes as the prose is rewritten; the checklist
 * request.
 */
import assert from 'node:assert/strict';
import { checklistRequest, type ChecklistResult } from '../../server/src/protocol';
import { ServerHarness } from './serverHarness';

const draft = `---
kind: mapping-exercise
submitter: France
date: 2024-02-10
language: en
---

# Programmes

### Cyber hygiene courses

- **Level:** regional
- **Lead:** France
- **Beneficiaries:** Albania, Montenegro
- **Themes:** technical training
- **Start:** 2023-05
- **End:** 2025-12
- **Status:** ongoing
- **Principles:** gender-sensitive

The courses aim to raise the cyber hygiene of 120 civil servants.
`;

describe('protocol: capacity-building principles', () => {
  let server: ServerHarness;
  const uri = 'file:///submissions/principles.md';

  before(async () => {
    server = await ServerHarness.start();
  });

  after(async () => {
    await server?.stop();
  });

  it('reports a principle on the programme it concerns, explains itself, and links to the agreed text', async () => {
    const { diagnostics } = await server.open(uri, draft);
    const demand = diagnostics.diagnostics.find((diagnostic) => diagnostic.code === 'principle/demand-driven');
    assert.ok(demand, JSON.stringify(diagnostics.diagnostics.map((diagnostic) => diagnostic.code)));
    assert.equal(demand.range.start.line, 9, 'on the programme heading');
    assert.match(String(demand.message), /"Cyber hygiene courses": nothing says/);
    assert.match(String(demand.message), /looked for wording such as "at the request of"/);
    assert.match(String(demand.message), /Agreed principle 6/);
    const related = demand.relatedInformation?.[0];
    assert.equal(related?.location.uri, 'oewg-library:/a-75-816.md');
    assert.match(related?.message ?? '', /demand-driven, correspond to nationally identified needs/);
    const claimed = diagnostics.diagnostics.find((diagnostic) => diagnostic.code === 'principle/gender');
    assert.match(String(claimed?.message), /claimed, not described/);
    assert.equal(claimed?.severity, 4, 'a hint');
  });

  it('drops the finding as the prose is rewritten to honour the principle', async () => {
    const { document } = await server.open('file:///submissions/rewritten.md', draft);
    const line = draft.split('\n').indexOf('The courses aim to raise the cyber hygiene of 120 civil servants.');
    const published = await server.edit(document, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Designed at the request of the partner ministry. ' },
    ]);
    assert.ok(!published.diagnostics.some((diagnostic) => diagnostic.code === 'principle/demand-driven'));
  });

  it('tells a French draft, in French, the French wording it looks for, and the French advice removes the finding', async () => {
    const french = draft
      .replace('language: en', 'language: fr')
      .replace('The courses aim to raise the cyber hygiene of 120 civil servants.', "Les cours visent à renforcer l'hygiène informatique de 120 agents publics.");
    const { document, diagnostics } = await server.open('file:///submissions/francais.md', french);
    const demand = diagnostics.diagnostics.find((diagnostic) => diagnostic.code === 'principle/demand-driven');
    assert.match(String(demand?.message), /^«\u00a0Cyber hygiene courses\u00a0»\u00a0: rien n’indique que les partenaires/);
    assert.match(String(demand?.message), /formulations recherchées dans les champs et le texte, par exemple «\u00a0à la demande de\u00a0», «\u00a0demandé par\u00a0»/);
    assert.ok(!String(demand?.message).includes('at the request of'), 'no English wording, which a French draft is not read for');
    assert.match(String(demand?.message), /\(par exemple «\u00a0conçu à la demande du ministère partenaire\u00a0»\)/);
    assert.match(demand?.relatedInformation?.[0]?.message ?? '', /^Principe 6 adopté \(résumé\)\u00a0: .+ Texte adopté, en anglais \(A\/75\/816, annexe I, paragraphe 56\)\u00a0: «\u00a0Capacity-building should be based on mutual trust/);
    const line = french.split('\n').findIndex((text) => text.startsWith('Les cours visent'));
    const published = await server.edit(document, [
      { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'Conçu à la demande du ministère partenaire. ' },
    ]);
    assert.ok(!published.diagnostics.some((diagnostic) => diagnostic.code === 'principle/demand-driven'));
  });

  it('answers the checklist request for each programme', async () => {
    const result = await server.request<ChecklistResult>(checklistRequest, { textDocument: { uri } });
    assert.ok(result);
    const [programme] = result.programmes;
    assert.equal(programme?.title, 'Cyber hygiene courses');
    // LSP ranges, 0-based, unlike the CLI's JSON (1-based lines and columns, as its findings).
    const headingLine = draft.split('\n').indexOf('### Cyber hygiene courses');
    assert.deepEqual(programme?.titleRange, { start: { line: headingLine, character: 4 }, end: { line: headingLine, character: 25 } });
    const principlesLine = draft.split('\n').indexOf('- **Principles:** gender-sensitive');
    const claim = programme?.items.find((item) => item.checkId === 'gender')?.claim;
    assert.deepEqual(claim?.range, { start: { line: principlesLine, character: 18 }, end: { line: principlesLine, character: 34 } });
    const status = (checkId: string) => programme?.items.find((item) => item.checkId === checkId)?.status;
    assert.equal(status('demand-driven'), 'not-addressed');
    assert.equal(status('gender'), 'claimed');
    assert.equal(status('results-focused'), 'addressed');
    assert.equal(status('sustainable'), 'addressed', 'an End date is a duration');
    assert.equal(status('human-rights'), 'not-applicable');
    assert.equal(await server.request<ChecklistResult>(checklistRequest, { textDocument: { uri: 'file:///not/open.md' } }), null);
  });
});
