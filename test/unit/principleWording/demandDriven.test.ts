/**
 * Round 18's classes for `principle/demand-driven`, sentence by sentence, in the small entry of
 * test/support/principleWording.ts (Lead France, Beneficiaries Senegal): the work said to come from
 * the partner or to be its own, content built from what the partner brought, a partner body that
 * settles or writes the work after a time, puts a need first, or alone decides; and their look-alikes.
 * Then a class found in the sources (the Secretariat's report): support for those who ask for it.
 */
import assert from 'node:assert/strict';
import { defaultRuleOptions } from '../../../schemas/ruleOptions';
import { documentChecklist } from '../../../server/src/core/principles/documentChecklist';
import { analyzeFixture } from '../../support/library';
import { expectFound } from '../../support/principleWording';

describe('round 18, principle/demand-driven: the work came from the partner, or is its own', () => {
  describe('finds it', () => {
    expectFound('demand-driven', true, [
      // Its origin.
      { language: 'en', prose: 'The idea came from the telecommunications regulator after its annual review.' },
      { language: 'en', prose: 'The workshop grew out of talks with the ministries of the interior and of justice.' },
      { language: 'fr', prose: "Le cycle est issu d'un atelier des régulateurs sectoriels tenu en 2022." },
      // Its content built from what the partner brought.
      { language: 'en', prose: 'The module list was drawn up from the answers that the Senegalese ministries returned.' },
      { language: 'en', prose: 'Topics were chosen on the basis of what the partner administrations reported.' },
      { language: 'fr', prose: 'Le contenu a été fixé à partir du bilan que le ministère avait publié en 2021.' },
      // Whose it is.
      { language: 'en', prose: 'The syllabus belongs to the police academy in Thiès.' },
      { language: 'en', prose: "The programme is Senegal's own, and France only pays for it." },
      { language: 'fr', prose: "Le cursus appartient à l'école de police de Thiès." },
      // A partner body puts the need first, settles the work, or writes it after a time.
      { language: 'en', prose: 'The Senegalese ministry put data protection first among the needs listed in its plan.' },
      { language: 'fr', prose: 'Le ministère sénégalais a placé la sécurité des paiements en tête des priorités transmises au bailleur.' },
      { language: 'en', prose: 'The case list was settled by the Senegalese regulators.' },
      { language: 'en', prose: "The scenarios were drafted over three months by Senegal's cyber agency." },
      { language: 'fr', prose: "Le programme est arrêté chaque printemps par l'agence sénégalaise du numérique." },
      // A partner body, and it alone, writes or decides; a committee where the participating countries sit.
      { language: 'fr', prose: "C'est ce comité, et lui seul, qui rédige les réponses." },
      { language: 'en', prose: 'The interministerial committee, and it alone, decides what is published.' },
      { language: 'fr', prose: 'Le plan de cours est validé par un comité technique où siègent les ministères des pays participants.' },
      // Work made with the partner, with a few words between.
      { language: 'en', prose: 'The components were worked out step by step with the ministry.' },
    ]);
  });
  describe('does not find it', () => {
    expectFound('demand-driven', false, [
      // Money, equipment or people are not the work; the donor is not the partner.
      { language: 'en', prose: 'The funding came from the ministry of foreign affairs.' },
      { language: 'en', prose: 'The idea came from the French embassy in Dakar.' },
      { language: 'en', prose: 'Trainees came from the ministries of the region.' },
      { language: 'fr', prose: 'Le financement vient du ministère des affaires étrangères.' },
      { language: 'fr', prose: "Le programme est né d'une initiative française." },
      { language: 'en', prose: 'The agenda was built from the findings of the trainers at the ministry.' },
      { language: 'en', prose: 'The agenda was built from the manual of the regional centre.' },
      { language: 'en', prose: 'The laptops belong to the ministry.' },
      { language: 'en', prose: "The programme is France's contribution to the region." },
      // "regional" says where, not whose: the implementer's regional office chose.
      { language: 'en', prose: 'Investigators from eight police services were chosen by the regional office.' },
      // The donor puts its priority first, writes, or alone decides.
      { language: 'en', prose: 'France put cybercrime at the top of the list of subjects for the course.' },
      { language: 'en', prose: 'The modules were drafted over two weeks by French experts.' },
      { language: 'fr', prose: "C'est le formateur, et lui seul, qui choisit les cas." },
      { language: 'en', prose: 'The trainers, and they alone, choose the cases.' },
    ]);
  });
});

