/**
 * A condition that is part of what the programme teaches, not a condition on the support:
 * "Scenarios examine whether a State may respond with countermeasures, provided that the response
 * is proportionate", « Le cours explique dans quelles conditions un État peut invoquer la légitime
 * défense, à condition que la cyberopération atteigne le seuil d'une agression armée ». Training in
 * international law (the Cyber Law Toolkit, a course on State responsibility) is written like this:
 * the condition bears on a State's or an actor's legal position in the subject taught, not on the
 * partner that receives the support.
 *
 * Read from the sentence before the condition: a course, module, scenario, guide… (or its
 * participants) that examines, explains, teaches or discusses a question (whether, when, how, under
 * what conditions, that…) about what an actor may do, is entitled to or what amounts to what, and
 * the condition follows in that question. Not when the actor is the partner (the ministry, the
 * beneficiary, the Government: "the module explains how ministries can join the platform, provided
 * that they sign the charter" is a rule for the partners said in a teaching voice), nor when the
 * condition itself names the partner or the support. Bounded: the sentence around the place.
 */
import type { FoundSpan } from './lexiconScan';

/** How far back the sentence of the condition is read. */
const lookBack = 300;
const lookAfter = 200;

const contentEn =
  '(?:courses?|modules?|scenarios?|exercises?|toolkits?|guides?|guidance|handbooks?|manuals?|trainings?|sessions?|seminars?|lectures?|class(?:es)?|case stud(?:y|ies)|workshops?|curricul(?:um|a)|syllabus|simulations?|tabletops?|moot courts?|games?|webinars?|lessons?|chapters?|units?|discussions?|debates?|participants|trainees|students|learners|attendees|fellows|diplomats|legal advisers|lawyers|delegates)';
const teachEn =
  '(?:examin|explain|teach|taught|discuss|cover|stud(?:y|ies|ied)|analy[sz]|consider|explor|address|look(?:s|ed)? at|learn|show|debat|sets? out|assess|review|present|illustrat|walks? through|walked through|ask|test|practi[sc]|works? through|worked through|reflect|describ|clarif|unpack|map)[\\p{L}]*';
const questionEn =
  '(?:whether|if|when|how|why|under what|in what|in which|which|what|the (?:conditions|circumstances|cases|situations) (?:under|in) which|that)';
const legalPositionEn =
  '(?:may|can|could|might|must|should|is (?:entitled|allowed|permitted|obliged|required) to|are (?:entitled|allowed|permitted|obliged|required) to|ha(?:s|ve) the right to|(?:is|are|would be|remains?|becomes?) (?:lawful|unlawful|permissible|legal|illegal|justified|attributable|admissible|responsible|liable)|lawfully|amounts? to|constitutes?|qualif(?:y|ies) as|bears?|incurs?)';
const contentFr =
  "(?:cours|modules?|scénarios?|exercices?|boîtes? à outils|guides?|manuels?|formations?|séances?|sessions?|séminaires?|conférences?|ateliers?|cas pratiques?|études? de cas|simulations?|leçons?|chapitres?|participant(?:e)?s|stagiaires|auditeurs|auditrices|étudiant(?:e)?s|apprenant(?:e)?s|diplomates|juristes|conseillers juridiques|délégués)";
const teachFr =
  "(?:examin|expliqu|enseign|abord|étudi|analys|présent|explor|trait|détaill|discut|débat|montr|expos|illustr|rappel|interroge|précis|éclair|apprenn|apprend|s['’]interroge|passe(?:nt)? en revue|pass(?:e|ent) au crible|décortiqu|revien)[\\p{L}]*";
const questionFr =
  "(?:(?:si|quand|lorsque|comment|pourquoi|dans quel(?:le)?s? (?:conditions|cas|circonstances|mesure)|à quelles? conditions|sous quelles? conditions|en quelles? circonstances|(?:les|des) (?:conditions|circonstances|cas|situations) (?:dans lesquel(?:le)?s|auxquel(?:le)?s|où)|que)(?![\\p{L}])|s['’]|qu['’])";
