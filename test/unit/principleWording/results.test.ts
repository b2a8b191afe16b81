/**
 * Round 18's classes of `principle/results`, in sentences of their own (not the corpus's): a
 * purpose said as what someone is after, a target with its deadline and who must meet it, an
 * expectation with its deadline, a measure to be tracked or compared, a survey on the last day, work
 * scored against a grid; and the look-alikes a careful reviewer does not count. Then outcomes said
 * plainly, found by probing the rule with lines of real drafts.
 */
import { expectFound } from '../../support/principleWording';

describe('round 18, principle/results: what someone is after, a target with its deadline and who must meet it, an expectation with a deadline, a measure tracked or compared, a last-day survey, work scored against a grid', () => {
  describe('finds them', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'What the regulators are after is a breach notice that reaches them within a day.' },
      { language: 'en', prose: 'What the two agencies want from the week is a shared list of critical suppliers.' },
      { language: 'fr', prose: "Ce que les régulateurs attendent, c'est une notification d'incident en moins d'un jour." },
      { language: 'en', prose: 'By the end of 2027, each provincial court should hold its hearings with a trained clerk.' },
      { language: 'fr', prose: "D'ici fin 2027, chaque tribunal de province devrait tenir ses audiences avec un greffier formé." },
      { language: 'en', prose: 'The lender expects half of all tax returns to be filed online by 2029.' },
      { language: 'fr', prose: "La banque escompte que la moitié des déclarations soient faites en ligne d'ici 2029." },
      { language: 'en', prose: 'The secretariat will track how many alerts the national teams acknowledge within an hour.' },
      { language: 'en', prose: 'The unit will compare, region by region, the share of complaints closed within a month.' },
      { language: 'en', prose: 'The share of graduates hired by the ministry is tracked year by year.' },
      { language: 'fr', prose: 'Le secrétariat suivra combien de ces alertes sont acquittées dans l’heure.' },
      { language: 'fr', prose: "Le taux d'embauche des diplômés par les ministères est suivi année après année." },
      { language: 'en', prose: 'A questionnaire handed out on the final day showed that most clerks now back up their files.' },
      { language: 'fr', prose: 'Un sondage fait le dernier jour montre que la plupart des greffiers sauvegardent leurs dossiers.' },
      { language: 'en', prose: 'Two assessors graded every report against the academy’s marking scheme.' },
      { language: 'fr', prose: 'Chaque rapport a été noté par deux examinateurs selon la grille de l’académie.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('results-focused', false, [
      // What someone covers or said is no purpose.
      { language: 'en', prose: 'What the lecturers covered was the history of the convention.' },
      { language: 'fr', prose: "Ce que les conférenciers ont présenté, c'est l'histoire de la convention." },
      // An act the partner must have done first is a condition, not a target.
      { language: 'en', prose: 'By March 2024, each ministry must have signed the charter.' },
      { language: 'fr', prose: "D'ici mars 2024, chaque ministère devra avoir signé la charte." },
      // A deadline without anyone to meet it, an expectation without a deadline.
      { language: 'en', prose: 'The lender expects the borrower to repay in twenty years.' },
      // What trainees learn to track, and a count of people, are no indicators.
      { language: 'en', prose: 'Trainees learned to track the share of phishing mails in a mailbox.' },
      { language: 'en', prose: 'The secretariat will count the number of participants at each session.' },
      { language: 'fr', prose: 'Le secrétariat comptera le nombre de participants à chaque séance.' },
      // A survey from before the programme, a survey of sites.
      { language: 'en', prose: 'A national poll published in 2021 found that few firms back up their books.' },
      { language: 'fr', prose: "Un sondage national publié en 2021 montre que peu d'entreprises sauvegardent leurs comptes." },
      // Evidence checked against the law is the case's, not an evaluation of the work.
      { language: 'en', prose: 'Trainees checked each seized file against the inventory.' },
    ]);
  });
});

