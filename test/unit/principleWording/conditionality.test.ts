/**
 * Round 18's classes of `principle/conditionality`, sentence by sentence, in sentences of their own
 * (not the corpus's). Each sentence goes into the same small entry (Lead France, Beneficiaries
 * Senegal), so only the sentence decides. The condition reader learned to read who acts and what
 * the support is: support withheld from partners that have not acted, given only to those that
 * have, a partner body "in place", a document received from the partner, bodies the text calls
 * national; and to set aside the donor's own schedule or agreement, a body of a State that is no
 * beneficiary, and a subject that is not the partner taking its own step.
 */
import { expectFound } from '../../support/principleWording';

describe('round 18, principle/conditionality: support withheld from partners that have not acted, given only to those that have, waiting on a body in place or a document received from the partner, support named as such, teams the text calls national', () => {
  expectFound('without-conditions', true, [
    // Withheld from the partners that have not acted, told from their side.
    { language: 'en', prose: 'Ministries that have not named a data protection officer by June will not receive the second batch of laptops.' },
    { language: 'en', prose: 'No laptop will be shipped to agencies that have not adopted a backup policy.' },
    { language: 'fr', prose: 'Les administrations qui n’ont pas désigné de correspondant avant juin ne recevront pas le second lot d’ordinateurs.' },
    // Given only to the partners that have acted, the relative standing for them.
    { language: 'en', prose: 'The forensic kits go only to agencies that have by now adopted a retention policy.' },
    { language: 'fr', prose: 'Les licences sont remises uniquement aux agences qui ont entre-temps adopté une politique de sauvegarde.' },
    // A body of the partner, or its board, in place.
    { language: 'en', prose: 'The grant stays with the donor until the cybersecurity authority has a director in place.' },
    { language: 'fr', prose: 'La seconde tranche reste en réserve jusqu’à ce que l’autorité de régulation ait un conseil en place.' },
    // A rule in the present, "opens".
    { language: 'en', prose: 'The equipment component opens only after the interior ministry has published the implementing order.' },
    // The support named as such.
    { language: 'en', prose: 'Assistance for the next two years is tied to each ministry naming a full-time coordinator.' },
    { language: 'fr', prose: 'Le soutien des deux prochaines années dépend de la nomination d’un coordinateur par chaque ministère.' },
    // A document received from the partner, or of it.
    { language: 'en', prose: 'The visit is scheduled only after receipt of the asset inventory from the ministry.' },
    { language: 'fr', prose: 'La visite n’est programmée qu’une fois reçue la cartographie des réseaux du ministère.' },
    // Teams the text itself calls national.
    { language: 'en', prose: 'The national teams met in Accra. Only teams that had sent a contact sheet could join the final round.' },
    { language: 'fr', prose: 'Les équipes nationales se sont réunies à Lomé. Seules les équipes ayant transmis leur annuaire de crise ont pu rejoindre le second exercice.' },
    // A subject that is the partner still takes its own step as a condition.
    { language: 'fr', prose: 'Un ministère n’est relié à la plateforme qu’après avoir désigné un responsable de la sécurité.' },
  ]);
  expectFound('without-conditions', false, [
    // People, private parties, and support offered to those that have not yet acted.
    { language: 'en', prose: 'Trainees who have not passed the test will not receive a certificate.' },
    { language: 'en', prose: 'Ministries that have not yet adopted a strategy will receive help to draft one.' },
    { language: 'en', prose: 'Operators that have not signed the charter will not be connected.' },
    { language: 'fr', prose: 'Les stagiaires qui n’ont pas rendu leur mémoire ne recevront pas d’attestation.' },
    { language: 'en', prose: 'The forensic kits go only to trainees who have passed the test.' },
    // An event that takes place, the donor's own step in place.
    { language: 'en', prose: 'The grant stays with the donor until the final workshop of the ministry takes place.' },
    // A document received by the partner, or from the donor's experts.
    { language: 'en', prose: 'The visit is scheduled only after receipt of the experts’ reports by the ministry.' },
    { language: 'fr', prose: 'La visite n’est programmée qu’une fois reçus les rapports des experts de la Banque.' },
    // Teams not called national: the participants' own teams.
    { language: 'en', prose: 'Trainees formed teams of three. Only teams that had sent a contact sheet could join the final round.' },
  ]);
});

describe('round 18, principle/conditionality: the donor’s own schedule or agreement, a body of a State that is no beneficiary, and a subject that is not the partner taking its own step are no condition', () => {
  expectFound('without-conditions', false, [
    // The donor's own schedule.
    { language: 'en', prose: 'Our contribution is contingent upon the two courses being delivered by the end of the year.' },
    { language: 'fr', prose: 'Le versement de notre contribution est subordonné à la tenue des deux ateliers avant la fin de l’année.' },
    // The programme's own agreement, between the donor and its implementer.
    { language: 'fr', prose: 'Le versement reste subordonné à la signature de la convention de financement entre l’Union et l’agence.' },
    { language: 'en', prose: 'The payment is conditional on the signing of the delegation agreement between the Commission and the agency.' },
    // A body of a State that is neither lead nor beneficiary (here Germany): its own budget.
    { language: 'fr', prose: 'La part allemande reste suspendue à l’approbation des crédits par le Parlement allemand.' },
    // The subject's own step, when the subject is not the partner.
    { language: 'fr', prose: 'Une banque n’est reliée à la plateforme qu’après avoir désigné un responsable de la sécurité.' },
  ]);
  expectFound('without-conditions', true, [
    // The same gates on the partner's own act.
    { language: 'en', prose: 'Our contribution is contingent upon the ministry hosting the two courses.' },
    { language: 'fr', prose: 'Le versement reste subordonné à la signature de la Convention de Budapest par le gouvernement.' },
    { language: 'fr', prose: 'La seconde tranche reste suspendue à l’adoption de la loi par le Parlement sénégalais.' },
  ]);
});