describe('principle/demand-driven, from the sources: support for those who ask for it', () => {
  // The Secretariat's mapping report, para. 44: « fournit une assistance aux États qui en font la demande ».
  describe('finds it', () => {
    expectFound('demand-driven', true, [
      { language: 'fr', prose: 'Le centre fournit une assistance aux États qui en font la demande pour développer la cyberexpertise.' },
      { language: 'fr', prose: 'Les séminaires sont ouverts aux administrations qui le demandent.' },
      { language: 'fr', prose: "Une mission d'experts est envoyée dans les pays qui l'ont sollicitée." },
      { language: 'en', prose: 'The centre provides assistance to States that request it.' },
    ]);
  });
  describe('does not find it', () => {
    expectFound('demand-driven', false, [
      // A request in a case (mutual legal assistance) is not a request for the programme.
      { language: 'fr', prose: "Les enquêteurs apprennent à répondre aux États qui demandent une entraide judiciaire." },
      { language: 'fr', prose: 'Les séminaires sont ouverts aux administrations qui le souhaitent.' },
    ]);
  });
});

describe('principle/demand-driven, from probes with lines of real drafts: one need, or a need in the passive, expressed by the partner', () => {
  describe('finds it', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'It responds to a need expressed by the Ministry of Justice.' },
      { language: 'en', prose: 'The need was voiced by the national authorities.' },
      { language: 'fr', prose: 'Il répond à un besoin exprimé par les autorités sénégalaises.' },
      { language: 'fr', prose: 'Le besoin a été exprimé par le ministère sénégalais de la Justice.' },
    ]);
  });
  describe('does not find it when the donor identified the need', () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The need was identified by French experts.' },
      { language: 'fr', prose: 'Le besoin a été identifié par les experts européens.' },
      { language: 'fr', prose: 'Les besoins ont été recensés par une mission d’experts européens.' },
    ]);
  });
});

describe('principle/demand-driven: work made with the submitting State itself or one of its own bodies is not made with the partner (submitter France)', () => {
  expectFound('demand-driven', false, [
    { language: 'en', prose: 'The course was designed together with Expertise France, which runs it.' },
    { language: 'en', prose: 'The modules were designed in cooperation with the French embassy in Dakar.' },
    { language: 'fr', prose: "Le cours a été conçu avec l'Agence française de développement, qui en assure le financement." },
    { language: 'fr', prose: 'Les modules ont été élaborés conjointement avec Expertise France.' },
  ]);
  expectFound('demand-driven', true, [
    // The partner is among those it was made with, by name, by role, or as what is national to it.
    { language: 'en', prose: 'The course was designed together with Expertise France and the Senegalese Ministry of Justice.' },
    { language: 'en', prose: 'The modules were designed in cooperation with the French embassy and the national police.' },
    { language: 'fr', prose: "Le cours a été conçu avec l'ambassade de France et les autorités sénégalaises." },
    { language: 'fr', prose: 'Les modules ont été élaborés conjointement avec les partenaires de la France.' },
    { language: 'en', prose: 'The course was designed together with the judicial training schools of the region.' },
    // « La Francophonie » is a community of French-speaking States, not France.
    { language: 'fr', prose: "Le cours a été conçu avec l'Organisation internationale de la Francophonie." },
  ]);
});

