/**
 * Quick fixes through the light bulb: what they change, and that they refuse a changed document.
 */
import assert from 'node:assert/strict';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextDocumentEdit } from 'vscode-languageserver-protocol';
import { lines, submissionWithMistakes } from './sampleDocuments';
import { ServerHarness } from './serverHarness';

describe('protocol: quick fixes', () => {
  let server: ServerHarness;

  before(async () => {
    server = await ServerHarness.start();
  });

  after(async () => {
    await server?.stop();
  });

  const find = (diagnostics: Diagnostic[], code: string, line: number): Diagnostic => {
    const found = diagnostics.find((diagnostic) => diagnostic.code === code && diagnostic.range.start.line === line);
    assert.ok(found, `a ${code} diagnostic on line ${line}`);
    return found;
  };

  const onlyEdit = (action: CodeAction): TextDocumentEdit => {
    const changes = action.edit?.documentChanges;
    assert.equal(changes?.length, 1, 'one versioned document edit');
    return changes[0] as TextDocumentEdit;
  };

  it('fixes a misspelt value as promised, and the finding disappears once the edit is applied', async () => {
    const uri = 'file:///submissions/fix-level.md';
    const { document, diagnostics } = await server.open(uri, submissionWithMistakes);
    const level = find(diagnostics.diagnostics, 'schema/invalid-value', lines.level);

    const actions = (await server.codeActions(uri, level.range, [level])) as CodeAction[];
    // The correction first, then the ways to turn the rule off there (never preferred).
    assert.deepEqual(
      actions.map((action) => [action.title, action.isPreferred]),
      [
        ['Change to "regional"', true],
        ['Disable schema/invalid-value for this line', false],
        ['Disable schema/invalid-value for the entire document', false],
      ],
    );
    const [action] = actions;
    assert.ok(action);
    assert.equal(action.kind, CodeActionKind.QuickFix);
    assert.deepEqual(action.diagnostics, [level]);
    const edit = onlyEdit(action);
    assert.deepEqual(edit.textDocument, { uri, version: 1 });

    const after = await server.edit(document, edit.edits.map((textEdit) => ({ range: textEdit.range, text: 'newText' in textEdit ? textEdit.newText : '' })));
    assert.equal(document.text.split('\n')[lines.level], '- **Level:** regional');
    assert.ok(
      !after.diagnostics.some((diagnostic) => diagnostic.code === 'schema/invalid-value' && diagnostic.range.start.line === lines.level),
      'the misspelt level is no longer reported',
    );
    // The other findings stay.
    find(after.diagnostics, 'schema/invalid-value', lines.unknownLabel);
  });

  it('offers the fix when the client does not send the diagnostic\'s data back (as VS Code\'s executeCodeActionProvider)', async () => {
    const uri = 'file:///submissions/fix-without-data.md';
    const { diagnostics } = await server.open(uri, submissionWithMistakes);
    const level = find(diagnostics.diagnostics, 'schema/invalid-value', lines.level);
    const withoutData: Diagnostic = { ...level, data: undefined };
    const actions = (await server.codeActions(uri, level.range, [withoutData])) as CodeAction[];
    assert.deepEqual(
      actions.map((action) => action.title),
      ['Change to "regional"', 'Disable schema/invalid-value for this line', 'Disable schema/invalid-value for the entire document'],
    );
    assert.deepEqual(onlyEdit(actions[0] as CodeAction).textDocument, { uri, version: 1 });
  });

  it('adds a missing field on a new line after the last field', async () => {
    const uri = 'file:///submissions/fix-missing.md';
    const { document, diagnostics } = await server.open(uri, submissionWithMistakes);
    const missing = find(diagnostics.diagnostics, 'schema/missing-field', lines.secondProgrammeTitle);

    const [action] = (await server.codeActions(uri, missing.range, [missing])) as CodeAction[];
    assert.ok(action);
    assert.equal(action.title, 'Add Start');
    const edit = onlyEdit(action);
    await server.edit(document, edit.edits.map((textEdit) => ({ range: textEdit.range, text: 'newText' in textEdit ? textEdit.newText : '' })));
    const textLines = document.text.split('\n');
    assert.equal(textLines[lines.secondProgrammeLastField], '- **Status:** ongoing');
    assert.equal(textLines[lines.secondProgrammeLastField + 1], '- **Start:** ');
  });

  it('adds the missing field with the draft\'s own line ending (CRLF stays CRLF)', async () => {
    const uri = 'file:///submissions/fix-missing-crlf.md';
    const { diagnostics } = await server.open(uri, submissionWithMistakes.replace(/\n/g, '\r\n'));
    const missing = find(diagnostics.diagnostics, 'schema/missing-field', lines.secondProgrammeTitle);
    const [action] = (await server.codeActions(uri, missing.range, [missing])) as CodeAction[];
    assert.equal(action?.title, 'Add Start');
    const [edit] = onlyEdit(action as CodeAction).edits;
    assert.equal(edit && 'newText' in edit ? edit.newText : undefined, '\r\n- **Start:** ');
  });

  it('titles every action in French in a French draft: the correction, the missing field, and turning the rule off', async () => {
    const uri = 'file:///submissions/fix-fr.md';
    const french = [
      '---',
      'kind: mapping-exercise',
      'submitter: France',
      'date: 2023-11-16',
      'language: fr',
      '---',
      '',
      '# Contribution de la France',
      '',
      '### Centre de renforcement des cybercapacités des Balkans occidentaux (WB3C)',
      '',
      '- **Niveau :** régionel',
      '- **Chef de file :** France, Slovénie',
      '- **Bénéficiaires :** Albanie, Serbie',
      '- **Thèmes :** cybercriminalité',
      '- **Statut :** en cours',
      '',
    ].join('\n');
    const { diagnostics } = await server.open(uri, french);
    const nb = '\u00a0';
    const level = find(diagnostics.diagnostics, 'schema/invalid-value', 11);
    const levelActions = (await server.codeActions(uri, level.range, [level])) as CodeAction[];
    assert.deepEqual(
      levelActions.map((action) => action.title),
      [`Remplacer par «${nb}régional${nb}»`, 'Désactiver schema/invalid-value pour cette ligne', 'Désactiver schema/invalid-value pour tout le document'],
    );
    const missing = find(diagnostics.diagnostics, 'schema/missing-field', 9);
    assert.match(String(missing.message), /il manque le champ Début/);
    const [add] = (await server.codeActions(uri, missing.range, [missing])) as CodeAction[];
    assert.equal(add?.title, 'Ajouter Début');
  });

  it('offers no fix computed for an older version of the document', async () => {
    const uri = 'file:///submissions/stale.md';
    const { document, diagnostics } = await server.open(uri, submissionWithMistakes);
    const staleLevel = find(diagnostics.diagnostics, 'schema/invalid-value', lines.level);

    // Version 2: the title changes; the level is still misspelt, at the same place.
    const current = await server.edit(document, [
      { range: { start: { line: 7, character: 2 }, end: { line: 7, character: 8 } }, text: 'French' },
    ]);
    const staleActions = await server.codeActions(uri, staleLevel.range, [staleLevel]);
    assert.deepEqual(staleActions, [], 'the fix of version 1 is refused on version 2');

    const currentLevel = find(current.diagnostics, 'schema/invalid-value', lines.level);
    const currentActions = (await server.codeActions(uri, currentLevel.range, [currentLevel])) as CodeAction[];
    assert.equal(currentActions.length, 3, 'the fix of version 2 is offered, and the ways to turn the rule off');
    for (const action of currentActions) assert.equal(onlyEdit(action).textDocument.version, 2);
  });

  it('offers nothing when the client asks only for other kinds of actions', async () => {
    const uri = 'file:///submissions/only-refactor.md';
    const { diagnostics } = await server.open(uri, submissionWithMistakes);
    const level = find(diagnostics.diagnostics, 'schema/invalid-value', lines.level);
    const actions = await server.connection.sendRequest('textDocument/codeAction', {
      textDocument: { uri },
      range: level.range,
      context: { diagnostics: [level], only: [CodeActionKind.Refactor] },
    });
    assert.deepEqual(actions, []);
  });
});