describe('principle/conditionality, from probes with lines of real drafts: a source heard on condition of anonymity, and support that lasts as long as the partners want it, are no condition', () => {
  expectFound('without-conditions', false, [
    { language: 'en', prose: 'The evaluators interviewed twelve officials on condition of anonymity.' },
    { language: 'fr', prose: "Les évaluateurs ont rencontré douze agents, à condition de garder l'anonymat des personnes interrogées." },
    { language: 'en', prose: 'The training will continue only if the partners wish it.' },
    { language: 'en', prose: 'Mentoring goes on as long as the beneficiary agencies want to continue.' },
    { language: 'fr', prose: 'Une seconde session aura lieu seulement si les partenaires le souhaitent.' },
    { language: 'fr', prose: 'Le tutorat se poursuit à condition que les ministères en fassent la demande.' },
  ]);
  expectFound('without-conditions', true, [
    // What the partner must do first stays a condition, whatever comes after.
    { language: 'en', prose: 'The training will continue only if the partners adopt the data protection law.' },
    { language: 'en', prose: 'The second phase starts only if the government wants to ratify the Budapest Convention and signs it first.' },
    { language: 'fr', prose: 'Une seconde session aura lieu seulement si les partenaires adoptent la loi.' },
    { language: 'en', prose: 'Data will be shared on condition of the partner signing the memorandum.' },
  ]);
});

describe('principle/conditionality, from real programme descriptions: a condition inside the subject taught (a State’s legal position in a course on international law) is not a condition on the support; support kept for the partners that commit to an act is (conditionTaught.ts)', () => {
  expectFound('without-conditions', false, [
    // What a course, module, scenario or toolkit examines: the condition bears on an actor's legal position.
    { language: 'en', prose: 'Drawing on the Cyber Law Toolkit, the scenarios examine whether a State may respond with countermeasures, provided that the response remains proportionate.' },
    { language: 'en', prose: 'The second module explains that an injured State may invoke the plea of necessity only if an essential interest faces a grave and imminent peril.' },
    { language: 'en', prose: 'Participants discuss when a ransomware operation amounts to a violation of sovereignty, on condition that it causes a loss of functionality.' },
    { language: 'en', prose: 'The course teaches how a State can be held responsible for a non-State group, provided that it exercised effective control over the operation.' },
    { language: 'fr', prose: 'Le cours explique dans quelles conditions un État peut invoquer la légitime défense, à condition que la cyberopération atteigne le seuil d’une agression armée.' },
    { language: 'fr', prose: 'Chaque scénario de la boîte à outils examine si un État peut adopter des contre-mesures, sous réserve qu’elles restent proportionnées au préjudice subi.' },
    { language: 'fr', prose: 'Les diplomates étudient les cas où une opération est attribuable à un État, à condition que celui-ci ait exercé un contrôle effectif sur ses auteurs.' },
  ]);
  expectFound('without-conditions', true, [
    // Real conditions on the support, some of them in a teaching sentence.
    { language: 'en', prose: 'Support is available to countries that commit to align their legislation with the Budapest Convention.' },
    { language: 'en', prose: 'Places on the advanced course are offered only to partner agencies that undertake to keep the trained analysts in post for two years.' },
    { language: 'en', prose: 'The forensic laboratory will be equipped provided that the beneficiary adopts the implementing decree.' },
    { language: 'en', prose: 'The module explains how ministries can join the platform, provided that they sign the data-sharing charter.' },
    { language: 'en', prose: 'The guide explains how a country can receive equipment grants, provided that it adopts a cybercrime law.' },
    { language: 'en', prose: 'The workshop examines whether a State may invoke necessity; the second tranche is released provided that the Government adopts the strategy.' },
    { language: 'fr', prose: 'L’appui est ouvert aux pays qui s’engagent à aligner leur législation sur la Convention de Budapest.' },
    { language: 'fr', prose: 'Les bourses sont réservées aux administrations qui acceptent de maintenir les agents formés en poste pendant trois ans.' },
    { language: 'fr', prose: 'Les serveurs seront livrés à condition que le partenaire adopte la loi sur la protection des données.' },
    { language: 'fr', prose: "Le séminaire présente comment les ministères peuvent rejoindre la plateforme, à condition qu'ils signent la charte." },
  ]);
});