describe("rounds 19 and 20, principle/demand-driven: taking part, or a request for something else, is not asking for the programme", () => {
  describe('a request whose object is a status the partner seeks (accession, membership, a visa) is no request for the work', () => {
    expectFound('demand-driven', false, [
      { language: 'fr', prose: "Seuls les pays ayant déposé leur demande d'adhésion à la Convention de Budapest ont été admis au séminaire." },
      { language: 'fr', prose: "Le séminaire s'est tenu peu après que le Sénégal eut transmis sa demande d'accession au traité." },
      { language: 'fr', prose: "À la suite de sa demande d'adhésion au Groupe Egmont, la cellule a reçu une visite d'évaluation." },
      { language: 'en', prose: 'Only delegations of countries that had filed their request for accession to the convention were admitted.' },
      { language: 'en', prose: 'The visit took place while their request for membership of the network was pending.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'fr', prose: "Le ministère a adressé sa demande d'appui à l'ambassade en mars 2022." },
      { language: 'fr', prose: 'La session a été organisée à la suite de leur demande de formation.' },
      { language: 'en', prose: 'The second course followed their request for a module on ransomware.' },
    ]);
  });
  describe("a permit asked of an administration, or a request made by the donor's supplier, is no request for the work", () => {
    expectFound('demand-driven', false, [
      { language: 'fr', prose: "Le second lot de serveurs attend l'autorisation d'exportation demandée par l'industriel." },
      { language: 'fr', prose: 'Les modifications demandées par le prestataire ont retardé la livraison des postes.' },
      { language: 'fr', prose: 'Les licences demandées par le ministère pour les logiciels sont en cours de délivrance.' },
      { language: 'en', prose: 'Delivery of the servers waits on the export licence requested by the vendor.' },
      { language: 'en', prose: 'Changes requested by the contractor delayed the installation of the laboratory.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'fr', prose: 'La formation a été demandée par le ministère sénégalais de la Justice.' },
      { language: 'fr', prose: 'Les modules demandés par les autorités ont été ajoutés en 2023.' },
      { language: 'en', prose: 'The course was requested by the Ministry of Justice.' },
    ]);
  });
  describe('hosting in turn is lending the venue, not shaping or owning the work', () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The workshops are hosted in turn by each partner country.' },
      { language: 'en', prose: 'Meetings are held in turn in the capitals of the partner States.' },
      { language: 'fr', prose: 'Les ateliers sont accueillis à tour de rôle par les pays partenaires.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The steering group is chaired in turn by each partner.' },
      { language: 'fr', prose: 'Le comité est présidé à tour de rôle par les pays partenaires.' },
    ]);
  });
  describe("a partner named as a noun's complement is not the one who decides", () => {
    expectFound('demand-driven', false, [
      { language: 'fr', prose: "Une séance porte sur les limites que la loi de chaque pays fixe à l'infiltration en ligne." },
      { language: 'fr', prose: 'Les règles que le droit de chaque État fixe en la matière sont rappelées.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'fr', prose: 'Chaque pays fixe ses priorités avant la session.' },
      { language: 'fr', prose: 'Les partenaires décident du calendrier.' },
      { language: 'fr', prose: 'Les thèmes sont proposés par les partenaires qui fixent ensuite le calendrier.' },
    ]);
  });
  describe("the one who chose the partners, and then acted itself, is the organiser", () => {
    expectFound('demand-driven', false, [
      { language: 'fr', prose: 'Le centre régional a choisi les quatre pays et a arrêté lui-même le programme des journées.' },
      { language: 'fr', prose: 'Le secrétariat retient les participants et fixe lui-même le calendrier.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'fr', prose: 'Le ministère sénégalais a arrêté lui-même le programme des journées.' },
      { language: 'fr', prose: 'Les équipes nationales fixent elles-mêmes le calendrier.' },
    ]);
  });
  describe("a donor body stationed in the partner's country, or the partner helped to set up an institution, is not the partner acting", () => {
    expectFound('demand-driven', false, [
      { language: 'fr', prose: "Les forces françaises stationnées au Sénégal ont proposé un exercice d'une journée." },
      { language: 'fr', prose: "L'ambassade de France au Sénégal a proposé l'atelier aux autorités." },
      { language: 'en', prose: 'French advisers help the Senegalese ministry set up a national response team.' },
      { language: 'en', prose: 'The team helped the national authorities set up a coordination centre.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'In 2022 the Senegalese Ministry of Justice set up a drafting committee.' },
      { language: 'en', prose: 'French advisers help the Senegalese ministry set the agenda of each mission.' },
      { language: 'en', prose: 'France and Senegal proposed the workshop together.' },
    ]);
  });
  describe('support kept for partners whose body has acted is a condition, not ownership', () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'Missions in the second year are offered only to partners whose cabinet has approved the founding decree.' },
      { language: 'fr', prose: 'Les missions sont réservées aux partenaires dont le gouvernement a approuvé la stratégie.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'Partner ministries whose staff proposed the topics sit on the board.' },
    ]);
  });
});

