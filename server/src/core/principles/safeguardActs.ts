/**
 * Safeguards said as who does what to an investigative measure: a judge, a court or a magistrate
 * who reviews, authorises, signs or refuses it ("a judge in the requested State can review it",
 * "an order signed by a judge", « l'interception autorisée par un juge »), the defence that
 * attacks, challenges or receives the evidence ("defence counsel attacks the way the evidence was
 * copied", "the defence has received a faithful copy"), the person the measure targets who may
 * contest it (« la possibilité pour la personne écoutée de contester la mesure »). Drafters write
 * these in their own words, so a list of phrases misses most of them; what they share is the
 * roles: an overseer as the one who acts, a checking act, and for a judge, a measure as its object.
 *
 * Look-alikes left out: a judge who is trained or who reviews the course ("judges review the case
 * studies"), the Ministry of Defence or a cyber defence (« le ministère de la Défense peut
 * consulter… »), a person who is trained ("the person concerned attends"). Linear: one scan for the
 * overseers, then a look of bounded length after each one, inside its clause.
 */
import type { FoundSpan, LexiconLanguage, SkippedSpans } from './lexiconScan';

/** Cheap test that the text names an overseer at all: most entries do not. */
const mayHold = /judge|court|magistrat|defen[cs]e|défense|juge|tribunal|juridiction|person|people|individu|subscriber|suspect|user/i;

/** Words that make "defence" a ministry's or a military's, not the accused's counsel. */
const notAccusedEn = "(?<!(?:of|cyber|national|network|active|collective|civil|missile|air|territorial|self)[ -])";
const notAccusedFr = "(?<!(?:ministère|ministre|ministres|ministères|forces|armées?|industrie|politique|secrétariat général|zone|état-major|conseil|institut|cyber)[ -](?:de (?:la )?)?)";

/** The measure a judge acts on: the request, the order, the search, or "it" when the clause names it. */
const measureEn = "(?:it|them|each (?:one|request|order|warrant|application)|every (?:request|order|warrant|application|search|seizure|interception)|(?:the|any|a|an|such|that|this|these|those) (?:(?:[\\p{L}'’-]+) ){0,2}?(?:requests?|orders?|warrants?|applications?|searche?s?|seizures?|interceptions?|measures?|access|collection|wiretaps?|taps?|extractions?|examinations?|demands?|retention))(?![\\p{L}])";
const measureFr = "(?:(?:la|le|les|cette|ce|ces|chaque|toute?)\\s+|l[’'])(?:(?:[\\p{L}'’-]+) ){0,2}?(?:demandes?|réquisitions?|ordonnances?|mandats?|perquisitions?|saisies?|interceptions?|mesures?|accès|collectes?|écoutes?|extractions?|conservations?)(?![\\p{L}])";

/** Between the overseer and its verb: a few words of its description, never a clause break. */
const fewWords = (count: number) => `(?:[\\p{L}\\p{N}'’-]+\\s+){0,${count}}?`;

const modalEn = "(?:(?:can|could|may|might|must|will|shall|should|would|has to|have to|is able to|are able to|is entitled to|are entitled to|has the right to|have the right to|gets to|get to)\\s+(?:(?:first|then|later|still|also|always|then)\\s+)?)?";
const modalFr = "(?:(?:peut|peuvent|pourra|pourront|puisse|puissent|doit|doivent|devra|devront|a le droit de|ont le droit de|est en mesure de|sont en mesure de|de)\\s+(?:(?:d['’]abord|ensuite|toujours|aussi|encore)\\s+)?)?";

const judgeEn = "(?:judges?|courts?|magistrates?)";
/** Round 25 and 26: the past too, as a course puts it to its trainees ("whether a judge authorised the search"). */
const judgeActsEn = "(?:reviews?|reviewed|authori[sz]es?|authori[sz]ed|approves?|approved|signs?|signed|refuses?|refused|rejects?|rejected|quash(?:es|ed)?|scrutini[sz]es?|scrutini[sz]ed|checks?|checked|turns? down|turned down|strikes? down|struck down|overturns?|overturned|orders?|ordered|validates?|validated)";
const judgeFr = "(?:juges?|magistrats?|tribunal|tribunaux|juridictions?)";
const judgeActsFr = "(?:autorise|autorisent|autoriser|a autorisé|ont autorisé|avait autorisé|signe|signent|signer|a signé|ont signé|contrôle|contrôlent|contrôler|a contrôlé|valide|valident|valider|a validé|ont validé|refuse|refusent|refuser|a refusé|ont refusé|rejette|rejettent|rejeter|a rejeté|annule|annulent|annuler|a annulé|ont annulé|examine|examinent|examiner|a examiné|vérifie|vérifient|vérifier|a vérifié|ordonne|ordonnent|ordonner|a ordonné|ont ordonné|avait ordonné)";