describe('principle/results, from probes with lines of real drafts: an outcome said plainly', () => {
  describe('finds them', () => {
    expectFound('results-focused', true, [
      // A body that became operational, or went live.
      { language: 'en', prose: 'The national CSIRT became operational in 2023.' },
      { language: 'fr', prose: 'Le CSIRT national est devenu opérationnel en 2023.' },
      { language: 'fr', prose: 'La plateforme de signalement a été mise en service en mars.' },
      // An act the work made possible, or a result put down to it.
      { language: 'fr', prose: "La mission a permis l'adoption d'une politique de sauvegarde." },
      { language: 'en', prose: 'The review enabled the adoption of a backup policy.' },
      { language: 'en', prose: 'Thanks to the mentoring, the ministry now patches its servers every month.' },
      { language: 'fr', prose: 'Grâce à la formation, le ministère a adopté une politique de sauvegarde.' },
      // What the unit has done since.
      { language: 'en', prose: 'The centre has since handled more than 300 incidents.' },
      // A purpose said "so they can".
      { language: 'en', prose: 'France trained 40 officials so they can respond to incidents.' },
    ]);
  });
  describe('does not find them', () => {
    expectFound('results-focused', false, [
      // An activity in a list is no outcome; "so" that says why something did not happen is no purpose.
      { language: 'fr', prose: "Les experts ont assuré la rédaction des procédures et la mise en service d'une plateforme." },
      { language: 'en', prose: 'The course was full, so the team could not attend.' },
      { language: 'en', prose: 'Since 2021 the ministry has asked for two more courses.' },
    ]);
  });
});

describe('principle/results, from probes with lines of real drafts: a purpose said with a verb of aiming, help to come, the means given, where the work leads', () => {
  describe('finds them', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'The course sets out to speed up investigations.' },
      { language: 'en', prose: 'The course strives to speed up investigations.' },
      { language: 'en', prose: 'The course is geared towards faster investigations.' },
      { language: 'en', prose: 'The course works towards faster investigations.' },
      { language: 'en', prose: 'The laboratory was built to give investigators a place to work.' },
      { language: 'en', prose: 'The course should help investigators seize phones lawfully.' },
      { language: 'en', prose: 'The course equips investigators to seize phones.' },
      { language: 'en', prose: 'The course gives investigators the skills to seize phones.' },
      { language: 'en', prose: 'Eventually each country will have its own laboratory.' },
      { language: 'fr', prose: "Le programme entend renforcer les capacités d'enquête." },
      { language: 'fr', prose: "Le programme ambitionne de doter chaque pays d'un laboratoire." },
      { language: 'fr', prose: 'Le programme a vocation à former les futurs formateurs.' },
      { language: 'fr', prose: 'Le programme cherche à accélérer le traitement des plaintes.' },
      { language: 'fr', prose: 'Le programme tend à harmoniser les procédures.' },
      { language: 'fr', prose: 'Le programme se propose de mettre en place un réseau.' },
      { language: 'fr', prose: 'Le cours a pour finalité de renforcer les capacités.' },
      { language: 'fr', prose: 'Le cours devait permettre aux enquêteurs de saisir des téléphones.' },
      { language: 'fr', prose: 'Le programme doit aider les États à adopter une législation.' },
      { language: 'fr', prose: 'Le cours donne aux enquêteurs les moyens de saisir des téléphones.' },
      { language: 'fr', prose: "À terme, chaque pays disposera d'un laboratoire." },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('results-focused', false, [
      { language: 'en', prose: 'The seminar covered the AU’s work towards a common African position.' },
      { language: 'en', prose: 'The project eventually ended, and a report will follow.' },
      { language: 'en', prose: 'France provided the tools to the police.' },
      { language: 'en', prose: 'The laboratory was set up to the north of the capital.' },
      { language: 'en', prose: 'The police officers were prepared to testify.' },
      { language: 'fr', prose: "Le projet est arrivé à terme en 2023 et sera suivi d'une seconde phase." },
      { language: 'fr', prose: 'Le juge entend les parties.' },
      { language: 'fr', prose: 'On entend souvent dire que la police manque de moyens.' },
    ]);
  });
});

describe('principle/results, from real programme descriptions: what the work led to, in French « a abouti à », « a débouché sur », « s’est traduit par », and in English "culminated in", "gave rise to"; not a count of people trained, nor a project that came to an end', () => {
  expectFound('results-focused', true, [
    { language: 'fr', prose: "Ce projet a abouti à la publication d'un recueil de bonnes pratiques sur les normes de comportement responsable." },
    { language: 'fr', prose: "Les consultations régionales ont abouti à l'adoption d'une feuille de route commune par les cinq ministères." },
    { language: 'fr', prose: "La seconde phase aboutira à la création d'un fonds d'affectation spéciale pour la cybersécurité." },
    { language: 'fr', prose: "Le dialogue entre les deux autorités a débouché sur un mémorandum d'entente signé en 2023." },
    { language: 'fr', prose: "L'appui s'est traduit par la mise en service d'une équipe nationale de réponse aux incidents." },
    { language: 'fr', prose: "La revue par les pairs a conduit à la révision du plan national de réponse aux incidents." },
    { language: 'en', prose: 'The regional consultations culminated in a joint statement on responsible State behaviour.' },
    { language: 'en', prose: 'The peer review resulted in a revised national incident response plan.' },
    { language: 'en', prose: 'The workshops gave rise to a standing network of legal focal points.' },
    { language: 'en', prose: 'The second phase is to lead to a trust fund for cybersecurity.' },
  ]);
  expectFound('results-focused', false, [
    { language: 'fr', prose: 'Le projet est arrivé à terme en décembre 2023.' },
    { language: 'fr', prose: 'Le projet a été mené à terme dans les délais prévus.' },
    { language: 'fr', prose: "L'agence a conduit à Dakar un exercice de gestion de crise." },
    { language: 'fr', prose: 'Le programme a abouti à la formation de 40 enquêteurs.' },
    { language: 'fr', prose: 'Les ateliers ont débouché sur la participation de 120 fonctionnaires.' },
    { language: 'en', prose: 'The project came to an end in December 2023.' },
    { language: 'en', prose: 'The programme led to the training of 40 investigators.' },
    { language: 'en', prose: 'The workshops resulted in 120 officials trained.' },
  ]);
});

