/**
 * What a principle finding tells the drafter to write is what the rule reads. A French draft is
 * read for French wording only, so its findings, in French, quote French examples (« formulations
 * recherchées […], par exemple « à la demande de »… », « par exemple « conçu à la demande du
 * ministère partenaire » »), an English draft's, in English, English ones, and a draft in another
 * language, read for both and told in English, both. Every phrase a finding quotes, written into
 * the entry in a sentence of its language, addresses the principle; so does every example the
 * catalogue gives for the checks no rule reports. And a French finding is French throughout: the
 * agreed principle as our summary, said to be one, then the agreed English text, said to be it.
 */
import assert from 'node:assert/strict';
import { principleChecks, type PrincipleCheckId } from '../../schemas/principleEvidence';
import type { Finding } from '../../server/src/core/findings';
import { documentChecklist } from '../../server/src/core/principles/documentChecklist';
import { analyzeFixture } from '../support/library';

type Language = 'en' | 'fr';

const head = (language: string) =>
  `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n`;

/** A one-off course for investigators: no principle is addressed, and the human-rights check applies. */
const entries: Record<Language, string> = {
  en: `### Digital forensics course

- **Level:** bilateral
- **Lead:** France
- **Beneficiaries:** Senegal
- **Themes:** cybercrime
- **Start:** 2024-03
- **Status:** completed

A one-week course on digital forensics for twelve investigators of the national police.
`,
  fr: `### Cours d'investigation numérique

- **Niveau :** bilatéral
- **Chef de file :** France
- **Bénéficiaires :** Sénégal
- **Thèmes :** cybercriminalité
- **Début :** 2024-03
- **Statut :** terminé

Un cours d'une semaine sur l'investigation numérique pour douze enquêteurs de la police nationale.
`,
};

/** The rules reported from the checklist, and the check each reads. */
const ruleChecks: Readonly<Record<string, PrincipleCheckId>> = {
  'principle/demand-driven': 'demand-driven',
  'principle/gender': 'gender',
  'principle/human-rights': 'human-rights',
  'principle/results': 'results-focused',
  'principle/sustainability': 'sustainable',
};

/**
 * A sentence of a real draft for each phrase a finding or the catalogue quotes, by check and language
 * (a phrase ending in "…" is the start of one). A phrase added to the catalogue or a rule's advice
 * needs its sentence here: the test fails until it has one, and until that sentence is read.
 */
