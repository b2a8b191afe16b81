/**
 * Round 18's human-rights cases, in sentences of their own (not the corpus's): safeguards said as who
 * acts on the measure (a judge, the defence, the person targeted; safeguardActs.ts), a measure bound
 * to its case, and a topic the programme leaves out (workLeftOut.ts), with their look-alikes.
 */
import { expectApplicability, expectFound } from '../../support/principleWording';

describe('round 18, principle/human-rights: a judge, the defence or the person targeted acting on the measure, a measure bound to its case, « l’accord écrit d’un juge »; a topic left out of the programme, machine telemetry and forensics in French', () => {
  expectFound('human-rights', true, [
    { language: 'en', prose: 'Each production order for subscriber records is countersigned by a duty magistrate.' },
    { language: 'en', prose: 'Police officers learn that a magistrate of the capital region may quash any interception that overreaches.' },
    { language: 'en', prose: 'In the moot trial, defence lawyers challenge how investigators imaged the seized laptop.' },
    { language: 'en', prose: 'Investigators check that the defence has obtained every extraction report.' },
    { language: 'en', prose: 'Investigators learn that the subscriber whose messages were intercepted may contest the measure.' },
    { language: 'en', prose: 'Investigators learn to turn down searches that reach further than the offence justifies.' },
    { language: 'en', prose: 'Prosecutors ask providers only for what the investigation requires.' },
    { language: 'en', prose: 'Data obtained by investigators may serve that case alone.' },
    { language: 'fr', prose: 'Chaque réquisition des enquêteurs est signée par un juge.' },
    { language: 'fr', prose: 'Lors du procès fictif, l’avocat de la défense conteste la copie faite par les enquêteurs.' },
    { language: 'fr', prose: 'Les enquêteurs apprennent que la personne surveillée peut contester la mesure.' },
    { language: 'fr', prose: 'Les enquêteurs apprennent que le juge d’un autre ressort peut annuler toute interception.' },
    { language: 'fr', prose: 'Aucune interception sans l’accord écrit d’un juge.' },
    { language: 'fr', prose: 'Les enquêteurs refusent toute saisie qui irait au-delà de ce que l’infraction justifie.' },
    { language: 'fr', prose: 'Les données remises aux enquêteurs ne servent qu’à cette seule affaire.' },
  ]);
  expectFound('human-rights', false, [
    // A judge who acts on the course, not on a measure; a production order signed by someone who is no judge.
    { language: 'en', prose: 'Judges review the case studies with the investigators.' },
    { language: 'en', prose: 'Investigators learn to answer a production order signed by the hospital director.' },
    // A cyber defence team or a ministry of defence is not the accused's defence.
    { language: 'en', prose: 'Investigators train with the cyber defence team, which receives their reports.' },
    { language: 'en', prose: 'Investigators share reports with the national defence command, which receives them daily.' },
    { language: 'fr', prose: 'Les enquêteurs présentent leurs travaux au ministère de la Défense qui reçoit les rapports.' },
    // The person concerned attends; a tool used for the investigation of crimes.
    { language: 'en', prose: 'The person concerned attends the course on interception.' },
    { language: 'en', prose: 'The lab is used only for the investigation of cybercrime.' },
  ]);
  expectApplicability([
    // A topic named only to say the programme leaves it out.
    { language: 'en', prose: 'Talks on cybercrime were left out of the seminar agenda.', status: 'not-applicable' },
    { language: 'en', prose: 'The cybercrime convention falls outside the scope of this dialogue.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les questions de cybercriminalité ont été volontairement écartées du programme.', status: 'not-applicable' },
    // Evidence excluded from a trial is still evidence work; a topic the programme keeps after a contrast still counts.
    { language: 'en', prose: 'Electronic evidence excluded from the trial is the focus of the course.', status: 'not-addressed' },
    { language: 'en', prose: 'Talks on the treaty were kept out of the programme, while a module on digital forensics stays.', status: 'not-addressed' },
    // Telemetry from substation controllers is monitoring of machines; traffic mirrored to sensors is capture of people's traffic.
    { language: 'fr', prose: 'Le centre de surveillance du secteur reçoit la télémétrie des automates des postes électriques.', status: 'not-applicable' },
    { language: 'en', prose: 'The grid surveillance centre receives telemetry from substation controllers.', status: 'not-applicable' },
    { language: 'en', prose: 'Sensors mirror the ministries’ traffic around the clock.', status: 'not-addressed' },
    { language: 'fr', prose: 'Les experts réalisent l’analyse forensique des postes compromis.', status: 'not-addressed' },
    { language: 'fr', prose: 'Les pièces sont placées sous scellés puis transmises au parquet.', status: 'not-addressed' },
  ]);
});

