/**
 * Surveillance or interception that is the work of a security control, not surveillance of people
 * or criminal work. The human-rights check applies to interception and surveillance; the words
 * alone do not say of what. In French « surveillance des réseaux », « des systèmes » or « du
 * trafic » is the ordinary term for the security monitoring a SOC does, and a mail gateway
 * "intercepts" phishing e-mails: neither watches people nor reads their communications. What
 * decides is the object:
 * - surveillance (or "monitoring of") whose object is machines or attacks: networks, systems,
 *   infrastructure, traffic, logs, servers, threats… ("the surveillance of government networks",
 *   « la surveillance continue des systèmes d'information des ministères »); not social or criminal
 *   networks, not trafficking (« trafic de stupéfiants »), not internet traffic, and not when the
 *   object is then said to be people's ("the traffic of subscribers", « les réseaux utilisés par
 *   les journalistes »);
 * - interception of malicious messages, malware or attacks ("phishing e-mails are intercepted by the
 *   gateway", « la passerelle intercepte les pièces jointes malveillantes »); not interception of
 *   communications, whoever sends them ("the communications of ransomware gangs are intercepted").
 *
 * The lexicon finds the word; this reads the few words around it. Bounded: a look of `reach`
 * characters after the word and the clause before it.
 */
import type { FoundSpan } from './lexiconScan';

const reach = 160;

/** One word, with its apostrophes and hyphens ("ministries'", "internet-facing"). */
const token = "[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*";
const gap = '\\s+';

/**
 * Words that make a watched thing people's, before it ("social networks", "subscriber traffic",
 * "internet traffic"): a word of this list cannot be one of the machines' modifiers.
 */
const peopleModifiersEn =
  "(?:social|criminal|terrorist|extremist|jihadist|trafficking|smuggling|drug|arms|human|activist|opposition|dissident|protest|personal|(?:citizen|user|subscriber|customer|employee|student|pupil|journalist)s?(?:'|’)?s?|staff|people(?:'|’)?s?|population(?:'|’)?s?|internet|web|online|browsing|phone|telephone|call|voice|messaging|e-?mail|chat|connection|access|communications?)(?![\\p{L}\\p{N}'’-])";
/** People, or what people say: an object that makes surveillance surveillance of people. */
const peopleEn =
  '(?:users|citizens|people|persons|individuals|journalists|activists|dissidents|opponents|protesters|demonstrators|employees|staff|workers|students|pupils|subscribers|customers|clients|suspects|residents|population|voters|lawyers|defenders|minors|children|patients|criminals|offenders|smugglers|traffickers|fraudsters|terrorists|gangs|communications|conversations|calls|messages|e-?mails|content|browsing|accounts)';
const peopleFr =
  '(?:usagers|usagères|utilisat(?:eur|rice)s|abonnée?s|citoyen(?:ne)?s|personnes|individus|journalistes|militant(?:e)?s|opposant(?:e)?s|manifestant(?:e)?s|salariée?s|employée?s|agents|fonctionnaires|élèves|étudiant(?:e)?s|clients|clientes|suspects|habitants|population|électeurs|électrices|avocat(?:e)?s|défenseu(?:r|se)s|mineurs|enfants|patients|internautes|particuliers|criminels|délinquants|passeurs|trafiquants|fraudeurs|malfaiteurs|terroristes|communications|conversations|correspondances|appels|messages|courriels|contenus|navigation|comptes)';

/** Machines, or attacks on them: what a security monitoring centre watches. */
const machinesEn =
  '(?:networks?|systems?|infrastructures?|traffic|logs|servers?|endpoints?|workstations?|assets|perimeters?|estate|sensors|alerts|(?:security )?events|vulnerabilit(?:y|ies)|intrusions?|malware|(?:cyber-?)?attacks|(?:cyber-?)?threats?|threat landscape)';
/**
 * What may follow « de » or « d' » after a French network, traffic or flow and leave it a
 * machine's: « réseaux de télécommunications », « flux d'information », « réseaux de l'État ».
 * Anything else is a crime's or people's: « trafic de stupéfiants », « réseaux de passeurs »,
 * « trafic d'armes ».
 */
const machineComplementFr =
  "(?:de (?:(?:données|paquets|gestion|sécurité|contrôle|supervision|production|communications?|télécommunications?|santé|transport|distribution|la|leurs?|nos|ses|son|sa|ces|chaque|tous|toutes)(?![\\p{L}])|\\d|l['’])|d['’](?:informations?|exploitation|administration|entreprises?|audit|événements|alertes?|énergie|eau|électricité|un|une)(?![\\p{L}]))";
