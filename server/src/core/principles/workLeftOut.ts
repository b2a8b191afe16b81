/**
 * A mention of some work in a clause that says the programme leaves it out: "Talks on the UN
 * cybercrime convention were deliberately kept out of the programme", « les questions de
 * cybercriminalité ont été écartées du programme ». The human-rights check applies to cybercrime,
 * investigation or surveillance work; a topic named only to say the programme does not cover it
 * is no such work. The lexicon finds the topic's word; only the clause around it says what the
 * programme does with it.
 *
 * Read forward from the mention to the end of its clause, at most `reach` characters: a contrast
 * ("…, while a module on forensics stays") or a new clause ends the look, so a second topic that
 * the programme keeps is not left out with the first. The object must be the programme, its
 * agenda or its scope: "evidence excluded from the trial" is still evidence work.
 */
import type { FoundSpan } from './lexiconScan';

const reach = 160;

const programmeEn = '(?:the |this |its |our )?(?:programme|program|agenda|course|seminar|workshop|discussions?|training|curriculum|syllabus|scope|sessions?|talks|project)(?![\\p{L}])';
const programmeFr = "(?:programme|ordre du jour|séminaire|formation|cours|atelier|champ|périmètre|projet|discussions|échanges)(?![\\p{L}])";

const leftOutEn = [
  `(?:kept|left|taken|stayed|stays|stay|remained|remains) (?:deliberately |entirely |explicitly |expressly )?out of ${programmeEn}`,
  `(?:excluded|omitted|dropped|removed|struck) (?:deliberately |entirely |explicitly |expressly )?from ${programmeEn}`,
  `(?:fall|falls|fell|lie|lies|lay|is|are|was|were|remains?|remained) (?:deliberately |entirely |explicitly |expressly )?outside (?:the |its |this )?(?:(?:programme|course|seminar|project)(?:'s|’s) )?(?:scope|remit|mandate|programme|agenda)(?![\\p{L}])`,
  `(?:is|are|was|were) (?:deliberately |explicitly |expressly )?not (?:on the agenda|covered|addressed|discussed|dealt with|part of ${programmeEn})`,
].join('|');
const leftOutFr = [
  `(?:écarté|exclu|retiré|sorti)e?s? (?:volontairement |délibérément |expressément |sciemment )?(?:du |de la |de l['’]|des )${programmeFr}`,
  `(?:laissée?s?|tenue?s?|restée?s?) (?:volontairement |délibérément |expressément |sciemment )?(?:de côté|à l['’]écart|en dehors)`,
  `hors (?:du |de son |de leur )?(?:champ|périmètre|programme)(?![\\p{L}])`,
  `(?:n['’]|ne )(?:est|était|sont|étaient|a|ont|avait|avaient|sera|seront|figure|figurent|figurait|figuraient) (?:pas|jamais|nullement) (?:été )?(?:abordée?s?|traitée?s?|couverte?s?|au programme|inscrite?s? au programme|à l['’]ordre du jour)`,
].join('|');

const leftOut = new RegExp(`(?<![\\p{L}\\p{N}])(?:${leftOutEn}|${leftOutFr})`.replace(/ /g, '\\s+'), 'iu');
/** Where a clause ends, or a contrast opens one whose topic the programme may keep. */
const clauseEnd = /[.;:!?]|,\s*(?:while|whereas|but|although|though|and|alors que|tandis que|mais|bien que|et)(?![\p{L}])|\n\s*\n/iu;

/** Whether the clause that holds `place` says the programme leaves that work out. */
export function workLeftOut(text: string, place: FoundSpan): boolean {
  let clause = text.slice(place.end, place.end + reach);
  const end = clauseEnd.exec(clause);
  if (end) clause = clause.slice(0, end.index);
  return leftOut.test(clause);
}
