/**
 * Incremental synchronization: after any sequence of range edits, the server's diagnostics are
 * those of the same text opened fresh (the per-section caches never leave stale findings).
 */
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-protocol';
import { submissionWithMistakes } from './sampleDocuments';
import { ServerHarness, visible } from './serverHarness';

const at = (line: number, character: number, endLine = line, endCharacter = character): Range => ({
  start: { line, character },
  end: { line: endLine, character: endCharacter },
});

/** Edits a drafter might make, one version each; some hold several changes, applied in order. */
const editSteps: { name: string; changes: { range: Range; text: string }[] }[] = [
  { name: 'fix a typo inside a value', changes: [{ range: at(13, 19, 13, 21), text: 'al' }] },
  { name: 'delete a whole field line', changes: [{ range: at(19, 0, 20, 0), text: '' }] },
  {
    name: 'type a new programme, character by character in one version',
    changes: [...'\n### WB3C\n\n- **Level:** global\n'].map((character, index) => ({ range: at(20, index, 20, index), text: character })),
  },
  { name: 'switch the document to French', changes: [{ range: at(4, 10, 4, 12), text: 'fr' }] },
  { name: 'join two sections by deleting a heading', changes: [{ range: at(9, 0, 11, 0), text: '' }] },
  { name: 'replace across lines, with CRLF in the new text', changes: [{ range: at(14, 3, 16, 5), text: 'x\r\n- **Start:** 2024\r\nmore' }] },
  { name: 'break the front matter', changes: [{ range: at(5, 0, 5, 3), text: '--' }] },
  { name: 'mend it again', changes: [{ range: at(5, 0, 5, 2), text: '---' }] },
];

describe('protocol: incremental edits', () => {
  let server: ServerHarness;

  before(async () => {
    server = await ServerHarness.start();
  });

  after(async () => {
    await server?.stop();
  });

  it('gives the same diagnostics as a fresh open of the resulting text, after every edit', async () => {
    const { document } = await server.open('file:///submissions/edited.md', submissionWithMistakes);
    for (const [index, step] of editSteps.entries()) {
      const edited = await server.edit(document, step.changes);
      const fresh = await server.open(`file:///submissions/fresh-${index}.md`, document.text);
      assert.deepEqual(visible(edited.diagnostics), visible(fresh.diagnostics.diagnostics), `after "${step.name}"`);
    }
  });
});
