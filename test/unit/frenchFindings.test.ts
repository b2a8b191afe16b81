/**
 * A French draft (`language: fr`) is told in French by every rule, not only the principle rules:
 * what a French policy officer reads in the Problems panel, and the titles of the light bulb's quick
 * fixes, are French, spaced as French is. Field labels are the schema's French ones; rule ids,
 * symbols and what the draft wrote stay as they are. A draft in English keeps its English messages,
 * word for word.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Analysis } from '../../server/src/core/analyzer';
import type { Finding } from '../../server/src/core/findings';
import { suppressionFixes } from '../../server/src/core/suppressionFixes';
import { analyzeFixture, repositoryRoot } from '../support/library';

type Language = 'en' | 'fr';

const head = (language: Language, extra = '') =>
  `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n${extra}---\n\n# Programmes\n\n`;

/** A programme entry with every required field, then `prose`. */
const entry: Record<Language, (title: string, prose?: string) => string> = {
  en: (title, prose = '') =>
    `### ${title}\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** cybercrime\n- **Start:** 2023-05\n- **Status:** ongoing\n\n${prose}\n`,
  fr: (title, prose = '') =>
    `### ${title}\n\n- **Niveau :** bilatéral\n- **Chef de file :** France\n- **Bénéficiaires :** Sénégal\n- **Thèmes :** cybercriminalité\n- **Début :** 2023-05\n- **Statut :** en cours\n\n${prose}\n`,
};

/** The findings of `ruleId` in a draft. */
function findingsOf(text: string, ruleId: string): { analysis: Analysis; findings: Finding[] } {
  const analysis = analyzeFixture(text);
  return { analysis, findings: analysis.findings.filter((finding) => finding.ruleId === ruleId) };
}

/** The one finding of `ruleId` whose message passes `which` (every finding of the rule, if not given). */
function only(text: string, ruleId: string, which: (message: string) => boolean = () => true): Finding {
  const found = findingsOf(text, ruleId).findings.filter((finding) => which(finding.message));
  assert.equal(found.length, 1, `one ${ruleId} finding among ${JSON.stringify(found.map((finding) => finding.message))}`);
  return found[0] as Finding;
}

/** What a user reads: no-break spaces read as spaces. */
const read = (text: string | undefined) => (text ?? '').replace(/[\u00a0\u202f]/g, ' ');

/** A case: the same problem in a French draft and in an English one, and what each is told. */
interface Case {
  readonly ruleId: string;
  readonly what: string;
  readonly fr: string;
  readonly en: string;
  /** Picks the finding, when the draft has others of the rule. */
  readonly which?: (message: string) => boolean;
  /** Words the French message says (no-break spaces read as spaces). */
  readonly french: readonly string[];
  /** The English message, exactly; none of its sentence is left in the French one. */
  readonly english: string;
  /** The quick fix's title in each language, when the finding has one. */
  readonly fix?: Readonly<Record<Language, string>>;
  /** The related information's message in each language, when the finding has one. */
  readonly related?: Readonly<Record<Language, string>>;
}

