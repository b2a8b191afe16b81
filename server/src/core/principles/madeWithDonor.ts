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
  return ![...object.matchAll(word)].some((part) => partnerSideWords.has(foldedLetters(part[0]).replace(/^(?:l|d)['’]/, '')));
}