describe('principle/results: people trained or reached, counted after « a permis de », are what was done, not what changed; what the work enabled otherwise still counts', () => {
  expectFound('results-focused', true, [
    { language: 'fr', prose: "Le programme a permis de réduire de moitié le délai de traitement des incidents signalés à l'équipe nationale." },
    { language: 'fr', prose: 'Cet appui permettra de doter le ministère de sa première stratégie de cybersécurité.' },
    { language: 'en', prose: 'The mentoring enabled the national team to publish its first incident classification guide.' },
  ]);
  expectFound('results-focused', false, [
    { language: 'fr', prose: 'Le programme a permis de former 40 agents de la direction de la police judiciaire.' },
    { language: 'fr', prose: "Ces sessions ont permis de sensibiliser plus de 200 fonctionnaires à l'hygiène informatique." },
    { language: 'fr', prose: 'Le séminaire a permis de réunir douze délégations de la région.' },
  ]);
});

describe('round 19 and 20, principle/results: indicators of compromise and threat indicators, and the results of a call or a selection, are neither indicators nor results of the work', () => {
  describe('does not find them', () => {
    expectFound('results-focused', false, [
      { language: 'en', prose: 'The teams exchanged indicators of compromise over a shared channel.' },
      { language: 'en', prose: 'Analysts loaded threat indicators into the sandbox.' },
      { language: 'en', prose: 'A mock journalist asked the team for its indicators of attack.' },
      { language: 'fr', prose: 'Les équipes ont échangé des indicateurs de compromission.' },
      { language: 'fr', prose: 'Les analystes ont partagé des indicateurs techniques avec leurs homologues.' },
      { language: 'en', prose: 'The results of the call will be announced in December.' },
      { language: 'en', prose: 'The results of the selection were posted online.' },
      { language: 'fr', prose: "Les résultats de l'appel à projets seront publiés en décembre." },
      { language: 'fr', prose: 'Les résultats du concours seront affichés en juin.' },
    ]);
  });
  describe('still finds the indicators and results of the work', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'Indicators of success were agreed with the ministry.' },
      { language: 'en', prose: 'The project tracks five indicators.' },
      { language: 'fr', prose: 'Le projet retient cinq indicateurs.' },
      { language: 'en', prose: 'The results of the exercise were shared with the regulator.' },
      { language: 'fr', prose: "Les résultats de l'exercice ont été présentés au régulateur." },
    ]);
  });
});

