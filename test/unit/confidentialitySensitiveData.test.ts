/**
 * What `confidentiality/sensitive-data` reports, one line at a time, in lines of their own (not the
 * corpus's): each goes into the same small programme entry, so only the line decides.
 */
import assert from 'node:assert/strict';
import { analyzeFixture } from '../support/library';

function reported(line: string): string[] {
  const analysis = analyzeFixture(
    `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n---\n\n# Programmes\n\n### Support programme\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** policy and national strategies\n- **Start:** 2023-01\n- **Status:** completed\n\n${line}\n`,
  );
  return analysis.findings.filter((finding) => finding.ruleId === 'confidentiality/sensitive-data').map((finding) => finding.message);
}

/** The same, in an entry with a heading of its own: the heading may name the programme a mailbox serves. */
function reportedUnder(heading: string, line: string): string[] {
  const analysis = analyzeFixture(
    `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n---\n\n# Programmes\n\n### ${heading}\n\n- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** policy and national strategies\n- **Start:** 2023-01\n- **Status:** completed\n\n${line}\n`,
  );
  return analysis.findings.filter((finding) => finding.ruleId === 'confidentiality/sensitive-data').map((finding) => finding.message);
}

function expectReported(found: boolean, lines: readonly string[]): void {
  for (const line of lines) {
    it(`${found ? 'reports' : 'does not report'} "${line}"`, () => assert.equal(reported(line).length > 0, found, reported(line).join('\n')));
  }
}

