/**
 * Incremental synchronization: after any sequence of range edits, the server's diagnostics are
 * those of the same text opened fresh (the per-section caches never leave stale findings).
 */
import assert from 'node:assert/strict';
import type { Range } from 'vscode-languageserver-protocol';
import { submissionWithMistakes } from './sampleDocuments';
import { ServerHarness, applyEdit, visible } from './serverHarness';

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

/** The position where `needle` starts in `text` (its first occurrence, which must exist). */
function positionOf(text: string, needle: string): { line: number; character: number } {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `"${needle}" is in the text`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
}

/** An insertion of `text` where `needle` starts, as a change event. */
const insertAt = (document: string, needle: string, text: string) => {
  const position = positionOf(document, needle);
  return { range: { start: position, end: position }, text };
};

/** A long draft: entries, one of them cut in parts for its length, so that edits move section boundaries. */
const paragraph = (index: number) =>
  `Paragraph ${index} recounts the sessions held in Dakar and Lomé, the exercises the national teams ran on the shared platform, and the incidents they handled at night.`;
const entry = (title: string, paragraphs: number) =>
  `### ${title}\n\n- **Level:** regional\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cybercrime\n- **Start:** 2023-05\n- **Status:** ongoing\n\n${Array.from({ length: paragraphs }, (_, index) => paragraph(index)).join('\n\n')}\n\nSession notes for ${title}.\n`;
const longDraft = `${submissionWithMistakes.slice(0, submissionWithMistakes.indexOf('\n---\n') + 5)}\n# Response\n\n${entry('First course', 3)}\n${entry('Long course', 80)}\n${entry('Last course', 3)}`;

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

  // CRLF as well: the server keeps a "\n" twin of such a document, changed with each change.
  for (const [eol, name] of [['\n', 'LF'], ['\r\n', 'CRLF']] as const) {
    it(`gives the same on a long draft (${name}), where edits open code blocks, add headings and change the parts of a long entry`, async () => {
      const lines = (text: string) => text.replace(/\n/g, eol);
      const { document } = await server.open(`file:///submissions/long-${name}.md`, lines(longDraft));
      // Each step is built on the text as the steps before left it.
      const steps: { name: string; changes: (text: string) => { range: Range; text: string }[] }[] = [
        { name: 'state a request at the end of the long entry', changes: (text) => [insertAt(text, 'Session notes for Long course', 'It was designed at the request of the partner ministry. ')] },
        { name: 'open a code block in the first entry', changes: (text) => [insertAt(text, 'Session notes for First course', lines('```\n'))] },
        { name: 'close it again', changes: (text) => [insertAt(text, 'Session notes for First course', lines('```\n'))] },
        { name: 'type a heading in the middle of the long entry', changes: (text) => [insertAt(text, 'Paragraph 40 ', lines('### Middle course\n\n'))] },
        {
          name: 'edit its top and its end in one version',
          changes: (text) => {
            const top = insertAt(text, 'Paragraph 1 ', 'Indicators: incidents handled. ');
            const withTop = applyEdit(text, top.range, top.text);
            return [top, insertAt(withTop, 'Session notes for Last course', 'The partner owns the programme. ')];
          },
        },
        { name: 'delete the heading again', changes: (text) => [{ range: { start: positionOf(text, '### Middle course'), end: positionOf(text, 'Paragraph 40 ') }, text: '' }] },
        {
          name: 'join two paragraphs by deleting the line breaks between them',
          changes: (text) => {
            const end = positionOf(text, 'Paragraph 41 ');
            return [{ range: { start: { line: end.line - 2, character: paragraph(40).length }, end }, text: ' ' }];
          },
        },
      ];
      for (const [index, step] of steps.entries()) {
        const edited = await server.edit(document, step.changes(document.text));
        const fresh = await server.open(`file:///submissions/long-${name}-fresh-${index}.md`, document.text);
        assert.deepEqual(visible(edited.diagnostics), visible(fresh.diagnostics.diagnostics), `after "${step.name}"`);
      }
    });
  }
});
