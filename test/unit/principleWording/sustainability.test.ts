/**
 * Round 18's classes of `principle/sustainability`, in sentences of their own (not the corpus's): a
 * course that comes back in a later year, given by the host's own instructors; and the look-alikes
 * that are no continuation: evidence handed over in a case, a one-off day run by an agency, « suivi
 * d'une séquence » (followed by), and a date in a relative clause from before the programme's start
 * (the test entry starts in 2023; see datedBeforeStart.ts). Then classes found by probing the rule
 * with lines of real drafts.
 */
import assert from 'node:assert/strict';
import { defaultRuleOptions } from '../../../schemas/ruleOptions';
import { documentChecklist } from '../../../server/src/core/principles/documentChecklist';
import { analyzeFixture } from '../../support/library';
import { expectFound } from '../../support/principleWording';

describe('round 18, principle/sustainability: a course back in a later catalogue, given by the host’s own instructors; evidence handed over, a one-off day run by an agency, « suivi d’une », background dated before the start are none', () => {
  describe('finds them', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'The seminar comes back in the academy’s 2025 programme.' },
      { language: 'en', prose: 'From now on the module is taught by its own Senegalese instructors.' },
      { language: 'fr', prose: "Le séminaire reviendra au programme 2025 de l'académie." },
      { language: 'fr', prose: "Le module est désormais dispensé par ses propres formateurs sénégalais." },
      // A date from before the start that is the programme's own, or not in a relative clause.
      { language: 'en', prose: 'Held every year since 2016 by the regulators’ association, the forum met in Dakar.' },
      { language: 'fr', prose: 'Organisé chaque année depuis 2016, le forum a eu lieu à Dakar.' },
      // Handing over the work itself.
      { language: 'en', prose: 'The donor will hand over the platform to the national agency.' },
      // Maintained by an office, not a one-off day run by it.
      { language: 'en', prose: 'The portal is maintained by the national cyber office.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('sustainable', false, [
      { language: 'en', prose: 'Analysts learned how to hand over seized phones and server images to the prosecutor.' },
      { language: 'en', prose: 'The closing day, run by the national agency, was a tabletop exercise.' },
      { language: 'fr', prose: "La journée, animée par l'agence nationale, a réuni trente analystes." },
      { language: 'fr', prose: "Chaque cas pratique était suivi d'une discussion sur les droits de la défense." },
      { language: 'en', prose: 'Two trainers who have sat on the expert group since 2019 spent a day with the staff.' },
      { language: 'en', prose: 'The day looked at the incident log that the agency has kept since 2020.' },
      { language: 'fr', prose: 'Les magistrats, qui avaient soulevé la question lors de leur réunion annuelle de 2021, ont suivi la journée.' },
      // The instructors of the donor are not the host's own: "taught by our own instructors".
      { language: 'en', prose: 'The single course was taught by our own instructors.' },
    ]);
  });
});

describe('principle/sustainability, from probes with lines of real drafts: a counted recurrence, the work carried now by a body of the partner, graduates who teach in turn', () => {
  describe('finds them', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'The network meets twice a year.' },
      { language: 'fr', prose: 'Le réseau se réunit deux fois par an.' },
      { language: 'en', prose: 'The platform is now maintained by the national CSIRT.' },
      { language: 'fr', prose: "Le cours est désormais dispensé par l'académie nationale." },
      { language: 'fr', prose: 'La plateforme est désormais maintenue par le CSIRT national.' },
      { language: 'en', prose: 'Graduates now teach the course at the national academy.' },
      { language: 'fr', prose: "Les anciens stagiaires forment à leur tour les nouveaux analystes." },
    ]);
  });
  describe('does not find them', () => {
    expectFound('sustainable', false, [
      { language: 'en', prose: 'The workshop lasted twice as long as planned.' },
      { language: 'en', prose: 'The exercise is now run by French experts.' },
      { language: 'en', prose: 'Graduates received their certificates at a closing ceremony.' },
      { language: 'fr', prose: 'Le cours a été dispensé par des experts français.' },
    ]);
  });
});

