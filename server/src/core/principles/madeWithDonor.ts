/**
 * Work made "with" the submitting State itself, or one of its own bodies: "designed together with
 * Expertise France", "drawn up in cooperation with the French embassy", « conçu avec l'agence
 * française de développement ». Demand-driven wording says the partner shaped the work; here the
 * one it was shaped with is the donor, so the phrase is no evidence that the partner asked for it,
 * identified the need or owns it.
 *
 * Read only where the words after "with" (« avec ») name the submitter, by name or adjective, and
 * name nothing of the partner's side: no beneficiary, no other lead (a co-lead such as Senegal
 * beside France may be the partner), and no word that makes a body the partner's ("national",
 * "partner", "host"…). "Designed with the French embassy and the national police" stays evidence.
 */
import { foldedLetters } from '../text';
import { namesOneOf } from './beneficiaryActs';
import type { FoundSpan } from './lexiconScan';
import { partnerSourceRoleWords } from './partnerVocabulary';

/** The word that opens the one the work was made with. */
const withWord = /(?<![\p{L}\p{N}])(?:with|avec)(?![\p{L}\p{N}])/giu;

const withJustAfter = /^[ \t\n\u00a0]+(?:with|avec)(?![\p{L}\p{N}])/iu;

/** Where the one the work was made with ends: a clause's end, a bracket, or this many characters on. */
const clauseEnd = /[.;:,()\n]/;
const maxObjectLength = 100;

/** Words that make a body the partner's: the partner's roles, and what is national or local to it. */
const partnerSideWords: ReadonlySet<string> = new Set([
  ...partnerSourceRoleWords,
  'national', 'nationals', 'nationale', 'nationales', 'nationaux', 'local', 'locals', 'locale', 'locales', 'locaux',
  'counterpart', 'counterparts', 'homologue', 'homologues',
]);

const word = /[\p{L}'’-]+/gu;

/** Whether no word of `words` makes a body the partner's ("national", "partner", "host"…). */
function nothingOfThePartnersSide(words: string): boolean {
  return ![...words.matchAll(word)].some((part) => partnerSideWords.has(foldedLetters(part[0]).replace(/^(?:l|d)['’]/, '')));
}

export interface EntryParties {
  /** The submitting State (the front matter's `submitter`), when it names one. */
  readonly donor: string | undefined;
  readonly leadNames: readonly string[];
  readonly beneficiaryNames: readonly string[];
}

/** Whether the demand-driven phrase at `place` says the work was made with the donor itself. */
export function madeWithDonor(text: string, place: FoundSpan, parties: EntryParties): boolean {
  const { donor } = parties;
  if (!donor) return false;
  const phrase = text.slice(place.start, place.end);
  let withAt: number | undefined;
  for (const match of phrase.matchAll(withWord)) withAt = match.index + match[0].length;
  // The phrase may stop before its "with": « élaborés conjointement » avec…, "jointly designed" with….
  const withAfter = withAt === undefined ? withJustAfter.exec(text.slice(place.end, place.end + 12)) : null;
  if (withAt === undefined && !withAfter) return false;
  const from = withAt === undefined ? place.end + (withAfter?.[0].length ?? 0) : place.start + withAt;
  const rest = text.slice(from, from + maxObjectLength);
  const end = rest.search(clauseEnd);
  const object = end < 0 ? rest : rest.slice(0, end);
  if (!namesOneOf(object, [donor])) return false;
  const otherLeads = parties.leadNames.filter((lead) => !namesOneOf(lead, [donor]));
  if (namesOneOf(object, parties.beneficiaryNames) || namesOneOf(object, otherLeads)) return false;
  return nothingOfThePartnersSide(object);
}

/**
 * Round 21 and 22. A request, an invitation or a needs assessment whose author the phrase then names:
 * "at the request of", « à la demande du », "at the invitation of", "requested by", or the phrase
 * followed by "(carried out) by" / « (réalisée) par ». The author's words start there.
 */
const authorAtPhraseEnd = /(?<![\p{L}\p{N}])(?:of|by|de|du|des|d['’]|par)\s*$/iu;
const authorJustAfter =
  /^\s+(?:(?:(?:was|were|has been|have been|had been|is|are|a été|ont été|avait été|avaient été|est|sont)\s+)?(?:carried out|conducted|made|done|performed|undertaken|led|commissioned|drawn up|written|prepared|compiled|réalisée?s?|menée?s?|conduite?s?|effectuée?s?|faite?s?|commandée?s?|rédigée?s?|établie?s?|dressée?s?)\s+(?:(?:in|en)\s+\d{4}\s+)?)?(?:by|par)(?![\p{L}\p{N}])/iu;
/**
 * Round 23 and 24. The author in a relative clause after the phrase: "the inventory of gaps that French
 * experts compiled", « l'inventaire des besoins que des experts français ont dressé ». The author is
 * the few words between "that" (« que ») and the verb of making.
 */
const authorInRelativeClause =
  /^\s+(?:that|which|que|qu['’])\s*((?:[\p{L}'’-]+\s+){1,5}?)(?:(?:had|has|have|a|ont|avait|avaient)\s+)?(?:compiled|drew up|carried out|conducted|made|prepared|wrote|ran|led|dressée?s?|dressé|établie?s?|réalisée?s?|menée?s?|conduite?s?|rédigée?s?|effectuée?s?)(?![\p{L}\p{N}])/iu;
/** A body's short form in brackets ("the criminal affairs directorate (DACG) of the French ministry") is part of its name. */
const shortFormInBrackets = /\([^()\n]{1,15}\)/g;

/**
 * Round 21 and 22. Whether the demand-driven phrase at `place` is a request, an invitation or a needs
 * assessment made by the donor itself, or by a lead State that is no beneficiary: "a needs assessment
 * carried out by French experts", « à la demande de la direction … du ministère français de la
 * justice ». The donor asking its own staff, or assessing what the partner needs, is not the partner
 * asking or identifying its need. As for work made with the donor, the author's words must name the
 * donor (or such a lead) and nothing of the partner's side: "at the request of the French embassy
 * and the Senegalese ministry" stays evidence.
 */
export function askedByDonor(text: string, place: FoundSpan, parties: EntryParties): boolean {
  const askers = [...(parties.donor ? [parties.donor] : []), ...parties.leadNames.filter((lead) => !namesOneOf(lead, parties.beneficiaryNames))];
  if (askers.length === 0) return false;
  const authorNext = authorAtPhraseEnd.test(text.slice(place.start, place.end));
  const after = authorNext ? undefined : authorJustAfter.exec(text.slice(place.end, place.end + 40));
  const relative = authorNext || after ? undefined : authorInRelativeClause.exec(text.slice(place.end, place.end + 80));
  if (!authorNext && !after && !relative) return false;
  const from = place.end + (after?.[0].length ?? 0);
  const rest = text.slice(from, from + maxObjectLength).replace(shortFormInBrackets, (short) => ' '.repeat(short.length));
  const end = rest.search(clauseEnd);
  const author = relative ? (relative[1] ?? '') : end < 0 ? rest : rest.slice(0, end);
  if (!namesOneOf(author, askers) || namesOneOf(author, parties.beneficiaryNames)) return false;
  return nothingOfThePartnersSide(author);
}
