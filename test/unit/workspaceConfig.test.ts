/**
 * The team's `.oewgrc.json`: its schema (strict, what is valid still applies), the precedence of
 * built-in defaults < the file < the user's settings, the merge of rule options, where the file is
 * found (server: each workspace folder's root; CLI: upward from the current directory), and the
 * options reaching the analyzer through `DocumentAnalyses`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { defaultRuleOptions, type RuleOptions } from '../../schemas/ruleOptions';
import { defaultValidationSettings, readSettings } from '../../schemas/settings';
import { effectiveSettings, mergeRuleOptions, readWorkspaceConfig, workspaceConfigSchema } from '../../schemas/workspaceConfig';
import { DocumentAnalyses } from '../../server/src/features/documentAnalyses';
import { findWorkspaceConfigFile, readWorkspaceConfigFile, WorkspaceConfigStore, workspaceConfigReporter } from '../../server/src/features/workspaceConfig';
import { applySeverities } from '../../server/src/core/severity';
import type { Finding } from '../../server/src/core/findings';
import { range } from '../../server/src/core/text';
import { cleanSubmission } from '../support/submissions';

describe('.oewgrc.json', () => {
  describe('schema', () => {
    it('accepts severities by rule id and the rule options', () => {
      const file = {
        $schema: './node_modules/oewg-submission-drafter/schemas/json/oewgrc.schema.json',
        rules: { 'principle/gender': 'off', 'date/order': 'error' },
        acronyms: { known: ['ANSSI', 'CERT-FR'] },
        confidentiality: { allowedAddresses: ['@diplomatie.gouv.fr'] },
      };
      assert.deepEqual(readWorkspaceConfig(file), { config: file, problems: [] });
      assert.deepEqual(readWorkspaceConfig({}), { config: {}, problems: [] });
    });

    it('reports unknown keys, unknown rule ids and bad values, and keeps the rest', () => {
      const { config, problems } = readWorkspaceConfig({
        rules: { 'principle/gendr': 'off', 'date/order': 'loud', 'country/unknown-name': 'off' },
        acronyms: { known: ['ANSSI', 'X'], extra: true },
        confidentialty: { allowedAddresses: [] },
      });
      assert.deepEqual(config, { rules: { 'country/unknown-name': 'off' }, acronyms: { known: ['ANSSI'] } });
      assert.deepEqual([...problems].sort(), [
        'acronyms.known.1: An acronym is 2 to 20 letters or digits (left out; the rest of the file applies)',
        'acronyms: "extra" is not a known key (left out; the rest of the file applies)',
        'rules.date/order: Invalid option: expected one of "off"|"error"|"warning"|"info"|"hint" (left out; the rest of the file applies)',
        'rules: "principle/gendr" is not a rule id (left out; the rest of the file applies)',
        'the file: "confidentialty" is not a known key (left out; the rest of the file applies)',
      ]);
    });

    it('reports a file that is not an object as one of which nothing applies', () => {
      for (const [raw, holds] of [[['principle/gender'], 'an array'], [null, 'null'], [42, 'a number']] as const) {
        assert.deepEqual(readWorkspaceConfig(raw), {
          config: {},
          problems: [`not a JSON object of settings ({ "rules": … }): it holds ${holds} (nothing in the file applies)`],
        });
      }
    });

    it('reads the first 1000 entries of a longer list, and says so, reporting a bad entry among them', () => {
      const known = Array.from({ length: 1002 }, (_, index) => `AC${index}`);
      known[3] = 'X';
      const { config, problems } = readWorkspaceConfig({ acronyms: { known }, rules: { 'date/order': 'off' } });
      assert.deepEqual(problems, [
        'acronyms.known: 1002 entries, more than the 1000 a list may hold (only the first 1000 are read, the other 2 are left out; the rest of the file applies)',
        'acronyms.known.3: An acronym is 2 to 20 letters or digits (left out; the rest of the file applies)',
      ]);
      assert.deepEqual(config.acronyms?.known, known.slice(0, 1000).filter((acronym) => acronym !== 'X'));
      assert.deepEqual(config.rules, { 'date/order': 'off' });
      const addresses = Array.from({ length: 1001 }, (_, index) => `desk${index}@example.org`);
      assert.deepEqual(readWorkspaceConfig({ confidentiality: { allowedAddresses: addresses } }).problems, [
        'confidentiality.allowedAddresses: 1001 entries, more than the 1000 a list may hold (only the first 1000 are read, the other entry is left out; the rest of the file applies)',
      ]);
    });

    it('is strict at every level in the generated JSON Schema too', () => {
      const schema = workspaceConfigSchema.safeParse({ rules: {}, acronyms: {}, confidentiality: {}, other: 1 });
      assert.equal(schema.success, false);
    });
  });

  describe('precedence', () => {
    const finding = (ruleId: Finding['ruleId']): Finding => ({ ruleId, severity: 'warning', message: ruleId, range: range(0, 0, 0, 1) });
    const findings = [finding('principle/gender'), finding('date/order'), finding('country/unknown-name')];
    const severities = (settings = defaultValidationSettings, config?: Parameters<typeof effectiveSettings>[1]) =>
      applySeverities(findings, effectiveSettings(settings, config)).map((found) => `${found.ruleId}:${found.severity}`);

    it('built-in defaults < the file < the user settings, rule by rule', () => {
      assert.deepEqual(severities(), ['principle/gender:warning', 'date/order:warning', 'country/unknown-name:warning']);
      const team = { rules: { 'principle/gender': 'off', 'date/order': 'error' } } as const;
      assert.deepEqual(severities(defaultValidationSettings, team), ['date/order:error', 'country/unknown-name:warning']);
      // The user turns the team's "off" back on, and turns another rule off, locally.
      const user = readSettings({ rules: { 'principle/gender': 'info', 'country/unknown-name': 'off' } }).settings;
      assert.deepEqual(severities(user, team), ['principle/gender:info', 'date/order:error']);
    });

    it('merges rule options from the settings and the file (union, each entry once)', () => {
      const user = readSettings({ acronyms: { known: ['ANSSI', 'CNIL'] } }).settings;
      const merged = effectiveSettings(user, { acronyms: { known: ['CNIL', 'CERT-FR'] }, confidentiality: { allowedAddresses: ['@un.org'] } });
      assert.deepEqual(merged.acronyms, { known: ['ANSSI', 'CNIL', 'CERT-FR'] });
      assert.deepEqual(merged.confidentiality, { allowedAddresses: ['@un.org'] });
      assert.deepEqual(mergeRuleOptions(defaultRuleOptions, {}), defaultRuleOptions);
    });

    it('runs the second reading unless the settings or the file turn it off', () => {
      const off = readWorkspaceConfig({ principles: { secondReading: false } });
      assert.deepEqual(off, { config: { principles: { secondReading: false } }, problems: [] });
      assert.equal(effectiveSettings(defaultValidationSettings, off.config).principles.secondReading, false);
      const userOff = readSettings({ principles: { secondReading: false } }).settings;
      assert.equal(effectiveSettings(userOff, { principles: { secondReading: true } }).principles.secondReading, false);
      assert.equal(effectiveSettings(defaultValidationSettings, { acronyms: { known: ['ANSSI'] } }).principles.secondReading, true);
      assert.deepEqual(readWorkspaceConfig({ principles: { secondReading: 'off' } }).problems, [
        'principles.secondReading: Invalid input: expected boolean, received string (left out; the rest of the file applies)',
      ]);
    });

    it('leaves the settings as they are without a file', () => {
      assert.equal(effectiveSettings(defaultValidationSettings, undefined), defaultValidationSettings);
    });
  });

  describe('files on disk', () => {
    let root: string;
    beforeEach(() => {
      root = mkdtempSync(path.join(os.tmpdir(), 'oewg-rc-'));
      // A repository's root: no lookup goes above it to a file that is not the test's.
      mkdirSync(path.join(root, '.git'));
    });
    afterEach(() => rmSync(root, { recursive: true, force: true }));

    it('is found upward from a folder, up to the folder holding .git', () => {
      const repository = path.join(root, 'repository');
      const deep = path.join(repository, 'submissions', '2024');
      mkdirSync(deep, { recursive: true });
      mkdirSync(path.join(repository, '.git'));
      // Above the repository: never read from inside it.
      writeFileSync(path.join(root, '.oewgrc.json'), '{}');
      assert.equal(findWorkspaceConfigFile(deep), undefined);
      writeFileSync(path.join(repository, '.oewgrc.json'), '{}');
      assert.equal(findWorkspaceConfigFile(deep), path.join(repository, '.oewgrc.json'));
      writeFileSync(path.join(deep, '.oewgrc.json'), '{}');
      assert.equal(findWorkspaceConfigFile(deep), path.join(deep, '.oewgrc.json'));
    });

    it('says whether a file is missing, unusable or read', () => {
      const file = path.join(root, '.oewgrc.json');
      assert.deepEqual(readWorkspaceConfigFile(file), { kind: 'missing' });
      writeFileSync(file, '{ "rules": ');
      const unusable = readWorkspaceConfigFile(file);
      assert.equal(unusable.kind, 'unusable');
      assert.match(unusable.kind === 'unusable' ? unusable.message : '', /^not valid JSON/);
      writeFileSync(file, '{ "rules": { "date/order": "off" } }');
      assert.deepEqual(readWorkspaceConfigFile(file), { kind: 'read', config: { rules: { 'date/order': 'off' } }, problems: [] });
      // JSON, but nothing in it could apply: as unusable as a file that is not JSON.
      for (const [content, holds] of [['null', 'null'], ['[]', 'an array'], ['42', 'a number']]) {
        writeFileSync(file, content ?? '');
        assert.deepEqual(readWorkspaceConfigFile(file), { kind: 'unusable', message: `not a JSON object of settings ({ "rules": … }): it holds ${holds}` });
      }
    });

    it('applies each workspace folder its own file, re-read when it changes', () => {
      const first = path.join(root, 'first');
      const second = path.join(root, 'second');
      mkdirSync(first);
      mkdirSync(second);
      writeFileSync(path.join(first, '.oewgrc.json'), JSON.stringify({ rules: { 'date/order': 'off' }, acronyms: { known: ['ANSSI'] } }));
      const reported: string[] = [];
      const store = new WorkspaceConfigStore((file, problems, outcome) => reported.push(`${path.basename(path.dirname(file))}: ${problems.join('; ')} (${outcome})`));
      store.load([pathToFileURL(first).href, pathToFileURL(second).href]);
      const inFirst = pathToFileURL(path.join(first, 'a.md')).href;
      const inSecond = pathToFileURL(path.join(second, 'b.md')).href;
      assert.deepEqual(store.settingsFor(defaultValidationSettings, inFirst).rules, { 'date/order': 'off' });
      assert.deepEqual(store.settingsFor(defaultValidationSettings, inSecond).rules, {});
      assert.deepEqual(store.optionsFor(defaultValidationSettings, inFirst).acronyms.known, ['ANSSI']);
      assert.equal(store.optionsFor(defaultValidationSettings, inFirst).principles.secondReading, true);
      const userOff = readSettings({ principles: { secondReading: false } }).settings;
      assert.equal(store.optionsFor(userOff, inFirst).principles.secondReading, false, 'the setting reaches the rules');
      // Stable identities while nothing changes: analyses are not redone for nothing.
      assert.equal(store.optionsFor(defaultValidationSettings, inFirst), store.optionsFor(defaultValidationSettings, inFirst));
      // Untitled documents follow no folder when there are several.
      assert.deepEqual(store.settingsFor(defaultValidationSettings, 'untitled:Untitled-1').rules, {});

      writeFileSync(path.join(second, '.oewgrc.json'), '{ "rules": { "date/order": "error", "nope/nope": "off" } }');
      assert.equal(store.fileChanged(pathToFileURL(path.join(second, '.oewgrc.json')).href), true);
      assert.deepEqual(store.settingsFor(defaultValidationSettings, inSecond).rules, { 'date/order': 'error' });
      assert.deepEqual(reported, ['second: rules: "nope/nope" is not a rule id (left out; the rest of the file applies) (partly)']);

      writeFileSync(path.join(second, '.oewgrc.json'), '{ oops');
      store.fileChanged(pathToFileURL(path.join(second, '.oewgrc.json')).href);
      assert.deepEqual(store.settingsFor(defaultValidationSettings, inSecond).rules, {});
      assert.match(reported.at(-1) ?? '', /^second: not valid JSON.*\(ignored\)$/);

      rmSync(path.join(first, '.oewgrc.json'));
      store.fileChanged(pathToFileURL(path.join(first, '.oewgrc.json')).href);
      assert.deepEqual(store.settingsFor(defaultValidationSettings, inFirst).rules, {});
      // A file in a sub-folder is on no folder's lookup.
      assert.equal(store.fileChanged(pathToFileURL(path.join(first, 'sub', '.oewgrc.json')).href), false);
    });

    describe('a sub-folder of the repository opened as the workspace folder', () => {
      const uri = (...parts: string[]) => pathToFileURL(path.join(...parts)).href;
      let repository: string;
      let opened: string;
      let store: WorkspaceConfigStore;
      const rulesIn = (folder: string) => store.settingsFor(defaultValidationSettings, uri(folder, 'submission.md')).rules;
      beforeEach(() => {
        repository = path.join(root, 'repository');
        opened = path.join(repository, 'submissions', '2024');
        mkdirSync(opened, { recursive: true });
        mkdirSync(path.join(repository, '.git'));
        writeFileSync(path.join(repository, '.oewgrc.json'), JSON.stringify({ rules: { 'date/order': 'off' } }));
        store = new WorkspaceConfigStore(() => undefined);
      });

      it('gets the file at the repository root above it, the one "oewg-drafter check" run there applies', () => {
        store.load([uri(opened)]);
        assert.deepEqual(rulesIn(opened), { 'date/order': 'off' });
        assert.equal(findWorkspaceConfigFile(opened), path.join(repository, '.oewgrc.json'), 'the CLI from the same folder');
        // The client's watch of the workspace does not reach these: the server has them watched.
        assert.deepEqual(store.foldersAboveWorkspace(), [path.join(repository, 'submissions'), repository]);
      });

      it('takes a nearer file first, looks again when one is created or deleted, and ignores one above the file that applies', () => {
        const nearer = path.join(repository, 'submissions', '.oewgrc.json');
        writeFileSync(nearer, JSON.stringify({ rules: { 'date/order': 'error' } }));
        store.load([uri(opened)]);
        assert.deepEqual(rulesIn(opened), { 'date/order': 'error' });
        // The repository's file is hidden by the nearer one: its change changes nothing.
        assert.equal(store.fileChanged(uri(repository, '.oewgrc.json')), false);
        rmSync(nearer);
        assert.equal(store.fileChanged(uri(nearer)), true);
        assert.deepEqual(rulesIn(opened), { 'date/order': 'off' }, 'the file above applies again');
        writeFileSync(path.join(opened, '.oewgrc.json'), JSON.stringify({ rules: { 'date/order': 'hint' } }));
        assert.equal(store.fileChanged(uri(opened, '.oewgrc.json')), true);
        assert.deepEqual(rulesIn(opened), { 'date/order': 'hint' }, "the folder's own file wins");
      });

      it('never reads above the folder holding .git', () => {
        rmSync(path.join(repository, '.oewgrc.json'));
        writeFileSync(path.join(root, '.oewgrc.json'), JSON.stringify({ rules: { 'date/order': 'off' } }));
        store.load([uri(opened)]);
        assert.deepEqual(rulesIn(opened), {});
        assert.equal(store.fileChanged(uri(root, '.oewgrc.json')), false);
        assert.ok(!store.foldersAboveWorkspace().includes(root), 'nothing above the repository is watched');
      });

      it('gives a workspace folder inside another the outer folder\'s file when it has none of its own', () => {
        store.load([uri(repository), uri(opened)]);
        assert.deepEqual(rulesIn(opened), { 'date/order': 'off' });
        assert.deepEqual(store.foldersAboveWorkspace(), [], 'every folder on the lookups is in the workspace');
      });
    });

    it('applies the only folder\'s file to untitled documents', () => {
      writeFileSync(path.join(root, '.oewgrc.json'), JSON.stringify({ rules: { 'date/order': 'off' } }));
      const store = new WorkspaceConfigStore(() => undefined);
      store.load([pathToFileURL(root).href]);
      assert.deepEqual(store.settingsFor(defaultValidationSettings, 'untitled:Untitled-1').rules, { 'date/order': 'off' });
    });
  });

  describe('told to the user (the server)', () => {
    /** The messages a reporter shows, through a connection that only records them. */
    function shownBy(report: (reporter: ReturnType<typeof workspaceConfigReporter>) => void): string[] {
      const shown: string[] = [];
      const connection = {
        console: { warn: () => undefined },
        sendNotification: (_method: string, params: { message: string }) => {
          shown.push(params.message);
          return Promise.resolve();
        },
      };
      report(workspaceConfigReporter(connection as unknown as Parameters<typeof workspaceConfigReporter>[0]));
      return shown;
    }

    it('says of each part what becomes of it, and of an unusable file that it is ignored', () => {
      const root = mkdtempSync(path.join(os.tmpdir(), 'oewg-rc-'));
      try {
        const file = path.join(root, '.oewgrc.json');
        const known = Array.from({ length: 1001 }, (_, index) => `AC${index}`);
        writeFileSync(file, JSON.stringify({ acronyms: { known } }));
        const read = readWorkspaceConfigFile(file);
        assert.ok(read.kind === 'read');
        assert.deepEqual(shownBy((reporter) => reporter(file, read.problems, 'partly')), [
          `OEWG Submission Drafter: ${file}: acronyms.known: 1001 entries, more than the 1000 a list may hold (only the first 1000 are read, the other entry is left out; the rest of the file applies).`,
        ]);
        writeFileSync(file, 'null');
        const unusable = readWorkspaceConfigFile(file);
        assert.ok(unusable.kind === 'unusable');
        assert.deepEqual(shownBy((reporter) => reporter(file, [unusable.message], 'ignored')), [
          `OEWG Submission Drafter: ${file}: not a JSON object of settings ({ "rules": … }): it holds null (the file is ignored until it is corrected).`,
        ]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });
  });

  describe('options reaching the analyzer', () => {
    it('re-analyzes a document when its options change, not otherwise', () => {
      let options: RuleOptions = defaultRuleOptions;
      const analyses = new DocumentAnalyses(() => undefined, undefined, () => options);
      const document = TextDocument.create('file:///a.md', 'markdown', 1, cleanSubmission);
      const first = analyses.get(document);
      assert.equal(first?.document.context.options, defaultRuleOptions);
      assert.equal(analyses.get(document), first, 'same version, same options: the same analysis');
      options = mergeRuleOptions(defaultRuleOptions, { acronyms: { known: ['ANSSI'] } });
      const second = analyses.get(document);
      assert.notEqual(second, first);
      assert.deepEqual(second?.document.context.options.acronyms.known, ['ANSSI']);
    });
  });
});
