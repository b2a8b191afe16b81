/**
 * Turning a rule off from the light bulb: each finding offers a suppression comment for its line
 * (or its paragraph) and for the whole document. What a user sees: the comment lands where the
 * Markdown keeps it (above the heading, inside the field list), the finding goes, and nothing else
 * about the draft changes.
 */
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { heading } from './sampleDocuments';
import { ServerHarness, type OpenDocument } from './serverHarness';

/**
 * Two programmes; line numbers (0-based) in `at`. The first is investigative work with no safeguard
 * and no word on gender, so it carries a human-rights and a gender finding at its heading (a course
 * for judges, as it was, is one the second reading retrained on rounds 19 and 20 holds back).
 */
const draft = `${heading}
### Cybercrime training for West African investigators

- **Level:** regional
- **Lead:** France
- **Beneficiaries:** Senegal, Vietnam
- **Themes:** cybercrime
- **Start:** 2023-05
- **Status:** ongoing

Designed at the request of the ministries of justice of Senegal and Viet Nam, the course aims to
train forty police investigators a year to extract data from seized phones. Questions go to the course director,
jean.dupont@gmail.com, who reports on results each year to a follow-up committee.

### Cyber diplomacy course for African diplomats

- **Level:** interregional
- **Lead:** France
- **Beneficiaries:** Senegal, Benin
- **Themes:** cyber diplomacy
- **Start:** 2022
- **Status:** ongoing

At the request of the African Union, the course aims to build a network of diplomats, with a
follow-up each year.
`;

const at = { firstTitle: 11, beneficiaries: 15, email: 22, secondTitle: 24 } as const;

