/**
 * Completion in the core: each context (field labels, values, countries, symbols, paragraphs),
 * in English and French drafts, with the built-in reference library; and where nothing is offered.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { analyzeSubmission } from '../../server/src/core/analyzer';
import { completionsAt, sectionStartLine, type CompletionItem } from '../../server/src/core/completion';
import { ReferenceLibrary } from '../../server/src/core/library/library';
import { ruleIds } from '../../schemas/settings';
import { builtinLibraryFolder, readSourceFolder } from '../../server/src/library/sourceFiles';

const repositoryRoot = path.resolve(__dirname, '..', '..');
const library = new ReferenceLibrary(readSourceFolder(builtinLibraryFolder(repositoryRoot), 'builtin').documents, 1);

const frontMatter = (language: string) =>
  `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-03-01\nlanguage: ${language}\n---\n\n`;

/**
 * The completions where `|` stands in `marked`, asked as the server asks: the analysis gives the
 * language, the front matter's end and the section the position is in.
 */
function complete(marked: string, options: { lineReads?: { count: number } } = {}): CompletionItem[] {
  const offset = marked.indexOf('|');
  assert.ok(offset >= 0, 'the test text marks the position with |');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const lines = text.split('\n');
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: (before[before.length - 1] ?? '').length };
  const analysis = analyzeSubmission(text, undefined, library);
  const { context, frontMatter: front, sections } = analysis.document;
  return completionsAt({
    line: (index) => {
      if (options.lineReads) options.lineReads.count++;
      return lines[index] ?? '';
    },
    lineCount: lines.length,
    position,
    language: context.labelLanguage,
    draftYear: 2024,
    library,
    frontMatterEnd: front.range?.end.line,
    outsideCodeFrom: sectionStartLine(sections, position.line),
  });
}

const labels = (items: readonly CompletionItem[]) => items.map((item) => item.label);
const find = (items: readonly CompletionItem[], label: string): CompletionItem => {
  const found = items.find((item) => item.label === label);
  assert.ok(found, `"${label}" among ${JSON.stringify(labels(items))}`);
  return found;
};

/** The item labelled `offered` at the position, after checking that the value already `written` is not offered again. */
function offeredWithout(marked: string, written: string, offered: string): CompletionItem {
  const items = complete(marked);
  assert.ok(!labels(items).includes(written), `"${written}" is already written`);
  return find(items, offered);
}

/** The line after applying an item, as the editor does. */
function applied(marked: string, item: CompletionItem): string {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const line = text.split('\n')[item.replace.start.line] ?? '';
  const edits = [{ range: item.replace, newText: item.insertText }, ...(item.additionalEdits ?? [])].sort(
    (a, b) => b.range.start.character - a.range.start.character,
  );
  return edits.reduce((result, edit) => result.slice(0, edit.range.start.character) + edit.newText + result.slice(edit.range.end.character), line);
}