const cases: readonly Case[] = [
  {
    ruleId: 'schema/missing-field',
    what: 'a programme entry without two required fields',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('- **Thèmes :** cybercriminalité\n- **Début :** 2023-05\n', ''),
    en: head('en') + entry.en('Forensics course').replace('- **Themes:** cybercrime\n- **Start:** 2023-05\n', ''),
    french: ['« Cours de criminalistique » : il manque les champs Thèmes et Début ; ce sont des champs obligatoires d’une fiche de programme.'],
    english: '"Forensics course" has no Themes and Start: they are required fields of a programme entry.',
    fix: { fr: 'Ajouter Thèmes et Début', en: 'Add Themes and Start' },
  },
  {
    ruleId: 'schema/missing-field',
    what: 'a programme field left empty',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('- **Statut :** en cours', '- **Statut :**'),
    en: head('en') + entry.en('Forensics course').replace('- **Status:** ongoing', '- **Status:**'),
    french: ['le champ Statut est vide ; c’est un champ obligatoire'],
    english: '"Forensics course" leaves Status empty: it is a required field of a programme entry.',
  },
  {
    ruleId: 'schema/missing-field',
    what: 'a statement whose front matter has no session',
    fr: head('fr').replace('kind: mapping-exercise', 'kind: statement').replace('\n---', '\nagenda-item: 5\n---'),
    en: head('en').replace('kind: mapping-exercise', 'kind: statement').replace('\n---', '\nagenda-item: 5\n---'),
    french: ['L’en-tête YAML n’a pas de champ « session » (la session au cours de laquelle la déclaration est prononcée).'],
    english: 'The front matter has no "session" (the session at which the statement is delivered).',
  },
  {
    ruleId: 'schema/invalid-value',
    what: 'a misspelt level',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('bilatéral', 'bilatérl'),
    en: head('en') + entry.en('Forensics course').replace('bilateral', 'bilaterl'),
    french: ['Niveau : « bilatérl » n’est pas une valeur connue. Vouliez-vous dire « bilatéral » ? Valeurs admises : national, bilatéral'],
    english: 'Level: "bilaterl" is not a known value. Did you mean "bilateral"? Expected: national, bilateral, regional, interregional, global.',
    fix: { fr: 'Remplacer par « bilatéral »', en: 'Change to "bilateral"' },
  },
  {
    ruleId: 'schema/invalid-value',
    what: 'a month that does not exist',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('2023-05', '2023-13'),
    en: head('en') + entry.en('Forensics course').replace('2023-05', '2023-13'),
    french: ['Début : « 2023-13 » n’est pas valide (ce jour ou ce mois n’existe pas).'],
    english: 'Start: "2023-13" is not valid. This day or month does not exist.',
  },
  {
    ruleId: 'schema/invalid-value',
    what: 'a label that is no field',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('- **Statut :** en cours', '- **Statut :** en cours\n- **Financment :** France'),
    en: head('en') + entry.en('Forensics course').replace('- **Status:** ongoing', '- **Status:** ongoing\n- **Fundng:** France'),
    french: ['« Financment » n’est pas un champ de programme. Vouliez-vous dire « Financement » ?'],
    english: '"Fundng" is not a programme field. Did you mean "Funding"?',
    fix: { fr: 'Remplacer par « Financement »', en: 'Change to "Funding"' },
  },
  {
    ruleId: 'schema/invalid-value',
    what: 'a front-matter key misspelt',
    fr: head('fr', 'titel: Contribution\n'),
    en: head('en', 'titel: Contribution\n'),
    french: ['« titel » n’est pas un champ de l’en-tête YAML. Vouliez-vous dire « title » ?'],
    english: '"titel" is not a front-matter field. Did you mean "title"?',
    fix: { fr: 'Renommer en « title »', en: 'Rename to "title"' },
  },
  {
    ruleId: 'schema/invalid-value',
    what: 'a front-matter date that is not a day',
    fr: head('fr').replace('2024-02-10', '2024-02-30'),
    en: head('en').replace('2024-02-10', '2024-02-30'),
    french: ['Champ « date » de l’en-tête YAML : « 2024-02-30 » n’est pas valide (ce jour n’existe pas).'],
    english: 'Front-matter field "date": "2024-02-30" is not valid: This day does not exist.',
  },
  {
    ruleId: 'schema/invalid-value',
    what: 'a suppression comment naming a rule in capitals',
    fr: `${head('fr')}<!-- oewg-disable principle/GENDER -->\n\n${entry.fr('Cours de criminalistique')}`,
    en: `${head('en')}<!-- oewg-disable principle/GENDER -->\n\n${entry.en('Forensics course')}`,
    french: ['« principle/GENDER » n’est pas un identifiant de règle : la directive ne masque donc rien sous ce nom (les identifiants de règle s’écrivent en minuscules). Vouliez-vous dire « principle/gender » ?'],
    english: '"principle/GENDER" is not a rule id, so this directive hides nothing for it: rule ids are written in lower case. Did you mean "principle/gender"?',
    fix: { fr: 'Remplacer par « principle/gender »', en: 'Replace with "principle/gender"' },
  },
  {
    ruleId: 'schema/invalid-value',
    what: 'a suppression comment whose directive is misspelt',
    fr: `${head('fr')}<!-- oewg-disabel date/order -->\n\n${entry.fr('Cours de criminalistique')}`,
    en: `${head('en')}<!-- oewg-disabel date/order -->\n\n${entry.en('Forensics course')}`,
    french: ['« oewg-disabel » n’est pas une directive et ne masque donc rien : utilisez oewg-disable-next-line, oewg-disable ou oewg-enable. Vouliez-vous dire « oewg-disable » ?'],
    english: '"oewg-disabel" is not a directive, so it hides nothing: use oewg-disable-next-line, oewg-disable or oewg-enable. Did you mean "oewg-disable"?',
    fix: { fr: 'Remplacer par « oewg-disable »', en: 'Replace with "oewg-disable"' },
  },
  {
    ruleId: 'country/unknown-name',
    what: 'a country name that is not the UN short name',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('Sénégal', 'Macédoine'),
    en: head('en') + entry.en('Forensics course').replace('Senegal', 'Northern Macedonia'),
    french: ['« Macédoine » n’est pas le nom court en usage à l’ONU : écrivez « Macédoine du Nord ».'],
    english: '"Northern Macedonia" is not the UN short name: write "North Macedonia".',
    fix: { fr: 'Remplacer par « Macédoine du Nord »', en: 'Change to "North Macedonia"' },
  },
  {
    ruleId: 'country/unknown-name',
    what: 'a country named in the other language',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('Sénégal', 'Senegal'),
    en: head('en') + entry.en('Forensics course').replace('Senegal', 'Sénégal'),
    french: ['« Senegal » est le nom anglais : ce document est en français, écrivez « Sénégal ».'],
    english: '"Sénégal" is the French name: this document is in English, write "Senegal".',
    fix: { fr: 'Remplacer par « Sénégal »', en: 'Change to "Senegal"' },
  },
  {
    ruleId: 'date/order',
    what: 'an end before the start',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('- **Début :** 2023-05', '- **Début :** 2023-05\n- **Fin :** 2022'),
    en: head('en') + entry.en('Forensics course').replace('- **Start:** 2023-05', '- **Start:** 2023-05\n- **End:** 2022'),
    // The end is before the document's date too: that is another finding.
    which: (message) => message.includes('commencer') || message.includes('before it starts'),
    french: ['« Cours de criminalistique » se termine (2022) avant de commencer (2023-05).'],
    english: '"Forensics course" ends (2022) before it starts (2023-05).',
    related: { fr: 'La date de début', en: 'The start date' },
  },
  {
    ruleId: 'date/order',
    what: 'an ongoing programme that ended before the document',
    fr: head('fr') + entry.fr('Cours de criminalistique').replace('- **Début :** 2023-05', '- **Début :** 2023-05\n- **Fin :** 2023-12'),
    en: head('en') + entry.en('Forensics course').replace('- **Start:** 2023-05', '- **Start:** 2023-05\n- **End:** 2023-12'),
    french: ['« Cours de criminalistique » est « en cours », mais a pris fin (2023-12) avant la date du document (2024-02-10) : le programme est-il terminé ?'],
    english: '"Forensics course" is "ongoing" but ended on 2023-12, before the document\'s date (2024-02-10): is it completed?',
    related: { fr: 'La date de fin', en: 'The end date' },
  },
  {
    ruleId: 'citation/malformed-symbol',
    what: 'a symbol in lower case',
    fr: `${head('fr')}Voir le document a/78/265.\n`,
    en: `${head('en')}See document a/78/265.\n`,
    french: ['« a/78/265 » n’est pas une cote de l’ONU bien formée : écrivez « A/78/265 ».'],
    english: '"a/78/265" is not a well-formed UN symbol: write "A/78/265".',
    fix: { fr: 'Remplacer par « A/78/265 »', en: 'Change to "A/78/265"' },
  },
  {
    ruleId: 'citation/unknown-symbol',
    what: 'a symbol the library does not hold',
    fr: `${head('fr')}Voir le document A/79/999.\n`,
    en: `${head('en')}See document A/79/999.\n`,
    french: ['La bibliothèque de référence n’a pas « A/79/999 » : vérifiez la cote sur le document lui-même'],
    english:
      'The reference library does not hold "A/79/999": check the symbol against the document itself (the library only knows some documents, so it may well be right).',
  },
  {
    ruleId: 'citation/unknown-paragraph',
    what: 'a paragraph the cited document does not have',
    fr: `${head('fr')}Comme l’indique le paragraphe 105 du document A/AC.292/2024/1, la demande augmente.\n`,
    en: `${head('en')}As paragraph 105 of A/AC.292/2024/1 says, demand grows.\n`,
    french: ['A/AC.292/2024/1 n’a pas de paragraphe 105 : la bibliothèque de référence a le document en entier, dont les paragraphes vont de 1 à 88. Vérifiez le numéro.'],
    english: 'A/AC.292/2024/1 has no paragraph 105: the reference library holds the whole document, whose paragraphs run from 1 to 88. Check the number.',
  },
  {
    ruleId: 'duplicate/programme',
    what: 'the same programme twice',
    fr: head('fr') + entry.fr('Cours de criminalistique (CCR)') + entry.fr('CCR à Dakar (CCR)'),
    en: head('en') + entry.en('Forensics course (FCR)') + entry.en('FCR in Dakar (FCR)'),
    french: ['« CCR à Dakar (CCR) » figure deux fois : une fiche précédente porte le même acronyme (CCR). Fusionnez les deux fiches.'],
    english: '"FCR in Dakar (FCR)" is described twice: an earlier entry has the same acronym (FCR). Merge the two entries.',
    related: { fr: 'Première fiche : « Cours de criminalistique (CCR) »', en: 'First entry: "Forensics course (FCR)"' },
  },
  {
    ruleId: 'document/unreadable',
    what: 'bytes that were not UTF-8',
    fr: `${head('fr')}La coop\uFFFDration r\uFFFDgionale.\n`,
    en: `${head('en')}Regional co\uFFFDoperation.\n`,
    french: ['Cette ligne contient des octets qui ne sont pas de l’UTF-8 valide (affichés comme \uFFFD) : enregistrez le fichier en UTF-8'],
    english: 'This line holds bytes that are not valid UTF-8 (shown as \uFFFD): save the file as UTF-8, or retype the characters.',
  },
];

