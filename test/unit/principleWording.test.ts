/**
 * The kinds of wording the principle checks recognise, one sentence at a time, in sentences of
 * their own (not the corpus's): a condition put in front of the support without the word
 * "condition", ownership shown by who asked or who runs the work, a next round or a work kept
 * alive, a purpose said another way; and the look-alikes a careful reviewer does not count.
 * Each sentence goes into the same small programme entry, so only the sentence decides.
 */
import type { ChecklistStatus } from '../../server/src/core/principles/checklist';
import { type Case, expectApplicability, expectFound } from '../support/principleWording';

describe('principle wording, sentence by sentence', () => {
  describe('conditions attached to the support, without the word "condition"', () => {
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'The equipment grant will be disbursed once the ministry has signed the data-sharing memorandum.' },
      { language: 'en', prose: 'The second tranche begins only after Parliament has ratified the Budapest Convention.' },
      { language: 'en', prose: 'Scholarships are offered only to agencies that have already adopted the national incident taxonomy.' },
      { language: 'en', prose: 'Every request must be matched by a contribution from the requesting government.' },
      { language: 'en', prose: 'The programme requires the beneficiary to adopt a cybercrime law within a year.' },
      { language: 'fr', prose: "La seconde tranche ne sera versée qu'après l'adoption de la stratégie nationale par le gouvernement." },
      { language: 'fr', prose: 'Le financement du second volet suppose que le ministère ait signé la convention.' },
      { language: 'fr', prose: "Les équipements sont fournis moyennant la signature d'un accord d'exclusivité." },
      { language: 'fr', prose: "L'accès à la plateforme est réservé aux agences qui ont préalablement adhéré à la charte." },
      { language: 'fr', prose: "L'appui est accordé à charge pour l'État de désigner un point de contact." },
      { language: 'fr', prose: 'Chaque État bénéficiaire devra au préalable adopter une loi sur la cybercriminalité.' },
      // The usual words, with a partner named in full or any body as the subject.
      { language: 'en', prose: "Technical assistance is offered subject to Ruritania's accession to the Convention on Cybercrime." },
      { language: 'en', prose: 'The secondment is offered provided that the oversight board opens its case files to the expert.' },
      { language: 'fr', prose: "L'appui est accordé sous réserve de l'adhésion du pays à la Convention de Budapest." },
      // The act named as a noun, or support kept for those who acted.
      { language: 'en', prose: 'The servers and the analyst placements will follow the publication of the decree.' },
      { language: 'en', prose: 'Only ministries that have designated a contact point may nominate officials.' },
      { language: 'fr', prose: "La seconde tranche ne sera versée qu'aux États ayant publié leur stratégie." },
      { language: 'fr', prose: 'Seuls les ministères qui ont désigné un point de contact peuvent présenter des candidats.' },
      { language: 'fr', prose: "Le second volet est réservé aux pays ayant déposé leur instrument d'adhésion." },
      { language: 'fr', prose: "L'équipement suivra la publication du décret portant création de l'équipe." },
      // A phrase cut by the line break of a hard-wrapped paragraph.
      { language: 'fr', prose: "Les équipements n'interviendront\n    qu'après que le ministère aura nommé le chef d'équipe." },
    ]);
    // Eligibility of people, a plain sequence of events, or an act nobody is asked to perform.
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'Applicants are admitted on condition that they hold a degree in computing.' },
      { language: 'en', prose: 'Once the strategy had been adopted, the team helped the ministry draft its action plan.' },
      { language: 'en', prose: 'The course starts once all participants have registered online.' },
      { language: 'en', prose: 'The course starts once the participants have signed the code of conduct.' },
      { language: 'en', prose: 'Each course must be preceded by a needs assessment.' },
      { language: 'fr', prose: "Les victimes peuvent suivre leur dossier en ligne, à condition de disposer d'un compte." },
      { language: 'fr', prose: "La formation ne commencera qu'une fois les salles équipées." },
      { language: 'fr', prose: 'Les participants doivent signer une charte de confidentialité.' },
      { language: 'fr', prose: "L'inscription suppose que les stagiaires aient signé la charte." },
      { language: 'fr', prose: "Toute équipe peut rejoindre le réseau sans condition d'adhésion préalable." },
      // The donor's own means, not the partner's act.
      { language: 'en', prose: 'The workshop will be repeated provided that funding allows.' },
      { language: 'en', prose: 'Subject to the availability of funds, a second course may follow.' },
      { language: 'fr', prose: 'Sous réserve de la disponibilité des crédits, un second atelier suivra.' },
      { language: 'en', prose: 'Only participants who have signed the code of conduct receive the certificate.' },
      { language: 'fr', prose: 'Seuls les stagiaires qui ont signé la charte reçoivent le certificat.' },
    ]);
  });

  describe('ownership shown by who asked, who designed, who runs the work', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The two agencies drew up the curriculum together.' },
      { language: 'en', prose: "The ombudsman's office asked for help with its incident procedures." },
      { language: 'en', prose: 'Municipalities apply with proposals of their own.' },
      { language: 'en', prose: 'The regulators run the forum themselves.' },
      { language: 'en', prose: "The handbook was designed with the country's data protection authority." },
      { language: 'fr', prose: 'Le ministère a lui-même demandé cet appui.' },
      { language: 'fr', prose: 'Les agences définissent elles-mêmes le programme de travail.' },
      { language: 'fr', prose: 'Le plan a été élaboré ensemble par les deux agences.' },
      // A body of the partner named in full asks or invites; its needs are asked about.
      { language: 'en', prose: 'The Office of the Attorney General of Ruritania requested assistance with its rules of evidence.' },
      { language: 'en', prose: 'The Ministry of Digital Affairs and Innovation asked the agency for help in setting up a team.' },
      { language: 'en', prose: 'The review was held at the invitation of the Prime Minister.' },
      { language: 'en', prose: 'A questionnaire asked each agency about its needs before the agenda was set.' },
      { language: 'en', prose: 'The guidelines were drafted with each national authority.' },
      { language: 'fr', prose: "L'atelier s'est tenu à l'invitation du gouvernement." },
      { language: 'fr', prose: "Le ministère a fait appel à l'agence pour réviser sa stratégie." },
      { language: 'fr', prose: 'Un questionnaire a recensé leurs besoins avant chaque session.' },
      { language: 'fr', prose: 'Les lignes directrices ont été rédigées avec chaque ministère.' },
      { language: 'en', prose: 'The twinning responds to a formal request from the regulator.' },
      { language: 'en', prose: 'The course was designed with the heads of the national cybercrime units.' },
      { language: 'en', prose: 'The unit chiefs named evidence handling as their most pressing gap.' },
      { language: 'fr', prose: 'Chaque ministère a arrêté lui-même la liste des textes à réviser.' },
      { language: 'fr', prose: "Le projet suit l'ordre de ses priorités." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The handbook was designed with the support of the European Union.' },
      { language: 'en', prose: 'The handbook was designed with a modular structure in mind.' },
      { language: 'fr', prose: 'La France a demandé aux participants de remplir un questionnaire.' },
      { language: 'en', prose: 'France requested a progress report from its embassy.' },
      { language: 'en', prose: 'The handbook was written with great care.' },
    ]);
  });

  describe('a next round, or work kept alive after the activity', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'A second edition is planned for 2025.' },
      { language: 'en', prose: 'The guide is kept up to date by the regional centre.' },
      { language: 'en', prose: 'The national university has since run the course on its own.' },
      { language: 'fr', prose: 'Une nouvelle promotion est prévue en 2025.' },
      { language: 'fr', prose: "La base est tenue à jour par l'agence." },
      { language: 'fr', prose: "L'université anime depuis le réseau des participants." },
      // Those trained teach in turn; the partner's institution keeps it as ordinary work.
      { language: 'en', prose: "Two officers per country then follow an instructors' module." },
      { language: 'en', prose: 'The graduates go on to teach their colleagues in the provinces.' },
      { language: 'en', prose: 'The register is maintained by the national agency as part of its regular work.' },
      { language: 'en', prose: 'Since March 2022 the register has been open to every agency.' },
      { language: 'fr', prose: 'Les participants deviendront formateurs dans leurs administrations.' },
      { language: 'fr', prose: 'La formation sera ensuite démultipliée dans chaque région.' },
      { language: 'fr', prose: 'Depuis mars 2022, le registre est ouvert à toutes les agences.' },
      { language: 'fr', prose: 'La base est régulièrement mise à jour par le centre.' },
    ]);
    expectFound('sustainable', false, [
      { language: 'en', prose: 'The scenario showed how attackers take over the control systems of a plant.' },
      { language: 'fr', prose: "L'atelier s'inscrit dans le prolongement des travaux de l'ONU." },
      // A permanent thing the work is about, not a structure that stays.
      { language: 'en', prose: 'The simulation prepared delegates for talks on the future permanent mechanism.' },
      { language: 'fr', prose: 'La simulation a préparé les délégués aux négociations sur le futur mécanisme permanent.' },
      // Software updates as a topic, not work kept up to date.
      { language: 'fr', prose: 'Les sessions ont traité des mises à jour des serveurs.' },
    ]);
  });

  describe('a purpose said another way', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'Experts met in Dakar with a view to harmonising incident taxonomies.' },
      { language: 'en', prose: "The survey's findings will inform the next national strategy." },
      { language: 'fr', prose: "Des experts ont formé l'équipe pour que l'agence puisse traiter seule ses incidents." },
      { language: 'fr', prose: "Un atelier s'est tenu à Dakar en vue d'harmoniser les taxonomies d'incidents." },
      { language: 'en', prose: 'The aim is that every agency holds a tested plan by 2026.' },
      { language: 'fr', prose: "L'exercice a\n    pour objet d'éprouver les circuits d'alerte." },
      { language: 'fr', prose: "L'ambition est de doter chaque agence d'un plan testé." },
    ]);
    expectFound('results-focused', false, [
      { language: 'en', prose: 'The course covered ICT-enabled fraud against banks.' },
      { language: 'fr', prose: 'Le cours a porté sur la fraude bancaire.' },
    ]);
  });

  describe('what the work left behind', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: "The review's final report set out twelve priority actions." },
      { language: 'en', prose: 'Several of its measures were carried into the national strategy.' },
      { language: 'en', prose: 'Three governments drew on the workshop to revise their laws.' },
      { language: 'fr', prose: 'Le rapport final formule douze recommandations.' },
      { language: 'fr', prose: 'Plusieurs mesures ont été reprises dans la stratégie nationale.' },
    ]);
  });

  describe('women named by their role', () => {
    expectFound('gender', true, [
      { language: 'fr', prose: "L'équipe de recherche est composée à majorité de chercheuses." },
      { language: 'en', prose: 'The panel was led by two chairwomen of national regulators.' },
    ]);
    // Feminine adjectives agree with any feminine noun.
    expectFound('gender', false, [
      { language: 'fr', prose: 'Le retour d’expérience est remis aux équipes participantes.' },
      { language: 'fr', prose: 'Les unités policières suivent les lignes directrices du ministère.' },
    ]);
  });

  describe('safeguards for law-enforcement work', () => {
    expectFound('human-rights', false, [{ language: 'en', prose: 'Investigators learn to trace payments made in privacy coins.' }]);
    expectFound('human-rights', true, [
      { language: 'en', prose: 'Investigators learn to trace payments with due regard for privacy.' },
      { language: 'en', prose: 'Investigators follow modules on fair-trial guarantees.' },
      { language: 'en', prose: 'Investigators study the protection of personal data.' },
    ]);
    // Gathering traffic or logs is work the check applies to; a ministry's name is not police work.
    const applicability: readonly (Case & { readonly status: ChecklistStatus })[] = [
      { language: 'en', prose: 'Sensors captured all traffic and the authentication logs of the workstations.', status: 'not-addressed' },
      { language: 'fr', prose: 'La plateforme collecte en continu les journaux de connexion des hôpitaux.', status: 'not-addressed' },
      { language: 'en', prose: 'The Ministry of Justice and Police appoints the staff of the new CSIRT.', status: 'not-applicable' },
      { language: 'en', prose: 'The police academy trains the staff of the new unit.', status: 'not-addressed' },
    ];
    expectApplicability(applicability);
  });

  describe('the partners decide, chair, write or ask in their own words', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The justice ministries of Fiji, Samoa and Tonga asked for a study of their evidence rules.' },
      { language: 'en', prose: 'The review follows the gap analysis that the regulator ran on its own supervision work.' },
      { language: 'en', prose: 'The forum was created by decision of the member States and has a rotating chair.' },
      { language: 'en', prose: 'The exercise scenarios were drafted by national engineers.' },
      { language: 'fr', prose: 'Le comité a été institué par décision des États membres, qui en assurent la présidence à tour de rôle.' },
      { language: 'fr', prose: "Les fiches ont été rédigées par les analystes de l'équipe nationale." },
      { language: 'fr', prose: "Depuis 2024, la direction des examens en assure seule l'organisation." },
      { language: 'fr', prose: "Le projet part d'une analyse des écarts menée par le régulateur." },
    ]);
    expectFound('demand-driven', false, [
      // The donor asked, or the donor's people wrote it.
      { language: 'en', prose: 'France asked its embassy for a short study of the sector.' },
      { language: 'en', prose: 'The exercise scenarios were drafted by French engineers.' },
      { language: 'fr', prose: 'Les fiches ont été rédigées par des experts français.' },
      { language: 'fr', prose: 'La France assure seule le financement du projet.' },
    ]);
  });

  describe('support that waits on a partner act, in more words', () => {
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'Officers move on to the advanced course once their government has published its cyber strategy.' },
      { language: 'fr', prose: "La seconde phase ne sera engagée qu'après la publication du décret par le gouvernement." },
      { language: 'fr', prose: "Le volet hébergement ne sera financé qu'une fois la norme rendue obligatoire par décret." },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'Trainees move on to the advanced course once they have passed the first test.' },
      { language: 'fr', prose: "La seconde phase n'a commencé qu'après la saison des pluies." },
    ]);
  });

  describe('a purpose or a measured change, in more words', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'The fellowship seeks to give each ministry two legal advisers.' },
      { language: 'en', prose: "Each fellow's progress is assessed at the end of the year." },
      { language: 'en', prose: 'The time to notify an incident fell from six hours to two.' },
      { language: 'fr', prose: "Il s'agissait d'éprouver les circuits d'alerte entre les équipes." },
      { language: 'fr', prose: 'Ces exercices visaient à fiabiliser la remontée des alertes.' },
      { language: 'fr', prose: 'Le délai de traitement est passé de quatre mois à six semaines.' },
    ]);
    expectFound('results-focused', false, [
      { language: 'fr', prose: "Il s'agit d'un atelier de deux jours tenu à Dakar." },
      { language: 'en', prose: 'The delegates went from Dakar to Abidjan by road.' },
    ]);
  });

  describe("work carried into the partner's own training", () => {
    expectFound('sustainable', true, [
      { language: 'fr', prose: "L'école de police intégrera un module de premiers constats dans la formation initiale des agents." },
      { language: 'fr', prose: 'Les analystes formés encadrent désormais les nouveaux arrivants.' },
      { language: 'en', prose: 'The academy has built the module into the initial training of its officers.' },
      { language: 'en', prose: 'The analysts trained now coach new recruits.' },
    ]);
    expectFound('sustainable', false, [
      { language: 'fr', prose: "Le module a été présenté aux agents lors d'une journée à Libreville." },
      { language: 'en', prose: 'The analysts met the new minister in Lusaka.' },
    ]);
  });

  describe('round 7: proposals, turns, plans the partners adopted; support held back; watching people online', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The course grew out of a proposal made by the Ghanaian and Nigerian cybersecurity agencies.' },
      { language: 'en', prose: 'A planning cell chaired in turn by each agency writes the scenario.' },
      { language: 'en', prose: 'The annual work plan is approved by their chief information officers.' },
      { language: 'en', prose: 'The service carries out the strategy that the three governments adopted in 2021.' },
      { language: 'en', prose: 'The syllabus was written by the national prosecution services.' },
      { language: 'en', prose: 'The ministry co-chairs the project steering group.' },
      { language: 'fr', prose: 'En réponse à une demande du ministère de la Justice, deux experts sont mis à disposition.' },
      { language: 'fr', prose: 'Le programme de travail est arrêté par un comité où siègent les équipes nationales.' },
      { language: 'fr', prose: 'Les équipes proposent elles-mêmes les scénarios.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: 'The course follows a proposal made by the French embassy.' },
      { language: 'en', prose: 'The plan that France presented was discussed in Paris.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'The servers will be shipped once the ministry has adopted the security baseline.' },
      { language: 'en', prose: 'The kits will not be installed or handed over until the decree has been published.' },
      { language: 'en', prose: 'The second phase will not begin before the regulation has been published.' },
      { language: 'fr', prose: "Les crédits ne seront engagés pour chaque État qu'après l'adoption de sa feuille de route." },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'The servers will be shipped once customs have cleared them.' },
      { language: 'en', prose: 'The second phase will not begin before the rainy season ends.' },
    ]);
    expectFound('results-focused', true, [{ language: 'fr', prose: 'Ce dispositif doit permettre de détecter plus tôt les intrusions.' }]);
    // An act awaited is not a result achieved.
    expectFound('results-focused', false, [{ language: 'en', prose: 'The second phase will not begin before the decree has been published.' }]);
    expectFound('sustainable', true, [{ language: 'fr', prose: 'Un suivi des participants est assuré par le centre.' }]);
    // Tracking payments is the work's subject, not its follow-up.
    expectFound('sustainable', false, [{ language: 'fr', prose: 'Les enquêteurs ont travaillé sur le suivi des paiements de rançon.' }]);
    const applicability: readonly (Case & { readonly status: ChecklistStatus })[] = [
      { language: 'en', prose: 'An activity-logging service records the sites visited from every school account.', status: 'not-addressed' },
      { language: 'fr', prose: "Les sondes capturent l'intégralité du trafic aux points d'interconnexion.", status: 'not-addressed' },
      { language: 'en', prose: 'The service blocks advertising on the school network.', status: 'not-applicable' },
    ];
    expectApplicability(applicability);
  });

  describe('round 8: needs surveys, turns, plans adopted by the partners, bodies of the partner that choose; support kept until an act; safeguards in other words', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The modules follow the threats ranked highest in the regional needs survey.' },
      { language: 'en', prose: 'The ministries chair the steering group in turn.' },
      { language: 'en', prose: 'The course was put together with a group of the partner ministries.' },
      { language: 'en', prose: 'It was built with the training academies of the beneficiaries, which chose the case studies.' },
      { language: 'en', prose: 'The programme follows the roadmap adopted in 2022 by the council of ministers.' },
      { language: 'fr', prose: "Les scénarios sont écrits à Djibouti par l'équipe nationale de réponse aux incidents." },
      { language: 'fr', prose: "Les séances sont organisées avec l'inspection régionale de l'éducation, qui choisit chaque année les collèges." },
      { language: 'fr', prose: "À partir de 2025, l'équipe conduira seule la préparation." },
      { language: 'fr', prose: 'Le programme découle de la feuille de route adoptée en 2022 par le conseil des ministres.' },
      { language: 'fr', prose: "Le ministère a fait de leur protection une priorité avant de solliciter un appui." },
    ]);
    expectFound('demand-driven', false, [
      { language: 'fr', prose: 'Les lauréats sont retenus par un jury du ministère, qui fixe aussi le thème.' },
      { language: 'en', prose: 'The fellows are picked by a panel of the French ministry, which sets the topic.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'The equipment will stay in Lisbon until the National Assembly has passed the bill.' },
      { language: 'en', prose: 'The second module is offered to a ministry only once its government has published a national position.' },
      { language: 'fr', prose: "Les crédits restent en réserve jusqu'à ce que le Gouvernement ait publié le décret." },
      { language: 'fr', prose: "Chaque État bénéficiaire adopte au préalable le texte créant son équipe." },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'The equipment will stay in Lisbon until the shipping season opens.' },
      { language: 'fr', prose: "Les formations continuent jusqu'à ce que la saison des pluies commence." },
    ]);
    expectFound('human-rights', true, [
      { language: 'en', prose: "Investigators study the rights of the person whose devices are searched and the prosecutor's role in authorising seizures." },
      { language: 'fr', prose: "Les enquêteurs apprennent que chaque saisie suppose l'autorisation préalable du juge." },
    ]);
    expectFound('results-focused', true, [{ language: 'en', prose: 'The team is expected to handle its first incidents in 2024.' }]);
  });

  describe('round 9: own assessments, agendas agreed by both sides; support held back, or paid only if; targets are not purposes', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The commission drew up its own capacity assessment and sent it to the embassy.' },
      { language: 'en', prose: 'The agenda is set by mutual agreement.' },
      { language: 'en', prose: 'The ministry co-chaired the closing session.' },
      { language: 'fr', prose: "L'ordre du jour est arrêté d'un commun accord par les deux délégations." },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'Funding for the second year is being held back until Parliament has passed the draft law.' },
      { language: 'fr', prose: "La seconde composante ne sera financée que si l'autorité de supervision a publié un référentiel." },
      { language: 'fr', prose: "La seconde tranche n'ira qu'aux équipes dont le gouvernement aura adhéré à l'Appel de Paris." },
      { language: 'fr', prose: "La seconde tranche sera débloquée une fois que le décret portant création de l'agence aura été publié." },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'The shipment is being held back until the port reopens.' },
      { language: 'fr', prose: "La seconde tranche sera débloquée une fois que l'audit aura été terminé." },
    ]);
    expectFound('results-focused', false, [{ language: 'en', prose: 'The day covered phishing messages aimed at pupils and parents.' }]);
    expectFound('results-focused', true, [{ language: 'en', prose: 'The day was aimed at helping teachers spot phishing.' }]);
  });

  describe('round 10: needs the partners report; conditions read from the sentence; inclusion of people with disabilities; network flows; the results of a vote', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The board revises the syllabus from the needs that partner administrations report when they apply.' },
      { language: 'fr', prose: 'Le conseil revoit le programme à partir des besoins que les administrations partenaires signalent.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'The agency will release the funds for that phase once the Government has adopted the decree.' },
      { language: 'en', prose: 'Assistance for the next phase was offered subject to each Government designating a host institution.' },
      { language: 'en', prose: 'The kits will be handed over in the month after the Assembly passes the draft law and it is published.' },
      { language: 'fr', prose: 'Les crédits ne seront débloqués qu’au vu du texte promulgué par les autorités.' },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'The second phase started in 2022, after the Government adopted its strategy.' },
      { language: 'fr', prose: 'Le lieu et les dates sont communiqués sous réserve de confirmation par le pays hôte.' },
    ]);
    expectFound('gender', true, [
      { language: 'fr', prose: 'Les supports existent en version adaptée aux élèves en situation de handicap.' },
      { language: 'en', prose: 'The materials come in versions for pupils with disabilities.' },
    ]);
    expectApplicability([
      { language: 'fr', prose: 'Les sondes collectent en continu les flux réseau des opérateurs.', status: 'not-addressed' },
      { language: 'en', prose: 'The probes collect the network flows of the operators.', status: 'not-addressed' },
      { language: 'en', prose: 'The probes raise an alert on unusual network flows.', status: 'not-applicable' },
    ]);
    expectFound('results-focused', false, [
      { language: 'en', prose: 'The sessions covered the security of the results transmission system.' },
      { language: 'en', prose: 'They discussed how election results are published.' },
      { language: 'fr', prose: 'Les échanges ont porté sur la chaîne de transmission des résultats provisoires.' },
    ]);
    expectFound('results-focused', true, [
      { language: 'en', prose: 'The results of the course are assessed by an external evaluator.' },
      { language: 'fr', prose: 'Les résultats de la formation sont mesurés six mois plus tard.' },
    ]);
  });

  describe('round 11: requests by members, universities; support kept for bodies whose State acted, or on an understanding; own staff; surveillance that is supervision; women counted', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: "In 2022 the member utilities asked the Pool's secretariat for a trusted channel." },
      { language: 'en', prose: 'The University suggested the event and selected the four themes.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'Seats were offered only to forces whose governments had already designated a point of contact.' },
      { language: 'en', prose: 'France financed the workshop on the understanding that the Government would align its draft law.' },
      { language: 'fr', prose: 'Le fonds ne financera l’exploitation de la cellule au-delà de 2025 que si la Banque centrale y affecte huit analystes.' },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'Seats were offered to forces whose officers had attended the first course.' },
      { language: 'fr', prose: 'La cellule ne sera ouverte que si les analystes recrutés ont suivi la formation.' },
    ]);
    expectApplicability([
      { language: 'en', prose: 'Records of connections and workstation activity were forwarded to a monitoring cell.', status: 'not-addressed' },
      { language: 'fr', prose: 'Le programme appuie la rédaction d’une doctrine commune de surveillance des systèmes de paiement.', status: 'not-applicable' },
      { language: 'fr', prose: 'Le programme appuie la surveillance des réseaux sociaux par la police.', status: 'not-addressed' },
    ]);
    expectFound('gender', true, [{ language: 'fr', prose: 'Au total, 312 dirigeants et employés y ont assisté, dont 139 commerçantes et artisanes.' }]);
    expectFound('gender', false, [{ language: 'fr', prose: 'Les 10 premières sessions ont réuni 312 dirigeants.' }]);
  });

  describe('round 12: work shaped by a body of the partners, skills they lack; support that stays until an act; safeguards in plain words; logs gathered, said in the passive', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The scenario for each edition is drafted by a planning cell made up of the participating CERTs.' },
      { language: 'en', prose: "The members write the year's scenarios together at their January meeting." },
      { language: 'en', prose: 'Partner services tell the school each year which skills they lack.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'en', prose: "Fourteen delegates played the roles of regional groups and drafted a short chair's summary together." },
      { language: 'en', prose: 'The scenario is drafted by a planning cell of French experts.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: "The equipment stays in UNODC's custody until the Ministry of Justice issues the implementing decree." },
      { language: 'en', prose: 'The phase 2 funds stay with the EU delegation until the Council of Ministers approves the decree.' },
      { language: 'fr', prose: 'Le financement de la seconde année ne sera débloqué qu’au bénéfice des ministères ayant désigné un point de contact.' },
      { language: 'fr', prose: 'La seconde tranche ne sera versée qu’une fois le module inscrit au programme officiel par le ministère.' },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'The trainers stay in Dakar until the course ends.' },
      { language: 'fr', prose: 'Les supports ne seront distribués qu’aux participants inscrits.' },
    ]);
    expectApplicability([
      { language: 'fr', prose: 'Une interception est autorisée par un juge pour une durée limitée.', status: 'addressed' },
      { language: 'en', prose: 'An interception is used only when no less intrusive measure will do.', status: 'addressed' },
      { language: 'fr', prose: 'Les journaux de connexion des postes de travail, des serveurs et de la messagerie sont centralisés en continu.', status: 'not-addressed' },
      { language: 'fr', prose: 'Les journaux seront centralisés par l’équipe d’animation de l’exercice.', status: 'not-applicable' },
    ]);
  });

  describe('round 13: work built around what the partners send, requests said as nouns, authors stressed; support kept as long as the partner pays its share; targets against today; partner instructors to come; DNS lookups collected', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'Before each session, participating ministries send a short note on the issues they want covered, and the programme is built around those notes.' },
      { language: 'fr', prose: 'Faisant suite à une demande adressée en 2022 par le ministère, Expertise France accompagne le CSIRT.' },
      { language: 'fr', prose: 'La Banque centrale a elle-même rédigé les termes de référence.' },
      { language: 'fr', prose: 'Le ministère l’a inscrit parmi les priorités de son plan national de transformation numérique.' },
      { language: 'fr', prose: 'Le scénario est rédigé conjointement avec les points de contact des équipes nationales.' },
    ]);
    expectFound('demand-driven', false, [
      // The donor commissioned the test: "it", in a clause of its own, after the country's name.
      { language: 'en', prose: 'The team identified the work during its review of the country portfolio, after a penetration test it had commissioned.' },
      { language: 'fr', prose: 'Conçu par Expertise France avec l’Agence nationale de la sécurité des systèmes d’information, ce séminaire a présenté les pratiques européennes.' },
      { language: 'en', prose: 'The programme is built around three modules.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'fr', prose: 'La contribution française reste affectée à ce volet tant que le Gouvernement inscrit chaque année à son budget la contrepartie.' },
      { language: 'fr', prose: 'Le matériel ne sera livré qu’une fois les locaux mis à disposition et les huit postes d’analystes pourvus sur le budget de l’État.' },
      { language: 'en', prose: 'The grant remains available as long as the Government budgets its share each year.' },
      { language: 'en', prose: 'The servers will be shipped once the ministry has filled the eight analyst posts.' },
    ]);
    expectFound('without-conditions', false, [
      { language: 'fr', prose: 'La contribution reste affectée à ce volet en tant que contrepartie du Gouvernement.' },
      { language: 'en', prose: 'The experts will stay as long as the course lasts.' },
      { language: 'en', prose: 'The servers were shipped after the trainers had filled in the forms.' },
    ]);
    expectFound('sustainable', true, [
      { language: 'en', prose: 'From 2025 the courses will be given by instructors of the national police school.' },
      { language: 'fr', prose: 'À partir de 2025, les modules seront dispensés par les formateurs de l’école nationale de police.' },
    ]);
    expectFound('sustainable', false, [
      { language: 'fr', prose: 'Atelier animé à N’Djamena par deux formateurs de la gendarmerie nationale française.' },
      { language: 'en', prose: 'The campaign reaches the teachers of the partner’s secondary schools.' },
    ]);
    expectFound('results-focused', true, [
      { language: 'fr', prose: 'Le CERT devrait compter 40 opérateurs raccordés à son service d’alerte, contre 12 aujourd’hui.' },
      { language: 'en', prose: 'The platform should process a seized device within 30 days, against six months today.' },
    ]);
    expectFound('results-focused', false, [
      { language: 'en', prose: 'The unit works against cybercrime today as it did before.' },
      { language: 'fr', prose: 'Les relevés ont été effacés à la clôture de la mission.' },
    ]);
    expectApplicability([
      { language: 'en', prose: 'The sensors capture connection records and domain-name lookups from every workstation.', status: 'not-addressed' },
      { language: 'fr', prose: 'Les sondes enregistrent les requêtes DNS de chaque poste.', status: 'not-addressed' },
      { language: 'en', prose: 'The sensors capture connection records; access is limited by data protection rules.', status: 'addressed' },
    ]);
  });
  describe('round 14: partners that name their priority or whose school picks the modules, requests as nouns, institutions that now teach alone; support reserved for those that already acted, or suspended until an act; a judge’s authorisation is no condition; safeguards in plain words', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'At the 2021 consultations, the ministries of the region named data protection as their most pressing need.' },
      { language: 'en', prose: 'Trainers from both countries teach the modules the academy selects each spring.' },
      { language: 'en', prose: 'Since 2024 the national school runs the course on its own.' },
      { language: 'fr', prose: 'Le projet est né d’une demande de la Cour suprême.' },
      { language: 'fr', prose: 'Saisie par le ministère de la justice, l’agence a révisé le code pénal.' },
      { language: 'fr', prose: 'Le ministère en a arrêté les axes de travail avec l’université.' },
      { language: 'fr', prose: 'Depuis 2024, l’École nationale d’administration dispense seule le module.' },
    ]);
    expectFound('demand-driven', false, [
      // « internationale » holds the letters of « nationale »: the French ministry's own directorate designed it.
      { language: 'fr', prose: 'Conçu par la direction de la coopération internationale du ministère français, le module a été proposé aux services partenaires.' },
      { language: 'en', prose: 'France identified cybercrime as a priority of its cooperation in the region.' },
      { language: 'en', prose: 'The trainers teach the modules in French.' },
      { language: 'fr', prose: 'Le matériel saisi par la police a été analysé.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'The advanced course is reserved for countries that have already adopted a cybercrime law.' },
      { language: 'en', prose: 'Equipment is offered only to agencies whose government has first endorsed the regional strategy.' },
      { language: 'en', prose: 'The second shipment will go ahead only once the ministry has written the module into the curriculum.' },
      { language: 'en', prose: 'Places are granted subject to the sending unit having designated a contact point.' },
      { language: 'fr', prose: 'Le versement de la seconde tranche reste suspendu à la ratification de la convention par le Parlement.' },
      { language: 'fr', prose: 'Les licences sont fournies aux seuls ministères dont la réglementation prévoit déjà un référent sécurité.' },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'The advanced module is reserved for trainees who have already passed the basic course.' },
      { language: 'en', prose: 'Any search of a seized phone is subject to a judge’s written authorisation.' },
      { language: 'fr', prose: 'Toute interception reste subordonnée à l’autorisation écrite du juge.' },
      { language: 'fr', prose: 'La formation est réservée aux seuls stagiaires qui ont déjà suivi le module de base.' },
      { language: 'fr', prose: 'La visite reste suspendue à cause des intempéries.' },
    ]);
    expectApplicability([
      { language: 'en', prose: 'The unit examines seized phones for cybercrime cases; every report can be challenged by the defence.', status: 'addressed' },
      { language: 'en', prose: 'Investigators examine seized laptops, and data unrelated to the investigation is deleted after the trial.', status: 'addressed' },
      { language: 'en', prose: 'The cybercrime unit monitors fraud forums; collection is limited to publicly available posts.', status: 'addressed' },
      { language: 'en', prose: 'Investigators examine seized phones for the defence ministry.', status: 'not-addressed' },
      { language: 'fr', prose: 'Les enquêteurs analysent les téléphones saisis ; les données sans lien avec l’affaire sont détruites.', status: 'addressed' },
      { language: 'fr', prose: 'Les enquêteurs ne consultent un compte qu’avec l’autorisation écrite du procureur.', status: 'addressed' },
      { language: 'fr', prose: 'La cellule de cybercriminalité suit les forums ; la collecte est limitée aux contenus publics.', status: 'addressed' },
      { language: 'fr', prose: 'Les enquêteurs conservent les données liées à l’affaire.', status: 'not-addressed' },
    ]);
  });
  describe('round 15: safeguards said as what a judge must do or what is deleted; biometric enrolment; technical monitoring; attended is no follow-up; blind and deaf users, shares of women; « ce genre »', () => {
    expectApplicability([
      { language: 'en', prose: 'Investigators learn to draft the application a judge must sign before a phone is searched.', status: 'addressed' },
      { language: 'en', prose: 'The cybercrime unit deletes its working copies once the case is closed.', status: 'addressed' },
      { language: 'en', prose: 'The cybercrime unit keeps safeguard copies of the seized logs.', status: 'not-addressed' },
      { language: 'en', prose: 'The forensics lab has a staffing plan proportionate to the caseload.', status: 'not-addressed' },
      { language: 'en', prose: 'Mobile teams carry out the enrolment of fingerprints for the national register.', status: 'not-addressed' },
      { language: 'en', prose: 'The course covers the surveillance of industrial control systems.', status: 'not-applicable' },
      { language: 'fr', prose: 'Une interception ne peut être ordonnée que par un juge d’instruction.', status: 'addressed' },
      { language: 'fr', prose: 'Trois garde-fous encadrent le travail des enquêteurs.', status: 'addressed' },
      { language: 'fr', prose: 'Chez les enquêteurs, les journaux sont effacés au bout de six mois.', status: 'addressed' },
      { language: 'fr', prose: 'L’enrôlement biométrique des électeurs est confié à des équipes mobiles.', status: 'not-addressed' },
      { language: 'fr', prose: 'Le cours porte sur la surveillance des systèmes de contrôle industriels.', status: 'not-applicable' },
    ]);
    expectFound('sustainable', false, [
      { language: 'fr', prose: 'Les autres délégations ont suivi les séances en observateurs.' },
      { language: 'fr', prose: 'Le programme couvre le suivi de portefeuilles de cryptoactifs.' },
      { language: 'en', prose: 'The workshop used the second edition of the ITU guide as its frame.' },
    ]);
    expectFound('sustainable', true, [
      { language: 'fr', prose: 'Le centre assure le suivi des anciens stagiaires.' },
      { language: 'en', prose: 'A second edition of the workshop is planned.' },
    ]);
    expectFound('gender', true, [
      { language: 'en', prose: 'Releases are tested with associations of blind and deaf users.' },
      { language: 'fr', prose: 'La dotation dépend de la part des étudiantes parmi les inscrits.' },
    ]);
    expectFound('gender', false, [
      { language: 'fr', prose: 'Peu d’opérateurs ont déjà géré ce genre d’incident.' },
      { language: 'fr', prose: 'La part des dépenses courantes reste stable.' },
    ]);
  });
  describe('round 15, principle/results: targets with a deadline, what success is judged by, the point of the work, what participants took home, what a review found counted; a strategy the partner wrote earlier is no result', () => {
    expectFound('results-focused', true, [
      // A target and its deadline.
      { language: 'en', prose: 'By the end of 2027, every regional police unit should have at least one certified examiner.' },
      { language: 'en', prose: 'By the end of the second phase, the four provincial CERTs will be able to triage alerts without outside help.' },
      { language: 'en', prose: 'Coverage of the alert service, projected to reach 80 per cent of hospitals, is published each quarter.' },
      { language: 'fr', prose: 'D’ici fin 2027, chaque tribunal de commerce devrait disposer d’un greffier formé à la signature électronique.' },
      { language: 'fr', prose: 'D’ici la fin du projet, le délai de traitement d’une plainte en ligne sera ramené à dix jours.' },
      // What success is judged by, how progress is read.
      { language: 'en', prose: 'The yardstick the two agencies settled on is a signed cooperation protocol.' },
      { language: 'en', prose: 'The test of success chosen by the board is a published incident taxonomy.' },
      { language: 'en', prose: 'Success is judged by the number of ministries connected to the sensor network.' },
      { language: 'fr', prose: 'Le critère de réussite retenu par le comité est un protocole signé avec les opérateurs.' },
      { language: 'fr', prose: 'Les progrès sont appréciés au regard de l’état des lieux dressé en 2023.' },
      // The point of the work.
      { language: 'en', prose: 'The point of the simulation was to test whether the banks could alert the regulator at night.' },
      { language: 'en', prose: 'The idea is that each ministry keeps a tested recovery plan.' },
      { language: 'fr', prose: 'L’idée était de vérifier que les hôpitaux savent joindre le CSIRT de garde.' },
      { language: 'fr', prose: 'L’enjeu est que chaque opérateur sache isoler un automate compromis.' },
      // What the participants took home.
      { language: 'en', prose: 'Each team went home with a draft escalation procedure for its own ministry.' },
      { language: 'fr', prose: 'Chaque délégation est repartie avec une ébauche de feuille de route nationale.' },
      // What a review or a test found, counted.
      { language: 'en', prose: 'The penetration tests uncovered 23 vulnerabilities, four of them critical.' },
      { language: 'fr', prose: 'Les tests d’intrusion ont révélé 14 failles dans les portails des ministères.' },
    ]);
    expectFound('results-focused', false, [
      // What the donor will have done, an act the partner must have performed, an eligibility rule.
      { language: 'en', prose: 'By 2026 the embassy will have organised six workshops in the capital.' },
      { language: 'en', prose: 'By March 2025 the ministry must have signed the memorandum.' },
      { language: 'en', prose: 'Candidates should have at least three years of experience in a prosecution service.' },
      { language: 'fr', prose: 'D’ici 2026, la France aura organisé cinq ateliers à Niamey.' },
      { language: 'fr', prose: 'D’ici 2026, le ministère devra avoir signé la convention de partenariat.' },
      { language: 'fr', prose: 'D’ici 2026, les agences devront compter sur leurs propres moyens.' },
      // Another sense of the words.
      { language: 'en', prose: 'The point of contact was to be named by the ministry in March.' },
      { language: 'en', prose: 'The guide lists measures for successful prosecution of online fraud.' },
      { language: 'en', prose: 'The experts returned home with their equipment after the visit.' },
      { language: 'fr', prose: 'L’idée est née lors d’une réunion des directeurs de CSIRT.' },
      { language: 'fr', prose: 'Les experts sont repartis avec leur matériel à la fin de la visite.' },
      // What an earlier review had found: the need, not a result.
      { language: 'en', prose: 'A 2021 audit had already identified 30 gaps in the ministries’ backups.' },
      { language: 'fr', prose: 'Un audit de 2021 avait relevé 30 écarts dans les sauvegardes des ministères.' },
      // The partner's own strategy that the work follows.
      { language: 'en', prose: 'The project follows the measures that the government had written into its 2020 strategy.' },
      { language: 'fr', prose: 'Le projet reprend les actions que le ministère a inscrites dans sa stratégie de 2019.' },
    ]);
    expectFound('results-focused', true, [
      // A report's recommendations taken up by the partner are still a result.
      { language: 'en', prose: 'The recommendations of the review were written into the national strategy in 2024.' },
      { language: 'fr', prose: 'Les recommandations de l’atelier, que le ministère a reprises dans sa stratégie, portent sur la gestion de crise.' },
    ]);
  });
  describe('round 15, principle/results: « pour » before a word that only ends like an infinitive; targets said as a change to come', () => {
    expectFound('results-focused', false, [
      { language: 'fr', prose: 'Les interceptions sont autorisées pour quatre mois.' },
      { language: 'fr', prose: 'Le ministère a signé pour notre part la convention.' },
    ]);
    expectFound('results-focused', true, [
      { language: 'fr', prose: 'Le délai de réponse devrait passer de 40 à 10 jours.' },
      { language: 'fr', prose: 'Le projet doit ramener la fraude sous 0,05 % des montants.' },
      { language: 'en', prose: 'The response time should fall from 40 to 10 days.' },
    ]);
  });
  describe('round 15, principle/demand-driven: partners that wrote or picked the content, needs that came from them, clefts that stress them, decisions of their ministers, their own strategy; not a body that was asked, a method applied, a step of a case', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The heads of the two forensic units drew up the training agenda themselves during a week in Dakar.' },
      { language: 'en', prose: 'The partner cybercrime directorates drafted the syllabus with the French police academy.' },
      { language: 'en', prose: 'The need for the course came from the Ministry of Justice.' },
      { language: 'en', prose: 'It was the regulator itself that chose the three pilot sites.' },
      { language: 'en', prose: 'The centre grew out of a decision of the member States at their 2021 summit.' },
      { language: 'en', prose: 'The project funds the measures that the government included in its national cyber strategy.' },
      { language: 'en', prose: 'Each mission starts from the partner government’s own risk assessment.' },
      { language: 'en', prose: 'The project carries out the digital plan adopted in Cabinet last year.' },
      { language: 'fr', prose: 'Les deux unités ont rédigé le plan de cours elles-mêmes, lors d’un atelier à Dakar.' },
      { language: 'fr', prose: 'Chaque autorité nationale a retenu les secteurs couverts par le cursus.' },
      { language: 'fr', prose: 'Le besoin est venu de la direction de la police judiciaire.' },
      { language: 'fr', prose: 'C’est l’agence elle-même qui a fixé le calendrier des sessions.' },
      { language: 'fr', prose: 'Le centre est issu d’une décision des chefs d’État de la région.' },
      { language: 'fr', prose: 'L’appui couvre les chantiers que le gouvernement a inscrits dans sa feuille de route numérique.' },
      { language: 'fr', prose: 'Les missions suivent la stratégie que le gouvernement a adoptée en 2022.' },
      { language: 'fr', prose: 'Dès 2021, le ministère de la santé a identifié la protection des hôpitaux comme une priorité.' },
      { language: 'fr', prose: 'Le projet met en œuvre la feuille de route numérique adoptée en conseil des ministres en 2023.' },
      { language: 'fr', prose: 'Le ministère a fourni sa propre évaluation des risques.' },
    ]);
    expectFound('demand-driven', false, [
      // A body in the passive was asked, by the donor; it did not ask.
      { language: 'en', prose: 'The partner ministries were invited to nominate candidates for the course.' },
      { language: 'en', prose: 'The ministries have been asked to send two officers each.' },
      // A method applied, not an application for support.
      { language: 'en', prose: 'The team took the national cybersecurity framework and applied it to the energy sector.' },
      // A request that is a step of a case.
      { language: 'en', prose: 'The drill ends with a preservation request sent by the police of a neighbouring country.' },
      { language: 'fr', prose: 'La demande d’entraide est venue du parquet d’un pays voisin.' },
      // The donor's people writing, choosing or stressed.
      { language: 'en', prose: 'The French trainers wrote the exercise scenarios themselves.' },
      { language: 'en', prose: 'France will partner with the academy to design the course.' },
      { language: 'en', prose: 'The cooperation follows the French government’s own strategy.' },
      { language: 'fr', prose: 'Les formateurs français ont rédigé le plan de cours eux-mêmes.' },
      { language: 'fr', prose: 'C’est le formateur lui-même qui a choisi les exercices.' },
      { language: 'fr', prose: 'Les États ont désigné un point de contact.' },
      // Trainees who pick their own modules, and a decision that is not where the work came from.
      { language: 'en', prose: 'Students choose the optional modules themselves.' },
      { language: 'en', prose: 'The decision of the ministers to cut the budget delayed the second course.' },
      { language: 'fr', prose: 'La décision des ministres de réduire le budget a retardé le second cours.' },
    ]);
  });
  describe('round 15, principle/conditionality: a bill laid before parliament, a document the partner sends first, taking part that waits on the partner, support lost when the partner falls short, support tied to the partner’s commitment or paid for those that already acted, milestones of the Government; the donor’s own budget vote is no condition', () => {
    expectFound('without-conditions', true, [
      // Money that does not move until a bill is laid or tabled before the partner's parliament.
      { language: 'en', prose: 'The final instalment does not move until the Government has laid the draft cybercrime law before the Assembly.' },
      { language: 'fr', prose: 'La dernière tranche ne sera versée qu’après que le gouvernement aura soumis le projet de loi au Parlement.' },
      // A document the partner sends first: an inventory submitted, a contact point notified.
      { language: 'en', prose: 'The analysis servers will be shipped once the ministry has submitted its asset inventory.' },
      { language: 'en', prose: 'Only States that have notified a national contact point may send officers.' },
      { language: 'fr', prose: 'Le matériel sera livré une fois que l’agence aura transmis la liste de ses serveurs.' },
      { language: 'fr', prose: 'Seuls les ministères ayant déjà notifié leur correspondant peuvent proposer des agents.' },
      // Taking part in the programme waits on a step of the partner.
      { language: 'en', prose: 'An agency may nominate analysts once its ministry has signed the regional charter.' },
      { language: 'fr', prose: 'Une administration ne peut inscrire d’agents qu’une fois que son ministère a transmis sa feuille de route.' },
      // A partner that falls short loses its support.
      { language: 'en', prose: 'A university below the target loses its grant the next year.' },
      { language: 'fr', prose: 'Une agence qui n’atteint pas la cible perd sa subvention l’année suivante.' },
      // The donor ties its support to a commitment of the partner.
      { language: 'en', prose: 'The donor tied its grant to a written undertaking from the ministry to publish the audit.' },
      { language: 'en', prose: 'Japan linked the equipment to the Government’s pledge to open a training centre.' },
      { language: 'fr', prose: 'L’Union a lié son financement à un engagement écrit du ministère de publier la stratégie.' },
      // Support paid or offered for the partners that had already acted, without "only".
      { language: 'en', prose: 'The fund offered places to the agencies of States that had first signed the charter.' },
      { language: 'fr', prose: 'Le programme finance les billets pour les délégations des pays qui avaient déjà ratifié la convention.' },
      // Tranches disbursed on milestones set for the Government.
      { language: 'en', prose: 'The second loan tranche will only be disbursed once two milestones set for the Government have been met.' },
      { language: 'fr', prose: 'Les deuxième et troisième tranches ne seront décaissées qu’au vu de trois jalons fixés au gouvernement.' },
    ]);
    expectFound('without-conditions', false, [
      // Someone else lays, sends or is sent something: not the partner's act.
      { language: 'en', prose: 'The kits will be shipped once the supplier has laid the cables in the ministry building.' },
      { language: 'en', prose: 'The servers will be installed once the supplier has sent the invoice to the ministry.' },
      { language: 'fr', prose: 'Les licences seront activées une fois que l’éditeur aura envoyé les clés au ministère.' },
      // People's own steps, and losses that are not the support's.
      { language: 'en', prose: 'Trainees can register once the ministry has published the call.' },
      { language: 'en', prose: 'The ministry lost its best analysts to the private sector.' },
      { language: 'en', prose: 'Students who fail the exam lose their scholarship.' },
      { language: 'fr', prose: 'Le pays perd chaque année des milliers d’emplois qualifiés.' },
      // Work aligned with the partner's policy is not tied to a commitment.
      { language: 'en', prose: 'The project links its training to the national strategy.' },
      { language: 'en', prose: 'The programme is linked to the Government’s commitment under the regional roadmap.' },
      { language: 'fr', prose: 'Le projet lie sa formation aux priorités du ministère.' },
      // "Already", but no act of the partner, or people rather than the partner.
      { language: 'en', prose: 'France paid for the trainees who had already passed the first module.' },
      { language: 'en', prose: 'The project offered support to countries that had already been affected by ransomware attacks.' },
      // The donor's own budget vote.
      { language: 'fr', prose: 'Le versement de la troisième année reste subordonné au vote du budget par le Parlement français.' },
      { language: 'en', prose: 'Payment of the final year is subject to the adoption of the annual budget by the donor’s parliament.' },
    ]);
  });
  describe('round 16: results said as what a review found, a text adopted, a target after its verb, a floor to hold, what learners will know; "on demand" and a request for assistance are no request; support kept for those that acted, or that sits until an act; safeguards said as the judge’s signature, the defence’s access, data kept no longer than the case needs', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'The after-action review found that only two of the six ports could restore berth planning from backups.' },
      { language: 'en', prose: 'The strategy was adopted by Cabinet in October 2023.' },
      { language: 'en', prose: 'Two of the nine analysts now run the induction course for new recruits.' },
      { language: 'en', prose: 'The programme will be judged on the number of provisions brought into line.' },
      { language: 'en', prose: 'Platform availability must not fall below 99.9 per cent.' },
      { language: 'en', prose: 'By the end of the week, each investigator should be able to trace a transaction to an exchange.' },
      { language: 'fr', prose: 'L’exercice devait montrer si chaque port savait reprendre ses opérations en mode manuel.' },
      { language: 'fr', prose: 'À l’issue de la semaine, chacun devait savoir remonter une transaction jusqu’à une plateforme.' },
      { language: 'fr', prose: 'Le programme sera jugé sur une seule mesure : le nombre de dispositions mises en conformité.' },
      { language: 'fr', prose: 'L’enjeu est très concret : qu’un commerçant encaisse un paiement en quelques secondes.' },
      { language: 'fr', prose: 'Le taux de disponibilité ne doit pas descendre sous 99,9 %.' },
      { language: 'fr', prose: 'L’extension doit couvrir l’ensemble des départements d’ici 2026.' },
      { language: 'fr', prose: 'D’ici à la rentrée 2026, chaque lycée public devrait compter au moins un professeur-relais.' },
      { language: 'fr', prose: 'La stratégie a été adoptée en conseil des ministres en 2023.' },
    ]);
    expectFound('results-focused', false, [
      // The end of the work, with what happens to the equipment rather than a state to reach.
      { language: 'en', prose: 'At the end of the project, the agency takes over the equipment.' },
      { language: 'fr', prose: 'À l’issue du projet, l’agence reprendra l’ensemble des équipements.' },
      { language: 'fr', prose: 'Les anciens stagiaires sont conviés à l’exercice régional de l’automne.' },
      // A text adopted before the work, or awaited; a lab's findings; counts of people.
      { language: 'en', prose: 'The equipment stays in storage until the strategy was adopted.' },
      { language: 'fr', prose: 'Les résultats d’expertise sont versés au dossier de la procédure.' },
      { language: 'en', prose: 'Eighty-four magistrates are enrolled in the first two cohorts.' },
      { language: 'en', prose: 'Trainees will show the other participants how they imaged the disks.' },
    ]);
    expectFound('demand-driven', false, [
      { language: 'fr', prose: 'Les modules sont accessibles à la demande en anglais et en français.' },
      { language: 'fr', prose: 'Chaque délégation a joué un échange simulé, de la première alerte à la demande d’assistance technique.' },
      { language: 'fr', prose: 'Le scénario faisait intervenir un élément nouveau (revendication, fuite, sollicitation de la presse).' },
    ]);
    expectFound('demand-driven', true, [
      { language: 'fr', prose: 'Le cours a été organisé à la demande du ministère sénégalais.' },
      { language: 'fr', prose: 'Le cours a été organisé à leur demande.' },
    ]);
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'Seats are kept for ministries that have named a standing cyber focal point.' },
      { language: 'en', prose: 'Scholarships are reserved for universities that have written at least four of the shared modules into an accredited degree.' },
      { language: 'en', prose: 'A country’s seats were confirmed once its justice ministry had sent the school its draft cybercrime bill.' },
      { language: 'en', prose: 'The second instalment sits in the designated account until the National Assembly has passed the personal data bill.' },
      { language: 'fr', prose: 'La seconde phase ne s’ouvre pour un pays qu’une fois son instrument d’adhésion à la Convention déposé.' },
      { language: 'fr', prose: 'Les bourses ne seront maintenues que si l’université ouvre deux postes permanents d’enseignant-chercheur.' },
    ]);
    expectFound('without-conditions', false, [
      // Seats kept for people, or records kept for a time; the donor's own budget vote.
      { language: 'en', prose: 'Seats are kept for trainees who have passed the first module.' },
      { language: 'en', prose: 'Logs are kept for twelve months at the national CERT.' },
      { language: 'en', prose: 'The seats were confirmed once the school had sent the invitations.' },
      { language: 'fr', prose: 'Le financement de la troisième année reste sous réserve du vote des crédits correspondants en loi de finances française.' },
    ]);
    expectFound('human-rights', true, [
      { language: 'en', prose: 'Investigators seize phones. No request leaves the register without the signature of the investigating judge.' },
      { language: 'en', prose: 'Investigators seize phones; the judge who signs a production order checks that it names a specific offence.' },
      { language: 'en', prose: 'Investigators seize phones, and the defence lawyer can later see how each piece of evidence was found.' },
      { language: 'en', prose: 'Investigators capture pages online and keep them no longer than the proceedings need.' },
      { language: 'fr', prose: 'Les enquêteurs saisissent des téléphones ; chaque recherche doit pouvoir être justifiée devant le tribunal.' },
      { language: 'fr', prose: 'Les enquêteurs apprennent ce qui exige la réquisition d’un magistrat lors des saisies.' },
      { language: 'fr', prose: 'Les enquêteurs saisissent des téléphones ; les échanges de personnes étrangères à l’affaire sont écartés.' },
      { language: 'fr', prose: 'Les enquêteurs saisissent des téléphones ; l’outil ne s’ouvre qu’avec une réquisition signée par le parquet.' },
    ]);
    expectFound('human-rights', false, [
      // Proportionate to an incident's severity is a technical response, not a safeguard; a lawyer named without a say.
      { language: 'fr', prose: 'Le centre surveille les journaux et déclenche une réponse proportionnée à la gravité de chaque incident.' },
      { language: 'en', prose: 'Investigators, prosecutors and defence lawyers attend the interception course.' },
    ]);
  });

  describe('round 17, principle/conditionality: a beneficiary State acting by its name, an officer of the partner, rules in the present or for each partner, support tied to, awaiting or following an act, kept for partners that acted or only for them; a judge’s warrant, the lead State’s own approval and private parties’ steps are no condition', () => {
    expectFound('without-conditions', true, [
      { language: 'en', prose: 'The second server batch will follow only once Senegal has written the analysts’ posts into its budget.' },
      { language: 'en', prose: 'A hospital could send a team once its board had named a security officer.' },
      { language: 'en', prose: 'Each regional police force receives its forensic kit once its commissioner has signed the lab procedures.' },
      { language: 'en', prose: 'Funding for the second phase is tied to each government adopting a national incident plan.' },
      { language: 'en', prose: 'Only ministries that had returned the baseline survey could nominate officials.' },
      { language: 'en', prose: 'Places in the second module are kept for delegations whose government has registered a technical point of contact.' },
      { language: 'fr', prose: 'Les places du second module sont réservées aux pays dont le gouvernement a enregistré un point de contact.' },
      { language: 'fr', prose: 'Le versement de la dernière tranche suit l’adoption par le conseil de la banque centrale d’une politique de sécurité.' },
      { language: 'fr', prose: 'Les fonds restent sur le compte du projet tant que le décret n’a pas paru.' },
      { language: 'fr', prose: 'Le premier décaissement attend la publication du décret créant l’agence.' },
      { language: 'fr', prose: 'Les formateurs ne seront envoyés qu’après la transmission du projet de loi au Parlement par le gouvernement.' },
      // Private parties named as the object of the support do not hide the partner's condition.
      { language: 'fr', prose: 'Le financement de la seconde phase, élargie aux opérateurs privés, est accordé sous réserve que la partie sénégalaise transmette d’abord son plan.' },
    ]);
    expectFound('without-conditions', false, [
      { language: 'en', prose: 'Access by investigators to stored content is contingent upon a warrant from a judge.' },
      { language: 'fr', prose: 'Le recours à un consultant est resté subordonné à l’accord préalable du comité des engagements du ministère français.' },
      { language: 'en', prose: 'Funding for next year depends on the French Parliament approving the aid budget.' },
      { language: 'en', prose: 'Private vendors are admitted to the room only after signing a confidentiality pledge.' },
      { language: 'fr', prose: 'Les entreprises privées ne sont associées aux exercices qu’après avoir signé une charte.' },
      { language: 'en', prose: 'Only trainees who had returned the survey could join the second week.' },
      // A story in the past, not a rule.
      { language: 'en', prose: 'Co-financing was released after the provincial administration had equipped a training room.' },
    ]);
  });

  describe('round 17, principle/human-rights: safeguards said as an application to a judge, a measure taken on a judge’s decision, unrelated material destroyed, nothing seized or kept beyond need, the defence that sees the file, fair-trial principles by name; a response proportionate to an incident’s severity is none; a security monitoring centre and device logs are no surveillance of people', () => {
    expectFound('human-rights', true, [
      { language: 'en', prose: 'Detectives rehearse the application for a tracking order to a district court judge.' },
      { language: 'en', prose: 'Investigators obtain subscriber records only upon a written decision of the investigating judge.' },
      { language: 'en', prose: 'The cybercrime unit practises the deletion of seized chat logs unrelated to the offence.' },
      { language: 'en', prose: 'Investigators learn to image no more data than the investigation requires.' },
      { language: 'en', prose: 'Investigators seize laptops; the operator stores no copy beyond the period set by law.' },
      { language: 'en', prose: 'Investigators seize laptops, and the defence can later inspect every extraction report.' },
      { language: 'en', prose: 'Prosecutors discuss the presumption of innocence in cybercrime cases.' },
      { language: 'fr', prose: 'Les enquêteurs ne consultent aucun fichier sans l’aval d’un magistrat.' },
      { language: 'fr', prose: 'Les interceptions ne sont menées que sur ordonnance motivée du juge des libertés.' },
      { language: 'fr', prose: 'Les enquêteurs apprennent à ne jamais copier plus de fichiers que l’instruction n’en requiert.' },
      { language: 'fr', prose: 'Les enquêteurs saisissent des disques ; le service n’en conserve rien au-delà de la durée prévue.' },
      { language: 'fr', prose: 'Les enquêteurs saisissent des disques, et les messages des proches sans rapport avec le dossier sont laissés de côté.' },
      { language: 'fr', prose: 'Les enquêteurs saisissent des disques ; la défense aura accès à chaque rapport d’extraction.' },
      { language: 'fr', prose: 'Les magistrats revoient le principe de l’égalité des armes devant le juge pénal.' },
    ]);
    expectFound('human-rights', false, [
      // An incident response proportionate to its severity; an application to become a judge; the Ministry of Defence or a cyber defence.
      { language: 'en', prose: 'The cybercrime unit keeps each response proportionate to the severity of the incident.' },
      { language: 'en', prose: 'Investigators read the applications to become a magistrate.' },
      { language: 'en', prose: 'Investigators brief the Ministry of Defence, which can review the threat picture.' },
      { language: 'fr', prose: 'Les enquêteurs rencontrent le ministère de la Défense, qui peut consulter le tableau de la menace.' },
      { language: 'fr', prose: 'Les enquêteurs présentent la cyber-défense qui reçoit les alertes.' },
    ]);
    expectApplicability([
      // Firewall and server logs gathered by a security monitoring centre are machine telemetry.
      { language: 'en', prose: 'The national surveillance centre, run with the CSIRT, collects firewall and server logs from the ministries.', status: 'not-applicable' },
      { language: 'fr', prose: 'La cellule nationale de surveillance, rattachée au CSIRT, collecte les journaux des pare-feux des ministères.', status: 'not-applicable' },
      // People watched, or their connection logs gathered, stay surveillance.
      { language: 'en', prose: 'The city surveillance centre records the street cameras of the old town.', status: 'not-addressed' },
      { language: 'fr', prose: 'Le centre de surveillance collecte les journaux de connexion des abonnés.', status: 'not-addressed' },
      { language: 'fr', prose: 'Le centre de surveillance urbaine filme les abords de la gare.', status: 'not-addressed' },
    ]);
  });

  describe('round 17, principle/demand-driven: a partner’s letter answered, a project brought to the lender, choices settled by the member teams or by a committee where the partners sit, what the partners lack or reported, bodies that decide alone; the partner named as agent after a time or through the body it houses, as supplier of the cases, at the opening of a long or wrapped sentence; an act’s word used as a noun is no act', () => {
    expectFound('demand-driven', true, [
      { language: 'en', prose: 'The mission answered a letter from the Minister of the Interior.' },
      { language: 'fr', prose: 'La mission répondait à une lettre de la ministre de la Justice.' },
      { language: 'en', prose: 'The Government took its e-health plan to the Development Bank in 2022.' },
      { language: 'en', prose: 'The topics are settled every year by the member CSIRTs.' },
      { language: 'en', prose: 'The plan is reviewed by a steering board on which, besides the donor, the beneficiary ministries sit.' },
      { language: 'fr', prose: 'Les priorités sont fixées par un comité où siègent, avec le bailleur, les ministères bénéficiaires.' },
      { language: 'en', prose: 'At the launch meeting, officials listed what their agencies lacked most.' },
      { language: 'fr', prose: 'Lors de la réunion de lancement, les points focaux ont dit ce qui leur manquait.' },
      { language: 'en', prose: 'The course works through the weaknesses that the two ministries had reported.' },
      { language: 'fr', prose: 'Le contenu reprend les lacunes que les ministères avaient eux-mêmes signalées.' },
      { language: 'en', prose: 'The national drafting committees decide alone which options to keep.' },
      { language: 'fr', prose: 'Les comités nationaux de rédaction tranchent seuls entre les variantes.' },
      { language: 'fr', prose: 'Le projet part d’un constat dressé par la direction nationale de la police.' },
      // The partner named by the structural reader: after a time, through the body it houses, as the one who brings the cases.
      { language: 'en', prose: 'The review board has been chaired since 2022 by Senegal’s national CSIRT.' },
      { language: 'en', prose: 'The terms of reference were drafted by the project coordination unit, housed in the Senegalese Ministry of Finance.' },
      { language: 'fr', prose: 'Le cahier des charges a été rédigé par la cellule de coordination, placée auprès du ministère sénégalais du Numérique.' },
      { language: 'en', prose: 'The two forensic units of Senegal’s police, which had lost two servers to ransomware, supplied the cases for the course.' },
      { language: 'en', prose: 'The two forensic units of Senegal’s police, which had lost two\nservers to ransomware, supplied the cases for the course.' },
      { language: 'fr', prose: 'La police sénégalaise a apporté ses propres dossiers.' },
      { language: 'en', prose: 'Senegal’s national agency listed the skills its analysts need.' },
    ]);
    expectFound('demand-driven', false, [
      // An act's word as a noun, a list "above", the donor or the trainees doing the same, other senses.
      { language: 'en', prose: 'The Senegalese drafts are due by June.' },
      { language: 'en', prose: 'Senegal and the other countries listed above send two officers each.' },
      { language: 'en', prose: 'The trainers answered questions from the participants.' },
      { language: 'fr', prose: 'Les formateurs ont répondu aux questions des stagiaires.' },
      { language: 'en', prose: 'The Bank brought its own experts to the ministry.' },
      { language: 'en', prose: 'The ministry brought the bill to Parliament.' },
      { language: 'en', prose: 'The topics are settled every year by the organisers.' },
      { language: 'en', prose: 'A steering board on which the donors sit reviews the budget.' },
      { language: 'fr', prose: 'Un comité où siègent les bailleurs valide le budget.' },
      { language: 'en', prose: 'The trainers explained what the trainees lacked.' },
      { language: 'fr', prose: 'Le formateur a expliqué ce qui manquait au scénario.' },
      { language: 'en', prose: 'The course works through the weaknesses that our experts had reported.' },
      { language: 'fr', prose: 'Le contenu reprend les lacunes que les formateurs avaient relevées.' },
      { language: 'en', prose: 'The trainees decide alone which exercise to run.' },
      { language: 'fr', prose: 'Les stagiaires choisissent seuls leur sujet de mémoire.' },
      { language: 'fr', prose: 'Le constat dressé par les experts français a guidé le projet.' },
      { language: 'en', prose: 'The review board has been chaired since 2022 by a French magistrate.' },
      { language: 'en', prose: 'The terms of reference were drafted by the project coordination unit, housed in the French embassy.' },
      { language: 'en', prose: 'Senegal provided the venue and the catering.' },
      { language: 'en', prose: 'The French trainers supplied the cases for the course.' },
      { language: 'en', prose: 'France supports cooperation programmes with Senegal, Gambia and Guinea-Bissau, which prevent, identify and respond to incidents.' },
      { language: 'en', prose: 'Which units take part, and who chairs, is a matter for the organisers.' },
    ]);
  });

  describe('round 17, principle/results: what a new unit handled in its first year, a practice to end by a deadline, gaps a report lists, the point of the work with a qualifier or an aside, a survey that will measure or showed, a measure brought to a level', () => {
    expectFound('results-focused', true, [
      // What a unit the work set up handled in its first stretch, counted.
      { language: 'en', prose: 'During its first six months of operation, the new helpline answered 412 calls from small businesses.' },
      { language: 'en', prose: 'The forensic laboratory processed 96 seized devices in its first year.' },
      { language: 'fr', prose: 'Depuis sa mise en service, la cellule de veille a traité 215 signalements.' },
      { language: 'fr', prose: 'Au cours de sa première année, le guichet régional a pris en charge 64 dossiers.' },
      // A practice that is to end by a deadline.
      { language: 'en', prose: 'By the end of the project, not a single court should still receive evidence on unlabelled discs.' },
      { language: 'fr', prose: 'D’ici 2027, aucune préfecture ne devra conserver de registres papier.' },
      // What a review or a report lists, counted.
      { language: 'en', prose: 'The debriefing report records nine shortcomings in the escalation chain.' },
      { language: 'fr', prose: 'Le bilan de l’exercice recense sept lacunes dans la chaîne d’alerte.' },
      // The point of the work, with a qualifier or an aside.
      { language: 'en', prose: 'The stated ambition is to halve the backlog of pending requests.' },
      { language: 'en', prose: 'The idea, for the ministry, was that every region would have a trained duty officer.' },
      { language: 'fr', prose: 'L’enjeu principal, pour le ministère, est de réduire les délais de traitement.' },
      { language: 'fr', prose: 'L’intention déclarée est que chaque région dispose d’un référent.' },
      // A survey that will measure, or what a survey of the participants at the end showed.
      { language: 'en', prose: 'A survey of 300 small firms will measure how many use the new reporting form.' },
      { language: 'fr', prose: 'Un sondage auprès des mairies mesurera l’adoption du guide un an plus tard.' },
      { language: 'en', prose: 'The end-of-course survey shows that most clerks now feel confident handling a breach notification.' },
      { language: 'en', prose: 'A questionnaire completed at the end of the workshop showed that most delegates could now draft a position note.' },
      { language: 'fr', prose: 'Le questionnaire de satisfaction rempli par les stagiaires montre que la moitié se sentent capables de former leurs collègues.' },
      { language: 'fr', prose: 'Le sondage réalisé à l’issue du séminaire indique que douze délégués sur quinze réutiliseront la grille.' },
      // A measure brought to a level, done or to come.
      { language: 'en', prose: 'The average time to patch a critical flaw fell to nine days in 2024.' },
      { language: 'en', prose: 'The share of agencies with a named security officer has risen to 80 per cent.' },
      { language: 'en', prose: 'The programme should raise the share of schools with a filtered connection to 70 per cent.' },
      { language: 'fr', prose: 'Le taux de réponse aux alertes est monté à 95 % en 2024.' },
      { language: 'fr', prose: 'La durée moyenne d’une enquête a été ramenée à six semaines.' },
      { language: 'fr', prose: 'La réforme doit ramener à 48 heures le délai de blocage d’un compte frauduleux.' },
    ]);
    expectFound('results-focused', false, [
      // People trained, practice cases, the donor's own record, work before the programme.
      { language: 'en', prose: 'During their first week, the teams investigated three mock cases on the range.' },
      { language: 'en', prose: 'In its first year, the centre trained 40 analysts.' },
      { language: 'en', prose: 'The French CERT handled 3,000 incidents last year and shares its experience with the trainees.' },
      { language: 'fr', prose: 'Au cours de leur première semaine, les stagiaires ont traité trois cas fictifs.' },
      { language: 'fr', prose: 'La cellule a traité 40 signalements en 2022, avant le projet.' },
      { language: 'en', prose: 'In its first year, the office processed 200 applications.' },
      { language: 'fr', prose: 'Depuis son lancement, la plateforme a traité 300 candidatures.' },
      // A rule without a deadline, or the donor's money that stops.
      { language: 'en', prose: 'By 2028 the ministry will no longer pay the operator.' },
      { language: 'en', prose: 'By 2025, no further funding will be provided.' },
      { language: 'fr', prose: 'D’ici 2025, aucun financement ne devra être engagé.' },
      { language: 'fr', prose: 'Aucun ministère ne devrait conserver ses fichiers sur des ordinateurs personnels.' },
      // A guide's list of common flaws is teaching material, not what a review found.
      { language: 'en', prose: 'The guide lists ten common weaknesses of web servers.' },
      { language: 'fr', prose: 'Le manuel recense dix failles courantes des serveurs web.' },
      // « L'enjeu est de taille » says the stake is high, not what the work is for; « l'idée reçue » is a belief.
      { language: 'fr', prose: 'L’enjeu est de taille pour les petites administrations.' },
      { language: 'fr', prose: 'L’enjeu est d’importance pour la région.' },
      { language: 'fr', prose: 'L’idée reçue est que les petites entreprises ne sont pas visées.' },
      // Measuring signals or traffic; an earlier survey or a criminal investigation that showed something.
      { language: 'en', prose: 'A site survey will measure signal strength on each floor.' },
      { language: 'fr', prose: 'Le capteur mesurera le trafic de la passerelle.' },
      { language: 'en', prose: 'A 2019 survey by the regional body showed that only a third of States had a CSIRT.' },
      { language: 'fr', prose: 'L’enquête ouverte en 2022 montre que les fraudeurs agissaient depuis l’étranger.' },
      // A count of people, even after a measure word; a server that went down twice; a course's scope; equipment taken somewhere.
      { language: 'en', prose: 'The number of participants rose to 40 in the second year.' },
      { language: 'fr', prose: 'Le nombre de stagiaires est monté à 30.' },
      { language: 'en', prose: 'At the same time, the number of trainees rose to 40.' },
      { language: 'en', prose: 'The rate of enrolment rose to 40 students.' },
      { language: 'fr', prose: 'Le serveur est tombé à deux reprises pendant l’exercice.' },
      { language: 'fr', prose: 'La formation doit porter à la fois sur la saisie et sur l’analyse.' },
      { language: 'en', prose: 'The team will bring the equipment to 3 sites.' },
    ]);
  });
});