const legalPositionFr =
  "(?:peut|peuvent|pourrait|pourraient|puisse|puissent|doit|doivent|est en droit|sont en droit|a le droit|ont le droit|(?:est|sont|serait|seraient|devient|deviennent) (?:autorisée?s?|licites?|illicites?|justifiée?s?|attribuables?|responsables?|admissibles?)|engag(?:e|ent) (?:sa|leur) responsabilité|constitu(?:e|ent)|relèv(?:e|ent) de|équiva(?:ut|lent) à)";

/** The actor of the question is the partner: a rule for the partners in a teaching voice, still a condition. */
const partnerActor =
  '(?:ministr|government|beneficiar|partner|recipient|agenc|administration|authorit|institution|ministère|gouvernement|bénéficiaire|partenaire|agence|autorité)[\\p{L}]*';
/**
 * The condition names the partner or the support: a condition on the support. "Aid or assistance"
 * is left out: it is a term of the law of State responsibility that such courses teach.
 */
const partnerOrSupport =
  /(?<![\p{L}])(?:partner|beneficiar|recipient|host (?:country|state|government)|support|funding|funds|grant|equipment|tranche|disburse|partenaire|bénéficiaire|pays hôte|appui|soutien|financement|subvention|équipement|versement|décaissement)/iu;
/** The question is how the partner gets the support: "how a country can receive support", « comment un État peut obtenir le financement ». */
const receivesSupport =
  /(?<![\p{L}])(?:receiv|obtain|get|gets|access|qualif|be granted|be eligible|benefit|recev|reçoi|obten|obtien|bénéfici|accéd|être éligible)[\p{L}]*\s+(?:[\p{L}'’-]+\s+){0,4}?(?:support|funding|funds|grants?|aid|assistance|equipment|tranches?|training|appui|soutien|financement|subventions?|aide|assistance|équipements?|formation)(?![\p{L}])/iu;

const gap = '[^.;!?]';
/** Each language's reading: what is taught, the question, and the actor's legal position before the condition. */
const taughtQuestions = [
  `(?<![\\p{L}])${contentEn}(?![\\p{L}])${gap}{0,80}?(?<![\\p{L}])${teachEn}${gap}{0,40}?(?<![\\p{L}])${questionEn}(?![\\p{L}])(${gap}{0,160}?)((?<![\\p{L}])${legalPositionEn}(?![\\p{L}])${gap}*)$`,
  `(?<![\\p{L}])${contentFr}(?![\\p{L}])${gap}{0,80}?(?<![\\p{L}])${teachFr}${gap}{0,40}?(?<![\\p{L}])${questionFr}(${gap}{0,160}?)((?<![\\p{L}])${legalPositionFr}(?![\\p{L}])${gap}*)$`,
].map((source) => new RegExp(source, 'iu'));
const partnerInQuestion = new RegExp(`(?<![\\p{L}])${partnerActor}`, 'iu');
const sentenceEnd = /[.;!?]|\n\s*\n/g;
const conditionEnd = /[.;!?]|\n\s*\n/;

/** Whether the condition found at `place` is part of a question the programme teaches about an actor's legal position. */
export function conditionTaught(text: string, place: FoundSpan): boolean {
  const before = text.slice(Math.max(0, place.start - lookBack), place.start);
  let start = 0;
  for (const end of before.matchAll(sentenceEnd)) start = end.index + end[0].length;
  const sentence = before.slice(start);
  const taught = taughtQuestions.map((question) => question.exec(sentence)).find((match) => match !== null);
  if (!taught) return false;
  // The question's words before the actor's position say whose position it is; the rest, whether it is about getting the support.
  const [, actor = '', position = ''] = taught;
  if (partnerInQuestion.test(actor) || receivesSupport.test(actor + position)) return false;
  const after = text.slice(place.end, place.end + lookAfter);
  const end = conditionEnd.exec(after);
  return !partnerOrSupport.test(end ? after.slice(0, end.index) : after);
}