describe('principle/human-rights, from probes with lines of real drafts: the work done under a judge’s or a prosecutor’s supervision', () => {
  // Every sentence names investigative work, so that the check applies and only the safeguard decides.
  expectFound('human-rights', true, [
    { language: 'en', prose: 'Seizures are made under the supervision of a judge.' },
    { language: 'en', prose: 'Every seizure of a phone by investigators is under judicial control.' },
    { language: 'en', prose: 'Investigators examine the phones under the authority of the public prosecutor.' },
    { language: 'fr', prose: "Les enquêteurs saisissent les téléphones sous le contrôle d'un juge." },
    { language: 'fr', prose: 'Les enquêteurs exploitent les téléphones saisis sous le contrôle du procureur.' },
    { language: 'fr', prose: "Les enquêteurs adressent leurs réquisitions sous l'autorité du parquet." },
  ]);
  expectFound('human-rights', false, [
    { language: 'en', prose: 'Investigators found the servers under the control of the attackers.' },
    { language: 'fr', prose: 'Les enquêteurs ont découvert des serveurs sous le contrôle des attaquants.' },
    { language: 'fr', prose: 'Les enquêteurs travaillent sous le contrôle du ministère de l’Intérieur.' },
  ]);
  expectApplicability([
    { language: 'en', prose: 'Investigators found the servers under the control of the attackers.', status: 'not-addressed' },
    { language: 'fr', prose: 'Les enquêteurs travaillent sous le contrôle du ministère de l’Intérieur.', status: 'not-addressed' },
  ]);
});

describe('principle/human-rights, from probes with lines of real drafts: the limits the law sets on the work, the rights of suspects and the « conditions et sauvegardes » in French', () => {
  expectFound('human-rights', true, [
    { language: 'en', prose: 'The course explains to investigators the legal limits on seizing phones.' },
    { language: 'en', prose: 'Investigators learn the limits the law places on their powers.' },
    { language: 'fr', prose: 'Le cours présente aux enquêteurs les limites légales de la saisie des téléphones.' },
    { language: 'fr', prose: 'Les enquêteurs apprennent les limites que la loi fixe à leurs pouvoirs.' },
    { language: 'fr', prose: 'Les enquêteurs étudient les droits des personnes mises en cause.' },
    { language: 'fr', prose: "Les enquêteurs étudient les conditions et sauvegardes prévues par l'article 15 de la Convention de Budapest." },
  ]);
  expectFound('human-rights', false, [
    // A backup of data is a copy, not a safeguard.
    { language: 'fr', prose: 'Les enquêteurs apprennent à restaurer les sauvegardes des serveurs saisis.' },
    { language: 'en', prose: 'Investigators learn to find the limits of the log files.' },
  ]);
  expectApplicability([
    { language: 'fr', prose: 'Les enquêteurs apprennent à restaurer les sauvegardes des serveurs saisis.', status: 'not-addressed' },
    { language: 'en', prose: 'Investigators learn to find the limits of the log files.', status: 'not-addressed' },
  ]);
});

