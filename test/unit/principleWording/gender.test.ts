/**
 * Round 19 and 20's classes of `principle/gender`, in sentences of their own (not the corpus's): a
 * disability said by the impairment or by what serves it, and the look-alikes that are no mention of
 * gender or inclusion: "inclusive" that closes a range of dates or says what a price covers, the
 * parity of a currency or a RAID array, « à parité de » two professions.
 */
import { expectFound } from '../../support/principleWording';

describe('round 19, principle/gender: a disability said by the impairment or by what serves it', () => {
  describe('finds it', () => {
    expectFound('gender', true, [
      { language: 'en', prose: 'Two of the analysts have hearing impairments, so every session had live captions.' },
      { language: 'en', prose: 'Trainees with impaired vision received the slides in large print.' },
      { language: 'en', prose: 'The venue was chosen so that wheelchair users could reach every room.' },
      { language: 'en', prose: 'Each plenary was interpreted into sign language.' },
      { language: 'en', prose: 'Every handout also came in a version for screen readers.' },
      { language: 'fr', prose: 'Deux des stagiaires sont malvoyants ; les supports leur ont été remis en gros caractères.' },
      { language: 'fr', prose: 'Un agent atteint de déficience auditive a suivi tout le cours.' },
      { language: 'fr', prose: 'Chaque séance plénière a été interprétée en langue des signes.' },
      { language: 'fr', prose: 'La salle a été choisie pour accueillir les personnes à mobilité réduite.' },
      { language: 'fr', prose: 'Les documents existent aussi en version adaptée aux lecteurs d’écran.' },
    ]);
  });
  describe('does not find its look-alikes', () => {
    expectFound('gender', false, [
      // An impaired system, a reader of a card.
      { language: 'en', prose: 'The attack impaired the hospital’s billing system for a week.' },
      { language: 'fr', prose: 'Les enquêteurs ont appris à utiliser un lecteur de cartes à puce.' },
    ]);
  });
});

describe('round 19 and 20, principle/gender: "inclusive" of a range of dates or of a price, and parity of a currency, a disk or two professions, are no mention of inclusion or gender', () => {
  describe('does not find them', () => {
    expectFound('gender', false, [
      { language: 'en', prose: 'The course ran from 4 to 8 March 2024 inclusive.' },
      { language: 'en', prose: 'Sessions run Monday to Friday inclusive, from nine to five.' },
      { language: 'en', prose: 'The grant is 4,000 euros per trainee, inclusive of air fares and lodging.' },
      { language: 'en', prose: 'Each delegation paid an all-inclusive fee.' },
      { language: 'en', prose: 'The scenario tested what a run on the bank would do to the currency’s parity with the dollar.' },
      { language: 'en', prose: 'Participants compared the fixed parity of the two currencies.' },
      { language: 'en', prose: 'Analysts rebuilt the RAID parity after the second disk failed.' },
      { language: 'en', prose: 'Technicians learned how parity bits reveal a corrupted block.' },
      { language: 'fr', prose: 'La parité fixe du franc CFA avec l’euro a occupé la dernière séance.' },
      { language: 'fr', prose: 'La séance a porté sur la parité de change entre les deux monnaies.' },
      { language: 'fr', prose: 'Le comité de lecture est composé à parité de juristes et d’ingénieurs.' },
    ]);
  });
  describe('still finds inclusion of people, and gender parity', () => {
    expectFound('gender', true, [
      { language: 'en', prose: 'The workshop is inclusive of civil society groups and young researchers.' },
      { language: 'en', prose: 'An inclusive design guided the choice of trainees.' },
      { language: 'en', prose: 'The selection panel respects parity in every cohort.' },
      { language: 'fr', prose: 'Le jury de sélection respecte la parité.' },
      { language: 'fr', prose: 'Les cohortes sont recrutées à parité.' },
      { language: 'fr', prose: 'Le comité est composé à parité de femmes et d’hommes.' },
    ]);
  });
});