describe('rounds 21 and 22, principle/demand-driven: the partner asked, chose or assessed in other words; the donor asking is not the partner', () => {
  describe("a body's short form in brackets is part of the name of the one who asks", () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: "Senegal's Directorate of Information Systems (DSI) approached the French embassy shortly after the 2023 conference." },
      { language: 'en', prose: 'The Ministry of Digital Economy (MENT) asked France to review its draft strategy.' },
    ]);
    expectFound('demand-driven', false, [
      // A passive: the body was approached or asked, by someone else.
      { language: 'en', prose: 'The Directorate of Information Systems (DSI) was approached by the embassy in 2023.' },
      { language: 'en', prose: 'The national agency (ANSI) was asked to lend a meeting room.' },
    ]);
  });
  describe('the work answers a request said before (« cette demande », "that request")', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'Two heads of unit raised the problem in 2022, and the course answers that request.' },
      { language: 'en', prose: 'The laboratory was equipped in answer to a request that arrived in 2022.' },
      { language: 'fr', prose: "Deux chefs de service ont soulevé le problème en 2022 ; la formation répond à cette demande." },
    ]);
    expectFound('demand-driven', false, [
      // A request in a case, or requests with no determiner that points back.
      { language: 'en', prose: 'The helpdesk answers requests from investigators within a week.' },
      { language: 'en', prose: 'The unit answers that request for mutual legal assistance within a month.' },
      { language: 'fr', prose: "Le bureau répond à ces demandes d'entraide en un mois." },
    ]);
  });
  describe('an assessment made jointly, not by the donor alone', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The work plan rests on an assessment carried out jointly over two months.' },
      { language: 'en', prose: 'A jointly conducted diagnosis set the order of the modules.' },
      { language: 'fr', prose: "Le contenu a été arrêté au terme d'un diagnostic mené conjointement pendant deux mois." },
      { language: 'fr', prose: "L'état des lieux a été dressé en commun au printemps 2023." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The work plan rests on an assessment carried out by a French team.' },
      { language: 'en', prose: 'The assessment was conducted jointly by Expertise France and the French embassy.' },
      { language: 'fr', prose: 'Le diagnostic a été mené par une équipe française pendant deux mois.' },
    ]);
  });
  describe('each partner chose what it wanted', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'At the opening meeting each of the three agencies chose the two laws it wanted to revise first.' },
      { language: 'en', prose: 'Each of the regulators picked the two rules it wanted to revise first.' },
    ]);
    expectFound('demand-driven', false, [
      // The donor's trainers or experts choose; or a choice not said to be the chooser's own wish.
      { language: 'en', prose: 'Each of the French trainers chose the case they wanted to teach.' },
      { language: 'en', prose: 'Each expert picked the case they wanted to present.' },
      { language: 'en', prose: 'Each trainee chose one elective module.' },
    ]);
  });
  describe('a group where the participating teams sit, and « sur sollicitation de »', () => {
    expectFound('demand-driven', true, [
      { language: 'fr', prose: 'Les scénarios sont rédigés par un groupe de travail où siègent deux agents de chacune des équipes participantes.' },
      { language: 'fr', prose: 'Le jury, composé de représentants des administrations bénéficiaires, choisit les projets.' },
      { language: 'fr', prose: "Sur sollicitation de Dakar, deux experts ont été envoyés en mars." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'fr', prose: 'Les scénarios sont rédigés par un groupe de travail où siègent les formateurs français.' },
      { language: 'fr', prose: "Sur sollicitation de la presse, le centre a publié ses chiffres." },
    ]);
  });
  describe("a request, an invitation or a needs assessment by the donor's own bodies or experts is not the partner's", () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The syllabus follows a needs assessment carried out by French experts in 2021.' },
      { language: 'en', prose: 'The seminar is held at the request of the French embassy in Dakar.' },
      { language: 'fr', prose: 'Organisé à la demande de la direction des affaires juridiques (DAJ) du ministère français des armées, le séminaire réunit trente juristes.' },
      { language: 'fr', prose: "L'évaluation des besoins a été réalisée par des experts français." },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The syllabus follows a needs assessment carried out by the national police in 2021.' },
      { language: 'en', prose: 'The seminar is held at the request of the French embassy and the Senegalese Ministry of Justice.' },
      { language: 'fr', prose: 'Organisé à la demande du ministère sénégalais de la justice, le séminaire réunit trente juristes.' },
    ]);
  });
});

/** The demand-driven status of an entry with these Lead and Beneficiaries fields and prose that says nothing of demand. */
function demandStatusWithFields(lead: string, beneficiaries: string, language: 'en' | 'fr' = 'en'): string | undefined {
  const fields =
    language === 'en'
      ? `- **Level:** regional\n- **Lead:** ${lead}\n- **Beneficiaries:** ${beneficiaries}\n- **Themes:** incident response\n- **Start:** 2023-01\n- **Status:** completed\n\nA three-day exercise for the national response teams.\n`
      : `- **Niveau :** régional\n- **Chef de file :** ${lead}\n- **Bénéficiaires :** ${beneficiaries}\n- **Thèmes :** réponse aux incidents\n- **Début :** 2023-01\n- **Statut :** terminé\n\nUn exercice de trois jours pour les équipes nationales de réponse.\n`;
  const analysis = analyzeFixture(
    `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n### Exercise\n\n${fields}`,
    { ...defaultRuleOptions, principles: { secondReading: false } },
  );
  return documentChecklist(analysis)[0]?.items.find((item) => item.checkId === 'demand-driven')?.status;
}