describe('rounds 19 and 20, principle/conditionality: support that waits on a legal power the partner confers, reaches a partner or ships once it acts, rests on a text (« adossé à »), or waits on a bill the partner sends; a body’s own board with an adjective, a directorate', () => {
  expectFound('without-conditions', true, [
    // A legal power or mandate given by the partner first.
    { language: 'en', prose: 'The investigation module opens to a country once its parliament has given prosecutors the power to compel providers to preserve data.' },
    { language: 'en', prose: 'A ministry’s grant is unlocked when its government has given the national CERT a legal basis by decree.' },
    { language: 'fr', prose: 'Le fonds ne dépasse pas la phase d’étude tant que le gouvernement n’a pas confié par décret à une agence nationale la coordination de la cybersécurité.' },
    // Support that reaches the partner, or ships, once it acts.
    { language: 'en', prose: 'The advanced module will reach each ministry once its government has submitted a draft cybercrime bill to parliament.' },
    { language: 'en', prose: 'The third batch of servers ships once the ministry has recruited two system administrators.' },
    { language: 'en', prose: 'The second batch ships once the Directorate has assigned four full-time analysts to the unit.' },
    // The partner's own board, with a word between the possessive and the board.
    { language: 'en', prose: 'A university receives its lab equipment once its academic board has approved the new course.' },
    // Support that rests on a text the partner must publish first.
    { language: 'fr', prose: 'Le versement de la dernière tranche est adossé à la publication du décret créant l’autorité de cybersécurité.' },
    // A bill sent to parliament by the partner, the sender named after the act.
    { language: 'fr', prose: 'Le second volet ne sera lancé qu’après l’envoi du projet de loi à l’Assemblée nationale par le gouvernement.' },
  ]);
  expectFound('without-conditions', false, [
    // Something given that is no legal power, or given by the donor's people.
    { language: 'en', prose: 'The next mission starts once the ministry has given its comments on the draft.' },
    { language: 'en', prose: 'The course opens once the trainers have given the introductory lecture.' },
    { language: 'fr', prose: 'Le rapport final sera remis dès que le ministère aura attribué les salles de cours.' },
    // No act of the partner, or the donor's own steps.
    { language: 'en', prose: 'The third batch of servers ships once the supplier has cleared customs.' },
    { language: 'en', prose: 'A university receives its lab equipment once the Bank’s executive board has approved the loan.' },
    { language: 'fr', prose: 'Une subvention de deux millions d’euros, adossée à un prêt de l’Agence, finance les équipements.' },
    { language: 'fr', prose: 'La formation ne sera lancée qu’après l’envoi des supports de cours au ministère par nos experts.' },
    { language: 'fr', prose: 'Le fonds a été créé en 2021 et finance des diagnostics tant que les crédits le permettent.' },
  ]);
});

describe('rounds 19 and 20, principle/conditionality: a step of another financier, a private party’s own terms and the donor’s own budget are no condition on the partner', () => {
  expectFound('without-conditions', false, [
    // Another lender or donor signs or approves first.
    { language: 'en', prose: 'Funds will not be disbursed until the World Bank has approved the co-financing.' },
    { language: 'en', prose: 'Our share of the platform will not be paid out before the Asian Development Bank has signed its part of the financing.' },
    { language: 'fr', prose: 'La seconde tranche ne sera versée qu’une fois que la Banque mondiale aura approuvé le cofinancement.' },
    // A private party's own terms.
    { language: 'en', prose: 'The vendor’s licence is conditional on the software being installed on servers inside the country.' },
    { language: 'fr', prose: 'Les éditeurs n’ont fourni leurs logiciels qu’en échange de la promesse de les effacer après la formation.' },
    // The donor's own budget, voted or entered.
    { language: 'en', prose: 'The second instalment was released only after the German finance law for 2024 had been voted.' },
    { language: 'fr', prose: 'Le financement de la seconde année reste sous réserve de l’inscription des crédits au budget 2025 de l’Agence.' },
  ]);
  expectFound('without-conditions', true, [
    // The partner's own acts stay conditions: its government, its central bank, its budget, its commitment.
    { language: 'en', prose: 'Funds will not be disbursed until the Government has approved the strategy agreed with the donors.' },
    { language: 'en', prose: 'The second tranche will be released once the central bank has adopted the new fraud reporting rule.' },
    { language: 'en', prose: 'Training is offered to the ministry in exchange for its commitment to adopt the strategy.' },
    { language: 'en', prose: 'The second instalment will be released only after the national finance law for 2024 has been voted.' },
    { language: 'fr', prose: 'Le financement de la seconde année reste sous réserve de l’inscription des crédits au budget national du ministère.' },
  ]);
});

