/**
 * What package.json contributes to VS Code, against the code: the per-rule settings are the rule
 * ids, every setting is documented, every command is implemented, the snippets file exists.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ruleIds, validationSettingsSchema } from '../../schemas/settings';
import { generatedJsonSchemas } from '../../schemas/jsonSchemas';

const root = path.resolve(__dirname, '..', '..');

interface SettingSchema {
  readonly markdownDescription?: string;
  readonly properties?: Record<string, SettingSchema>;
  readonly additionalProperties?: boolean | SettingSchema;
  readonly enum?: readonly string[];
}

interface Manifest {
  readonly activationEvents: readonly string[];
  readonly contributes: {
    readonly commands: readonly { command: string; title: string; category?: string }[];
    readonly menus?: Record<string, readonly { command: string; when?: string }[]>;
    readonly snippets: readonly { language: string; path: string }[];
    readonly jsonValidation?: readonly { fileMatch: string | readonly string[]; url: string }[];
    readonly configuration:
      | { title: string; properties: Record<string, SettingSchema> }
      | readonly { title: string; properties: Record<string, SettingSchema> }[];
  };
}

const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const sections = [manifest.contributes.configuration].flat();
const settings: Record<string, SettingSchema> = Object.assign({}, ...sections.map((section) => section.properties));

function clientSources(directory = path.join(root, 'client', 'src')): string {
  return readdirSync(directory, { withFileTypes: true })
    .map((entry) => {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) return clientSources(full);
      return entry.name.endsWith('.ts') ? readFileSync(full, 'utf8') : '';
    })
    .join('\n');
}

describe('package.json contributions', () => {
  it('has one severity setting per rule id, and no other', () => {
    const rules = settings['oewgDrafter.rules'];
    assert.ok(rules?.properties, 'oewgDrafter.rules lists the rules');
    assert.deepEqual(Object.keys(rules.properties).sort(), [...ruleIds].sort());
    for (const [id, rule] of Object.entries(rules.properties)) {
      assert.deepEqual(rule.enum, ['off', 'error', 'warning', 'info', 'hint'], `${id} severities`);
    }
  });

  it('documents every setting (and every rule) with a markdownDescription', () => {
    for (const section of sections) assert.ok(section.title, 'every configuration section has a title');
    const undocumented: string[] = [];
    const visit = (name: string, schema: SettingSchema) => {
      if (!schema.markdownDescription?.trim()) undocumented.push(name);
      for (const [key, child] of Object.entries(schema.properties ?? {})) visit(`${name}.${key}`, child);
      if (typeof schema.additionalProperties === 'object') visit(`${name}.*`, schema.additionalProperties);
    };
    for (const [name, schema] of Object.entries(settings)) visit(name, schema);
    assert.deepEqual(undocumented, []);
    assert.deepEqual(Object.keys(settings).sort(), [
      'oewgDrafter.acronyms.known',
      'oewgDrafter.confidentiality.allowedAddresses',
      'oewgDrafter.enable',
      'oewgDrafter.library.sources',
      'oewgDrafter.preview.numberParagraphs',
      'oewgDrafter.principles.secondReading',
      'oewgDrafter.rules',
      'oewgDrafter.trace.server',
    ]);
  });

  it('contributes exactly the settings the server reads (oewgDrafter.trace.server and preview aside: the client reads them)', () => {
    /** The dotted names of the schema's settings: nested objects are sections, except `rules` (one setting, a map). */
    const names = (shape: Record<string, unknown>, prefix: string): string[] =>
      Object.entries(shape).flatMap(([key, schema]) => {
        let inner = schema as { unwrap?: () => unknown; shape?: Record<string, unknown> };
        while (!inner.shape && typeof inner.unwrap === 'function') inner = inner.unwrap() as typeof inner;
        return inner.shape && key !== 'rules' ? names(inner.shape, `${prefix}${key}.`) : [`${prefix}${key}`];
      });
    const clientSettings = ['oewgDrafter.trace.server', 'oewgDrafter.preview.numberParagraphs'];
    const contributed = Object.keys(settings).filter((name) => !clientSettings.includes(name));
    assert.deepEqual(names(validationSettingsSchema.shape, 'oewgDrafter.').sort(), contributed.sort());
  });

  it('has VS Code validate and complete .oewgrc.json with the generated JSON Schema', () => {
    const entry = manifest.contributes.jsonValidation?.find((candidate) => [candidate.fileMatch].flat().includes('.oewgrc.json'));
    assert.ok(entry, 'contributes.jsonValidation names .oewgrc.json');
    assert.equal(entry.url, './schemas/json/oewgrc.schema.json');
    assert.ok(existsSync(path.join(root, entry.url)), `${entry.url} exists`);
    assert.ok(path.basename(entry.url) in generatedJsonSchemas(), `${entry.url} is generated (npm run schemas)`);
  });

  it('implements every contributed command, and contributes every command it registers', () => {
    const sources = clientSources();
    const contributed = manifest.contributes.commands.map((command) => command.command);
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'OEWG', `${command.command} is in the OEWG category`);
      assert.ok(
        sources.includes(`registerCommand('${command.command}'`),
        `client/src registers ${command.command}`,
      );
      assert.ok(manifest.activationEvents.includes(`onCommand:${command.command}`), `${command.command} activates the extension`);
    }
    const registered = [...sources.matchAll(/registerCommand\('([^']+)'/g)].map((match) => match[1]);
    assert.deepEqual(registered.sort(), [...contributed].sort());
  });

  it('puts only contributed commands in menus, and "Insert citation…" only where a Markdown draft is edited', () => {
    const contributed = new Set(manifest.contributes.commands.map((command) => command.command));
    for (const [menu, entries] of Object.entries(manifest.contributes.menus ?? {})) {
      for (const entry of entries) assert.ok(contributed.has(entry.command), `${menu} lists ${entry.command}, which is not contributed`);
    }
    for (const menu of ['editor/context', 'commandPalette']) {
      const entry = manifest.contributes.menus?.[menu]?.find((candidate) => candidate.command === 'oewgDrafter.insertCitation');
      assert.match(entry?.when ?? '', /editorLangId == markdown/, `${menu} offers Insert citation… in Markdown editors only`);
    }
  });

  it('activates on Markdown and contributes its snippets file', () => {
    assert.ok(manifest.activationEvents.includes('onLanguage:markdown'));
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'markdown', path: './snippets/markdown.json' }]);
    assert.ok(existsSync(path.join(root, 'snippets', 'markdown.json')));
  });
});