describe('principle/sustainability, from the advice its findings give: a duration of several years said in words', () => {
  describe('finds it', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'It is a three-year programme.' },
      { language: 'en', prose: 'The project runs for four years.' },
      { language: 'en', prose: 'The work is spread over 3 years.' },
      { language: 'fr', prose: 'Il s’agit d’un projet de trois ans.' },
      { language: 'fr', prose: "Le programme s'étend sur quatre ans." },
      { language: 'fr', prose: 'Le plan triennal prévoit deux sessions.' },
    ]);
  });
  describe('does not find its look-alikes', () => {
    expectFound('sustainable', false, [
      { language: 'en', prose: 'Three years ago the police had no laboratory.' },
      { language: 'en', prose: 'Over the past three years, attacks on hospitals doubled.' },
      { language: 'en', prose: 'A one-year project trained the analysts.' },
      { language: 'fr', prose: "Il y a trois ans, la police n'avait pas de laboratoire." },
    ]);
  });
});

describe('principle/sustainability, from real programme descriptions: an End date equal to the Start is a one-off, not a duration', () => {
  describe('does not count an End on the Start’s own day, or its own month when both are months', () => {
    expectFound('sustainable', false, [
      { language: 'en', prose: 'A one-day workshop on incident reporting was held in Dakar for the staff of the national CERT.', dates: { start: '2023-03-12', end: '2023-03-12' } },
      { language: 'en', prose: 'Twenty diplomats attended a seminar on the framework of responsible State behaviour.', dates: { start: '2023-11', end: '2023-11' } },
      { language: 'fr', prose: 'Une journée de sensibilisation à la gestion de crise a réuni les correspondants des ministères.', dates: { start: '2023-03-12', end: '2023-03-12' } },
      { language: 'fr', prose: 'Un séminaire sur le droit international applicable au cyberespace a réuni trente diplomates.', dates: { start: '2024-02', end: '2024-02' } },
    ]);
  });
  describe('still counts an End that says the work runs past its Start, and other signs of a lasting process', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'A course on incident reporting was given to the staff of the national CERT.', dates: { start: '2023-03-12', end: '2023-03-14' } },
      { language: 'en', prose: 'A course on incident reporting was given to the staff of the national CERT.', dates: { start: '2023-03', end: '2023-09' } },
      { language: 'en', prose: 'A course on incident reporting was given to the staff of the national CERT.', dates: { start: '2023-03-12', end: '2023-03' } },
      { language: 'en', prose: 'A programme of courses for the staff of the national CERT.', dates: { start: '2023', end: '2023' } },
      { language: 'fr', prose: 'Un cours sur la gestion des incidents a été dispensé aux agents du CERT national.', dates: { start: '2023-03', end: '2024-06' } },
      { language: 'en', prose: 'A one-day workshop on incident reporting, followed by a refresher course for the same officers in 2024.', dates: { start: '2023-03-12', end: '2023-03-12' } },
      { language: 'fr', prose: "Une journée d'atelier, dont une seconde édition est prévue à Lomé.", dates: { start: '2023-03-12', end: '2023-03-12' } },
    ]);
  });
});

describe('principle/sustainability on a one-day workshop whose End is its Start', () => {
  it('reports the entry and says that the end date must be later than the start', () => {
    const analysis = analyzeFixture(`---
kind: mapping-exercise
submitter: France
date: 2024-02-10
language: en
---

# Programmes

### Workshop on incident reporting

- **Level:** bilateral
- **Lead:** France
- **Beneficiaries:** Senegal
- **Themes:** incident response
- **Start:** 2023-03-12
- **End:** 2023-03-12
- **Status:** completed

A one-day workshop on incident reporting for the staff of the national CERT.
`);
    const finding = analysis.findings.find((candidate) => candidate.ruleId === 'principle/sustainability');
    assert.ok(finding, 'principle/sustainability reports the one-day workshop');
    assert.match(finding.message, /an end date later than the start/);
  });
});

