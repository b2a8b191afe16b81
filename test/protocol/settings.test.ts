/**
 * Settings changed by the user reach the diagnostics: the client answers `workspace/configuration`
 * and announces changes with `workspace/didChangeConfiguration`, as VS Code does.
 */
import assert from 'node:assert/strict';
import { DiagnosticSeverity, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { lines, submissionWithMistakes } from './sampleDocuments';
import { ServerHarness } from './serverHarness';

describe('protocol: settings', () => {
  let server: ServerHarness;
  const uri = 'file:///submissions/settings.md';
  let initial: PublishDiagnosticsParams;

  before(async () => {
    server = await ServerHarness.start();
    ({ diagnostics: initial } = await server.open(uri, submissionWithMistakes));
  });

  after(async () => {
    await server?.stop();
  });

  afterEach(async () => {
    // Back to the defaults, and to the diagnostics they give.
    const restored = server.nextDiagnostics(uri);
    await server.changeSettings({});
    assert.deepEqual((await restored).diagnostics, initial.diagnostics);
  });

  const severitiesOf = (params: PublishDiagnosticsParams, code: string) =>
    params.diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.severity);

  it('applies the severity set for a rule id', async () => {
    assert.deepEqual(severitiesOf(initial, 'schema/invalid-value'), [DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
    const changed = server.nextDiagnostics(uri);
    await server.changeSettings({ rules: { 'schema/invalid-value': 'warning' } });
    const params = await changed;
    assert.deepEqual(severitiesOf(params, 'schema/invalid-value'), [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    assert.deepEqual(severitiesOf(params, 'schema/missing-field'), [DiagnosticSeverity.Error], 'other rules keep their severity');
  });

  it('removes the findings of a rule set to off', async () => {
    const changed = server.nextDiagnostics(uri);
    await server.changeSettings({ rules: { 'schema/invalid-value': 'off' } });
    const params = await changed;
    assert.deepEqual(severitiesOf(params, 'schema/invalid-value'), []);
    assert.equal(severitiesOf(params, 'schema/missing-field').length, 1);
  });

  it('clears every diagnostic when validation is disabled', async () => {
    const changed = server.nextDiagnostics(uri);
    await server.changeSettings({ enable: false });
    assert.deepEqual((await changed).diagnostics, []);
  });

  it('reports settings it cannot read, once, and applies the rest', async () => {
    const shownBefore = server.shownMessages.length;
    const settings = { rules: { 'schema/invalid-value': 'loud', 'schema/missing-field': 'hint' } };
    const changed = server.nextDiagnostics(uri);
    await server.changeSettings(settings);
    const params = await changed;
    assert.deepEqual(severitiesOf(params, 'schema/missing-field'), [DiagnosticSeverity.Hint], 'the valid setting applies');
    assert.deepEqual(
      severitiesOf(params, 'schema/invalid-value'),
      [DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error],
      'the invalid one is ignored',
    );
    assert.equal(server.shownMessages.length, shownBefore + 1, `one message shown: ${JSON.stringify(server.shownMessages)}`);
    assert.match(server.shownMessages.at(-1) ?? '', /oewgDrafter\.rules\.schema\/invalid-value/);
    assert.ok(server.log.some((message) => message.includes('oewgDrafter.rules.schema/invalid-value')), 'the problem is logged');

    // The same settings again: logged again, but not shown a second time.
    const logged = server.log.length;
    const again = server.nextDiagnostics(uri);
    await server.changeSettings(settings);
    await again;
    assert.equal(server.shownMessages.length, shownBefore + 1);
    assert.ok(server.log.length > logged);
  });

  it('reports a rule id that does not exist', async () => {
    const changed = server.nextDiagnostics(uri);
    await server.changeSettings({ rules: { 'no/such-rule': 'error' } });
    await changed;
    assert.match(server.shownMessages.at(-1) ?? '', /"no\/such-rule" is not a rule id/);
  });

  it('reads the settings when the server starts', async () => {
    const configured = await ServerHarness.start({ rules: { 'schema/missing-field': 'info' } });
    try {
      const { diagnostics } = await configured.open(uri, submissionWithMistakes);
      assert.deepEqual(severitiesOf(diagnostics, 'schema/missing-field'), [DiagnosticSeverity.Information]);
      assert.equal(diagnostics.diagnostics.find((diagnostic) => diagnostic.code === 'schema/missing-field')?.range.start.line, lines.secondProgrammeTitle);
    } finally {
      await configured.stop();
    }
  });
});