describe('rounds 21 and 22, principle/gender: the inclusion of a body or a topic, equal co-financing, and one woman named by her job title are no mention of gender', () => {
  describe('does not find them', () => {
    expectFound('gender', false, [
      { language: 'en', prose: 'The drill was notable for the inclusion of the water utility and two telecom operators.' },
      { language: 'en', prose: 'The board approved the inclusion of a new module in the syllabus.' },
      { language: 'fr', prose: "L'exercice a gagné en réalisme grâce à l'inclusion du régulateur des télécommunications." },
      { language: 'fr', prose: 'Les bourses sont cofinancées à parité par les deux ministères.' },
      { language: 'fr', prose: 'Les frais sont répartis à parité entre les deux agences.' },
      { language: 'fr', prose: 'Contact : Mme Sophie Laurent, cheffe de projet au ministère.' },
      { language: 'fr', prose: 'Le séminaire est préparé avec une magistrate de liaison détachée à Rabat.' },
    ]);
  });
  describe('still finds gender and inclusion', () => {
    expectFound('gender', true, [
      { language: 'en', prose: 'The inclusion of persons with disabilities guided the choice of venue.' },
      { language: 'fr', prose: "L'inclusion des jeunes des zones rurales est un critère de sélection." },
      { language: 'fr', prose: 'Le jury est composé de chercheuses et de magistrates des deux pays.' },
      { language: 'fr', prose: 'Les promotions sont composées à parité de femmes et d’hommes.' },
    ]);
  });
});

describe('rounds 23 and 24, principle/gender: places, grants or a share of the support kept for women named by the feminine plural of their role', () => {
  describe('finds them', () => {
    expectFound('gender', true, [
      { language: 'fr', prose: 'Le fonds paie quinze bourses par an, dont un quart revient à des doctorantes.' },
      { language: 'fr', prose: 'Dix places du stage sont réservées en priorité aux informaticiennes des ministères.' },
      { language: 'fr', prose: 'Au moins un tiers des crédits de mobilité est attribué à des enseignantes.' },
      { language: 'fr', prose: 'Les bourses de master sont ouvertes aux candidates des trois pays.' },
      { language: 'fr', prose: 'La promotion compte 45 % d’étudiantes.' },
      { language: 'fr', prose: 'Parmi les stagiaires retenus, la moitié sont des policières.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('gender', false, [
      // A feminine adjective after a noun, and feminine plural things.
      { language: 'fr', prose: 'Les crédits sont réservés aux équipes participantes des deux pays.' },
      { language: 'fr', prose: 'Un tiers du budget est consacré aux ventes de licences.' },
      { language: 'fr', prose: 'Les fonds sont attribués aux filières techniques de l’université.' },
      { language: 'fr', prose: 'La moitié des crédits est destinée aux composantes régionales du programme.' },
      { language: 'fr', prose: 'Les places sont réservées aux antennes régionales de la police.' },
      { language: 'fr', prose: 'Un quart de l’enveloppe revient aux autorités compétentes.' },
    ]);
  });
});

describe('rounds 27 and 28, principle/gender: non-discrimination in a market, parity between languages or States, equal participation of States are not gender; the same words about people still count', () => {
  describe('does not find equality in another sense', () => {
    expectFound('gender', false, [
      { language: 'en', prose: 'The regulators discussed non-discriminatory access to the backbone networks of the region.' },
      { language: 'en', prose: 'Licences must guarantee non-discriminatory treatment of incumbent and new operators.' },
      { language: 'en', prose: 'Patents are licensed on fair, reasonable and non-discriminatory terms.' },
      { language: 'en', prose: 'Documents were issued in Arabic and French with full language parity.' },
      { language: 'en', prose: 'The secretariat kept parity between the two language versions of the report.' },
      { language: 'en', prose: 'The forum ensures equal participation of all member States in the working groups.' },
      { language: 'fr', prose: "Le régulateur impose un accès non discriminatoire aux stations d'atterrissage des câbles." },
      { language: 'fr', prose: 'Les tarifs non discriminatoires entre opérateurs ont été discutés.' },
      { language: 'fr', prose: 'Les supports ont été publiés en russe et en anglais, à parité linguistique complète.' },
      { language: 'fr', prose: 'La réunion a respecté la parité entre les langues de travail.' },
    ]);
  });
  describe('still finds them about people', () => {
    expectFound('gender', true, [
      { language: 'en', prose: 'Selection followed a non-discriminatory process open to all applicants.' },
      { language: 'en', prose: 'The board keeps gender parity among its members.' },
      { language: 'en', prose: 'The course promotes equal participation of women and men.' },
      { language: 'en', prose: 'The panel was formed with strict parity.' },
      { language: 'fr', prose: 'Le recrutement suit une procédure non discriminatoire.' },
      { language: 'fr', prose: "Un accès non discriminatoire à la formation est garanti à tous les agents." },
      { language: 'fr', prose: 'Le jury a été composé dans le respect de la parité.' },
    ]);
  });
});