describe('rounds 23 and 24, principle/demand-driven: a beneficiary among the leads leads or co-leads the work it receives', () => {
  const cases: readonly { lead: string; beneficiaries: string; language?: 'en' | 'fr'; owned: boolean }[] = [
    // One of the beneficiaries leads, or co-leads with the donor; or a lead is a body of one of them.
    { lead: 'Kenya', beneficiaries: 'Kenya, Uganda, Rwanda, Burundi', owned: true },
    { lead: 'France, Senegal', beneficiaries: 'Senegal, Benin, Togo, Niger', owned: true },
    { lead: 'national CSIRTs of Ghana and Togo', beneficiaries: 'Ghana, Togo, Benin', owned: true },
    { lead: 'France, Maroc', beneficiaries: 'Maroc, Tunisie, Mauritanie', language: 'fr', owned: true },
    { lead: "Agence nationale de la sécurité des systèmes d'information du Bénin", beneficiaries: 'Bénin, Togo, Niger', language: 'fr', owned: true },
    // Look-alikes: the donor alone leads; its embassy in the partner's country; the donor also among the beneficiaries.
    { lead: 'France', beneficiaries: 'Senegal', owned: false },
    { lead: 'France', beneficiaries: 'Senegal, Benin, Togo', owned: false },
    { lead: 'Embassy of France in Ghana', beneficiaries: 'Ghana, Togo', owned: false },
    { lead: 'France', beneficiaries: 'France, Senegal, Benin', owned: false },
    { lead: 'Expertise France', beneficiaries: 'Côte d’Ivoire, Guinée', language: 'fr', owned: false },
  ];
  for (const { lead, beneficiaries, language = 'en', owned } of cases) {
    it(`${owned ? 'finds' : 'does not find'} ownership with Lead "${lead}" and Beneficiaries "${beneficiaries}"`, () => {
      assert.equal(demandStatusWithFields(lead, beneficiaries, language) === 'addressed', owned);
    });
  }
});

describe('rounds 23 and 24, principle/demand-driven: the partner wrote, adopted, inventoried, chairs or owns the work in other words', () => {
  describe('the partner wrote the work into its own plan, or is its contracting authority', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The Senegalese government included this component in its national development plan for 2024-2028.' },
      { language: 'en', prose: "Senegal's digital agency is the contracting authority for every lot of the project." },
      { language: 'fr', prose: 'Le gouvernement sénégalais a inscrit ce volet dans sa stratégie nationale de cybersécurité.' },
      { language: 'fr', prose: "L'agence sénégalaise du numérique assure la maîtrise d'ouvrage du projet." },
    ]);
    expectFound('demand-driven', false, [
      // The donor's own plan or contracting; an act with no plan of the partner's.
      { language: 'en', prose: 'France included this course in its international digital strategy.' },
      { language: 'fr', prose: "La France a inscrit ce programme dans sa stratégie internationale pour le numérique." },
      { language: 'fr', prose: "Expertise France assure la maîtrise d'ouvrage du projet." },
      { language: 'en', prose: 'The Senegalese government included two officers in the delegation.' },
    ]);
  });
  describe('an inventory of needs or gaps, unless the donor compiled it', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The list of equipment follows the inventory of gaps that the national agency compiled with each ministry.' },
      { language: 'en', prose: 'Modules are taken from a stocktaking of needs held in every region in 2023.' },
      { language: 'fr', prose: "Les modules suivent l'inventaire des besoins que l'agence nationale a dressé avec chaque ministère." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The list of equipment follows the inventory of gaps that French experts compiled in 2023.' },
      { language: 'en', prose: 'The inventory of needs was compiled by French consultants.' },
      { language: 'fr', prose: "Les modules suivent l'inventaire des besoins que des experts français ont dressé en 2023." },
      // An inventory of things, not of needs.
      { language: 'en', prose: 'The agency keeps an inventory of the servers it runs.' },
    ]);
  });
  describe('written or adopted by the partners themselves, in one act or two', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: "The network's rules were drafted and adopted by the member agencies themselves in 2022." },
      { language: 'en', prose: 'The terms of reference were approved by the national teams themselves.' },
      { language: 'fr', prose: 'Le règlement du réseau a été rédigé et adopté par les équipes membres elles-mêmes.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The scenarios were drafted and adopted by the trainers themselves.' },
      { language: 'en', prose: 'The handbook was written by the French experts themselves.' },
      { language: 'fr', prose: 'Les cas ont été rédigés par les formateurs eux-mêmes.' },
    ]);
  });
  describe("a committee both sides' ministries chair", () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'Priorities are set by a joint committee co-chaired by the two ministries of justice.' },
      { language: 'en', prose: 'Both ministries chair the steering committee in turn each year.' },
      { language: 'fr', prose: 'Les priorités sont arrêtées par un comité mixte que président les deux ministères de la justice.' },
      { language: 'fr', prose: 'Un comité coprésidé par les deux gouvernements choisit les thèmes.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'Priorities are set by a committee chaired by the French embassy.' },
      { language: 'fr', prose: 'Les priorités sont arrêtées par un comité que président les deux ministères français des armées et de l’intérieur.' },
      { language: 'fr', prose: "Le comité, présidé par l'ambassade de France, se réunit deux fois par an." },
    ]);
  });
  describe('the work belongs to the members', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The secretariat only drafts: the work belongs to the members, who approve each chapter.' },
      { language: 'fr', prose: 'Le secrétariat rédige, mais le projet appartient aux membres.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The project belongs to the members of the French delegation.' },
      { language: 'en', prose: 'The laptops belong to the members.' },
      { language: 'fr', prose: "Le projet appartient aux membres de l'équipe française." },
    ]);
  });
});