describe('round 19 and 20, principle/sustainability: a recurrence by season, a trainers’ module in the singular', () => {
  describe('finds them', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'The regional drill is held every autumn in a different capital.' },
      { language: 'en', prose: 'Each spring the network meets to revise its playbook.' },
      { language: 'fr', prose: 'Le séminaire se tient chaque printemps dans une capitale différente.' },
      { language: 'fr', prose: 'Les bourses du fonds sont attribuées tous les hivers.' },
      { language: 'fr', prose: 'Les quatre meilleurs stagiaires suivent ensuite un stage de formateur.' },
      { language: 'fr', prose: 'Un module de formatrice est proposé aux trois lauréates.' },
      // A next round that is not denied, a next session of the course itself.
      { language: 'en', prose: 'A second edition is planned for 2025.' },
      { language: 'en', prose: 'The next session of the course opens in March.' },
      { language: 'fr', prose: 'La prochaine session du cours aura lieu en mars.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('sustainable', false, [
      // A season once, not each year.
      { language: 'en', prose: 'The course took place in the autumn of 2023.' },
      { language: 'fr', prose: "L'atelier a eu lieu à l'automne 2023." },
    ]);
  });
});

describe('round 19 and 20, principle/sustainability: a next round or a follow-up denied, the sessions and the annual report of an intergovernmental body, are no continuation of the work', () => {
  expectFound('sustainable', false, [
    { language: 'en', prose: 'No second edition has been planned.' },
    { language: 'en', prose: 'The seminar ended without follow-up.' },
    { language: 'fr', prose: "Aucune deuxième édition n'est prévue." },
    { language: 'fr', prose: "L'atelier est resté sans suivi." },
    { language: 'fr', prose: "L'exercice n'a donné lieu à aucun suivi." },
    { language: 'en', prose: 'The seminar prepared delegates for the next session of the OEWG.' },
    { language: 'en', prose: 'Delegates rehearsed how to negotiate a draft annual report.' },
    { language: 'en', prose: 'The briefing walked the delegates through the OEWG’s annual progress report.' },
    { language: 'fr', prose: 'Le séminaire a préparé les délégations à la quatrième session de fond.' },
    { language: 'fr', prose: 'Les délégations ont préparé la troisième session de la Conférence des États parties.' },
    { language: 'fr', prose: "Les délégués ont simulé la négociation d'un projet de rapport annuel." },
  ]);
});

describe('rounds 21 and 22, principle/sustainability: the UN\'s sustainable development agenda, and « suivi » of accounts or persons, are not the work lasting', () => {
  describe('does not find them', () => {
    expectFound('sustainable', false, [
      { language: 'en', prose: 'The review measured the country against the 2030 Agenda for Sustainable Development.' },
      { language: 'en', prose: 'Speakers linked connectivity to the Sustainable Development Goals.' },
      { language: 'fr', prose: "La table ronde a porté sur le numérique et les objectifs de développement durable." },
      { language: 'fr', prose: "Les enquêteurs ont appris le suivi de profils anonymes et la géolocalisation d'images." },
    ]);
  });
  describe('still finds the work lasting', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'The ministry will fund the unit so that it is sustainable after the grant ends.' },
      { language: 'fr', prose: "Le financement durable de l'équipe est assuré par le budget national." },
      { language: 'fr', prose: "Un suivi des anciens stagiaires est organisé six mois après la session." },
    ]);
  });
});

