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