describe("rounds 23 and 24, principle/demand-driven: a language's community (\"French-speaking\") is not the donor State", () => {
  expectFound('demand-driven', true, [
    { language: 'en', prose: 'At the request of the justice ministries of four French-speaking West African States, the course was held in Dakar.' },
    { language: 'en', prose: 'The seminar is held at the request of the Portuguese-speaking delegations to the OEWG.' },
  ]);
  expectFound('demand-driven', false, [
    // The donor's own body, named by its adjective, still asks for itself.
    { language: 'en', prose: 'At the request of the French ministry of justice, the course was held in Dakar.' },
    { language: 'en', prose: 'The seminar is held at the request of the French embassy in Dakar.' },
  ]);
});

/** The demand-driven status of an entry with these Lead and Beneficiaries fields and this prose, the wording alone. */
function demandStatusOfEntry(lead: string, beneficiaries: string, prose: string): string | undefined {
  const analysis = analyzeFixture(
    `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: en\n---\n\n# Programmes\n\n### Regional work\n\n- **Level:** regional\n- **Lead:** ${lead}\n- **Beneficiaries:** ${beneficiaries}\n- **Themes:** incident response\n- **Start:** 2023-01\n- **Status:** completed\n\n${prose}\n`,
    { ...defaultRuleOptions, principles: { secondReading: false } },
  );
  return documentChecklist(analysis)[0]?.items.find((item) => item.checkId === 'demand-driven')?.status;
}