describe('rounds 23 and 24, principle/sustainability: a review or a visit set for some months after the work, "yearly", an ordinal edition with a word between; "sustainable development" alone is the UN\'s concept', () => {
  describe('finds them', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'A remote check of how the playbook is used is planned for three months after the course.' },
      { language: 'en', prose: 'A return visit is booked 12 months after the deployment to see the tools in use.' },
      { language: 'en', prose: 'Nine months after the workshop, the two experts will come back to review the new procedures.' },
      { language: 'en', prose: 'A year later, the experts will reassess each team against the maturity model.' },
      { language: 'fr', prose: 'Un bilan de l’usage du guide est programmé quatre mois après l’atelier.' },
      { language: 'fr', prose: 'Une visite de vérification est prévue un an après la mission.' },
      { language: 'fr', prose: 'Six mois après la formation, les instructeurs reviendront observer les équipes.' },
      { language: 'en', prose: 'The agency hosted the fifth yearly edition of its crisis drill.' },
      { language: 'en', prose: 'The forum meets yearly in one of its member States.' },
      { language: 'en', prose: 'A third regional round gathers the teams in Nairobi.' },
      { language: 'fr', prose: 'L’école a organisé la sixième édition de son cours d’été.' },
      { language: 'en', prose: 'The grant supports the sustainable development of the national CSIRT.' },
      { language: 'fr', prose: 'Le projet soutient le développement durable des capacités de l’équipe nationale.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('sustainable', false, [
      // A report due after the workshop, a later event in the past, a review denied.
      { language: 'en', prose: 'The final report is due six weeks after the workshop.' },
      { language: 'en', prose: 'The law was adopted two years after the seminar.' },
      { language: 'en', prose: 'No follow-on visit is planned six months after the course.' },
      { language: 'fr', prose: 'Le rapport final est attendu six semaines après l’atelier.' },
      { language: 'fr', prose: 'Aucun bilan n’est prévu six mois après la mission.' },
      // The UN's concept, named alone.
      { language: 'en', prose: 'The closing panel recalled the link between cybersecurity and sustainable development.' },
      { language: 'fr', prose: 'La séance de clôture a rappelé le lien entre la cybersécurité et le développement durable.' },
      { language: 'fr', prose: 'Les échanges ont porté sur le numérique au service du développement durable.' },
    ]);
  });
});

