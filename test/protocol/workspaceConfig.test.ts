/**
 * The team's `.oewgrc.json` over the real server: read at the root of the workspace folder (or
 * above it, up to the repository's root) on start, re-read when the client reports it changed (`workspace/didChangeWatchedFiles`), under the
 * user's `oewgDrafter.rules`; invalid parts reported to the user. Inline suppression comments too.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  type DidChangeWatchedFilesRegistrationOptions,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol';
import { lines, submissionWithMistakes } from './sampleDocuments';
import { ServerHarness } from './serverHarness';

const codes = (params: PublishDiagnosticsParams, code: string) =>
  params.diagnostics.filter((diagnostic) => diagnostic.code === code).map((diagnostic) => diagnostic.severity);

describe('protocol: .oewgrc.json and inline suppression', () => {
  let folder: string;
  let configFile: string;
  let configUri: string;
  let server: ServerHarness;
  let uri: string;

  const writeConfig = async (content: unknown) => {
    writeFileSync(configFile, typeof content === 'string' ? content : JSON.stringify(content));
    await server.filesChanged([{ uri: configUri, type: FileChangeType.Changed }]);
  };

  before(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'oewg-rc-protocol-'));
    configFile = path.join(folder, '.oewgrc.json');
    configUri = pathToFileURL(configFile).href;
    uri = pathToFileURL(path.join(folder, 'submission.md')).href;
    writeFileSync(configFile, JSON.stringify({ rules: { 'schema/invalid-value': 'off' } }));
    server = await ServerHarness.start({}, [pathToFileURL(folder).href]);
  });

  after(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies the file found at the workspace folder root from the start', async () => {
    const { diagnostics } = await server.open(uri, submissionWithMistakes);
    assert.deepEqual(codes(diagnostics, 'schema/invalid-value'), [], 'turned off by the file');
    assert.deepEqual(codes(diagnostics, 'schema/missing-field'), [DiagnosticSeverity.Error], 'other rules still run');
  });

  it('re-checks open documents when the file changes, and when it goes', async () => {
    let published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/invalid-value').length > 0);
    await writeConfig({ rules: { 'schema/missing-field': 'off' } });
    let params = await published;
    assert.deepEqual(codes(params, 'schema/invalid-value'), [DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
    assert.deepEqual(codes(params, 'schema/missing-field'), []);

    published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/missing-field').length > 0);
    rmSync(configFile);
    await server.filesChanged([{ uri: configUri, type: FileChangeType.Deleted }]);
    params = await published;
    assert.deepEqual(codes(params, 'schema/missing-field'), [DiagnosticSeverity.Error]);
  });

  it('lets the user\'s oewgDrafter.rules override the file, rule by rule', async () => {
    let published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/invalid-value').length === 0);
    await writeConfig({ rules: { 'schema/invalid-value': 'off', 'schema/missing-field': 'hint' } });
    assert.deepEqual(codes(await published, 'schema/missing-field'), [DiagnosticSeverity.Hint]);

    published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/invalid-value').length > 0);
    await server.changeSettings({ rules: { 'schema/invalid-value': 'warning' } });
    const params = await published;
    assert.deepEqual(codes(params, 'schema/invalid-value'), [DiagnosticSeverity.Warning, DiagnosticSeverity.Warning, DiagnosticSeverity.Warning]);
    assert.deepEqual(codes(params, 'schema/missing-field'), [DiagnosticSeverity.Hint], 'the file still applies to the rules the user did not set');

    const restored = server.nextDiagnostics(uri, (params) => codes(params, 'schema/invalid-value').length === 0);
    await server.changeSettings({});
    await restored;
  });

  it('reports the invalid parts of the file to the user, naming it, and applies the rest', async () => {
    const shownBefore = server.shownMessages.length;
    const published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/missing-field').length === 0);
    await writeConfig({ rules: { 'schema/missing-field': 'off', 'principle/gendr': 'off' } });
    const params = await published;
    assert.equal(codes(params, 'schema/invalid-value').length, 3);
    assert.equal(server.shownMessages.length, shownBefore + 1, JSON.stringify(server.shownMessages));
    const shown = server.shownMessages.at(-1) ?? '';
    assert.ok(shown.includes(configFile), shown);
    assert.match(shown, /: rules: "principle\/gendr" is not a rule id \(left out; the rest of the file applies\)\.$/);
    assert.ok(server.log.some((message) => message.includes(configFile) && message.includes('principle/gendr')), 'and logged');
  });

  it('reports a file that is not JSON, and applies none of it', async () => {
    const published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/missing-field').length > 0);
    await writeConfig('{ "rules": { "schema/missing-field": "off" ');
    await published;
    assert.match(server.shownMessages.at(-1) ?? '', /not valid JSON.*ignored until it is corrected/);
  });

  it('reports a file that is JSON but not an object as ignored, not as partly applied', async () => {
    const applied = server.nextDiagnostics(uri, (params) => codes(params, 'schema/missing-field').length === 0);
    await writeConfig({ rules: { 'schema/missing-field': 'off' } });
    await applied;
    const published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/missing-field').length > 0);
    await writeConfig([]);
    await published;
    assert.equal(server.shownMessages.at(-1), `OEWG Submission Drafter: ${configFile}: not a JSON object of settings ({ "rules": … }): it holds an array (the file is ignored until it is corrected).`);
  });

  it('honours inline suppression comments, and reports a misspelt rule id in one', async () => {
    const suppressedUri = pathToFileURL(path.join(folder, 'suppressed.md')).href;
    const text = submissionWithMistakes
      .split('\n')
      .map((line, index) => (index === lines.level ? `<!-- oewg-disable-next-line schema/invalid-value -->\n${line}` : line))
      .join('\n')
      .replace('- **Fundng:**', '  <!-- oewg-disable-next-line schema/invalid-valu -->\n- **Fundng:**');
    const { diagnostics } = await server.open(suppressedUri, text);
    const invalid = diagnostics.diagnostics.filter((diagnostic) => diagnostic.code === 'schema/invalid-value');
    assert.deepEqual(
      invalid.map((diagnostic) => [diagnostic.range.start.line, diagnostic.severity]),
      [
        [lines.start + 1, DiagnosticSeverity.Error],
        [lines.unknownLabel + 1, DiagnosticSeverity.Warning],
        [lines.unknownLabel + 2, DiagnosticSeverity.Error],
      ],
      'the level is hidden; the typo is reported and hides nothing',
    );
    const message = invalid[1]?.message;
    assert.match(typeof message === 'string' ? message : (message?.value ?? ''), /Did you mean "schema\/invalid-value"\?/);
  });
});

describe('protocol: a folder added to the workspace', () => {
  let first: string;
  let added: string;
  let server: ServerHarness;

  before(async () => {
    first = mkdtempSync(path.join(tmpdir(), 'oewg-rc-first-'));
    added = mkdtempSync(path.join(tmpdir(), 'oewg-rc-added-'));
    writeFileSync(path.join(added, '.oewgrc.json'), JSON.stringify({ rules: { 'schema/missing-field': 'off' } }));
    server = await ServerHarness.start({}, [pathToFileURL(first).href]);
  });

  after(async () => {
    await server?.stop();
    rmSync(first, { recursive: true, force: true });
    rmSync(added, { recursive: true, force: true });
  });

  it('applies its .oewgrc.json to its open documents as soon as it is added, and no longer once it is removed', async () => {
    const uri = pathToFileURL(path.join(added, 'submission.md')).href;
    const folderUri = pathToFileURL(added).href;
    const { diagnostics } = await server.open(uri, submissionWithMistakes);
    assert.deepEqual(codes(diagnostics, 'schema/missing-field'), [DiagnosticSeverity.Error], 'not a workspace folder yet: its file does not apply');

    let published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/missing-field').length === 0);
    await server.workspaceFoldersChanged([folderUri]);
    await published;

    published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/missing-field').length > 0);
    await server.workspaceFoldersChanged([], [folderUri]);
    assert.deepEqual(codes(await published, 'schema/missing-field'), [DiagnosticSeverity.Error]);
  });
});

describe('protocol: .oewgrc.json above the workspace folder', () => {
  let repository: string;
  let configFile: string;
  let server: ServerHarness;

  before(async () => {
    repository = mkdtempSync(path.join(tmpdir(), 'oewg-rc-repository-'));
    mkdirSync(path.join(repository, '.git'));
    configFile = path.join(repository, '.oewgrc.json');
    writeFileSync(configFile, JSON.stringify({ rules: { 'schema/invalid-value': 'off' } }));
    const opened = path.join(repository, 'submissions');
    mkdirSync(opened);
    server = await ServerHarness.start({}, [pathToFileURL(opened).href]);
  });

  after(async () => {
    await server?.stop();
    rmSync(repository, { recursive: true, force: true });
  });

  it('applies the file at the repository root to a sub-folder opened as the workspace, has it watched, and re-reads it', async () => {
    const uri = pathToFileURL(path.join(repository, 'submissions', 'submission.md')).href;
    const { diagnostics } = await server.open(uri, submissionWithMistakes);
    assert.deepEqual(codes(diagnostics, 'schema/invalid-value'), [], 'turned off by the file above the folder');

    // The client's watch of the workspace does not reach the file: the server asks for it.
    const registration = await server.registered(DidChangeWatchedFilesNotification.method);
    const { watchers } = registration.registerOptions as DidChangeWatchedFilesRegistrationOptions;
    assert.deepEqual(watchers, [{ globPattern: { baseUri: pathToFileURL(repository).href, pattern: '.oewgrc.json' } }]);

    const published = server.nextDiagnostics(uri, (params) => codes(params, 'schema/invalid-value').length > 0);
    writeFileSync(configFile, '{}');
    await server.filesChanged([{ uri: pathToFileURL(configFile).href, type: FileChangeType.Changed }]);
    assert.deepEqual(codes(await published, 'schema/invalid-value'), [DiagnosticSeverity.Error, DiagnosticSeverity.Error, DiagnosticSeverity.Error]);
  });
});