describe('rounds 25 and 26, principle/demand-driven: the partner invited, approached, sits on the board or settles the work in other words', () => {
  describe('an invitation said by a possessive, like "at their request"', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'French experts ran the drill with the port authority and the response centre, at their invitation.' },
      { language: 'en', prose: 'The seminar was held in Dakar at its formal invitation.' },
      { language: 'fr', prose: "L'exercice a été conduit avec l'autorité portuaire, à son invitation." },
      { language: 'fr', prose: 'Le séminaire s’est tenu à Dakar sur leur invitation.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The experts travelled to Dakar at our invitation.' },
      { language: 'en', prose: 'Invitations were sent to the partner agencies.' },
      { language: 'fr', prose: 'Les experts se sont rendus à Dakar à notre invitation.' },
    ]);
  });
  describe('a body of the partner got in touch with the donor', () => {
    expectFound('demand-driven', true, [
      { language: 'fr', prose: "L'agence nationale de cybersécurité nous a approchés lors d'un salon régional." },
      { language: 'fr', prose: 'Le ministère sénégalais de la Justice nous avait contactés en 2022 pour monter ce cycle.' },
      { language: 'fr', prose: 'Les autorités sénégalaises se sont tournées vers nous après l’attaque.' },
      { language: 'en', prose: 'The Senegalese ministry of justice contacted us in 2022 about the course.' },
      { language: 'en', prose: 'The national response team reached out to us after the attack.' },
      { language: 'en', prose: 'The ministry came to us after the 2022 attack on its payment platform.' },
      { language: 'en', prose: "The project began after Senegal's cyber agency raised the need at a bilateral meeting." },
      { language: 'fr', prose: 'Le ministère de la Justice nous a saisis en 2022.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'fr', prose: "L'ambassade de France nous a contactés pour organiser la visite." },
      { language: 'fr', prose: "Des journalistes nous ont approchés pendant l'exercice." },
      { language: 'fr', prose: 'Les journalistes se sont tournés vers nous après l’attaque.' },
      { language: 'fr', prose: 'Nous avons approché le ministère sénégalais pour lui proposer un atelier.' },
      { language: 'en', prose: 'The French embassy contacted us about the visit.' },
      { language: 'en', prose: 'Reporters reached out to us during the exercise.' },
      { language: 'en', prose: 'We contacted the Senegalese ministry to offer a workshop.' },
      { language: 'en', prose: 'The French experts raised the need for a second module.' },
      { language: 'en', prose: 'The trainers came to us with a new scenario.' },
      { language: 'en', prose: 'We wrote to the ministry in 2022.' },
    ]);
  });
  describe("a board or committee made up of the partners' representatives", () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The steering board is made up of representatives of the partner ministries.' },
      { language: 'en', prose: "The centre's governing body is composed of the participating States' representatives." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The board is made up of French and European experts.' },
      { language: 'en', prose: 'The committee is composed of representatives of the donors.' },
      { language: 'en', prose: 'The committee is composed of the trainers and the embassy’s attaché.' },
    ]);
  });
  describe("the content settled with the partners' focal points, or a weak point they flagged", () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The syllabus of each edition is settled with the focal points of the beneficiary States.' },
      { language: 'en', prose: 'The agenda is worked out with the points of contact of the partner agencies.' },
      { language: 'en', prose: 'A module on backups was added after two of the partner agencies flagged them as their weakest point.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The syllabus is settled with the trainers of the French school.' },
      { language: 'en', prose: 'The schedule was settled with the hotel.' },
      { language: 'en', prose: 'The French trainers flagged remote access as the weakest point of the network.' },
    ]);
  });
  describe('what is taught or published is what the partner chooses (« les textes qu’elle choisit »)', () => {
    expectFound('demand-driven', true, [
      { language: 'fr', prose: "L'institut aide le Sénégal à publier en ligne les textes qu'elle choisit de rendre publics." },
      { language: 'fr', prose: "Les formateurs enseignent les modules que chaque pays retient pour l'année." },
      { language: 'fr', prose: 'Le cycle couvre les thèmes que le ministère a choisis.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'fr', prose: 'Les formateurs enseignent les modules que les formateurs choisissent.' },
      { language: 'fr', prose: 'Le portail publie les textes que la France choisit de rendre publics.' },
      { language: 'fr', prose: "Les modules qu'ils ont suivis sont validés." },
    ]);
  });
  describe('a phrase of the structural reader cut by a hard-wrapped line', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The course was put\nforward by the Senegalese ministry of justice in 2022.' },
      { language: 'en', prose: "Senegal's cyber agency drew\nup the syllabus." },
    ]);
    it('finds "put forward by the five governments" across a line break, with five beneficiary States', () => {
      const prose = 'The centre was put\nforward by the five governments at a ministerial meeting in 2024.';
      assert.equal(demandStatusOfEntry('France', 'Panama, Costa Rica, Guatemala, Honduras, El Salvador', prose), 'addressed');
    });
    it('does not find "put forward by French experts" across a line break', () => {
      const prose = 'The centre was put\nforward by French experts at a ministerial meeting in 2024.';
      assert.equal(demandStatusOfEntry('France', 'Panama, Costa Rica, Guatemala, Honduras, El Salvador', prose), 'not-addressed');
    });
  });
});

describe('rounds 25 and 26, principle/demand-driven: a participle after the noun, or an act someone else weighs, is not the partner acting', () => {
  describe('a past participle after the noun is a reduced relative or a passive', () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The review will go ahead once the team has access to every ministry selected.' },
      { language: 'en', prose: 'Each ministry selected for the pilot receives two laptops.' },
      { language: 'en', prose: 'The countries selected will host a workshop.' },
      { language: 'en', prose: 'The partners selected by the embassy attend the course.' },
      { language: 'en', prose: 'The ministries picked for the pilot receive two laptops.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The ministry selected three topics for the course.' },
      { language: 'en', prose: 'The partners selected the case studies.' },
      { language: 'en', prose: 'The ministry selects for each course the units that will attend.' },
      { language: 'en', prose: 'The national agency picks the trainees and the topics.' },
    ]);
  });
  describe('an indirect question that weighs the partner’s readiness', () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The agency assessed how ready Senegal was to set up a national response team.' },
      { language: 'en', prose: 'The review examined whether Senegal could set up a response team.' },
      { language: 'fr', prose: "L'Union a évalué dans quelle mesure le Sénégal pouvait désigner seul ses points de contact." },
      { language: 'fr', prose: "L'étude a vérifié si le Sénégal avait désigné ses points de contact." },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'Senegal set up a drafting committee for the strategy.' },
      { language: 'en', prose: 'The report explains how Senegal chose its priorities.' },
      { language: 'fr', prose: 'Le Sénégal a désigné ses points de contact en 2023.' },
    ]);
    it('does not find the act of four States that an assessment weighs', () => {
      const prose = 'The Union assessed how ready Papua New Guinea, Samoa, Tonga and Vanuatu were to set up national incident response teams.';
      assert.equal(demandStatusOfEntry('International Telecommunication Union', 'Papua New Guinea, Samoa, Tonga, Vanuatu', prose), 'not-addressed');
    });
    it('still finds two of the four States setting up their teams', () => {
      const prose = 'Samoa and Tonga set up their national incident response teams in 2018.';
      assert.equal(demandStatusOfEntry('International Telecommunication Union', 'Papua New Guinea, Samoa, Tonga, Vanuatu', prose), 'addressed');
    });
  });
});