const proofs: Readonly<Record<string, Readonly<Record<Language, Readonly<Record<string, string>>>>>> = {
  sustainable: {
    en: {
      'train-the-trainers': 'A train-the-trainers course follows.',
      'alumni network': 'The participants join an alumni network.',
      'follow-up': 'A follow-up course is planned.',
      'multi-year': 'It is part of a multi-year programme.',
      'handed over to': 'The course is then handed over to the national police academy.',
      'a three-year programme': 'It is a three-year programme.',
      'handed over to the national academy': 'The course is then handed over to the national academy.',
    },
    fr: {
      'formation de formateurs': 'Une formation de formateurs suit.',
      "réseau d'anciens": "Les participants rejoignent un réseau d'anciens.",
      suivi: 'Un suivi est prévu.',
      pluriannuel: "Il s'inscrit dans un programme pluriannuel.",
      pérennité: "La pérennité du cours est assurée par l'école nationale de police.",
      'programme de trois ans': "Il s'agit d'un programme de trois ans.",
      "transféré à l'académie nationale": "Le cours est ensuite transféré à l'académie nationale.",
    },
  },
  'results-focused': {
    en: {
      'aims to': 'The course aims to speed up investigations.',
      objective: 'Its objective is faster investigations.',
      results: 'The results are reported to the ministry.',
      indicators: 'Two indicators are tracked.',
      evaluation: 'An evaluation is planned.',
      'led to the adoption of': 'The course led to the adoption of a forensic procedure.',
      'evaluated by': 'The course was evaluated by the participants.',
    },
    fr: {
      'vise à': 'Le cours vise à accélérer les enquêtes.',
      objectif: 'Son objectif est la rapidité des enquêtes.',
      résultats: 'Les résultats sont transmis au ministère.',
      indicateurs: 'Deux indicateurs sont suivis.',
      évaluation: 'Une évaluation est prévue.',
      "a permis l'adoption de": "Le cours a permis l'adoption de procédures d'investigation.",
      'évalué par': 'Le cours a été évalué par les participants.',
    },
  },
  'without-conditions': {
    en: {
      'provided that the beneficiary adopts': 'Support continues provided that the beneficiary adopts the cybercrime law.',
      'on condition that': 'Equipment is delivered on condition that the ministry names a contact point.',
      "subject to the partner's acceptance of": "The second phase is subject to the partner's acceptance of the audit plan.",
    },
    fr: {
      'à condition que': "L'appui se poursuit à condition que le ministère adopte la loi.",
      'sous réserve que': 'La seconde phase démarre sous réserve que le gouvernement ratifie la convention.',
      'subordonné à': "Le versement est subordonné à l'adoption de la loi par le Parlement.",
    },
  },
  'state-sovereignty': {
    en: { sovereignty: 'The course respects the sovereignty of Senegal.' },
    fr: { souveraineté: 'Le cours respecte la souveraineté du Sénégal.' },
  },
  'access-to-technologies': {
    en: {
      'access to technologies': 'It eases access to technologies for the laboratory.',
      'technology transfer': 'It includes a technology transfer to the laboratory.',
    },
    fr: {
      'accès aux technologies': "Il facilite l'accès aux technologies pour le laboratoire.",
      'transfert de technologies': 'Il comprend un transfert de technologies vers le laboratoire.',
    },
  },
  'demand-driven': {
    en: {
      'at the request of': 'The course was given at the request of the Ministry of Justice.',
      'requested by': 'The course was requested by the Ministry of Justice.',
      'designed together with': 'The course was designed together with the Ministry of Justice.',
      'needs assessment': 'It follows a needs assessment made by the Ministry of Justice.',
      'national ownership': 'It supports national ownership of the investigations.',
      'designed at the request of the partner ministry': 'The course was designed at the request of the partner ministry.',
    },
    fr: {
      'à la demande de': 'Le cours a été donné à la demande de la direction de la police judiciaire.',
      'demandé par': 'Le cours a été demandé par le ministère de la Justice.',
      'conçu avec': 'Le cours a été conçu avec le ministère de la Justice.',
      'évaluation des besoins': 'Il fait suite à une évaluation des besoins menée par le ministère de la Justice.',
      'appropriation nationale': "Il renforce l'appropriation nationale des enquêtes.",
      'conçu à la demande du ministère partenaire': 'Le cours a été conçu à la demande du ministère partenaire.',
    },
  },
  'shared-responsibility': {
    en: {
      'co-designed': 'The syllabus was co-designed with the police.',
      'steering committee': 'A steering committee follows the course.',
      'joint monitoring': 'Joint monitoring is carried out with the police.',
    },
    fr: {
      'co-construit': 'Le programme a été co-construit avec la police.',
      'comité de pilotage': 'Un comité de pilotage suit le cours.',
      'suivi conjoint': 'Un suivi conjoint est assuré avec la police.',
    },
  },
  'confidentiality-of-national-policies': {
    en: { confidentiality: 'The confidentiality of the national plans is respected.' },
    fr: { confidentialité: 'La confidentialité des plans nationaux est respectée.' },
  },
  gender: {
    en: {
      "women's participation": "The course ensures women's participation.",
      'gender-sensitive design': 'The course follows a gender-sensitive design.',
      inclusion: 'The course pays attention to inclusion.',
      'a gender-sensitive design': 'The course has a gender-sensitive design.',
    },
    fr: {
      'participation des femmes': 'Le cours garantit la participation des femmes.',
      genre: 'Le cours tient compte du genre.',
      parité: 'Le cours veille à la parité.',
      inclusion: "Le cours veille à l'inclusion.",
      'une conception sensible au genre': 'Le cours a une conception sensible au genre.',
    },
  },
  'human-rights': {
    en: {
      'human rights': 'The course covers human rights.',
      'fundamental freedoms': 'The course covers fundamental freedoms.',
      'due process': 'The course covers due process.',
      safeguards: 'The course covers safeguards.',
      'data protection': 'The course covers data protection.',
      'judicial oversight': 'Every seizure is under judicial oversight.',
    },
    fr: {
      'droits humains': 'Le cours traite des droits humains.',
      'libertés fondamentales': 'Le cours traite des libertés fondamentales.',
      'garanties procédurales': 'Le cours traite des garanties procédurales.',
      'protection des données': 'Le cours traite de la protection des données.',
      'contrôle judiciaire': 'Chaque saisie est soumise à un contrôle judiciaire.',
    },
  },
  'confidentiality-of-sensitive-information': {
    en: {
      confidentiality: 'Case files are handled in strict confidentiality.',
      'Traffic Light Protocol': 'Documents are shared under the Traffic Light Protocol.',
    },
    fr: {
      confidentialité: 'Les dossiers sont traités dans la plus stricte confidentialité.',
      'protocole TLP': 'Les documents sont partagés selon le protocole TLP.',
    },
  },
};