describe('protocol: turning a rule off with a comment', () => {
  let server: ServerHarness;

  before(async () => {
    server = await ServerHarness.start();
  });

  after(async () => {
    await server?.stop();
  });

  const find = (published: PublishDiagnosticsParams, code: string, line: number): Diagnostic => {
    const found = published.diagnostics.find((diagnostic) => diagnostic.code === code && diagnostic.range.start.line === line);
    assert.ok(found, `a ${code} diagnostic on line ${line} among ${published.diagnostics.map((d) => `${d.code}@${d.range.start.line}`).join(', ')}`);
    return found;
  };

  const action = async (uri: string, diagnostics: Diagnostic[], title: string): Promise<CodeAction> => {
    const range = diagnostics[0]?.range;
    assert.ok(range);
    const actions = (await server.codeActions(uri, range, diagnostics)) as CodeAction[];
    const found = actions.find((candidate) => candidate.title === title);
    assert.ok(found, `"${title}" among ${actions.map((candidate) => candidate.title).join(' | ')}`);
    return found;
  };

  const editsOf = (chosen: CodeAction): TextEdit[] => {
    const changes = chosen.edit?.documentChanges;
    assert.equal(changes?.length, 1, 'one versioned document edit');
    return (changes[0] as TextDocumentEdit).edits as TextEdit[];
  };

  /** Applies a workspace edit's text edits as a client does: all at once, on the text before any of them. */
  const apply = (document: OpenDocument, chosen: CodeAction): Promise<PublishDiagnosticsParams> => {
    const lastFirst = [...editsOf(chosen)].sort(
      (a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character,
    );
    return server.edit(document, lastFirst.map((edit) => ({ range: edit.range, text: edit.newText })));
  };

  /**
   * The diagnostics as "code|line|message", lines moved back by the lines inserted above them, so
   * that the findings of the draft before and after an edit can be compared.
   */
  const comparable = (published: PublishDiagnosticsParams, insertedLines: readonly number[] = []): string[] =>
    published.diagnostics
      .map((diagnostic) => {
        const line = diagnostic.range.start.line;
        const above = insertedLines.filter((inserted) => inserted < line).length;
        return `${String(diagnostic.code)}|${line - above}|${diagnostic.message}`;
      })
      .sort();

  it('puts a disable-next-line comment above the programme heading, and only that finding goes', async () => {
    const uri = 'file:///submissions/suppress-heading.md';
    const { document, diagnostics } = await server.open(uri, draft);
    const gender = find(diagnostics, 'principle/gender', at.firstTitle);

    const chosen = await action(uri, [gender], 'Disable principle/gender for this line');
    assert.equal(chosen.isPreferred, false);
    const after = await apply(document, chosen);

    const lines = document.text.split('\n');
    assert.equal(lines[at.firstTitle], '<!-- oewg-disable-next-line principle/gender -->');
    assert.equal(lines[at.firstTitle + 1], '### Cybercrime training for West African investigators');
    const expected = comparable(diagnostics).filter((entry) => !entry.startsWith(`principle/gender|${at.firstTitle}|`));
    assert.deepEqual(comparable(after, [at.firstTitle]), expected);
    // The other programme still has its own.
    find(after, 'principle/gender', at.secondTitle + 1);
  });

  it('puts the comment for a later field inside the item before it, so that the field list stays whole', async () => {
    const uri = 'file:///submissions/suppress-field.md';
    const { document, diagnostics } = await server.open(uri, draft);
    const country = find(diagnostics, 'country/unknown-name', at.beneficiaries);

    const after = await apply(document, await action(uri, [country], 'Disable country/unknown-name for this line'));

    const lines = document.text.split('\n');
    assert.deepEqual(lines.slice(at.beneficiaries - 1, at.beneficiaries + 2), [
      '- **Lead:** France',
      '  <!-- oewg-disable-next-line country/unknown-name -->',
      '- **Beneficiaries:** Senegal, Vietnam',
    ]);
    // Everything else as before: no field lost (no missing-field finding), the same principle findings.
    const expected = comparable(diagnostics).filter((entry) => !entry.startsWith('country/unknown-name|'));
    assert.deepEqual(comparable(after, [at.beneficiaries]), expected);
  });

  it('wraps the paragraph when the finding is inside it, since a comment line would split the paragraph', async () => {
    const uri = 'file:///submissions/suppress-paragraph.md';
    const { document, diagnostics } = await server.open(uri, draft);
    const email = find(diagnostics, 'confidentiality/sensitive-data', at.email);

    const after = await apply(document, await action(uri, [email], 'Disable confidentiality/sensitive-data for this paragraph'));

    const lines = document.text.split('\n');
    const paragraphStart = at.email - 2;
    assert.equal(lines[paragraphStart], '<!-- oewg-disable confidentiality/sensitive-data -->');
    assert.match(lines[paragraphStart + 1] ?? '', /^Designed at the request/);
    assert.match(lines[at.email + 1] ?? '', /^jean\.dupont@gmail\.com, who reports/);
    assert.equal(lines[at.email + 2], '<!-- oewg-enable confidentiality/sensitive-data -->');
    const expected = comparable(diagnostics).filter((entry) => !entry.startsWith('confidentiality/sensitive-data|'));
    // The principles read the paragraph as before: still the same findings for both programmes.
    assert.deepEqual(comparable(after, [paragraphStart, at.email + 1]), expected);
  });

  it('turns a rule off for the entire document with one comment, offered once for two findings', async () => {
    const uri = 'file:///submissions/suppress-document.md';
    const { document, diagnostics } = await server.open(uri, draft);
    const first = find(diagnostics, 'principle/gender', at.firstTitle);
    const second = find(diagnostics, 'principle/gender', at.secondTitle);
    const actions = (await server.codeActions(uri, first.range, [first, second])) as CodeAction[];
    const whole = actions.filter((candidate) => candidate.title === 'Disable principle/gender for the entire document');
    assert.equal(whole.length, 1);
    assert.deepEqual(whole[0]?.diagnostics, [first, second]);

    const after = await apply(document, whole[0] as CodeAction);
    // A YAML comment right under the opening "---": the first line that covers the front matter too.
    assert.deepEqual(document.text.split('\n').slice(0, 3), ['---', '# oewg-disable principle/gender', 'kind: mapping-exercise']);
    const expected = comparable(diagnostics).filter((entry) => !entry.startsWith('principle/gender|'));
    assert.deepEqual(comparable(after, [1]), expected);
  });

  it('turns a rule off on a front-matter line with a YAML comment above it', async () => {
    const uri = 'file:///submissions/suppress-front-matter.md';
    const { document, diagnostics } = await server.open(uri, draft.replace('submitter: France', 'submitter: Northern Macedonia'));
    const submitter = find(diagnostics, 'country/unknown-name', 2);

    const after = await apply(document, await action(uri, [submitter], 'Disable country/unknown-name for this line'));

    assert.deepEqual(document.text.split('\n').slice(1, 4), [
      'kind: mapping-exercise',
      '# oewg-disable-next-line country/unknown-name',
      'submitter: Northern Macedonia',
    ]);
    // The metadata reads the same, so every other finding stays; Vietnam in the body is still reported.
    const expected = comparable(diagnostics).filter((entry) => !entry.startsWith('country/unknown-name|2|'));
    assert.deepEqual(comparable(after, [2]), expected);
    find(after, 'country/unknown-name', at.beneficiaries + 1);
  });

  it('turns a rule off for the entire document, front matter included', async () => {
    const uri = 'file:///submissions/suppress-front-matter-document.md';
    const { document, diagnostics } = await server.open(uri, draft.replace('submitter: France', 'submitter: Northern Macedonia'));
    const submitter = find(diagnostics, 'country/unknown-name', 2);

    const after = await apply(document, await action(uri, [submitter], 'Disable country/unknown-name for the entire document'));

    assert.equal(document.text.split('\n')[1], '# oewg-disable country/unknown-name');
    const expected = comparable(diagnostics).filter((entry) => !entry.startsWith('country/unknown-name|'));
    assert.deepEqual(comparable(after, [1]), expected);
  });

  it('adds a second rule to the comment already above the line, instead of stacking comments', async () => {
    const uri = 'file:///submissions/suppress-twice.md';
    const { document, diagnostics } = await server.open(uri, draft);
    const afterFirst = await apply(document, await action(uri, [find(diagnostics, 'principle/gender', at.firstTitle)], 'Disable principle/gender for this line'));
    const humanRights = find(afterFirst, 'principle/human-rights', at.firstTitle + 1);

    const afterSecond = await apply(document, await action(uri, [humanRights], 'Disable principle/human-rights for this line'));

    assert.equal(document.text.split('\n')[at.firstTitle], '<!-- oewg-disable-next-line principle/gender principle/human-rights -->');
    assert.ok(!afterSecond.diagnostics.some((diagnostic) => diagnostic.code === 'principle/human-rights' && diagnostic.range.start.line === at.firstTitle + 1));
  });

  it('writes the comment with the document\'s own line ending (CRLF)', async () => {
    const uri = 'file:///submissions/suppress-crlf.md';
    const { diagnostics } = await server.open(uri, draft.replace(/\n/g, '\r\n'));
    const gender = find(diagnostics, 'principle/gender', at.firstTitle);
    const [edit] = editsOf(await action(uri, [gender], 'Disable principle/gender for this line'));
    assert.equal(edit?.newText, '<!-- oewg-disable-next-line principle/gender -->\r\n');
  });

  it('writes a YAML comment in the front matter with the document\'s own line ending (CRLF)', async () => {
    const uri = 'file:///submissions/suppress-front-matter-crlf.md';
    const { diagnostics } = await server.open(uri, draft.replace('submitter: France', 'submitter: Northern Macedonia').replace(/\n/g, '\r\n'));
    const submitter = find(diagnostics, 'country/unknown-name', 2);
    const [line] = editsOf(await action(uri, [submitter], 'Disable country/unknown-name for this line'));
    assert.equal(line?.newText, '# oewg-disable-next-line country/unknown-name\r\n');
    const [whole] = editsOf(await action(uri, [submitter], 'Disable country/unknown-name for the entire document'));
    assert.equal(whole?.newText, '# oewg-disable country/unknown-name\r\n');
  });

  it('offers no comment for the problems of a directive itself, in the body or in the front matter', async () => {
    const uri = 'file:///submissions/suppress-none.md';
    const withProblems = draft
      .replace('language: en', 'language: english')
      .replace('### Cyber diplomacy', '<!-- oewg-disable-next-line principle/gendr -->\n### Cyber diplomacy');
    const { diagnostics } = await server.open(uri, withProblems);
    const misspeltId = find(diagnostics, 'schema/invalid-value', at.secondTitle);
    const titles = ((await server.codeActions(uri, misspeltId.range, [misspeltId])) as CodeAction[]).map((candidate) => candidate.title);
    assert.deepEqual(titles, ['Replace with "principle/gender"']);

    const yamlUri = 'file:///submissions/suppress-none-yaml.md';
    const { diagnostics: yamlDiagnostics } = await server.open(yamlUri, draft.replace('language: en', '# oewg-disable-next-line schema/invalid-valu\nlanguage: en'));
    const yamlTypo = find(yamlDiagnostics, 'schema/invalid-value', 4);
    const yamlTitles = ((await server.codeActions(yamlUri, yamlTypo.range, [yamlTypo])) as CodeAction[]).map((candidate) => candidate.title);
    assert.deepEqual(yamlTitles, ['Replace with "schema/invalid-value"']);
  });
});