describe('principle/human-rights, from real programme descriptions: surveillance of networks or systems is security monitoring, and a security control that intercepts phishing or malware does not intercept communications (securityMonitoring.ts)', () => {
  expectApplicability([
    // Surveillance whose object is machines: networks, systems, infrastructure, traffic, logs, threats.
    { language: 'fr', prose: 'Le projet a financé un centre opérationnel de sécurité chargé de la surveillance des réseaux de l’administration centrale.', status: 'not-applicable' },
    { language: 'fr', prose: 'L’équipe nationale assure désormais la surveillance permanente des systèmes d’information des ministères et des hôpitaux publics.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les analystes ont été formés à la surveillance du trafic réseau et des journaux d’événements des pare-feux.', status: 'not-applicable' },
    { language: 'fr', prose: 'Un module porte sur la surveillance des menaces pesant sur les opérateurs d’importance vitale.', status: 'not-applicable' },
    { language: 'en', prose: 'The new operations centre is responsible for the surveillance of government networks and data centres.', status: 'not-applicable' },
    { language: 'en', prose: 'Analysts practise round-the-clock surveillance of the ministries’ servers and endpoints.', status: 'not-applicable' },
    { language: 'en', prose: 'The platform supports the monitoring of networks of the twelve regulators.', status: 'not-applicable' },
    // Interception of malicious messages, malware or attacks by a security control.
    { language: 'en', prose: 'Since March, phishing e-mails addressed to ministry staff are intercepted by the new mail gateway.', status: 'not-applicable' },
    { language: 'en', prose: 'The sandbox intercepts about 2,000 malicious attachments a month before they reach inboxes.', status: 'not-applicable' },
    { language: 'en', prose: 'Most intrusion attempts are now blocked or intercepted at the perimeter firewall.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les courriels d’hameçonnage visant les agents sont désormais interceptés par la passerelle de messagerie.', status: 'not-applicable' },
    { language: 'fr', prose: 'La nouvelle passerelle intercepte chaque jour plusieurs centaines de pièces jointes malveillantes.', status: 'not-applicable' },
    { language: 'fr', prose: 'Le pare-feu assure l’interception des logiciels malveillants avant qu’ils n’atteignent les postes.', status: 'not-applicable' },
  ]);
  expectApplicability([
    // Surveillance of people, of what they say, of social or criminal networks, of trafficking.
    { language: 'fr', prose: 'Les policiers apprennent la surveillance des réseaux sociaux et des forums de discussion.', status: 'not-addressed' },
    { language: 'fr', prose: 'Le module traite de la surveillance des réseaux de passeurs opérant en ligne.', status: 'not-addressed' },
    { language: 'fr', prose: 'La cellule assure la surveillance du trafic de stupéfiants sur les places de marché du darkweb.', status: 'not-addressed' },
    { language: 'fr', prose: 'Le centre permet la surveillance du trafic internet des abonnés des trois opérateurs.', status: 'not-addressed' },
    { language: 'fr', prose: 'Les agents sont formés à la surveillance des communications des personnes suivies.', status: 'not-addressed' },
    { language: 'en', prose: 'Officers are trained in the surveillance of social networks used by extremist groups.', status: 'not-addressed' },
    { language: 'en', prose: 'The unit carries out the surveillance of internet traffic at the two landing stations.', status: 'not-addressed' },
    { language: 'en', prose: 'The centre supports the surveillance of networks used by opposition journalists.', status: 'not-addressed' },
    // Interception of communications, whoever sends them.
    { language: 'en', prose: 'The communications of ransomware gangs are intercepted under the new law.', status: 'not-addressed' },
    { language: 'en', prose: 'The course covers the interception of e-mails and phone calls in fraud cases.', status: 'not-addressed' },
    { language: 'fr', prose: 'Les échanges des auteurs d’attaques sont interceptés par le service spécialisé.', status: 'not-addressed' },
    { language: 'fr', prose: 'Le stage porte sur l’interception des communications liées aux attaques par rançongiciel.', status: 'not-addressed' },
  ]);
});

