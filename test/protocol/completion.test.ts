/**
 * Completion over the real server: symbols and paragraphs from the built-in reference library,
 * field labels in the draft's language, rule ids in suppression comments, and nothing for
 * Markdown files that are not submissions.
 */
import assert from 'node:assert/strict';
import { CompletionItemKind, CompletionRequest, type CompletionItem, type CompletionList, type TextEdit } from 'vscode-languageserver-protocol';
import { applyEdit, ServerHarness } from './serverHarness';

const frontMatter = (language: string) =>
  `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-03-01\nlanguage: ${language}\n---\n\n`;

describe('protocol: completion', () => {
  let server: ServerHarness;

  before(async () => {
    server = await ServerHarness.start();
  });

  after(async () => {
    await server?.stop();
  });

  /** Opens `marked` (the position marked by "|") and asks for completion there, as after typing `trigger`. */
  async function completeAt(uri: string, marked: string, trigger?: string): Promise<{ text: string; list: CompletionList | null }> {
    const offset = marked.indexOf('|');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const before = text.slice(0, offset).split('\n');
    const position = { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
    await server.open(uri, text);
    const answer = await server.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position,
      context: trigger === undefined ? { triggerKind: 1 } : { triggerKind: 2, triggerCharacter: trigger },
    });
    assert.ok(answer === null || !Array.isArray(answer), 'a CompletionList, not a bare array');
    return { text, list: answer };
  }

  const item = (list: CompletionList | null, label: string): CompletionItem => {
    const found = list?.items.find((candidate) => candidate.label === label);
    assert.ok(found, `"${label}" among ${JSON.stringify(list?.items.map((candidate) => candidate.label))}`);
    return found;
  };

  it('offers A/75/816 after "A/75/8", replacing the partial symbol', async () => {
    const { text, list } = await completeAt('file:///submissions/symbol.md', `${frontMatter('en')}As agreed in A/75/8|, States…\n`);
    assert.equal(list?.isIncomplete, false);
    const symbol = item(list, 'A/75/816');
    assert.equal(symbol.kind, CompletionItemKind.Reference);
    assert.match(symbol.detail ?? '', /Final report of the Open-ended working group/);
    const edit = symbol.textEdit as TextEdit;
    assert.equal(applyEdit(text, edit.range, edit.newText).split('\n')[7], 'As agreed in A/75/816, States…');
  });

  it('offers the rule ids after a space in a suppression comment, with what each checks', async () => {
    const { text, list } = await completeAt('file:///submissions/directive.md', `${frontMatter('en')}<!-- oewg-disable-next-line | -->\n### Programme\n`, ' ');
    const gender = item(list, 'principle/gender');
    assert.equal(gender.kind, CompletionItemKind.Property);
    assert.equal(gender.detail, 'info by default');
    const edit = gender.textEdit as TextEdit;
    assert.equal(applyEdit(text, edit.range, edit.newText).split('\n')[7], '<!-- oewg-disable-next-line principle/gender -->');
  });

  it('offers paragraph 56 of A/75/816, with its text, after "A/75/816, para. "', async () => {
    const { list } = await completeAt('file:///submissions/paragraph.md', `${frontMatter('en')}The principles (A/75/816, para. |) guide us.\n`, ' ');
    const paragraph = item(list, 'annex I, paragraph 56');
    assert.equal((paragraph.textEdit as TextEdit).newText, '56');
    assert.match(paragraph.detail ?? '', /^Taking into consideration/);
    const documentation = typeof paragraph.documentation === 'string' ? paragraph.documentation : paragraph.documentation?.value;
    assert.match(documentation ?? '', /Capacity-building should be a sustainable process, comprising specific activities/);
  });

  it('offers French field labels, with the French colon, in a French draft', async () => {
    const { text, list } = await completeAt(
      'file:///submissions/french.md',
      `${frontMatter('fr')}## Programmes\n\n### École nationale à vocation régionale\n\n- **Niveau :** régional\n- |\n`,
      ' ',
    );
    const labels = list?.items.map((candidate) => candidate.label) ?? [];
    assert.ok(labels.includes('Chef de file') && labels.includes('Bénéficiaires') && labels.includes('Thèmes'), JSON.stringify(labels));
    assert.ok(!labels.includes('Niveau') && !labels.includes('Lead'));
    const lead = item(list, 'Chef de file');
    assert.equal(lead.kind, CompletionItemKind.Field);
    const edit = lead.textEdit as TextEdit;
    assert.equal(applyEdit(text, edit.range, edit.newText).split('\n')[12], '- **Chef de file\u00a0:** ');
  });

  it('answers nothing for a Markdown file that is not a submission', async () => {
    const { list } = await completeAt('file:///notes/plain.md', '# Notes\n\nSee A/75/8|\n');
    assert.equal(list, null);
  });
});