/** What follows a French head and makes it people's or a crime's: social or criminal networks, trafficking, the internet. */
const notMachinesAfterFr = `(?:(?:sociaux|criminels|terroristes|mafieux|djihadistes|jihadistes|extrémistes|pédocriminels|clandestins|internet|web|téléphoniques?)(?![\\p{L}])|(?!${machineComplementFr})(?:de(?![\\p{L}])|d['’]))`;
const machinesFr = `(?:(?:réseaux?|trafic|flux)(?!\\s+${notMachinesAfterFr})|systèmes?|SI|infrastructures?|serveurs?|postes de travail|terminaux|équipements|parc (?:informatique|numérique)|actifs|périmètres?|alertes|événements de sécurité|vulnérabilités|intrusions?|attaques|cyberattaques|menaces|cybermenaces|logiciels malveillants|journaux (?:d['’]événements|d['’]audit|systèmes?|de sécurité|techniques|des (?:pare-feux?|serveurs|équipements|systèmes)))`;

/** "surveillance of (the) (government) networks", "monitoring of networks". */
const watchedMachinesEn = new RegExp(
  `^(?:surveillance|monitoring)${gap}of${gap}(?:(?:the|its|their|all|our)${gap})?(?:(?!${peopleModifiersEn})${token}${gap}){0,3}?${machinesEn}(?![\\p{L}])`,
  'iu',
);
/** « surveillance (continue) des réseaux gouvernementaux », « la surveillance réseau ». */
const watchedMachinesFr = new RegExp(
  `^surveillance(?:${gap}(?:continue|permanente|constante|active|en continu|en permanence|en temps réel|24 ?h ?/ ?24|24/7|quotidienne|centralisée|(?:vingt-quatre|24) ?(?:heures|h) sur (?:vingt-quatre|24)|jour et nuit|(?:sept|7) ?(?:jours|j) sur (?:sept|7)))?${gap}(?:des${gap}|du${gap}|de la${gap}|de l['’]|de${gap}|d['’])(?:(?:l['’]ensemble|la totalité|la plupart)${gap}(?:des|du|de la|de l['’])${gap}?)?${machinesFr}(?![\\p{L}])|^surveillance${gap}(?:réseaux?|des SI)(?![\\p{L}])`,
  'iu',
);
/** A word of a noun group, not a word that opens a clause or a purpose (« afin de protéger les citoyens »). */
const groupWord = `(?!(?:afin|pour|et|ou|qui|que|dont|à|au|aux|en|dans|sur|avec|contre|and|or|to|in|on|for|with|which|that|who|so|against|while|whose)(?![\\p{L}]))${token}`;
/** After the machines, a few words that say they are people's: "of subscribers", « des abonnés », "used by journalists". */
const ofPeople = new RegExp(
  `^(?:${gap}${groupWord})?${gap}(?:of|from|by|used by|belonging to|run by|des|du|de la|de l['’]|de|d['’]|utilisée?s? par|appartenant à|fréquentée?s? par)${gap}?(?:(?:the|their|its|les|leurs|ses|la|le|l['’])${gap}?)?(?:${groupWord}${gap})?(?:${peopleEn}|${peopleFr})(?![\\p{L}])`,
  'iu',
);

/** Malicious messages or software, and attacks: what a gateway or a filter intercepts. */
const maliciousAdjectiveEn = '(?:phishing|spam|malicious|fraudulent|spoofed|suspicious|infected|booby-trapped|weaponi[sz]ed|rogue|scam|malware-laden|harmful)';
const messageNounEn =
  '(?:e-?mails?|emails?|messages?|attachments?|links?|files?|payloads?|traffic|campaigns?|attempts?|URLs?|domains?|packets?|connections?|downloads?|executables?|macros?|documents?|texts?|SMS|calls?|sites?|websites?|code|requests?|software|programs?)';
const maliciousNounEn = '(?:malware|ransomware|viruses|virus|trojans?|worms|spyware|exploits?|(?:cyber-?)?attacks?|intrusion attempts?|intrusions|phishing|spam|scams?)';
const maliciousEn = `(?:${maliciousAdjectiveEn}${gap}(?:${token}${gap})?${messageNounEn}|${maliciousNounEn})(?![\\p{L}])`;
const maliciousAdjectiveFr = "(?:malveillante?s?|d['’]hameçonnage|de phishing|frauduleu(?:x|se|ses)|piégée?s?|vérolée?s?|infectée?s?|indésirables|suspecte?s?)";
const messageNounFr =
  "(?:courriels|courriel|messages?|e-?mails?|mails?|pièces jointes|pièce jointe|fichiers?|liens?|flux|paquets|connexions?|SMS|appels|sites|domaines|URL|téléchargements|documents|macros|charges utiles|codes?|logiciels|programmes|tentatives|campagnes|requêtes)";
