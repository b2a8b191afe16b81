/**
 * Continuation wording dated before the programme began, in a clause about something else: the
 * programme's background, not how it lasts. "Since 2021" or « depuis 2022 » shows work kept alive
 * when the programme is what has run since then ("Hosted every year since 2000 by the agency, the
 * symposium…", « Déployé depuis 2015, le modèle… »). In a relative clause that describes someone or
 * something else, and before the year of the entry's Start field, it does not: "two negotiators who
 * have followed the OEWG since 2021" (Start 2024) is the experts' own experience, "the register that
 * the ministry has kept since 2022" (Start 2023) the partner's earlier work, and « les procureurs,
 * qui avaient relevé lors de leur réunion annuelle de 2022… » the partners' own meeting, not a round
 * of the programme.
 *
 * The sustainability check reads its evidence through this. The look is bounded (the place, a few
 * characters after it, and its clause up to 100 characters before it), so the cost is that of the
 * places found, not of the text.
 */
import type { FoundSpan } from './lexiconScan';

/** A year inside the place: "since 2021", « depuis 2022 ». */
const yearInside = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
/**
 * A year that dates the place just after it: « réunion annuelle de 2022 », "annual meeting of 2020".
 * Not "every year since 2000": that is when a recurrence began, which says it recurs.
 */
const yearAfter = /^(?:[ \t]+[\p{L}-]+)?[ \t]+(?:de|du|en|of|in)[ \t]+((?:19|20)\d\d)(?![\p{L}\p{N}])/iu;
const lookAfter = 32;
/** How far back the clause of the place is read for a relative pronoun. */
const lookBack = 100;
/** A relative pronoun opening the clause the place sits in: what it says is about the noun before it. */
const relativeClause = /(?<![\p{L}\p{N}])(?:who|whom|whose|that|which|qui|que|qu['’]|dont)(?![\p{L}\p{N}])/iu;
const clauseEnd = /[.;:!?\n]/g;

/** The year that dates a place of continuation wording, inside it or just after it; undefined when none does. */
export function yearOf(text: string, place: FoundSpan): number | undefined {
  const inside = yearInside.exec(text.slice(place.start, place.end));
  if (inside) return Number(inside[1]);
  const after = yearAfter.exec(text.slice(place.end, place.end + lookAfter));
  return after ? Number(after[1]) : undefined;
}

/** Whether the place sits in a relative clause: a relative pronoun before it in the same sentence part. */
function inRelativeClause(text: string, place: FoundSpan): boolean {
  const before = text.slice(Math.max(0, place.start - lookBack), place.start);
  let clauseStart = 0;
  for (const end of before.matchAll(clauseEnd)) clauseStart = end.index + 1;
  return relativeClause.test(before.slice(clauseStart));
}

/**
 * Whether a place of continuation wording is background: dated before the programme's start year
 * and said in a relative clause about something else. A place with no year, or an entry without a
 * start year, is never background.
 */
export function datedBeforeStart(text: string, place: FoundSpan, startYear: number | undefined): boolean {
  if (startYear === undefined) return false;
  const year = yearOf(text, place);
  return year !== undefined && year < startYear && inRelativeClause(text, place);
}