describe('confidentiality/sensitive-data, line by line', () => {
  describe('look-alikes in real drafts: a version, a numbered dimension or indicator, a switchboard named after its number', () => {
    expectReported(false, [
      'Version 2.0.1.3 of the toolkit was released to the partners.',
      'The national CSIRT moved to release 10.4.0.1 of the platform.',
      'The CMM review scored the country at stage 3 on dimension 1.1.1.1.',
      'Progress is measured by indicator 2.3.1.4 of the national plan.',
      "Tél. : 01 53 59 35 00 (standard de l'ANSSI).",
      'Call +33 1 43 17 53 53 (switchboard) for the programme office.',
    ]);
    expectReported(true, [
      // An address after other words, and a number a person answers, stay reported.
      'The trainees scanned the host at 10.2.3.4 during the exercise.',
      "Joindre l'officier de liaison au 06 12 34 56 78 (portable).",
    ]);
  });

  describe('round 17, confidentiality/sensitive-data: an office named after its place, a cohort’s mailbox, Spanish and Portuguese service words; a numbered part of a text is no IP address', () => {
    expectReported(false, [
      'Write to dakar.office@lender.example or to mombasa.desk@lender.example.',
      'Questions go to ada.cohort@school.example, the mailbox of the first intake.',
      'Inscriptions: ucap.capacitacion@fiscalia.example or prensa.unidad@policia.example.',
      'The baseline is set out in section 3.1.2.4 of the shared framework.',
      'Voir les points 5.1.1.2 et 5.1.1.3 du référentiel commun.',
    ]);
    expectReported(true, [
      // A family name after a first name stays personal; an address after "access point" stays an address.
      'Write to jean.bureau@lender.example.',
      'Write to maria.lopez@fiscalia.example.',
      'The access point 192.0.2.14 serves the training room.',
      'The lab server answers at 198.51.100.7.',
    ]);
  });

  describe('round 18, confidentiality/sensitive-data: a mailbox named after the programme, event or unit the entry names (in its heading, in lower-case words of its prose, or spelled out before its acronym), Spanish and Portuguese words for data and small firms; a person named in the prose or after a title stays personal', () => {
    expectReported(false, [
      'Applications for the girls coding camp go to girls.coding@camp.example.',
      'The Guardia Costiera (GC) answers at guardia.costiera@gc.example.',
      'Escreva para protecao.dados@anpd.example ou pymes.digitales@mineco.example.',
    ]);
    expectReported(true, [
      // A name written as a name in the prose, and one whose words only appear elsewhere in the address.
      'Contact: Awa Koné, awa.kone@interpol.example.',
      'Write to paul.martin@ngo.example or paul-martin@ngo.example.',
    ]);
    it('does not report a mailbox named after the exercise the heading names', () => {
      assert.deepEqual(reportedUnder('Harbour Lantern 2024: crisis exercise for port CERTs', 'Contact: harbour.lantern@drills.example'), []);
      assert.deepEqual(reportedUnder('Girls in Cyber Coding Camp', 'Contact: girls.coding@camp.example'), []);
    });
    it('reports a person the heading names after a title or "by"', () => {
      assert.equal(reportedUnder('Lecture by Dr Amina Diallo on norms', 'Contact: amina.diallo@univ.example').length, 1);
      assert.equal(reportedUnder('Visit of Minister Amina Diallo', 'Contact: amina.diallo@univ.example').length, 1);
    });
  });

  describe('rounds 19 and 20, confidentiality/sensitive-data: a mailbox the entry’s own words read as an office’s (one part an acronym, a place or the initials of words the entry writes; every part a common word; a name joined to the institution named after it); a person the entry names stays personal', () => {
    expectReported(false, [
      // An acronym the entry writes in capitals, beside a word no list holds.
      'The CYRIN project trains harbour masters. Write to cyrin.harbours@lead.example.',
      'Le projet OCWAR-C forme les douaniers : ocwar.douanes@lead.example.',
      // A place the entry works in.
      'The school in Lomé runs the course; write to lome.campus@school.example.',
      'Les sessions ont lieu à Abidjan ; écrire à abidjan.stages@ecole.example.',
      'Teams from the Gulf of Guinea meet twice a year; registry of the watch: gulf.watch@lead.example. The centre sits in the Gulf of Guinea.',
      // The initials of words the entry writes in a row.
      'Each national focal point checks the list every month; write to nfp.roster@lead.example.',
      // Every part a common word: with an ending no name has, or written together in the prose.
      'Questions on fraud go to fraud.prevention@bank.example.',
      "L'accompagnement des victimes est confié à l'unité : accompagnement.victimes@police.example.",
      'The unit handles the screening of cargo manifests; write to screening.cargo@customs.example.',
      // A name joined to the kind of institution the entry names after that person.
      'The Nelson Mandela Peace Institute hosts the course. Contact: mandela.institute@peace.example.',
    ]);
    expectReported(true, [
      // A name written as a person's, beside an acronym, a place or a title.
      'Contact: Victoria Mensah, victoria.mensah@lead.example. The course runs in Victoria.',
      'The course runs in Accra with the ECOWAS Commission. Contact: Dr Kojo Accra-Mensah, kojo.mensah@lead.example.',
      // Initials that only spell the person's own name.
      'Contact: jpa.habimana@fincsirt.example (Jean Paul Alain Habimana, head of the platform).',
      // Names that are also words, written apart: a person still.
      "Contact : claire.marchand@ministere.example. Le secteur marchand y est associé ; la méthode doit rester claire pour tous.",
      'Contact: will.young@ngo.example. The trainers will brief the analysts; young officers attend too.',
      // A first name after a verb one writes to someone with is no place; a given name that ends like a noun is a name.
      'Pour toute question, écrire à Claire (claire.vasseur@ministere.example).',
      'Contact: clement.dupont@ministere.example.',
    ]);
  });

  describe('rounds 21 and 22, confidentiality/sensitive-data: the numbered item of a meeting’s or a plan’s text is no IP address; a region or mentoring names a mailbox', () => {
    expectReported(false, [
      'The network follows recommendation 4.2.1.3 of the 2022 meeting.',
      "Le centre met en œuvre l'action 2.1.3.4 du plan régional et les activités 1.2.1.1 et 1.2.1.2.",
      'Progress on output 3.1.2.1 is reviewed every quarter.',
      'Le programme de mentorat répond aux équipes : mentorat.region-arabe@uit-projets.example.',
      'Mentors are matched by the hub: mentoring.regions@network.example.',
    ]);
    expectReported(true, [
      // An address after another word of a plan, and a person's name, stay reported.
      "The plan's server answers at 198.51.100.23 for the action teams.",
      'Contact the mentor: amina.diallo@uit-projets.example.',
    ]);
  });

  describe('rounds 23 and 24, confidentiality/sensitive-data: one part an activity the entry names in lower case, with an ending no name has, whatever the other part; a person the entry names, or a name-like part the entry does not use as a word, stays personal', () => {
    expectReported(false, [
      'The Kigali Dialogue opens an online consultation in March; comments go to kigalidialogue-consultations@ministry.example.',
      "Chaque délégation demande son accréditation avant le 1er mars : sommetdakar.accreditation@mae.example.",
      'The award takes nominations until May; send them to rosewood.nominations@fund.example.',
    ]);
    expectReported(true, [
      'Contact: paul.bastion@lead.example. The course covers incident response.',
      'Contact: Marie Mention (marie.mention@lead.example); each mention of the course in the press is tracked.',
    ]);
  });

  describe('rounds 25 and 26, confidentiality/sensitive-data: the dotted reference of a standard, a guide or a reference framework, perhaps with one qualifier after its noun, is no IP address; a machine named with such a word is', () => {
    expectReported(false, [
      'The agencies aligned their procedures on technical standard 3.1.4.2 of the regional framework.',
      "Le ministère a publié le référentiel technique 4.3.2.1 sur la gestion des incidents.",
      "Les opérateurs appliquent la norme 1.2.4.3 et la ligne directrice 2.2.1.4.",
      'Teams follow guideline 5.1.2.3 and control 8.2.1.1 of the national baseline.',
      "La circulaire n° 2.14.3.1 fixe les règles d'hébergement.",
    ]);
    expectReported(true, [
      // A machine: a network word between the document's noun and the number, or no such noun at all.
      'The reference server 198.51.100.23 answers the lab’s queries.',
      "Le serveur de référence 192.0.2.44 héberge la plateforme d'exercices.",
      'The standard set-up uses 203.0.113.7 as the gateway.',
      "La norme impose de filtrer l'adresse 203.0.113.9 en entrée.",
    ]);
  });

  describe('rounds 27 and 28, confidentiality/sensitive-data: a post held by whoever fills it (focal point, liaison, referent, correspondent, on-call) names an office’s mailbox; an account’s credentials written as a pair, user then password, are a password', () => {
    expectReported(false, [
      'Contact: focal.point@cyber-agency.example.',
      'Écrire à point.focal@agence-numerique.example ou à referent.police@interieur.example.',
      'The liaison.desk@ministry.example mailbox answers within a day.',
      'Permanence : astreinte.reseau@operateur.example, ou correspondant.regional@prefecture.example.',
      // Not credentials: a date range, capitals and digits, a path, a value with neither a symbol nor both cases.
      'The account for 2023/2024 was closed in March.',
      'Reports are on the portal: account pages at portal.example/Reports2023Final.',
      'The accounts of the CSIRT / CSIRT2024 team were audited.',
      'Les comptes de la période 2022 / 2023 ont été certifiés.',
    ]);
    expectReported(true, [
      // A person’s address: the other part is no post.
      'Contact: jean.point@agence.example.',
      'The admin account was handed over to the team: admin / Harbour#2024.',
      'Credentials for the lab console: analyst:Secur3Lab!',
      'Identifiants remis à l’équipe : operateur / Baobab#2023.',
      'Le compte de la console, créé par le prestataire,\nest soc-admin / Niger2023Soc.',
    ]);
  });

  describe('in the draft’s language', () => {
    const nb = '\u00a0';
    /** The findings of `line`, as a French entry (`language: fr`) or one in `language`. */
    function foundIn(language: string, line: string) {
      const analysis = analyzeFixture(
        `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n### Programme d'appui\n\n- **Niveau :** bilatéral\n- **Chef de file :** France\n- **Bénéficiaires :** Sénégal\n- **Thèmes :** politiques et stratégies nationales\n- **Début :** 2023-01\n- **Statut :** terminé\n\n${line}\n`,
      );
      return analysis.findings.filter((finding) => finding.ruleId === 'confidentiality/sensitive-data');
    }
    const principle10 = `Principe 10 adopté (résumé)${nb}: la confidentialité des informations sensibles doit être garantie. Texte adopté, en anglais (A/75/816, annexe I, paragraphe 56)${nb}: «${nb}The confidentiality of sensitive information should be ensured.${nb}»`;

    it('says in French what a French draft exposes, quoting the agreed principle as our summary and the English text', () => {
      const [address, phone] = foundIn('fr', 'Contact : jean.dupont@gmail.com, 06 12 34 56 78.');
      assert.equal(
        address?.message,
        `Une adresse électronique personnelle dans la contribution${nb}: «${nb}jean.dupont@gmail.com${nb}». Les contributions sont publiées par l’ONU${nb}: retirez cette donnée, ou indiquez un contact institutionnel générique (ou, si l’adresse est institutionnelle, ajoutez-la à oewgDrafter.confidentiality.allowedAddresses). ${principle10}`,
      );
      assert.equal(address.related?.[0]?.message, principle10);
      assert.equal(
        phone?.message,
        `Un numéro de téléphone dans la contribution${nb}: «${nb}06 12 34 56 78${nb}». Les contributions sont publiées par l’ONU${nb}: retirez cette donnée, ou indiquez un contact institutionnel générique. ${principle10}`,
      );
    });

    it('keeps the English message in an English draft and in a draft in another language', () => {
      for (const language of ['en', 'es']) {
        const [address] = foundIn(language, 'Contact: jean.dupont@gmail.com.');
        assert.equal(
          address?.message,
          'A personal e-mail address in the submission: "jean.dupont@gmail.com". Submissions are published by the UN; remove it, or give an institutional, generic contact (or list it in oewgDrafter.confidentiality.allowedAddresses if it is one). Agreed principle 10: "The confidentiality of sensitive information should be ensured."',
          language,
        );
        assert.equal(address.related?.[0]?.message, 'Agreed principle 10 (A/75/816, annex I, paragraph 56): "The confidentiality of sensitive information should be ensured."');
      }
    });
  });
});