describe('rounds 21 and 22, principle/conditionality: support given only to the partners that take a step, paid for those whose government acted first, "subject to" a partner doing something, an offer that came with a requirement, « ne … que si / qu’après » with words between, continuation that depends on the partner creating something', () => {
  expectFound('without-conditions', true, [
    // Support that goes only to the bodies that take a step, said as a standing rule in the present.
    { language: 'en', prose: 'Scholarships are awarded only to universities that recognise the credits earned abroad.' },
    { language: 'en', prose: 'The licences go only to ministries that commit to publish their incident statistics.' },
    { language: 'fr', prose: 'Les places sont accordées aux seuls services qui s’engagent à maintenir les agents formés en poste.' },
    { language: 'fr', prose: 'Les bourses ne sont accordées qu’aux écoles qui reconnaissent les certificats délivrés par le centre.' },
    // Paid for those whose government acted first, whatever the antecedent.
    { language: 'en', prose: 'Travel was covered for the delegations whose ministry had already designated a contact point.' },
    { language: 'fr', prose: 'Le voyage a été pris en charge pour les délégations dont le gouvernement avait d’abord désigné un coordinateur.' },
    // "Subject to" a partner taking a step, in the -ing form.
    { language: 'en', prose: 'The trip was funded subject to each of them returning the questionnaire beforehand.' },
    { language: 'en', prose: 'Travel was funded subject to all delegations returning the questionnaire.' },
    // An offer that came with a requirement on the partner.
    { language: 'en', prose: 'The grant came with a condition that the Government first adopt a data protection law.' },
    { language: 'fr', prose: 'L’offre était assortie d’une condition : chaque gouvernement devait d’abord transmettre son projet de loi.' },
    // « ne … qu'après avoir transmis », « ne … que si » the partner keeps the staff it had trained.
    { language: 'fr', prose: 'Un ministère n’obtient de licences qu’après avoir transmis son inventaire au secrétariat.' },
    { language: 'fr', prose: 'Le tutorat ne se poursuit que si le ministère conserve en poste les analystes formés.' },
    // Only those that took two steps, the partner's act the second.
    { language: 'en', prose: 'Only the ministries that returned the survey and designated a focal point had their travel costs covered.' },
    { language: 'fr', prose: 'Seules les administrations qui ont rempli le questionnaire et signé la charte de partage reçoivent le matériel.' },
    // Continuation of the support that depends on the partner creating something.
    { language: 'en', prose: 'Continuation of the activities beyond 2025 will depend on the creation by Senegal of a joint cybercrime unit.' },
    { language: 'fr', prose: 'La poursuite du projet après 2025 dépendra de la création, par le Sénégal, d’une cellule mixte dotée de personnel permanent.' },
  ]);
  expectFound('without-conditions', false, [
    // A trait or a need, not an act; people; "recognise" that is no act.
    { language: 'en', prose: 'Places go only to officers who have at least two years of experience.' },
    { language: 'en', prose: 'Grants go only to agencies that need them most.' },
    { language: 'en', prose: 'Seats go only to trainees who undertake to attend every session.' },
    { language: 'en', prose: 'Funds went only to the units that recognise the need for reform.' },
    { language: 'fr', prose: 'Les bourses ne sont accordées qu’aux étudiants qui reconnaissent la charte.' },
    { language: 'fr', prose: 'Les places sont réservées aux seuls services qui disposent d’un laboratoire.' },
    { language: 'fr', prose: 'Les fonds ne vont qu’aux services qui reconnaissent la nécessité d’une réforme.' },
    // No "first", people or the donor's experts, the programme's own agreement.
    { language: 'en', prose: 'Grants were paid to those delegations whose government had asked for them.' },
    { language: 'en', prose: 'The donor paid for experts whose government had first approved their secondment.' },
    { language: 'en', prose: 'Grants were paid to the students whose government had first signed the agreement.' },
    { language: 'fr', prose: 'La France a pris en charge les frais des experts dont le ministère avait d’abord approuvé la mission.' },
    { language: 'fr', prose: 'Les frais ont été pris en charge pour les délégations dont le gouvernement avait d’abord signé la convention de financement.' },
    // "Subject to" people, the donor's staff, another financier or a supplier.
    { language: 'en', prose: 'Trainees are certified subject to each of them sending a final report.' },
    { language: 'en', prose: 'The trainers travelled subject to each of them submitting a visa request.' },
    { language: 'en', prose: 'Travel was funded subject to each trainer sending a visa request.' },
    { language: 'en', prose: 'Our second tranche is subject to the World Bank signing its part.' },
    { language: 'en', prose: 'The equipment was delivered subject to the supplier signing the maintenance contract.' },
    // A requirement on people or on the donor's experts, conditions that are terms.
    { language: 'en', prose: 'The course came with one requirement: participants had to bring their own laptops.' },
    { language: 'en', prose: 'The workshop came with a requirement that our experts first submit a concept note.' },
    { language: 'en', prose: 'The loan came with conditions on interest rates set by the Bank.' },
    { language: 'en', prose: 'The decree came with one requirement: each ministry had to name a security officer.' },
    { language: 'fr', prose: 'La loi est assortie d’une obligation : chaque administration transmet un rapport annuel.' },
    { language: 'fr', prose: 'L’offre était assortie d’une condition : les participants devaient d’abord signer la charte.' },
    // Someone else's own step after « qu'après avoir », circumstances after « que si ».
    { language: 'fr', prose: 'Un prestataire n’est payé qu’après avoir transmis sa facture au ministère.' },
    { language: 'fr', prose: 'Nos experts ne sont intervenus qu’après avoir remis leur rapport de cadrage.' },
    { language: 'fr', prose: 'L’appui n’est maintenu que si la situation sécuritaire le permet.' },
    // Two steps of people, or no support after them.
    { language: 'fr', prose: 'Seuls les stagiaires qui ont suivi les cinq modules et signé la charte reçoivent un certificat.' },
    { language: 'en', prose: 'Only ministries that attended the workshop and signed the declaration were praised in the report.' },
    // A past story, prosecution, and continuation that waits on no act of the partner.
    { language: 'en', prose: 'Delegations whose government had registered a point of contact presented their experience in 2023.' },
    { language: 'fr', prose: 'La poursuite des auteurs dépendra de la création, par le Sénégal, d’une cellule mixte.' },
    { language: 'fr', prose: 'La poursuite du projet dépendra des résultats de l’évaluation finale.' },
    { language: 'en', prose: 'Continuation of the programme will depend on the findings of the final evaluation.' },
    { language: 'en', prose: 'The extension of the deadline will depend on the creation by Senegal of a new unit.' },
    { language: 'fr', prose: 'La poursuite du programme dépendra de la création d’un poste par l’Agence française de développement.' },
    // Signing up, or a partner naming its own candidates, is no condition; nor a partner's own step with no support after it.
    { language: 'en', prose: 'Places are offered only to the agencies that sign up before March.' },
    { language: 'en', prose: 'Grants are given only to ministries that name their own candidates.' },
    { language: 'fr', prose: 'Les places ne sont offertes qu’aux administrations qui désignent elles-mêmes leurs candidats.' },
    { language: 'fr', prose: 'Le ministère ne signe le rapport qu’après avoir transmis ses observations aux experts.' },
  ]);
});