describe('round 20, principle/human-rights: a centre that receives or pools the records of people’s connections gathers them, and nothing there says how they are protected', () => {
  expectApplicability([
    { language: 'en', prose: 'The hub receives the connection logs of every ministry’s staff.', status: 'not-addressed' },
    { language: 'en', prose: 'A central server aggregates the browsing history of library users.', status: 'not-addressed' },
    { language: 'fr', prose: 'Le centre reçoit chaque nuit les journaux de connexion des usagers des services en ligne.', status: 'not-addressed' },
    { language: 'fr', prose: 'La plateforme centralise les données de connexion des abonnés.', status: 'not-addressed' },
    // The same with its safeguard.
    { language: 'en', prose: 'The hub receives the connection logs of every ministry’s staff under the data protection act.', status: 'addressed' },
    // Machines' logs, alerts, and a course about such logs are not people's connections gathered.
    { language: 'en', prose: 'The SOC receives firewall and server logs from the ministries.', status: 'not-applicable' },
    { language: 'en', prose: 'The SOC receives the connection logs of the ministries’ firewalls.', status: 'not-applicable' },
    { language: 'fr', prose: 'Le SOC reçoit les journaux de connexion des pare-feux des ministères.', status: 'not-applicable' },
    { language: 'fr', prose: 'Le centre reçoit les alertes des sondes installées dans les ministères.', status: 'not-applicable' },
    { language: 'en', prose: 'Trainees received a short course on reading connection logs.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les stagiaires ont reçu un cours sur les journaux de connexion.', status: 'not-applicable' },
  ]);
});

describe('rounds 21 and 22, principle/human-rights: the privacy settings or tools of platforms, taught as a topic, are no safeguard', () => {
  describe('does not find a safeguard', () => {
    expectFound('human-rights', false, [
      { language: 'en', prose: 'The cybercrime course showed how investigators get around the privacy settings of messaging apps.' },
      { language: 'en', prose: "Cybercrime investigators studied suspects' privacy tools and how to trace accounts." },
    ]);
  });
  describe('still finds privacy as a safeguard', () => {
    expectFound('human-rights', true, [
      { language: 'en', prose: 'Each cybercrime investigation step is checked for its effect on the privacy of the persons concerned.' },
      { language: 'en', prose: 'The cybercrime analysts learn privacy-preserving ways to search seized data.' },
    ]);
  });
});

describe('rounds 25 and 26, principle/human-rights: a safeguard said in other words (a judge’s authorisation, the order of a judge, the limits a judge sets, what the law allows, "human-rights" hyphenated, proportionality to the offence in French), with look-alikes', () => {
  describe('finds a safeguard', () => {
    expectFound('human-rights', true, [
      { language: 'en', prose: 'The drafting of the cybercrime bill includes a human-rights assessment of each new power.' },
      { language: 'en', prose: 'Investigators may not image a seized laptop without a magistrate’s written authorisation.' },
      { language: 'en', prose: 'Cybercrime officers learn that tracking a suspect’s account for a month needs a court’s approval.' },
      { language: 'en', prose: 'Cybercrime investigators must obtain the prior approval of a judge before any search.' },
      { language: 'en', prose: 'Prosecutors study whether the judge authorised the search of the phone.' },
      { language: 'en', prose: 'Investigators practise on cases where a judge ordered the seizure of the server.' },
      { language: 'en', prose: 'Each cybercrime module covers the limits a court sets on what officers may copy.' },
      { language: 'en', prose: 'The cybercrime course explains what the law allows investigators to request from platforms.' },
      { language: 'fr', prose: 'Les enquêteurs doivent obtenir le feu vert du procureur avant toute perquisition informatique.' },
      { language: 'fr', prose: 'Chaque saisie de téléphone par les enquêteurs part d’une ordonnance du juge.' },
      { language: 'fr', prose: 'Le module rappelle aux enquêteurs les limites que fixe le magistrat à leurs recherches.' },
      { language: 'fr', prose: 'Les enquêteurs étudient ce que la loi interdit de demander à un opérateur.' },
      { language: 'fr', prose: 'Les enquêteurs étudient des affaires où le juge a autorisé la perquisition du domicile.' },
      { language: 'fr', prose: 'Toute interception doit rester proportionnée à la gravité de l’infraction poursuivie.' },
    ]);
  });
  describe('finds none in the look-alikes', () => {
    expectFound('human-rights', false, [
      // A budget or equipment proportionate to a caseload, even behind a possessive, is no proportionality of a measure.
      { language: 'en', prose: 'The cybercrime lab’s equipment budget is proportionate to the unit’s caseload.' },
      { language: 'en', prose: 'Funding for the cybercrime unit is broadly proportionate to its workload.' },
      // The limits a budget sets; a judge's term of office; proportionate to the threat.
      { language: 'en', prose: 'The cybercrime course covers the limits the budget sets on equipment.' },
      { language: 'fr', prose: 'Le mandat du juge d’instruction arrive à son terme pendant la formation des enquêteurs.' },
      { language: 'fr', prose: 'Le budget des enquêteurs est proportionné à la gravité de la menace.' },
    ]);
  });
});