describe('rounds 21 and 22, principle/results: an aim said by « viser » and what is to be reached, an exam passed, a measure reported at set intervals, a service brought back; and the UN agenda\'s goals, people certified as trainers', () => {
  describe('finds them', () => {
    expectFound('results-focused', true, [
      { language: 'fr', prose: "Le projet vise une réduction de moitié du délai de traitement des plaintes." },
      { language: 'fr', prose: "La coopération visait l'autonomie complète de l'équipe nationale à la fin de 2026." },
      { language: 'en', prose: 'Thirty-one of the forty analysts passed the final examination set by the academy.' },
      { language: 'fr', prose: "Vingt-deux stagiaires ont réussi l'examen de fin de module organisé par l'école." },
      { language: 'en', prose: 'The secretariat reports every quarter on the number of requests answered by the network.' },
      { language: 'fr', prose: 'Le bureau rend compte chaque trimestre du nombre de signalements transmis aux enquêteurs.' },
      { language: 'en', prose: 'Within a week the land registry could again be consulted by notaries.' },
      { language: 'fr', prose: 'Le portail des douanes a pu être ouvert de nouveau quatre jours plus tard.' },
      { language: 'fr', prose: 'Le service de messagerie du ministère a été rétabli en cinq jours.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('results-focused', false, [
      // A public aimed at, an entrance exam, a count of participants reported.
      { language: 'fr', prose: 'La campagne vise les petites entreprises de la capitale.' },
      { language: 'en', prose: 'Officers who passed the entrance exam joined the three-week course.' },
      { language: 'fr', prose: "Les candidats ont réussi l'examen d'entrée de l'école de police." },
      { language: 'en', prose: 'The secretariat reports every quarter on the number of participants.' },
      { language: 'fr', prose: 'Le bureau rend compte chaque trimestre du nombre de participants.' },
      // The UN agenda's goals; people certified as trainers, counted.
      { language: 'en', prose: 'Talks covered digital public goods and the Sustainable Development Goals.' },
      { language: 'fr', prose: "Les échanges ont porté sur le numérique et les objectifs de développement durable." },
      { language: 'en', prose: 'Eight of the officers were certified as trainers at the end of the course.' },
    ]);
  });
});

describe('rounds 23 and 24, principle/results: indicators that teams exchange or share through a platform, and « une atteinte à » (an offence), are neither indicators nor results of the work', () => {
  describe('does not find them', () => {
    expectFound('results-focused', false, [
      { language: 'en', prose: 'Analysts of the five teams exchange indicators over a common sharing platform.' },
      { language: 'en', prose: 'The exchange of fresh indicators runs through an OpenCTI instance at the centre.' },
      { language: 'en', prose: 'Indicators are swapped in real time between the banks’ security teams.' },
      { language: 'en', prose: 'Each night the centre shares new indicators via its national feed.' },
      { language: 'fr', prose: 'Les équipes membres échangent des indicateurs sur une plateforme commune.' },
      { language: 'fr', prose: 'Les analystes partagent leurs indicateurs via le portail du centre régional.' },
      { language: 'fr', prose: 'Le module traite des atteintes aux systèmes de traitement automatisé de données.' },
      { language: 'fr', prose: 'Les enquêteurs étudient les atteintes à la vie privée commises sur les réseaux sociaux.' },
    ]);
  });
  describe('still finds the indicators and the targets reached of the work', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'Progress is tracked against five indicators agreed with the ministry.' },
      { language: 'en', prose: 'The teams share indicators of progress with the steering committee.' },
      { language: 'fr', prose: 'Les partenaires partagent les indicateurs du projet avec le comité de pilotage.' },
      { language: 'fr', prose: 'Les valeurs cibles ont été atteintes à la fin du projet.' },
      { language: 'fr', prose: 'Les cibles de recrutement sont atteintes à 80 %.' },
    ]);
  });
});