describe('rounds 23 and 24, principle/conditionality: support awarded, costs covered, the donor’s co-financing; a gate put first; an adverb inside a gate; support given on the understanding that the partner acts; "subject to the passage" of a bill, « sous réserve du vote » of a law', () => {
  expectFound('without-conditions', true, [
    // Support awarded, or costs paid back, only once the partner acts.
    { language: 'en', prose: 'The scholarship is awarded only if the national team has a written vulnerability disclosure policy.' },
    { language: 'en', prose: 'Travel costs are reimbursed only after the ministry has designated a focal point.' },
    // The donor's co-financing waits on the partner's budget line.
    { language: 'fr', prose: 'Le cofinancement de la phase suivante dépend de l’inscription d’une ligne budgétaire par le gouvernement.' },
    { language: 'en', prose: 'Co-financing of the second phase will depend on the adoption of the decree by the Government.' },
    // An adverb inside the gate.
    { language: 'fr', prose: 'Le financement de la seconde phase dépend toutefois de l’adoption de la loi par le gouvernement.' },
    { language: 'en', prose: 'Funding for the second phase depends, however, on the adoption of the law by the Government.' },
    { language: 'fr', prose: 'L’appui de la troisième année dépendra néanmoins d’une nomination du ministère au poste de coordinateur.' },
    // The gate put first, before the support.
    { language: 'en', prose: 'Once Parliament has passed the data protection law, the programme will fund a forensic laboratory.' },
    { language: 'en', prose: 'Until the Government has designated a contact point, the equipment will stay in storage.' },
    { language: 'fr', prose: 'Une fois la loi adoptée par le Parlement, la seconde phase financera le laboratoire.' },
    { language: 'fr', prose: 'Dès que le gouvernement aura désigné un point de contact, la formation des policiers sera lancée.' },
    // Support given on the understanding that the partner acts.
    { language: 'en', prose: 'Our embassy covered all costs on the understanding that Senegal would join the joint statement.' },
    { language: 'en', prose: 'The donor paid for the servers on the understanding that the ministry would publish the decree.' },
    { language: 'fr', prose: 'La France a pris en charge tous les frais, étant entendu que le Sénégal rejoindrait la déclaration commune.' },
    { language: 'fr', prose: 'La France a financé le cours, étant entendu que le gouvernement adopterait la stratégie.' },
    // "Subject to the passage" of a bill, « sous réserve du vote » of a law, the condition put first.
    { language: 'en', prose: 'Subject to the passage of the data protection bill by Parliament, the second phase will fund a laboratory.' },
    { language: 'en', prose: 'The servers will be delivered subject to the promulgation of the decree on critical operators.' },
    { language: 'fr', prose: 'Sous réserve du vote de la loi sur la cybercriminalité par l’Assemblée nationale, la seconde phase financera le laboratoire.' },
  ]);
  expectFound('without-conditions', false, [
    // People's own reward; a topic a course covers; a prize told as a story.
    { language: 'en', prose: 'The certificate is awarded only if the trainee has written a final paper.' },
    { language: 'en', prose: 'The prize was awarded after the ministry published the results.' },
    { language: 'en', prose: 'It covers when investigators may copy crew lists, on whose written authority, and how long copies may be kept.' },
    // The donor's own budget, after an adverb or "subject to the passage".
    { language: 'fr', prose: 'Le cofinancement de la phase suivante dépend toutefois de l’inscription des crédits au budget 2026 de l’Agence.' },
    { language: 'en', prose: 'Subject to the passage of the annual budget by the French Parliament, the second phase will fund a laboratory.' },
    { language: 'fr', prose: 'Sous réserve du vote de la loi de finances française, la seconde phase financera le laboratoire.' },
    { language: 'en', prose: 'The grant remains subject to the passage of time and the findings of the audit.' },
    // Circumstances after an adverb inside the gate.
    { language: 'en', prose: 'Training depends, however, on the weather.' },
    { language: 'fr', prose: 'La formation dépend toutefois des disponibilités des experts.' },
    // A gate put first that tells a story, or whose act is people's, the programme's paperwork or no support.
    { language: 'en', prose: 'Once the strategy had been adopted by the Government, the team helped draft the action plan.' },
    { language: 'en', prose: 'After the Government adopted its strategy in 2021, France funded a first course.' },
    { language: 'fr', prose: 'Une fois la stratégie adoptée par le gouvernement en 2021, la France a financé un premier cours.' },
    { language: 'en', prose: 'Once trainees have passed the test, they will receive a certificate.' },
    { language: 'en', prose: 'Once the ministry has named its trainees, France will fund their travel.' },
    { language: 'en', prose: 'Once the financing agreement is signed by the ministry, France will fund the laboratory.' },
    { language: 'en', prose: 'Until the ministry adopted its strategy in 2020, no such training existed.' },
    // The main clause says what the partner did next, or names the support only far into it; procurement.
    { language: 'en', prose: 'When the Government adopted its strategy in 2022, it asked France for support, and France will fund the first phase.' },
    { language: 'en', prose: 'Once the ministry has adopted its strategy, it will be able to ask for support from any donor.' },
    { language: 'en', prose: 'After the Government adopted the law in 2021, the centre opened and the donors will fund its second year.' },
    { language: 'fr', prose: 'Lorsque le gouvernement a adopté sa stratégie en 2022, il a sollicité l’appui de la France, qui financera la première phase.' },
    { language: 'en', prose: 'Once the Government has adopted the strategy, the experts will review its action plan.' },
    { language: 'en', prose: 'The contract will be awarded after the ministry publishes the tender.' },
    // An understanding about people, the donor, a supplier or findings.
    { language: 'en', prose: 'France covered all costs on the understanding that the trainees would share what they learned.' },
    { language: 'en', prose: 'The ministry hosted the course on the understanding that France would cover the costs.' },
    { language: 'en', prose: 'France funded the study on the understanding that its findings would be published.' },
    { language: 'en', prose: 'The equipment was delivered on the understanding that the supplier would install and connect it.' },
    { language: 'fr', prose: 'La France a pris en charge tous les frais, étant entendu que les stagiaires rejoindraient le réseau des anciens.' },
    { language: 'fr', prose: 'L’équipe a rejoint le réseau après que le gouvernement a adopté la stratégie.' },
  ]);
});