function principleFindings(language: string, entry: string): Finding[] {
  return analyzeFixture(head(language) + entry).findings.filter((finding) => finding.ruleId in ruleChecks);
}

function statusOf(language: Language, sentence: string, checkId: string): string | undefined {
  const [checklist] = documentChecklist(analyzeFixture(`${head(language)}${entries[language]}\n${sentence}\n`));
  return checklist?.items.find((item) => item.checkId === checkId)?.status;
}

/**
 * How a message opens the list of what was looked for and the list of what it suggests, and how it
 * quotes, in the language it is written in: English ("a", "b" or "c"), French (« a », « b » ou « c »,
 * with no-break spaces inside the guillemets).
 */
const messageWords: Readonly<Record<Language, { readonly lookedFor: string; readonly suggested: string; readonly quote: (phrase: string) => string }>> = {
  en: { lookedFor: 'looked for wording such as ', suggested: '(for example ', quote: (phrase) => `"${phrase}"` },
  fr: { lookedFor: 'formulations recherchées dans les champs et le texte, par exemple ', suggested: '(par exemple ', quote: (phrase) => `«\u00a0${phrase}\u00a0»` },
};

/** The phrases quoted after `opening` in a message of `language`, up to the closing parenthesis. */
function quotedAfter(message: string, opening: string, language: Language = 'en'): string[] {
  const start = message.indexOf(opening);
  assert.ok(start >= 0, `"${opening}" in: ${message}`);
  const list = message.slice(start + opening.length, message.indexOf(')', start));
  const quote = language === 'en' ? /"([^"]+)"/g : /«\u00a0(.+?)\u00a0»/g;
  return [...list.matchAll(quote)].map((match) => match[1] as string);
}

/**
 * The proof of a phrase: its sentence, which must hold the phrase (without its "…"). A French
 * message quotes the catalogue's phrases with the typographic apostrophe; the catalogue, and the
 * proofs, write the typewriter one.
 */
function proofOf(checkId: string, language: Language, phrase: string): string {
  const words = phrase.replace(/…$/, '').replace(/’/g, "'");
  const sentence = proofs[checkId]?.[language][words];
  assert.ok(sentence, `a sentence in test/unit/principleMessages.test.ts proves "${words}" (${checkId}, ${language})`);
  assert.ok(sentence.toLowerCase().includes(words.toLowerCase()), `"${sentence}" holds "${words}"`);
  return sentence;
}