const defenceEn = `${notAccusedEn}(?:(?:defen[cs]e|defending) (?:counsel|lawyers?|attorneys?|advocates?)|(?:the )?defen[cs]e(?! (?:ministry|ministries|forces?|sector|staff|budget|industry|policy|doctrine|review|teams?|command|units?)))`;
const defenceActsEn = "(?:attacks?|challenges?|contests?|questions?|disputes?|cross-examines?|inspects?|examines?|sees?|receives?|received|obtains?|obtained|gets?|got|consults?|has (?:received|obtained|seen|been given|had access)|have (?:received|obtained|seen|been given|had access)|is given|was given|has access|have access|can see)";
const defenceFr = `(?:(?:les |l[’']|un |une |des |leurs? |ses )?avocat(?:e)?s? de la défense|${notAccusedFr}(?:la )défense)`;
const defenceActsFr = "(?:attaque|attaquent|attaquer|conteste|contestent|contester|discute|discutent|discuter|examine|examinent|examiner|consulte|consultent|consulter|reçoit|reçoivent|recevoir|a reçu|ont reçu|obtient|obtiennent|obtenir|a obtenu|a accès|ont accès|dispose|disposent)";

/** The person a measure targets, who may contest it. */
const targetedEn = "(?:the )?(?:persons?|people|individuals?|subscribers?|suspects?|users?) (?:(?:concerned|targeted|monitored|tapped|intercepted|affected|under investigation|under surveillance|whose (?:[\\p{L}'’-]+ ){1,4}?(?:were|was|are|is) (?:intercepted|tapped|monitored|seized|searched|retained|collected))\\s+)";
const targetedActsEn = "(?:challenges?|contests?|appeals?(?: against)?|objects? to|complains? (?:about|of)|disputes?|seeks? (?:a )?review of)";
const targetedFr = "(?:la |les |une |chaque |toute )?personnes? (?:écoutée|visée|concernée|surveillée|mise en cause|poursuivie|intéressée|interceptée)s? ";
const targetedActsFr = "(?:conteste|contestent|contester|attaque|attaquent|attaquer|former un recours contre|exercer un recours contre|saisir le juge|faire appel de)";

/** The same acts in the passive with the overseer as agent: "an order signed by a judge", "contested by defence counsel". */
const measureNounEn = "(?:requests?|orders?|warrants?|applications?|searche?s?|seizures?|interceptions?|measures?|access|wiretaps?|taps?|extractions?)";
const measureNounFr = "(?:demandes?|réquisitions?|ordonnances?|mandats?|perquisitions?|saisies?|interceptions?|mesures?|accès|écoutes?|extractions?|accords?)";
const doneByJudgeEn = `${measureNounEn} (?:[\\p{L}'’-]+ ){0,4}?(?:signed|issued|granted|approved|authori[sz]ed|reviewed|checked|validated|countersigned|scrutini[sz]ed|overseen) by (?:a |an |the )?(?:[\\p{L}'’-]+ ){0,2}?${judgeEn}(?![\\p{L}])`;
const doneByJudgeFr = `${measureNounFr} (?:[\\p{L}'’-]+ ){0,4}?(?:signée?s?|délivrée?s?|accordée?s?|autorisée?s?|validée?s?|contrôlée?s?|approuvée?s?|visée?s?|ordonnée?s?) par (?:un |une |le |la |l[’'])?(?:[\\p{L}'’-]+ ){0,2}?${judgeFr}(?![\\p{L}])`;
const doneByDefenceEn = `(?:attacked|challenged|contested|questioned|disputed|cross-examined) (?:[\\p{L}'’-]+ ){0,3}?by (?:the )?(?:defen[cs]e|defending)(?![\\p{L}])`;

const readers = {
  en: [
    `${judgeEn}(?![\\p{L}])\\s+${fewWords(5)}${modalEn}${judgeActsEn}\\s+${measureEn}`,
    `${defenceEn}(?![\\p{L}])\\s+${fewWords(1)}${modalEn}${defenceActsEn}(?![\\p{L}])`,
    `${targetedEn}${fewWords(2)}${modalEn}${targetedActsEn}(?![\\p{L}])`,
    doneByJudgeEn,
    doneByDefenceEn,
  ],
  fr: [
    `${judgeFr}(?![\\p{L}])\\s+${fewWords(5)}${modalFr}${judgeActsFr}\\s+${measureFr}`,
    `${defenceFr}(?![\\p{L}])\\s+${fewWords(1)}${modalFr}${defenceActsFr}(?![\\p{L}])`,
    `${targetedFr}${fewWords(2)}${modalFr}${targetedActsFr}(?![\\p{L}])`,
    doneByJudgeFr,
  ],
};

/** The readers of each language, compiled once; a space in a pattern above matches any white space. */
const compiled = {
  en: new RegExp(`(?<![\\p{L}\\p{N}])(?:${readers.en.join('|')})`.replace(/ /g, '\\s+'), 'giu'),
  fr: new RegExp(`(?<![\\p{L}\\p{N}])(?:${readers.fr.join('|')})`.replace(/ /g, '\\s+'), 'giu'),
  both: new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...readers.en, ...readers.fr].join('|')})`.replace(/ /g, '\\s+'), 'giu'),
};

/**
 * The first place where the entry says an overseer acts on the investigative measure (see the file's
 * comment), outside the skipped spans (the Principles field, comments), or undefined.
 */
export function safeguardActing(text: string, language: LexiconLanguage, skipped: SkippedSpans): FoundSpan | undefined {
  if (!mayHold.test(text)) return undefined;
  const pattern = compiled[language];
  pattern.lastIndex = 0;
  for (const match of text.matchAll(pattern)) {
    const place = { start: match.index, end: match.index + match[0].length };
    if (!skipped.some((span) => place.start < span.end && span.start < place.end)) return place;
  }
  return undefined;
}