describe('rounds 23 and 24, principle/conditionality: a partner’s undertaking, a law brought into line with a standard, support that presupposes the act (« suppose », « dès lors que »), a condition on the body of the people trained, "only if their government has first…"', () => {
  expectFound('without-conditions', true, [
    // An undertaking given by the partner.
    { language: 'en', prose: 'A place is confirmed once the sending ministry has undertaken in writing to keep the officer in post for two years.' },
    // A law brought into line, aligned or harmonised with a standard.
    { language: 'en', prose: 'The second tranche will be released when Senegal has brought its cybercrime law into line with the Budapest Convention.' },
    { language: 'en', prose: 'The second tranche will be released once Senegal has aligned its regulation with the directive.' },
    { language: 'fr', prose: 'La seconde tranche sera versée une fois que le gouvernement aura mis sa loi en conformité avec la directive.' },
    // Support that presupposes the act, or is given « dès lors que » the partner acts.
    { language: 'fr', prose: 'Le décaissement de la deuxième tranche suppose l’adoption préalable, dans chaque pays, du décret d’application de la loi.' },
    { language: 'en', prose: 'Disbursement of the second tranche presupposes the adoption of the implementing decree by each Government.' },
    { language: 'fr', prose: 'La France prend en charge le déplacement de deux agents dès lors que le ministère désigne ces agents comme points de contact nationaux.' },
    // A condition whose subject is the body of the people trained.
    { language: 'fr', prose: 'La France prend en charge le voyage des stagiaires, à condition que leur administration s’engage par écrit à les maintenir en poste.' },
    { language: 'en', prose: 'We pay the trainees’ travel provided that their ministry undertakes to keep them in post.' },
    // "Only if their government has first…".
    { language: 'en', prose: 'Agencies may join the second phase only if their government has first adopted a national strategy.' },
  ]);
  expectFound('without-conditions', false, [
    { language: 'en', prose: 'The visit is confirmed once our experts have undertaken the preparatory review.' },
    { language: 'en', prose: 'The second tranche was released after the team came into line with the schedule.' },
    { language: 'en', prose: 'The hotline will open once the new phone line has been installed by the operator.' },
    { language: 'fr', prose: 'Dès lors que la loi a été adoptée en 2020, le ministère a créé une cellule.' },
    { language: 'fr', prose: 'La formation suppose une bonne maîtrise de l’anglais par les stagiaires.' },
    { language: 'fr', prose: 'Le versement suppose l’adoption du budget par le Parlement français.' },
    { language: 'en', prose: 'Disbursement presupposes a good command of English.' },
    { language: 'en', prose: 'The course teaches when a ministry may require the prior approval of the regulator.' },
    // Conditions on people themselves.
    { language: 'fr', prose: 'Les stagiaires sont admis, à condition que leur dossier soit complet.' },
    { language: 'en', prose: 'Trainees are admitted provided that they hold a degree.' },
    { language: 'en', prose: 'Places go to trainees only if they hold a degree.' },
    { language: 'fr', prose: 'Les places vont aux stagiaires seulement si leur dossier est complet.' },
    // Someone else's approval, or the partner's own wish.
    { language: 'en', prose: 'Trainees may join the course only if their employer has approved it.' },
    { language: 'en', prose: 'Teams may join only if their government asks for it.' },
  ]);
});