describe('rounds 25 and 26, principle/sustainability: a recurrence by school year or new cohort (« à chaque rentrée »); mentoring bounded to a day or a week, and a word inside a password or a mailbox, are no lasting work', () => {
  describe('finds them', () => {
    expectFound('sustainable', true, [
      { language: 'en', prose: 'The bus tour visits the secondary schools again at the start of every school year.' },
      { language: 'en', prose: 'The module is offered to each new intake of the police academy.' },
      { language: 'fr', prose: 'Le camion de sensibilisation revient dans les lycées à chaque rentrée scolaire.' },
      { language: 'fr', prose: "L'atelier est proposé à chaque nouvelle promotion de l'école de police." },
      // Mentoring without a bound still counts.
      { language: 'en', prose: 'Analysts are paired with mentors from the regional team for the first year.' },
      { language: 'fr', prose: 'Un mentorat des enquêteurs par leurs homologues régionaux accompagne la formation.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('sustainable', false, [
      // A school year named once, or each school of the tour.
      { language: 'en', prose: 'The tour reached each school in the region during the 2023 school year.' },
      { language: 'fr', prose: 'La tournée a eu lieu à la rentrée scolaire de 2023, dans chaque lycée de la région.' },
      // Mentoring bounded to a day or a week.
      { language: 'en', prose: 'Two experts led a one-week mentoring visit to the cybercrime unit.' },
      { language: 'en', prose: 'The unit received three days of mentoring on live cases.' },
      { language: 'fr', prose: "Une semaine de mentorat auprès de la brigade numérique a eu lieu en mars." },
      { language: 'fr', prose: "Les enquêteurs ont bénéficié d'un mentorat de trois jours sur des dossiers réels." },
      // A word inside a password or a mailbox.
      { language: 'fr', prose: 'Accès à la plateforme : identifiant labo-dakar, mot de passe Alumni#2024.' },
      { language: 'en', prose: 'Questions about the course go to followup@academy.example.' },
    ]);
  });
});

describe('rounds 27 and 28, principle/sustainability: a later activity announced, the same event run again later, an event held for the second year in a row, the same course given again by those trained, a module added to the partner’s induction course; their look-alikes are none', () => {
  describe('finds them', () => {
    expectFound('sustainable', true, [
      // A later activity announced, by an indefinite article and an ordinal (or "further", "another").
      { language: 'en', prose: 'Germany will fund a second workshop, on ransomware negotiation, if the ministry asks for it.' },
      { language: 'en', prose: 'A further course for border police is planned for the spring.' },
      { language: 'en', prose: 'Another exercise, with the ports added, will take place in Mombasa.' },
      { language: 'fr', prose: "Une deuxième mission, centrée sur la gestion des journaux, aura lieu au premier trimestre." },
      { language: 'fr', prose: "Le Canada financera ensuite un second stage sur l'analyse de logiciels malveillants." },
      // The same event run again later.
      { language: 'en', prose: 'The whole scenario will be played again in Nairobi next year, with a new regulator.' },
      { language: 'en', prose: 'The tabletop is to be held again in 2026 for the health sector.' },
      { language: 'fr', prose: "Le scénario sera joué de nouveau à Lomé en 2025, avec les hôpitaux." },
      // The programme's event held for the second year in a row.
      { language: 'en', prose: 'For the third consecutive year, the regulator hosted a drill for the banks.' },
      { language: 'en', prose: 'The national agency organised the hackathon for the second year running.' },
      { language: 'fr', prose: "Pour la troisième année de suite, l'agence a organisé la semaine de sensibilisation." },
      { language: 'fr', prose: "Le forum s'est tenu pour la deuxième fois consécutive à Niamey." },
      // Those trained give the same course again to others.
      { language: 'en', prose: 'Three of the analysts will then deliver the same training to colleagues in the provinces.' },
      { language: 'en', prose: 'Four of the trainees will in turn give the same course to the border units.' },
      { language: 'fr', prose: "Deux des stagiaires dispenseront ensuite la même formation aux agents des régions." },
      // A module added to the partner's standing training, or made compulsory there.
      { language: 'en', prose: 'The police college has built the two-day module into the basic course for new recruits.' },
      { language: 'en', prose: 'Since last year the course on digital evidence is now mandatory for new prosecutors.' },
      { language: 'fr', prose: "L'école de la magistrature a ajouté ce module à la formation d'intégration des nouveaux juges." },
      { language: 'fr', prose: "Le module sur la preuve numérique est désormais obligatoire pour les auditeurs de justice." },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('sustainable', false, [
      // A part of the course just described, or a later activity denied.
      { language: 'en', prose: 'The second module covered the chain of custody for seized phones.' },
      { language: 'en', prose: 'There are no plans to hold a second workshop.' },
      { language: 'en', prose: 'The donor will not fund a second module.' },
      { language: 'fr', prose: "Le second module portait sur la chaîne de conservation des preuves." },
      { language: 'fr', prose: "Aucun second atelier n'est prévu." },
      // A repeat within the event.
      { language: 'en', prose: 'The injects will be played again in the afternoon with the media cell.' },
      { language: 'fr', prose: "La phase de crise sera jouée de nouveau l'après-midi avec la cellule de communication." },
      // A threat or a figure that tops a list year after year.
      { language: 'en', prose: 'For the third consecutive year, ransomware was the main threat reported to the team.' },
      { language: 'fr', prose: "Pour la troisième année consécutive, les rançongiciels sont la première menace signalée." },
      // The same course for all, or the course itself.
      { language: 'en', prose: 'All three groups followed the same course in Accra.' },
      { language: 'fr', prose: "Les trois groupes ont suivi la même formation à Accra." },
      // A session added to the workshop's own agenda; attendance made compulsory.
      { language: 'en', prose: 'The trainers added a practical session to the five-day workshop.' },
      { language: 'en', prose: 'Attendance at every session was compulsory.' },
      { language: 'fr', prose: "Les formateurs ont ajouté une séance pratique à l'atelier de cinq jours." },
      { language: 'fr', prose: "La présence à chaque séance était obligatoire." },
    ]);
  });
});

describe('rounds 27 and 28, principle/sustainability: « suivi » in parcel tracking (« données de suivi », « suivi des colis ») is no follow-up', () => {
  describe('finds a follow-up still', () => {
    expectFound('sustainable', true, [
      { language: 'fr', prose: "Un suivi des participants est prévu par la douane." },
      { language: 'fr', prose: "Des réunions de suivi réunissent la poste et la douane." },
    ]);
  });
  describe('does not find tracking', () => {
    expectFound('sustainable', false, [
      { language: 'fr', prose: "Les agents ont appris à exploiter les données de suivi des transporteurs." },
      { language: 'fr', prose: "Le cours a porté sur le suivi des colis suspects et des envois express." },
      { language: 'fr', prose: "Chaque envoi porte un numéro de suivi que les douaniers consultent." },
    ]);
  });
});

/** A mentoring programme's entry: its heading names mentoring, and the prose decides. */
function mentoringEntryStatus(language: 'en' | 'fr', heading: string, prose: string): string | undefined {
  const fields =
    language === 'en'
      ? '- **Level:** bilateral\n- **Lead:** France\n- **Beneficiaries:** Senegal\n- **Themes:** policy and national strategies\n- **Start:** 2023-01\n- **Status:** completed'
      : "- **Niveau :** bilatéral\n- **Chef de file :** France\n- **Bénéficiaires :** Sénégal\n- **Thèmes :** politiques\n- **Début :** 2023-01\n- **Statut :** terminé";
  const analysis = analyzeFixture(
    `---\nkind: mapping-exercise\nsubmitter: France\ndate: 2024-02-10\nlanguage: ${language}\n---\n\n# Programmes\n\n### ${heading}\n\n${fields}\n\n${prose}\n`,
    { ...defaultRuleOptions, principles: { secondReading: false } },
  );
  return documentChecklist(analysis)[0]?.items.find((item) => item.checkId === 'sustainable')?.status;
}

describe('rounds 27 and 28, principle/sustainability: when the heading names mentoring, the mentoring is the work itself, not how it lasts', () => {
  const cases: readonly { language: 'en' | 'fr'; heading: string; prose: string; status: string }[] = [
    // The programme is a mentoring scheme, bounded in months: a one-off cohort.
    { language: 'en', heading: 'Mentoring scheme for women analysts', prose: 'Twenty analysts were paired with senior mentors for eight months of online mentoring.', status: 'not-addressed' },
    { language: 'fr', heading: 'Programme de mentorat pour les juristes', prose: "Chaque juriste est suivie par une mentore pendant huit mois dans le cadre du mentorat.", status: 'not-addressed' },
    // Something else still says it lasts: a next cohort, mentees who mentor in turn.
    { language: 'en', heading: 'Mentoring scheme for women analysts', prose: 'Analysts are paired with mentors for eight months; a second cohort starts in 2025.', status: 'addressed' },
    { language: 'fr', heading: 'Programme de mentorat pour les juristes', prose: "Les mentorées deviendront à leur tour mentores de la promotion suivante.", status: 'addressed' },
    // Mentoring after a course, in a programme that is not a mentoring scheme, is its follow-up.
    { language: 'en', heading: 'Course on digital forensics', prose: 'The course is followed by mentoring on live cases once the analysts are back home.', status: 'addressed' },
    { language: 'fr', heading: 'Cours de criminalistique numérique', prose: "Le cours est prolongé par un mentorat sur des affaires réelles.", status: 'addressed' },
  ];
  for (const { language, heading, prose, status } of cases) {
    it(`reads "${prose}" under "${heading}" as ${status}`, () => assert.equal(mentoringEntryStatus(language, heading, prose), status));
  }
});