describe('completion', () => {
  describe('field labels', () => {
    const entry = (language: string, fields: string) => `${frontMatter(language)}## Programmes\n\n### Cyber diplomacy course\n\n${fields}`;

    it('offers the fields not yet written in the entry, in schema order, with required/optional and the description', () => {
      const marked = entry('en', '- **Level:** regional\n- |\n- **Status:** ongoing\n');
      const items = complete(marked);
      assert.deepEqual(labels(items), [
        'Lead', 'Partners', 'Beneficiaries', 'Region', 'Themes', 'Start', 'End', 'Funding', 'Budget', 'Principles', 'Website', 'Contact',
      ]);
      const lead = find(items, 'Lead');
      assert.equal(lead.kind, 'field');
      assert.equal(lead.detail, 'required');
      assert.equal(find(items, 'Partners').detail, 'optional');
      assert.match(lead.documentation ?? '', /lead the programme/);
      assert.match(find(items, 'Themes').documentation ?? '', /Allowed values: `international law`/);
      assert.equal(applied(marked, lead), '- **Lead:** ');
    });

    it('replaces the stars and letters already typed, and the closing stars an editor added', () => {
      const marked = entry('en', '- **Level:** regional\n- **Bene|**\n');
      const item = find(complete(marked), 'Beneficiaries');
      assert.equal(item.filterText, '**Beneficiaries');
      assert.equal(applied(marked, item), '- **Beneficiaries:** ');
    });

    it('offers the first field right under the heading', () => {
      const items = complete(entry('en', '- |'));
      assert.equal(items.length, 14);
      assert.equal(items[0]?.label, 'Level');
    });

    it('writes French labels with the French colon in a French draft', () => {
      const marked = entry('fr', '- **Niveau :** régional\n- **|');
      const items = complete(marked);
      assert.ok(!labels(items).includes('Niveau'), 'Niveau is already written');
      const lead = find(items, 'Chef de file');
      assert.equal(lead.detail, 'obligatoire');
      assert.equal(applied(marked, lead), '- **Chef de file\u00a0:** ');
      assert.match(lead.documentation ?? '', /Les États ou organisations qui conduisent le programme/);
      assert.match(lead.documentation ?? '', /Lead/);
    });

    it('offers nothing in a list that is not a field list, nor under a level-1 heading, nor in a paragraph', () => {
      assert.deepEqual(complete(`${frontMatter('en')}## Introduction\n\n- France supports the Programme of Action\n- |`), []);
      assert.deepEqual(complete(`${frontMatter('en')}# Title\n\n- |`), []);
      assert.deepEqual(complete(`${frontMatter('en')}## Programmes\n\nSome prose.\n\n- |`), []);
    });
  });

  describe('values', () => {
    const field = (language: string, line: string) => `${frontMatter(language)}### Programme\n\n- ${line}`;

    it('offers the levels and statuses in the draft language', () => {
      assert.deepEqual(labels(complete(field('en', '**Level:** |'))), ['national', 'bilateral', 'regional', 'interregional', 'global']);
      assert.deepEqual(labels(complete(field('fr', '**Statut :** |'))), ['prévu', 'en cours', 'terminé']);
      assert.deepEqual(labels(complete(field('fr', '**Niveau\u00a0:** |'))), ['national', 'bilatéral', 'régional', 'interrégional', 'mondial']);
    });

    it('adds the space after a colon typed without one, and replaces the whole single value', () => {
      const glued = field('en', '**Level:**|');
      assert.equal(applied(glued, find(complete(glued), 'regional')), '- **Level:** regional');
      const inside = field('en', '**Status:** on|going');
      assert.equal(applied(inside, find(complete(inside), 'completed')), '- **Status:** completed');
    });

    it('completes the theme after the last separator, without the themes already listed', () => {
      const marked = field('en', '**Themes:** cybercrime; tech|');
      const training = offeredWithout(marked, 'cybercrime', 'incident response (CERTs/CSIRTs) and technical training');
      assert.equal(training.kind, 'value');
      assert.match(training.documentation ?? '', /`technical training`/);
      assert.equal(applied(marked, training), '- **Themes:** cybercrime; incident response (CERTs/CSIRTs) and technical training');
    });

    it('turns "," into ";" when a French theme holding a comma joins a list', () => {
      const marked = field('fr', '**Thèmes :** cybercriminalité, |');
      const items = complete(marked);
      const policy = find(items, "politiques, y compris l'élaboration de stratégies nationales");
      assert.equal(applied(marked, policy), "- **Thèmes :** cybercriminalité; politiques, y compris l'élaboration de stratégies nationales");
      assert.equal(find(items, 'cyberdiplomatie').additionalEdits, undefined);
      // Once written, that name's comma is not a separator: the next item comes after ";".
      const next = field('fr', "**Thèmes :** politiques, y compris l'élaboration de stratégies nationales ; |");
      assert.ok(!labels(complete(next)).includes("politiques, y compris l'élaboration de stratégies nationales"));
    });

    it('offers the principles by their first name, with the agreed text', () => {
      const human = offeredWithout(field('en', '**Principles:** demand-driven, |'), 'demand-driven', 'human rights');
      assert.equal(human.kind, 'principle');
      assert.match(human.documentation ?? '', /> Capacity-building should respect human rights and fundamental freedoms/);
      assert.deepEqual(labels(complete(field('fr', '**Principes :** |'))).slice(0, 2), ['durable', 'axé sur les résultats']);
    });

    it('offers UN short names for Lead, Partners and Beneficiaries, in the draft language', () => {
      const marked = field('en', '**Partners:** Senegal, Ben|');
      const benin = offeredWithout(marked, 'Senegal', 'Benin');
      assert.equal(benin.kind, 'country');
      assert.equal(applied(marked, benin), '- **Partners:** Senegal, Benin');
      assert.ok(labels(complete(field('en', '**Lead:** |'))).includes('Bolivia (Plurinational State of)'));
      const french = labels(complete(field('fr', '**Bénéficiaires :** Sénégal ; |')));
      assert.ok(french.includes('Côte d’Ivoire') || french.includes("Côte d'Ivoire"), 'French names');
      assert.ok(french.includes('Bénin') && !french.includes('Sénégal') && !french.includes('Benin'));
      // French order: É sorts with E.
      assert.ok(french.indexOf('Équateur') < french.indexOf('Érythrée') && french.indexOf('Égypte') < french.indexOf('Espagne'));
    });

    it('offers countries on a sub-bullet under a country field', () => {
      const marked = `${frontMatter('en')}### Programme\n\n- **Level:** regional\n- **Beneficiaries:**\n  - Senegal\n  - |`;
      const items = complete(marked);
      assert.ok(labels(items).includes('Benin'));
      assert.equal(applied(marked, find(items, 'Benin')), '  - Benin');
    });

    it('offers nothing for free-text fields and unknown labels', () => {
      assert.deepEqual(complete(field('en', '**Funding:** |')), []);
      assert.deepEqual(complete(field('en', '**Colour:** |')), []);
    });
  });

  describe('front matter', () => {
    it('offers State names for submitter, in the draft language', () => {
      const english = complete('---\nkind: mapping-exercise\nsubmitter: Fr|\ndate: 2024-03-01\nlanguage: en\n---\n');
      const france = find(english, 'France');
      assert.deepEqual(france.replace, { start: { line: 2, character: 11 }, end: { line: 2, character: 13 } });
      const french = complete('---\nkind: mapping-exercise\nlanguage: fr\nsubmitter:|\n---\n');
      assert.ok(labels(french).includes('Allemagne'));
      assert.equal(find(french, 'Allemagne').insertText, ' Allemagne');
    });

    it('offers nothing for other front matter keys', () => {
      assert.deepEqual(complete('---\nkind: mapping-exercise\nsubmitter: France\ndate: |\nlanguage: en\n---\n'), []);
    });
  });

  describe('symbols', () => {
    it('offers the symbols that start with what is typed: A/75/8 gives A/75/816', () => {
      const marked = `${frontMatter('en')}As agreed in A/75/8|, States`;
      const items = complete(marked);
      assert.deepEqual(labels(items), ['A/75/816']);
      const [item] = items;
      assert.equal(item?.kind, 'symbol');
      assert.match(item?.detail ?? '', /^Final report of the Open-ended working group/);
      assert.match(item?.documentation ?? '', /capacity-building principles/);
      assert.deepEqual(item?.replace, { start: { line: 7, character: 13 }, end: { line: 7, character: 19 } });
    });

    it('offers resolutions after A/RES/7, and marks unconfirmed symbols', () => {
      assert.deepEqual(labels(complete(`${frontMatter('en')}Recalling A/RES/7|`)), ['A/RES/70/237', 'A/RES/73/27', 'A/RES/75/240', 'A/RES/76/19']);
      const report = find(complete(`${frontMatter('en')}See A/AC.292/2024|`), 'A/AC.292/2024/1');
      assert.match(report.detail ?? '', /\(unconfirmed\)$/);
      const all = labels(complete(`${frontMatter('en')}See A/|`));
      assert.ok(all.indexOf('A/AC.292/2024/1') === all.length - 1, 'the unconfirmed symbol comes last');
    });

    it('replaces the rest of a symbol after the position, and works in front matter values', () => {
      const item = find(complete(`${frontMatter('en')}See A/78|/2`), 'A/78/265');
      assert.deepEqual(item.replace, { start: { line: 7, character: 4 }, end: { line: 7, character: 10 } });
      assert.ok(labels(complete('---\nkind: mapping-exercise\nresponds-to: A/78/2|\n---\n')).includes('A/78/265'));
    });

    it('does not take a path or a URL for a symbol', () => {
      assert.deepEqual(complete(`${frontMatter('en')}See https://docs.un.org/A/|`), []);
      assert.deepEqual(complete(`${frontMatter('en')}Our ESA/|`), []);
      assert.deepEqual(complete(`${frontMatter('en')}See ./docs/A/|`), []);
    });
  });

  describe('paragraph numbers', () => {
    it('offers the paragraphs of the document named before: "A/75/816, para. " gives 54-56', () => {
      const items = complete(`${frontMatter('en')}The principles (A/75/816, para. |) guide us.`);
      assert.deepEqual(labels(items), ['annex I, paragraph 54', 'annex I, paragraph 55', 'annex I, paragraph 56']);
      const paragraph56 = find(items, 'annex I, paragraph 56');
      assert.equal(paragraph56.kind, 'paragraph');
      assert.equal(paragraph56.insertText, '56');
      assert.match(paragraph56.detail ?? '', /^Taking into consideration and further elaborating/);
      assert.ok((paragraph56.detail ?? '').length <= 81);
      assert.match(paragraph56.documentation ?? '', /Capacity-building should be a sustainable process/);
      assert.match(find(items, 'annex I, paragraph 54').detail ?? '', /^held in part — /);
    });

    it('reads "annex I, paragraph", a number being typed, and a document named after', () => {
      const annexed = complete(`${frontMatter('en')}A/75/816, annex I, paragraph 5|`);
      assert.equal(annexed.length, 3);
      assert.deepEqual(annexed[0]?.replace, { start: { line: 7, character: 29 }, end: { line: 7, character: 30 } });
      assert.equal(complete(`${frontMatter('en')}A/75/816, annex II, paragraph |`).length, 0);
      assert.deepEqual(labels(complete(`${frontMatter('en')}as set out in paragraph | of A/75/816.`)).length, 3);
      assert.equal(complete(`${frontMatter('en')}A/75/816, paras. 54-|`).length, 3);
      assert.equal(complete(`${frontMatter('en')}A/75/816, § |`).length, 3);
    });

    it('offers the French report\'s 88 paragraphs after "paragraphe" and "par."', () => {
      const items = complete(`${frontMatter('fr')}Voir A/AC.292/2024/1, par. |`);
      assert.equal(items.length, 88);
      assert.equal(items[0]?.label, 'paragraphe 1');
      assert.equal(complete(`${frontMatter('fr')}Voir le paragraphe | du document A/AC.292/2024/1`).length, 88);
    });

    it('offers nothing when the document is unknown, not held, or not named on the line', () => {
      assert.deepEqual(complete(`${frontMatter('en')}See A/99/999, para. |`), []);
      assert.deepEqual(complete(`${frontMatter('en')}See A/78/265, para. |`), [], 'the library holds no paragraph of A/78/265');
      assert.deepEqual(complete(`${frontMatter('en')}See paragraph | of the report`), []);
      assert.deepEqual(complete(`${frontMatter('en')}A/75/816 matters.\nIn para. |`), []);
    });
  });

  describe('suppression directives', () => {
    const body = (line: string) => `${frontMatter('en')}### Programme\n\n${line}\n`;

    it('offers the three directive names after "oewg-", and replaces the name being typed', () => {
      const items = complete(body('<!-- oewg-dis| -->'));
      assert.deepEqual(labels(items), ['oewg-disable-next-line', 'oewg-disable', 'oewg-enable']);
      const inside = body('<!-- oewg-dis|able -->');
      assert.equal(applied(inside, find(complete(inside), 'oewg-disable-next-line')), '<!-- oewg-disable-next-line -->');
    });

    it('offers every rule id after the name, with what it checks, and replaces only the id being typed', () => {
      const marked = body('<!-- oewg-disable-next-line principle/gen|-->');
      const items = complete(marked);
      assert.deepEqual(labels(items).sort(), [...ruleIds].sort());
      const gender = find(items, 'principle/gender');
      assert.match(gender.documentation ?? '', /gender/i);
      assert.equal(applied(marked, gender), '<!-- oewg-disable-next-line principle/gender-->');
    });

    it('leaves out the ids already written in the comment, and offers nothing in its reason', () => {
      const items = complete(body('<!-- oewg-disable principle/gender, | country/unknown-name -->'));
      assert.ok(!labels(items).includes('principle/gender') && !labels(items).includes('country/unknown-name'));
      assert.ok(labels(items).includes('principle/results'));
      assert.deepEqual(complete(body('<!-- oewg-disable principle/gender -- a course for |')), []);
      assert.deepEqual(complete(body('<!-- oewg-disable principle/gender — a course for |')), []);
    });

    it('offers them in a YAML comment of the front matter', () => {
      const marked = `---\nkind: mapping-exercise\n# oewg-disable-next-line coun|\nsubmitter: Turkey\n---\n`;
      assert.equal(applied(marked, find(complete(marked), 'country/unknown-name')), '# oewg-disable-next-line country/unknown-name');
    });

    it('writes the directive in lower case after "OEWG-" in capitals, which the reader would report', () => {
      const marked = body('<!-- OEWG-dis| -->');
      assert.deepEqual(labels(complete(marked)), ['oewg-disable-next-line', 'oewg-disable', 'oewg-enable']);
      assert.equal(applied(marked, find(complete(marked), 'oewg-disable')), '<!-- oewg-disable -->');
      const yaml = `---\nkind: mapping-exercise\n# Oewg-disable-n|\nsubmitter: Turkey\n---\n`;
      assert.equal(applied(yaml, find(complete(yaml), 'oewg-disable-next-line')), '# oewg-disable-next-line');
      // An id completed after a name in capitals writes the name in lower case too.
      const id = body('<!-- OEWG-Disable-Next-Line principle/gen| -->');
      assert.equal(applied(id, find(complete(id), 'principle/gender')), '<!-- oewg-disable-next-line principle/gender -->');
    });

    it('offers no rule id in a comment that names the group in capitals ("OEWG-II")', () => {
      assert.ok(!labels(complete(body('<!-- OEWG-II: compare with |'))).includes('principle/gender'));
    });

    it('offers nothing after a comment is closed, or in fenced code where a comment is an example', () => {
      assert.ok(!labels(complete(body('<!-- oewg-disable --> then |'))).includes('principle/gender'));
      assert.deepEqual(complete(`${frontMatter('en')}\`\`\`\n<!-- oewg-disable |\n\`\`\`\n`), []);
    });
  });

  describe('where nothing is offered', () => {
    it('offers nothing in fenced code', () => {
      const fenced = `${frontMatter('en')}### Programme\n\n\`\`\`markdown\n- **Level:** |\nA/75/8\n\`\`\`\n`;
      assert.deepEqual(complete(fenced), []);
      assert.deepEqual(complete(`${frontMatter('en')}~~~\nSee A/75/8|\n~~~\n`), []);
      assert.deepEqual(complete(`${frontMatter('en')}\`\`\`\nSee A/75/816, para. |\n`), [], 'an unclosed fence runs to the end');
      // After the fence closes, completion comes back.
      assert.deepEqual(labels(complete(`${frontMatter('en')}\`\`\`\nx\n\`\`\`\nSee A/75/8|`)), ['A/75/816']);
      assert.deepEqual(complete(`${frontMatter('en')}\`\`\`A/|`), [], 'on the fence line itself');
    });

    it('offers nothing past the end of a line or on the front matter delimiters', () => {
      assert.deepEqual(complete(`---|\nkind: statement\n---\n`), []);
    });

    it('reads a bounded number of lines, wherever the position is in a long draft', () => {
      const entry = '### Programme\n\n- **Level:** regional\n- **Lead:** France\n- **Themes:** cybercrime\n\nText of the entry, A/75/816.\n\n';
      const long = frontMatter('en') + entry.repeat(6000);
      const reads = { count: 0 };
      const items = complete(`${long}### Last\n\n- **Level:** regional\n- |`, { lineReads: reads });
      assert.ok(items.length > 0);
      assert.ok(reads.count < 200, `${reads.count} lines read`);
    });
  });
});
