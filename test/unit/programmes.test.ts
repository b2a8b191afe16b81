import assert from 'node:assert/strict';
import { analyzeSubmission } from '../../server/src/core/analyzer';
import type { Programme } from '../../server/src/core/programmes';

const frontMatter = (language: string) =>
  `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2023-11-16\nlanguage: ${language}\n---\n\n`;

/** The programme entries of a document, read through the real analyzer. */
function programmesOf(text: string): Programme[] {
  return analyzeSubmission(text)
    .document.sections.map((section) => section.model.programme)
    .filter((programme): programme is Programme => programme !== undefined);
}

function valuesOf(programme: Programme | undefined, key: string): string[] {
  return programme?.fields.find((field) => field.key === key)?.values.map((value) => value.text) ?? [];
}

describe('programme entries', () => {
  it('reads title, acronym and field values with their exact positions', () => {
    const text = `${frontMatter('en')}## Programmes\n\n### Western Balkans Cyber Capacity Centre (WB3C)\n\n- **Level:** regional\n- **Lead:** France, Slovenia\n- **Themes:** technical training; cybercrime\n`;
    const [programme] = programmesOf(text);
    assert.equal(programme?.title, 'Western Balkans Cyber Capacity Centre (WB3C)');
    assert.equal(programme?.acronym, 'WB3C');
    assert.deepEqual(valuesOf(programme, 'lead'), ['France', 'Slovenia']);
    assert.deepEqual(valuesOf(programme, 'themes'), ['technical training', 'cybercrime']);
    const slovenia = programme?.fields.find((field) => field.key === 'lead')?.values[1];
    // Section-relative: line 4 of the section "### …" (heading at 0, blank, Level, Lead).
    assert.deepEqual(slovenia?.range, { start: { line: 3, character: 20 }, end: { line: 3, character: 28 } });
  });

  it('reads French typography: a space or a no-break space before the colon, inside or after the bold', () => {
    const text = `${frontMatter('fr')}### École nationale à vocation régionale (ENVR)\n\n- **Niveau :** régional\n- **Chef de file\u00a0:** France\n- **Bénéficiaires** : Sénégal ; Bénin\n- **Thèmes\u202f:** politiques, y compris l'élaboration de stratégies nationales ; cybercriminalité\n`;
    const [programme] = programmesOf(text);
    assert.deepEqual(
      programme?.fields.map((field) => field.key),
      ['level', 'lead', 'beneficiaries', 'themes'],
    );
    assert.deepEqual(valuesOf(programme, 'beneficiaries'), ['Sénégal', 'Bénin']);
    // Semicolons win over commas: the French theme name holds a comma.
    assert.deepEqual(valuesOf(programme, 'themes'), [
      "politiques, y compris l'élaboration de stratégies nationales",
      'cybercriminalité',
    ]);
  });

  it('splits lists on commas but never inside parentheses, and drops markup and the final full stop', () => {
    const text = `${frontMatter('en')}### ESIWA\n\n- **Level:** interregional\n- **Partners:** *Expertise France*, GIZ (Germany, federal), [EU](https://europa.eu).\n`;
    const [programme] = programmesOf(text);
    assert.deepEqual(valuesOf(programme, 'partners'), ['Expertise France', 'GIZ (Germany, federal)', 'EU']);
  });

  it('adds sub-bullets under a field line to its values', () => {
    const text = `${frontMatter('en')}### Training\n\n- **Level:** regional\n- **Beneficiaries:**\n  - Senegal\n  - Benin, Togo\n- **Status:** ongoing\n`;
    const [programme] = programmesOf(text);
    assert.deepEqual(valuesOf(programme, 'beneficiaries'), ['Senegal', 'Benin', 'Togo']);
    assert.equal(programme?.fields.length, 3);
  });

  it('starts a value given only in sub-bullets at the first one\'s text, with or without a comment above it', () => {
    const entry = (between: string) => `${frontMatter('en')}### Training\n\n- **Level:**\n${between}  - regional\n- **Status:** ongoing\n`;
    for (const between of ['', '  <!-- oewg-disable-next-line schema/invalid-value -->\n']) {
      const text = entry(between);
      const [programme] = programmesOf(text);
      const level = programme?.fields.find((field) => field.key === 'level');
      // Positions in a programme are relative to its section, which starts at its heading.
      const lines = text.split('\n');
      const line = lines.indexOf('  - regional') - lines.indexOf('### Training');
      assert.deepEqual(level?.valueRange.start, { line, character: 4 }, JSON.stringify(between));
    }
  });

  it('is not a programme without a field list right under a level-2+ heading', () => {
    const text = `${frontMatter('en')}# Level one (L1)\n\n- **Level:** regional\n\n## Notes\n\nProse first.\n\n- **Level:** regional\n\n## Plain list\n\n- training\n- exchanges\n`;
    assert.deepEqual(programmesOf(text), []);
  });

  it('reads a programme under a comment, as under no comment (a setext heading, which opens no section of its own)', () => {
    const entry = 'Cyber diplomacy course\n----------------------\n\n- **Level:** regional\n- **Status:** ongoing\n';
    const [plain] = programmesOf(`${frontMatter('en')}${entry}`);
    const [commented] = programmesOf(`${frontMatter('en')}<!-- oewg-disable-next-line principle/gender -->\n${entry}`);
    assert.equal(plain?.title, 'Cyber diplomacy course');
    assert.equal(commented?.title, 'Cyber diplomacy course');
    assert.deepEqual(valuesOf(commented, 'level'), ['regional']);
  });

  it('reads a title as a reader sees it: escapes, entities and markup resolved, in the findings that quote it and in the outline', () => {
    const entry = (title: string) => `### ${title}\n\n- **Level:** regional\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cyber diplomacy\n- **Start:** 2021\n- **Status:** ongoing\n\nA course.\n`;
    const titles = {
      '2 \\* 3 course': '2 * 3 course',
      'Cyber \\*lab\\* and R&amp;D': 'Cyber *lab* and R&D',
      'Programme \\#2, *in* `C` <!-- draft -->': 'Programme #2, in C',
    };
    for (const [written, shown] of Object.entries(titles)) {
      const analysis = analyzeSubmission(`${frontMatter('en')}${entry(written)}`);
      const programme = analysis.document.sections.find((section) => section.model.programme)?.model.programme;
      assert.equal(programme?.title, shown, written);
      assert.deepEqual(analysis.document.sections.flatMap((section) => section.model.headings.map((heading) => heading.title)), [shown], written);
      const gender = analysis.findings.find((finding) => finding.ruleId === 'principle/gender');
      assert.ok(gender?.message.startsWith(`"${shown}": `), `${written}: ${gender?.message.slice(0, 60)}`);
    }
  });

  it('accepts known labels without bold, but not other "Word: text" items', () => {
    const text = `${frontMatter('en')}### Workshops\n\n- Level: regional\n- Status: ongoing\n- Note: prose\n`;
    const [programme] = programmesOf(text);
    assert.deepEqual(programme?.fields.map((field) => field.key), ['level', 'status']);
    assert.equal(programme?.strayItems.length, 1);
  });
});