describe('every rule speaks French to a French draft', () => {
  for (const example of cases) {
    describe(`${example.ruleId}: ${example.what}`, () => {
      it('tells a French draft in French, and offers its fix in French', () => {
        const finding = only(example.fr, example.ruleId, example.which);
        for (const words of example.french) assert.ok(read(finding.message).includes(words), `"${words}" in: ${finding.message}`);
        // The English sentence is gone: not even its opening words are left.
        const englishOpening = example.english.replace(/"[^"]*"/g, '').trim().split(/\s+/).slice(0, 4).join(' ');
        assert.ok(!finding.message.includes(englishOpening), `"${englishOpening}" in: ${finding.message}`);
        assert.deepEqual(
          finding.fixes?.map((fix) => read(fix.title)),
          example.fix ? [example.fix.fr] : undefined,
        );
        if (example.related) assert.equal(read(finding.related?.[0]?.message), example.related.fr);
      });

      it('keeps the English message of an English draft, word for word', () => {
        const finding = only(example.en, example.ruleId, example.which);
        assert.equal(finding.message, example.english);
        assert.deepEqual(
          finding.fixes?.map((fix) => fix.title),
          example.fix ? [example.fix.en] : undefined,
        );
        if (example.related) assert.equal(finding.related?.[0]?.message, example.related.en);
      });
    });
  }

  it('writes French no-break spaces before a colon, a question mark and inside guillemets', () => {
    const misspelt = cases.find((example) => example.what === 'a misspelt level');
    assert.ok(misspelt);
    const finding = only(misspelt.fr, 'schema/invalid-value');
    assert.match(finding.message, /^Niveau\u00a0: «\u00a0bilatérl\u00a0» n’est pas une valeur connue\. Vouliez-vous dire «\u00a0bilatéral\u00a0»\u00a0\?/);
  });

  it('offers to turn a rule off in French: for the line, the paragraph and the whole document', () => {
    const text = `${head('fr')}${entry.fr('Cours de criminalistique')}Une ligne.\nUne deuxième, à l’adresse jean.dupont@gmail.com.\n`;
    const { analysis, findings } = findingsOf(text, 'confidentiality/sensitive-data');
    const inParagraph = findings[0];
    assert.ok(inParagraph);
    assert.deepEqual(
      suppressionFixes(analysis.document, inParagraph).map((fix) => fix.title),
      ['Désactiver confidentiality/sensitive-data pour ce paragraphe', 'Désactiver confidentiality/sensitive-data pour tout le document'],
    );
    const title = only(text, 'principle/gender');
    assert.deepEqual(
      suppressionFixes(analysis.document, title).map((fix) => fix.title),
      ['Désactiver principle/gender pour cette ligne', 'Désactiver principle/gender pour tout le document'],
    );
    const english = `${head('en')}${entry.en('Forensics course')}A line.\nA second one, at jean.dupont@gmail.com.\n`;
    const englishAnalysis = analyzeFixture(english);
    const englishFinding = englishAnalysis.findings.find((finding) => finding.ruleId === 'confidentiality/sensitive-data');
    assert.ok(englishFinding);
    assert.deepEqual(
      suppressionFixes(englishAnalysis.document, englishFinding).map((fix) => fix.title),
      ['Disable confidentiality/sensitive-data for this paragraph', 'Disable confidentiality/sensitive-data for the entire document'],
    );
  });

  it('leaves no sentence of our English in any finding, related message or fix title of the French rule fixtures', () => {
    const fixtures = path.join(repositoryRoot, 'test', 'fixtures', 'rules');
    /** Words only our English messages and titles use. */
    const english = /\b(?:is not|has no|Did you mean|did you mean|Change to|Rename to|Replace with|Disable|Add|write "|The reference library|First entry|The start date|The end date|front matter|is described twice|ends \(|nothing says|Agreed principle)\b/;
    let checked = 0;
    for (const directory of readdirSync(fixtures)) {
      for (const file of readdirSync(path.join(fixtures, directory))) {
        if (!/^fail-(?:.*-)?fr\.md$/.test(file)) continue;
        const analysis = analyzeFixture(readFileSync(path.join(fixtures, directory, file), 'utf8'));
        for (const finding of analysis.findings) {
          // The agreed principles are quoted in English, said to be: that quotation is left out.
          const ours = (text: string) => text.replace(/Texte adopté, en anglais .*?«.*?»/gs, '');
          const texts = [
            finding.message,
            ...(finding.related ?? []).map((related) => related.message),
            ...(finding.fixes ?? []).map((fix) => fix.title),
            ...suppressionFixes(analysis.document, finding).map((fix) => fix.title),
          ];
          for (const text of texts) assert.doesNotMatch(ours(text), english, `${directory}/${file}, ${finding.ruleId}`);
          checked++;
        }
      }
    }
    assert.ok(checked > 50, `${checked} findings checked`);
  });
});