describe('rounds 25 and 26, principle/human-rights: work that is not investigation, interception or surveillance of people, and the investigative services and seized data that are', () => {
  expectApplicability([
    // "Judge" as a verb.
    { language: 'en', prose: 'No one on the regulator’s staff could judge whether operators met the licence rules.', status: 'not-applicable' },
    { language: 'en', prose: 'The ministry judges the campaign by the number of schools reached.', status: 'not-applicable' },
    // The police to whom the public reports, or to whom nothing is passed.
    { language: 'en', prose: 'Pupils learned how to file a complaint with the police after an online scam.', status: 'not-applicable' },
    { language: 'en', prose: 'No data on participants is passed to the police.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les ateliers expliquent comment porter plainte auprès de la police après une arnaque.', status: 'not-applicable' },
    { language: 'fr', prose: 'Aucune donnée sur les élèves n’est transmise aux services de police.', status: 'not-applicable' },
    // A regulator's supervision of operators' cybersecurity; a SOC watching networks around the clock.
    { language: 'en', prose: 'The regulator is in charge of the surveillance of operators’ cybersecurity.', status: 'not-applicable' },
    { language: 'fr', prose: 'Le régulateur assure la surveillance de la cybersécurité des opérateurs d’électricité.', status: 'not-applicable' },
    { language: 'fr', prose: 'Le SOC assure la surveillance vingt-quatre heures sur vingt-quatre des réseaux des ministères.', status: 'not-applicable' },
    // Data for a study, gathered through interviews or questionnaires; data typed into a form.
    { language: 'en', prose: 'Consultants are collecting data through interviews with forty ministries.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les consultants ont mené une collecte de données par questionnaires auprès des ministères.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les données saisies dans le formulaire en ligne alimentent le tableau de bord.', status: 'not-applicable' },
    // A word inside an e-mail address.
    { language: 'en', prose: 'Questions go to surveillance-desk@energy-regulator.example.', status: 'not-applicable' },
    { language: 'fr', prose: 'Les questions sont adressées à surveillance.paiements@banque-centrale.example.', status: 'not-applicable' },
  ]);
  expectApplicability([
    // Judges as people; the police investigating; surveillance of people; data collected from people's devices.
    { language: 'en', prose: 'The course helps judges assess digital material.', status: 'not-addressed' },
    { language: 'en', prose: 'Pupils learned how the police investigate online scams.', status: 'not-addressed' },
    { language: 'fr', prose: 'La police a ouvert une enquête sur chaque arnaque signalée.', status: 'not-addressed' },
    { language: 'fr', prose: 'Le centre assure la surveillance des communications des abonnés.', status: 'not-addressed' },
    { language: 'fr', prose: 'La plateforme assure la collecte des données de navigation des usagers.', status: 'not-addressed' },
    { language: 'en', prose: 'The contractor runs data collection from subscribers’ phones.', status: 'not-addressed' },
    // The services that investigate, and what they seized.
    { language: 'en', prose: 'Investigative agencies learn to use machine learning on seized data.', status: 'not-addressed' },
    { language: 'fr', prose: 'Une session porte sur l’usage de l’IA par les services d’enquête pour analyser des données saisies.', status: 'not-addressed' },
    { language: 'fr', prose: 'Les téléphones saisis par les agents sont analysés au laboratoire.', status: 'not-addressed' },
    // An address beside the work itself.
    { language: 'en', prose: 'The police cybercrime unit (cyber-unit@police.example) trains its officers.', status: 'not-addressed' },
  ]);
});