const maliciousNounFr = "(?:rançongiciels?|maliciels?|virus|pourriels?|spams?|(?:cyber)?attaques?|tentatives d['’](?:intrusion|hameçonnage)|chevaux de Troie|logiciels espions|hameçonnage|phishing)";
/**
 * Attacks named as what someone else did: "the communications of ransomware gangs", « les
 * communications des auteurs d'attaques ». What is intercepted there is people's communications.
 */
const ofWhomEn = `(?<!(?:${peopleEn}|authors|perpetrators|operators|members|groups|victims|senders|sponsors)\\s+(?:of|from|behind)\\s+(?:the\\s+)?)`;
const ofWhomFr = `(?<!(?:${peopleFr}|auteurs?|victimes?|commanditaires?|responsables?|groupes?|bandes?|membres?|opérateurs)\\s+(?:d['’]|de\\s+|des\\s+|du\\s+))`;
const maliciousFr = `(?:${messageNounFr}${gap}${maliciousAdjectiveFr}|${maliciousNounFr})(?![\\p{L}])`;

/** Before what is intercepted: determiners, counts and shares ("nearly 90% of", « la plupart des »). */
const quantifiersEn = `(?:(?:of|up to|nearly|almost|about|around|over|more than|some|all|most|any|the|these|those|such|incoming|inbound|outgoing|its|their|every|each|several|many|numerous|a few|thousands|hundreds|dozens|\\d[\\d.,]*\\s*(?:%|per ?cent)?)${gap}){0,5}`;
const quantifiersFr = `(?:(?:chaque jour|chaque mois|chaque semaine|automatiquement|désormais|près de|environ|plus de|la plupart|la majorité|plusieurs|quelques|nombreu(?:x|ses)|centaines|milliers|dizaines|des|les|la|le|l['’]|ces|tous les|toutes les|du|de la|de l['’]|de|d['’]|\\d[\\d\\s.,]*\\s*%?)${gap}?){0,5}`;
/** "intercepts (nearly 90% of) phishing e-mails", "interception of malicious attachments", « intercepte les logiciels malveillants ». */
const interceptsMaliciousEn = new RegExp(`^intercept[\\p{L}]*${gap}${quantifiersEn}${maliciousEn}`, 'iu');
const interceptsMaliciousFr = new RegExp(`^intercept[\\p{L}]*${gap}${quantifiersFr}${maliciousFr}`, 'iu');
/** The passive, its subject before the verb: "Phishing e-mails are (automatically) intercepted", « les courriels d'hameçonnage sont interceptés ». */
const auxiliaries = `(?:(?:are|is|were|was|be|been|being|get|gets|got|can|will|may|have|has|now|sont|est|ont|a|été|seront|sera|étaient|était|peuvent|pourront|être|désormais|aujourd['’]hui)${gap})*(?:[\\p{L}]+(?:ly|ment)${gap}){0,2}(?:[\\p{L}]+${gap}(?:or|and|ou|et)${gap})?`;
/** Where the malicious things were going: "phishing e-mails sent to the ministries", « les courriels piégés visant les agents ». */
const bound = `(?:${gap}(?:sent|addressed|aimed|targeting|received|bound|destined|reaching|envoyée?s?|adressée?s?|visant|reçue?s?|destinée?s?)(?:${gap}${token}){1,4}?)?`;
const maliciousSubject = new RegExp(`(?:${ofWhomEn}${maliciousEn}|${ofWhomFr}${maliciousFr})${bound}${gap}${auxiliaries}$`, 'iu');
const clauseStart = /[.;:!?\n]/g;

/** Whether the surveillance or interception found at `place` is a security control's work on machines or attacks. */
export function securityMonitoring(text: string, place: FoundSpan): boolean {
  const after = text.slice(place.start, place.start + reach);
  if (/^(?:surveillance|monitoring)/iu.test(after)) {
    const watched = watchedMachinesEn.exec(after) ?? watchedMachinesFr.exec(after);
    return watched !== null && !ofPeople.test(after.slice(watched[0].length));
  }
  if (/^intercept/iu.test(after)) {
    if (interceptsMaliciousEn.test(after) || interceptsMaliciousFr.test(after)) return true;
    const before = text.slice(Math.max(0, place.start - reach), place.start);
    let start = 0;
    for (const end of before.matchAll(clauseStart)) start = end.index + 1;
    return maliciousSubject.test(before.slice(start));
  }
  return false;
}