describe('rounds 23 and 24, principle/conditionality: support renewed only if the partner feeds a shared database (« que si chaque cellule alimente la base »), a State’s « cellule » as a partner body', () => {
  expectFound('without-conditions', true, [
    { language: 'fr', prose: 'L’abonnement ne sera prolongé que si le ministère alimente chaque mois le registre commun des incidents.' },
    { language: 'fr', prose: 'Les licences d’analyse ne seront reconduites en 2026 que si chaque cellule alimente la plateforme régionale.' },
    { language: 'en', prose: 'The software licences will be renewed only if each national unit feeds the regional database.' },
    { language: 'fr', prose: 'Les postes d’analyse ne seront livrés qu’une fois que chaque cellule aura désigné un administrateur.' },
  ]);
  expectFound('without-conditions', false, [
    { language: 'fr', prose: 'Les serveurs ne seront installés qu’après le rétablissement de l’alimentation électrique du ministère.' },
    { language: 'fr', prose: 'Les stagiaires alimentent la base de cas pendant la formation, qui sera renouvelée en 2025.' },
    { language: 'en', prose: 'The licences were renewed after the analysts fed the database with new cases.' },
    { language: 'fr', prose: 'La cellule de communication du centre sera renforcée une fois que les stagiaires auront signé la charte.' },
  ]);
});

describe('rounds 25 and 26, principle/conditionality: access or a permission the partner must grant or give, as its act after a gate ("as long as the ministry grants the team access", « tant que le ministère accorde l’accès »)', () => {
  expectFound('without-conditions', true, [
    { language: 'en', prose: 'The audit will go ahead as long as the ministry grants the auditors access to its data centre.' },
    { language: 'en', prose: 'France will fund the assessment only once the Government has given the experts access to the registry.' },
    { language: 'en', prose: 'The second phase will start once the authorities have granted permission to scan the public networks.' },
    { language: 'fr', prose: "Les missions d'audit seront financées tant que le ministère accorde aux auditeurs l'accès à ses serveurs." },
    { language: 'fr', prose: "La France ne financera la revue qu'une fois que le Gouvernement aura donné aux experts l'accès aux réseaux." },
  ]);
  expectFound('without-conditions', false, [
    // The donor grants the support: no act of the partner.
    { language: 'en', prose: 'The review will go ahead as long as France grants the funding for a second year.' },
    // A story: access given in the past, the work done after it.
    { language: 'en', prose: 'The review went ahead after the ministry granted the team access to its networks.' },
    // People trained who are given access: their own step.
    { language: 'en', prose: 'Trainees will be granted access to the lab once they complete the first module.' },
    // Access given without a gate; the partner's grant as plain news.
    { language: 'en', prose: 'The ministry granted the auditors access to every server during the second week.' },
    { language: 'fr', prose: "Le ministère a donné aux auditeurs l'accès à tous ses serveurs dès la deuxième semaine." },
    // Something given that is no access or power: comments.
    { language: 'fr', prose: "La revue sera publiée une fois que le ministère aura donné son avis sur le texte." },
  ]);
});

describe('rounds 27 and 28, principle/conditionality: the support going on (« se poursuivra », "will continue") waits on the partner, a purchase as its act; « pour autant que », « pourvu que »; « lié à » an act named as a noun; a plan validated by the partner', () => {
  expectFound('without-conditions', true, [
    // The support going on, named by a verb, after the work it is.
    { language: 'en', prose: 'The mentoring will continue only as long as the ministry maintains a staffed response unit.' },
    { language: 'en', prose: 'Our partnership with the armed forces will continue after 2026 only if the Senegalese navy acquires compatible encryption radios.' },
    { language: 'fr', prose: 'Le tutorat se poursuivra tant que le ministère maintient une cellule de réponse dotée de personnel.' },
    { language: 'fr', prose: 'L’accompagnement continuera en 2026 une fois que le Gouvernement aura acquis les serveurs du centre.' },
    // Its continuation named as a noun, the partnership's; the act a purchase.
    { language: 'fr', prose: 'La poursuite du partenariat après 2027 dépendra de l’achat par les forces sénégalaises de radios compatibles.' },
    { language: 'en', prose: 'The continuation of the partnership after 2026 depends on the purchase by the Senegalese navy of compatible radios.' },
    // « pour autant que », « pourvu que », "on the proviso that".
    { language: 'fr', prose: 'Le soutien de la France est accordé pour autant que le Sénégal adopte au préalable une stratégie de protection des mineurs.' },
    { language: 'fr', prose: 'Les équipements seront livrés pourvu que le ministère désigne un responsable du site.' },
    { language: 'en', prose: 'The equipment will be supplied on the proviso that the ministry designates a site manager.' },
    // « lié à » an act named right after it.
    { language: 'fr', prose: 'Le décaissement de la seconde année est lié à la publication du décret sur la conservation des journaux.' },
    { language: 'fr', prose: 'Le second versement sera lié à la nomination d’un directeur par le ministère.' },
    // A plan validated by the partner's council or cabinet.
    { language: 'fr', prose: 'L’Agence n’engagera la seconde phase qu’une fois le plan d’action validé en Conseil des ministres.' },
    { language: 'en', prose: 'The second phase will start only once the Cabinet has validated the action plan.' },
  ]);
  expectFound('without-conditions', false, [
    // A story: the work went on after the act.
    { language: 'en', prose: 'Training continued after the Government adopted its strategy in 2021.' },
    // Prosecution (« poursuivre les auteurs ») and lifelong training (« formation continue ») are no support going on.
    { language: 'fr', prose: 'Le parquet poursuivra les auteurs une fois la loi adoptée par le Parlement.' },
    { language: 'fr', prose: 'La formation continue des agents sera assurée par le ministère une fois la loi promulguée.' },
    // What goes on is not the support.
    { language: 'en', prose: 'Prices will continue to rise until the regulator acquires new powers.' },
    // The partner's purchase, with no support waiting on it.
    { language: 'fr', prose: 'Le ministère achètera les serveurs une fois que la loi sera adoptée.' },
    // « pour autant que » about people, the donor's wish, or as a turn of speech.
    { language: 'fr', prose: 'Les stagiaires recevront une attestation pour autant qu’ils aient suivi toutes les séances.' },
    { language: 'fr', prose: 'L’appui sera accordé pour autant que la France le souhaite.' },
    // « lié à » something late, or to the programme's own agreement, or a strategy the support follows.
    { language: 'fr', prose: 'Le retard du projet est lié à la publication tardive du décret.' },
    { language: 'fr', prose: 'Le financement est lié à la signature de la convention de financement par les deux parties.' },
    { language: 'fr', prose: 'L’appui de la France, lié à la stratégie adoptée par le gouvernement en 2022, porte sur la formation.' },
    // Validated by people or by the donor's experts.
    { language: 'fr', prose: 'Les stagiaires ne recevront leur attestation qu’une fois leurs acquis validés par le jury.' },
    { language: 'fr', prose: 'La seconde tranche sera versée une fois le rapport validé par les experts de l’Agence française.' },
    { language: 'en', prose: 'The report will be published once the experts have validated the findings.' },
  ]);
});