describe('rounds 25 and 26, principle/results: the audience a course is aimed at, and a "Results:" line that only counts people trained, are no purpose and no result; a service back online, a share of the gaps found now remedied, and what a membership is to bring, are', () => {
  describe('does not find the audience nor the head count', () => {
    expectFound('results-focused', false, [
      { language: 'en', prose: 'A three-day workshop in Dakar aimed at officers of the national gendarmerie.' },
      { language: 'en', prose: 'The seminar, aimed at senior magistrates and court clerks, took place in Thiès.' },
      { language: 'en', prose: 'An online course aimed at the staff of the central bank ran in May.' },
      { language: 'en', prose: 'The e-learning module is targeted at newly appointed judges.' },
      { language: 'fr', prose: 'Une session de deux jours destinée à des agents de la police judiciaire.' },
      { language: 'fr', prose: "Un atelier destiné à leurs collègues des douanes s'est tenu à Dakar." },
      { language: 'en', prose: 'Results to date: 52 prosecutors and investigators trained in 2022.' },
      { language: 'en', prose: 'Outcomes: 30 diplomats trained; 12 more enrolled for the spring.' },
      { language: 'en', prose: 'Results so far: over 200 officials from nine ministries reached.' },
      { language: 'fr', prose: 'Résultats : 45 magistrats formés en 2023 ; 60 autres inscrits pour 2024.' },
      { language: 'fr', prose: 'Résultats à ce jour : 120 agents sensibilisés dans six régions.' },
    ]);
  });
  describe('still finds a purpose after "aimed at", and a result after a head count', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'A workshop aimed at strengthening the skills of police investigators.' },
      { language: 'en', prose: 'The exchange is aimed at closer police cooperation between the two capitals.' },
      { language: 'en', prose: 'The programme aims at the adoption of a data protection law.' },
      { language: 'fr', prose: "Un appui destiné à la création d'une équipe nationale de réponse aux incidents." },
      { language: 'en', prose: 'Results: 40 officers trained and a national incident register opened.' },
      { language: 'fr', prose: 'Résultats : 30 enquêteurs formés et un guide national de la preuve numérique publié.' },
    ]);
  });
  describe('finds a service back, a share of the gaps remedied, what a membership is to bring', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'The tax portal was back online within two days of the attack.' },
      { language: 'en', prose: "By Friday the hospital's patient records system was up and running again." },
      { language: 'en', prose: 'Mail services at the ministry came back up on the third day.' },
      { language: 'fr', prose: 'Au bout de quatre jours, la messagerie du ministère était de nouveau en ligne.' },
      { language: 'fr', prose: 'Le portail des impôts est revenu en service après une semaine.' },
      { language: 'en', prose: 'By the second audit, 80 per cent of the critical findings had been closed.' },
      { language: 'en', prose: 'Two thirds of the recommendations in the review have been implemented by the ministries.' },
      { language: 'fr', prose: 'Un an plus tard, 65 % des failles relevées étaient corrigées.' },
      { language: 'fr', prose: 'Les deux tiers des recommandations du rapport ont été mises en œuvre.' },
      { language: 'en', prose: 'Membership of the regional network should give the national team access to shared threat reports.' },
      { language: 'en', prose: "Accreditation will allow the laboratory's reports to be accepted in court." },
      { language: 'fr', prose: "L'adhésion à la convention apportera au pays l'entraide des autres parties." },
      { language: 'fr', prose: "L'accréditation du laboratoire devrait ouvrir à ses experts les tribunaux des pays voisins." },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('results-focused', false, [
      // A team that came back, a restore practised in the lab.
      { language: 'en', prose: 'The team rebuilt the servers from backups and came back in March for a second visit.' },
      { language: 'en', prose: 'Trainees practised bringing a mail server back online in the lab.' },
      { language: 'fr', prose: "L'équipe est revenue en France après la mission." },
      // A share of the participants, a general statistic in the present.
      { language: 'en', prose: 'Half of the participants were women from the regulator.' },
      { language: 'en', prose: 'Worldwide, half of the vulnerabilities are patched within a month of disclosure.' },
      { language: 'fr', prose: 'En moyenne, la moitié des failles sont corrigées en un mois dans le monde.' },
      // A membership fee, an audit a certification gives rise to.
      { language: 'en', prose: 'France paid the membership fee of the national team for 2024.' },
      { language: 'fr', prose: 'La certification du centre donnera lieu à un audit.' },
    ]);
  });
});

describe('rounds 27 and 28, principle/results: a target of work handled by a deadline said "by mid-2025", cases a unit opened in its first months, and indicators that are traces of an attack', () => {
  describe('finds the target and the count of cases', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'By mid-2026 the unit should handle 400 complaints a year.' },
      { language: 'en', prose: 'By early 2027, the laboratory will examine at least 250 phones a year.' },
      { language: 'fr', prose: "D'ici mi-2026, le laboratoire devra traiter 400 saisies par an." },
      { language: 'en', prose: 'In its first six months the cell opened 85 cases.' },
      { language: 'en', prose: 'During its first year the joint team opened over 40 investigations.' },
      { language: 'fr', prose: 'Au cours de ses six premiers mois, la cellule a ouvert 85 dossiers.' },
    ]);
  });
  describe('does not find their look-alikes', () => {
    expectFound('results-focused', false, [
      // A count of people, or of places and sessions opened, is no result.
      { language: 'en', prose: 'By mid-2026 the academy will train 40 officers a year.' },
      { language: 'en', prose: 'In its first year the centre opened 30 places for trainees.' },
      { language: 'fr', prose: 'Au cours de sa première année, le centre a ouvert 30 places de stage.' },
      // Indicators that are traces of an attack.
      { language: 'en', prose: 'The teams swapped notes and a list of indicators, including two servers and a phishing domain.' },
      { language: 'en', prose: 'The analysts compared a set of indicators: IP addresses, file hashes and URLs.' },
      { language: 'fr', prose: 'Les équipes se sont remis une liste d’indicateurs, dont deux serveurs et des empreintes de fichiers.' },
    ]);
  });
  describe('still finds indicators of the work', () => {
    expectFound('results-focused', true, [
      { language: 'en', prose: 'Progress is read against five indicators agreed with the ministry.' },
      { language: 'fr', prose: 'Le cadre de résultats compte six indicateurs, dont le délai de traitement des incidents.' },
    ]);
  });
});
