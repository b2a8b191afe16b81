/**
 * Round 18's classes for `principle/demand-driven`, sentence by sentence, in the small entry of
 * test/support/principleWording.ts (Lead France, Beneficiaries Senegal): the work said to come from
 * the partner or to be its own, content built from what the partner brought, a partner body that
 * settles or writes the work after a time, puts a need first, or alone decides; and their look-alikes.
 * Then a class found in the sources (the Secretariat's report): support for those who ask for it.
 */
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