describe('rounds 27 and 28, principle/conditionality: only the services of States that acted, named in more words; the partner bodies that wish to take part must first act; an offer with a requirement that the partner make a statement', () => {
  expectFound('without-conditions', true, [
    { language: 'fr', prose: 'Seules les unités spécialisées des pays ayant ratifié la convention de Budapest peuvent y inscrire des enquêteurs.' },
    { language: 'en', prose: 'Only the police units of States that have ratified the Budapest Convention can send investigators.' },
    // Those that wish to take part must first act.
    { language: 'fr', prose: 'Les administrations qui souhaitent envoyer des agents à la seconde session devront auparavant avoir désigné un correspondant cybersécurité.' },
    { language: 'fr', prose: 'Les tribunaux désireux d’inscrire des magistrats au cycle doivent d’abord nommer un juge référent.' },
    { language: 'en', prose: 'Ministries that wish to send officers to the second course must first designate a cyber focal point.' },
    { language: 'en', prose: 'Any court wishing to enrol judges will first have to appoint a cybercrime referent.' },
    // An offer with a requirement: a statement the partner makes.
    { language: 'en', prose: 'Every travel bursary came with one condition: the recipient government had to make a national statement during the debate.' },
    { language: 'fr', prose: 'Chaque financement de voyage est assorti d’une condition : le ministère doit prononcer une déclaration nationale pendant la session.' },
  ]);
  expectFound('without-conditions', false, [
    { language: 'fr', prose: 'Seuls les stagiaires des pays ayant ratifié la convention peuvent s’inscrire au second module.' },
    { language: 'en', prose: 'Only the trainees of ministries that have adopted a strategy can enrol.' },
    // People or private parties that wish to take part; no prior step; a story.
    { language: 'en', prose: 'Trainees who wish to join the advanced course must first pass the entrance test.' },
    { language: 'fr', prose: 'Les entreprises qui souhaitent participer devront d’abord signer la charte.' },
    { language: 'en', prose: 'Ministries that wish to send officers must register them by March.' },
    { language: 'en', prose: 'Ministries that wished to send officers had first designated a focal point.' },
    // A requirement on a person, or on a strategy rather than the support.
    { language: 'en', prose: 'Each bursary comes with one requirement: the fellow has to deliver a short talk.' },
    { language: 'en', prose: 'The strategy came with a requirement: the ministry had to deliver a statement to Parliament.' },
  ]);
});

describe('rounds 27 and 28, principle/conditionality: people named as those the partner undertakes to keep in post are the object of its act, not their own step', () => {
  expectFound('without-conditions', true, [
    { language: 'en', prose: 'A place is confirmed once the sending ministry has undertaken in writing to keep the graduate in a cyber post for two years.' },
    { language: 'fr', prose: 'La bourse n’est accordée qu’une fois que le ministère s’est engagé par écrit à maintenir le lauréat dans un poste cyber pendant deux ans.' },
  ]);
  expectFound('without-conditions', false, [
    // The partner naming its own candidates, and a person's own undertaking.
    { language: 'en', prose: 'A seat is confirmed once the ministry has named its fellow.' },
    { language: 'en', prose: 'The certificate is issued once the trainee has undertaken to keep the course materials confidential.' },
    { language: 'fr', prose: 'L’attestation est remise une fois que le stagiaire s’est engagé à garder les supports confidentiels.' },
  ]);
});