describe('rounds 27 and 28, principle/demand-driven: the partner asked in a letter, through a named body or a saisine, or agreed the priorities', () => {
  describe("a body's short form in brackets between its name and its act (the structural reader)", () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The Senegalese Magistrates Training Centre (CFJ) requested a second series on electronic evidence.' },
      { language: 'en', prose: "Senegal's Agency for Information Technology and Communication Networks (ADIE) picked the two services to secure first." },
      { language: 'fr', prose: "L'Agence sénégalaise de l'informatique de l'État (ADIE) a choisi les deux téléservices à sécuriser." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: "France's National Cybersecurity Agency (ANSSI) picked the two services to secure first." },
      { language: 'en', prose: "The French Embassy's Cooperation Service (SCAC) chose the two pilot services." },
      { language: 'en', prose: 'The Senegalese Magistrates Training Centre (CFJ) was asked to host a second series.' },
    ]);
  });
  describe('a body of the partner wrote to the donor to ask', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The telecommunications regulator wrote to the embassy in March to request a short course on incident reporting.' },
      { language: 'en', prose: 'Two ministries wrote to the Agency last year seeking advice on a national response team.' },
      { language: 'fr', prose: "La direction de l'informatique a écrit à l'ambassade en 2022 pour solliciter une formation des administrateurs." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'We wrote to both ministries asking for the names of the trainees.' },
      { language: 'en', prose: 'The trainers wrote to the hotel in March to request a larger room.' },
      { language: 'en', prose: 'Trainees wrote to the organisers asking for the slides.' },
      { language: 'fr', prose: "Le ministère a écrit aux participants pour leur rappeler les dates de la session." },
    ]);
  });
  describe('« saisi » by a body of the partner, a date between', () => {
    expectFound('demand-driven', true, [
      { language: 'fr', prose: "Saisie le 3 mars 2023 par le ministère sénégalais de l'économie, l'équipe a audité les serveurs." },
      { language: 'fr', prose: "Saisie en 2022 par l'équipe nationale de réponse aux incidents, la France a dépêché deux experts." },
      { language: 'fr', prose: 'Saisi dès janvier 2023 par le CERT national, le centre a envoyé un analyste.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'fr', prose: "Les disques saisis le 3 mars 2023 par l'équipe d'enquête ont été copiés." },
      { language: 'fr', prose: 'Les téléphones saisis en 2022 par la gendarmerie ont servi aux travaux pratiques.' },
    ]);
  });
  describe('priorities or needs a body of the partners agreed on', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The modules follow the priorities that the heads of the partner agencies agreed at their spring meeting.' },
      { language: 'en', prose: 'Topics come from the needs the national regulators ranked highest in 2022.' },
      { language: 'fr', prose: 'Les modules suivent les priorités que les directeurs des agences partenaires ont arrêtées au printemps.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The modules follow the priorities that the trainers agreed at their spring meeting.' },
      { language: 'en', prose: 'The modules follow the priorities agreed at the kick-off.' },
      { language: 'fr', prose: 'Les modules suivent les priorités que les formateurs ont retenues.' },
    ]);
  });
});

describe('rounds 27 and 28, principle/demand-driven: market demand, and leading a session, are not the partner asking or owning', () => {
  describe('demand said as a trend is the market’s', () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The dialogue responds to rising demand for cloud services among small firms.' },
      { language: 'en', prose: 'Responding to the growing consumer demand for mobile payments, the course covers fraud.' },
      { language: 'fr', prose: 'Le séminaire répond à la demande croissante de services de paiement mobile.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The course responds to the growing demand from the partner ministries for forensic training.' },
      { language: 'en', prose: 'The course responds to the demand of the ministry.' },
      { language: 'fr', prose: 'Le cycle répond à une demande accrue des ministères sénégalais.' },
    ]);
  });
  describe("the partner's officers lead a part of the event (the structural reader)", () => {
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'Analysts from the Senegalese police led the hands-on sessions on the second day.' },
      { language: 'en', prose: 'Two Senegalese prosecutors ran the closing panel.' },
      { language: 'fr', prose: 'Des officiers sénégalais ont dirigé les séances pratiques.' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The Senegalese police led the exercise from start to finish.' },
      { language: 'fr', prose: 'Le ministère sénégalais a dirigé le programme.' },
    ]);
  });
});