describe('principle findings speak the language the draft is read in', () => {
  for (const language of ['en', 'fr'] as const) {
    const other: Language = language === 'en' ? 'fr' : 'en';

    it(`quotes only ${language === 'en' ? 'English' : 'French'} wording in an ${language} draft, and every phrase it quotes addresses the principle there`, () => {
      const findings = principleFindings(language, entries[language]);
      assert.deepEqual(findings.map((finding) => finding.ruleId).sort(), Object.keys(ruleChecks).sort());
      const words = messageWords[language];
      for (const finding of findings) {
        const checkId = ruleChecks[finding.ruleId] as PrincipleCheckId;
        const lookedFor = quotedAfter(finding.message, words.lookedFor, language);
        const suggested = quotedAfter(finding.message, words.suggested, language);
        const check = principleChecks.find((candidate) => candidate.id === checkId);
        const examples = check?.examples[language].map((example) => (language === 'fr' ? example.replace(/'/g, '’') : example));
        assert.deepEqual(lookedFor, examples, finding.ruleId);
        const own: readonly string[] = check?.examples[language] ?? [];
        const otherOnly = check?.examples[other].filter((example) => !own.includes(example)) ?? [];
        for (const example of otherOnly) assert.ok(!finding.message.includes(words.quote(example)), `${finding.ruleId} does not suggest "${example}"`);
        for (const phrase of [...lookedFor, ...suggested]) {
          const sentence = proofOf(checkId, language, phrase);
          assert.equal(statusOf(language, sentence, checkId), 'addressed', `${finding.ruleId}: "${sentence}"`);
          const after = principleFindings(language, `${entries[language]}\n${sentence}\n`);
          assert.ok(!after.some((found) => found.ruleId === finding.ruleId), `${finding.ruleId} goes with "${sentence}"`);
        }
      }
    });

    it(`gives examples in ${language === 'en' ? 'English' : 'French'} for every check of the catalogue, each read as evidence`, () => {
      for (const check of principleChecks) {
        for (const example of check.examples[language]) {
          const sentence = proofOf(check.id, language, example);
          const expected = check.id === 'without-conditions' ? 'contradicted' : 'addressed';
          assert.equal(statusOf(language, sentence, check.id), expected, `${check.id}: "${sentence}"`);
        }
      }
    });
  }

  it('quotes the French wording in the hint of a French draft whose Principles field claims what the prose does not show', () => {
    const entry = entries.fr.replace('- **Statut :** terminé\n', '- **Statut :** terminé\n- **Principes :** appropriation nationale\n');
    const hint = principleFindings('fr', entry).find((finding) => finding.ruleId === 'principle/demand-driven');
    assert.equal(hint?.severity, 'hint');
    assert.match(hint.message, /revendiqué, non décrit \(formulations recherchées, par exemple «\u00a0à la demande de\u00a0», «\u00a0demandé par\u00a0»/);
    assert.match(hint.message, /\(par exemple «\u00a0conçu à la demande du ministère partenaire\u00a0»\)\.$/);
    assert.ok(!hint.message.includes('at the request of'));
  });

  it('quotes both languages in a draft read with both lexicons (a Spanish draft)', () => {
    const demand = principleFindings('es', entries.en).find((finding) => finding.ruleId === 'principle/demand-driven');
    assert.ok(demand);
    assert.deepEqual(quotedAfter(demand.message, 'looked for wording such as ').slice(-2), ['évaluation des besoins', 'appropriation nationale']);
    assert.match(demand.message, /\(for example "designed at the request of the partner ministry" or "conçu à la demande du ministère partenaire"\)\.$/);
  });

  describe('in French, in a French draft', () => {
    const nb = '\u00a0';
    /** Principle 6 as a French finding quotes it: our summary, then the agreed text, in English. */
    const principle6 =
      `Principe 6 adopté (résumé)${nb}: le renforcement des capacités doit reposer sur la confiance mutuelle, être axé sur la demande, correspondre aux besoins et priorités recensés au niveau national et respecter l’appropriation nationale${nb}; la participation des partenaires est volontaire. ` +
      `Texte adopté, en anglais (A/75/816, annexe I, paragraphe 56)${nb}: «${nb}Capacity-building should be based on mutual trust, demand-driven, correspond to nationally identified needs and priorities, and be undertaken in full recognition of national ownership. Partners in capacity-building participate voluntarily.${nb}»`;

    it('says what the entry leaves out, what was looked for, the agreed principle and how to fix it, in French', () => {
      const demand = principleFindings('fr', entries.fr).find((finding) => finding.ruleId === 'principle/demand-driven');
      assert.equal(
        demand?.message,
        `«${nb}Cours d'investigation numérique${nb}»${nb}: rien n’indique que les partenaires aient demandé ce programme, en aient recensé le besoin, aient contribué à sa conception ou se l’approprient ` +
          `(formulations recherchées dans les champs et le texte, par exemple «${nb}à la demande de${nb}», «${nb}demandé par${nb}», «${nb}conçu avec${nb}», «${nb}évaluation des besoins${nb}» ou «${nb}appropriation nationale${nb}»). ` +
          `${principle6} Indiquez comment le besoin a été recensé, ou que le partenaire a demandé le programme (par exemple «${nb}conçu à la demande du ministère partenaire${nb}»).`,
      );
      // The related information, a link to paragraph 56, says the same of the principle.
      assert.equal(demand.related?.[0]?.message, principle6);
      assert.deepEqual(demand.related?.[0]?.library, { symbol: 'A/75/816', unitKey: 'annex I paragraph 56' });
    });

    it('never opens a parenthesis right after closing one, in English either', () => {
      const findings = principleFindings('en', entries.en);
      assert.ok(findings.some((finding) => finding.ruleId === 'principle/results') && findings.some((finding) => finding.ruleId === 'principle/sustainability'));
      for (const finding of findings) assert.ok(!/\)\s*\(/.test(finding.message), `${finding.ruleId}: two parentheses in a row in ${finding.message}`);
      const results = findings.find((finding) => finding.ruleId === 'principle/results');
      assert.match(results?.message ?? '', /nothing says what the programme aims at or has achieved, whether a purpose, results, indicators or an evaluation \(looked for wording such as /);
    });

    it('names the work that calls for safeguards, and every finding of every rule is French', () => {
      const findings = principleFindings('fr', entries.fr);
      const rights = findings.find((finding) => finding.ruleId === 'principle/human-rights');
      assert.match(rights?.message ?? '', /sont préservés, alors que la fiche décrit des activités qui les mettent en jeu, comme l’indique «\u00a0cybercriminalité\u00a0» \(formulations recherchées/);
      for (const finding of findings) {
        assert.match(finding.message, /^«\u00a0Cours d'investigation numérique\u00a0»\u00a0: rien n’indique /, finding.ruleId);
        assert.match(finding.message, /Principe \d+ adopté \(résumé\)\u00a0: .+ Texte adopté, en anglais \(A\/75\/816, annexe I, paragraphe 56\)\u00a0: «\u00a0[A-Z][^«»]+\.\u00a0» Indiquez /, finding.ruleId);
        for (const english of ['nothing says', 'looked for', 'Agreed principle', 'for example']) assert.ok(!finding.message.includes(english), `${finding.ruleId}: "${english}"`);
      }
    });

    it('writes its own French with the typographic apostrophe, and never opens a parenthesis right after closing one', () => {
      const title = "Cours d'investigation numérique";
      const findings = principleFindings('fr', entries.fr);
      assert.deepEqual(findings.map((finding) => finding.ruleId).sort(), Object.keys(ruleChecks).sort());
      for (const finding of findings) {
        // The title is the draft's own, quoted as written.
        for (const message of [finding.message, ...(finding.related ?? []).map((related) => related.message)]) {
          const ours = message.split(title).join('');
          assert.ok(!ours.includes("'"), `${finding.ruleId}: a typewriter apostrophe in ${ours}`);
          assert.ok(!/\)\s*\(/.test(ours), `${finding.ruleId}: two parentheses in a row in ${ours}`);
        }
      }
      const results = findings.find((finding) => finding.ruleId === 'principle/results');
      assert.match(results?.message ?? '', /qu’il s’agisse d’un objectif, de résultats, d’indicateurs ou d’une évaluation \(formulations recherchées/);
      assert.match(results?.message ?? '', /«\u00a0a permis l’adoption de…\u00a0»/);
      const sustainability = findings.find((finding) => finding.ruleId === 'principle/sustainability');
      assert.match(sustainability?.message ?? '', /«\u00a0réseau d’anciens\u00a0»/);
    });

    it('says « revendiqué, non décrit » of a claim the entry does not show', () => {
      const entry = entries.fr.replace('- **Statut :** terminé\n', '- **Statut :** terminé\n- **Principes :** appropriation nationale\n');
      const hint = principleFindings('fr', entry).find((finding) => finding.ruleId === 'principle/demand-driven');
      assert.equal(hint?.severity, 'hint');
      assert.match(
        hint.message,
        /^«\u00a0Cours d'investigation numérique\u00a0» revendique «\u00a0appropriation nationale\u00a0» dans son champ Principes, mais le reste de la fiche n’en dit rien\u00a0: revendiqué, non décrit \(/,
      );
      assert.ok(hint.message.includes(principle6));
    });

    it('says in French which wording attaches a condition, and an English draft keeps its English message', () => {
      const condition = 'L’appui se poursuit à condition que le ministère adopte la loi.';
      const conditional = principleFindings('fr', `${entries.fr}\n${condition}\n`);
      const french = analyzeFixture(`${head('fr')}${entries.fr}\n${condition}\n`).findings.find((finding) => finding.ruleId === 'principle/conditionality');
      assert.ok(conditional.length > 0);
      assert.equal(
        french?.message,
        `«${nb}à condition que${nb}» assortit d’une condition l’appui apporté par «${nb}Cours d'investigation numérique${nb}». ` +
          `Principe 3 adopté (résumé)${nb}: les activités doivent reposer sur des données factuelles, être politiquement neutres, transparentes, responsables et ne faire l’objet d’aucune condition. ` +
          `Texte adopté, en anglais (A/75/816, annexe I, paragraphe 56)${nb}: «${nb}Capacity-building activities should be evidence-based, politically neutral, transparent, accountable, and without conditions.${nb}» ` +
          'Décrivez ce dont les partenaires sont convenus ensemble plutôt que des conditions imposées au bénéficiaire.',
      );
      assert.match(french.related?.[0]?.message ?? '', /^Principe 3 adopté \(résumé\)/);
      const english = analyzeFixture(`${head('en')}${entries.en}\nSupport continues on condition that the ministry adopts the law.\n`).findings.find(
        (finding) => finding.ruleId === 'principle/conditionality',
      );
      assert.equal(
        english?.message,
        '"on condition that" attaches a condition to the support given by "Digital forensics course". Agreed principle 3: "Capacity-building activities should be evidence-based, politically neutral, transparent, accountable, and without conditions." (A/75/816, annex I, paragraph 56). Describe what the partners agreed together rather than conditions the beneficiary must meet.',
      );
      assert.equal(english.related?.[0]?.message, 'Agreed principle 3 (A/75/816, annex I, paragraph 56): "Capacity-building activities should be evidence-based, politically neutral, transparent, accountable, and without conditions."');
    });

    it('keeps English messages in an English draft and in a draft in another language', () => {
      const english = principleFindings('en', entries.en).find((finding) => finding.ruleId === 'principle/demand-driven');
      assert.equal(
        english?.message,
        '"Digital forensics course": nothing says that the partners asked for this programme, identified the need, helped design it or own it (looked for wording such as "at the request of", "requested by", "designed together with", "needs assessment" or "national ownership", in the fields and the prose). Agreed principle 6: "Capacity-building should be based on mutual trust, demand-driven, correspond to nationally identified needs and priorities, and be undertaken in full recognition of national ownership. Partners in capacity-building participate voluntarily." (A/75/816, annex I, paragraph 56). Say how the need was identified or that the partner requested the programme (for example "designed at the request of the partner ministry").',
      );
      for (const language of ['es', 'ru', 'zh', 'ar']) {
        for (const finding of principleFindings(language, entries.fr)) {
          assert.match(finding.message, /^"Cours d'investigation numérique": nothing says .+ Agreed principle \d+: /, `${language}, ${finding.ruleId}`);
          assert.match(finding.related?.[0]?.message ?? '', /^Agreed principle \d+ \(A\/75\/816, annex I, paragraph 56\): "/);
        }
      }
    });
  });
});
