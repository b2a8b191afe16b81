/**
 * The work said to come from the partner, or to be the partner's: its origin ("the idea came from
 * the regulators", « le programme est né d'une réunion des chefs des unités des cinq pays »), its
 * content taken from what the partner brought ("the agenda was built from the questions that the
 * missions of Fiji and Barbados had sent", « le périmètre a été arrêté à partir de la feuille de
 * route que le ministère avait publiée »), or its owner ("the reform itself is Madagascar's", "the
 * syllabus belongs to the school"). That is ownership or a need the partner identified, and the
 * evidence lexicon cannot see it: drafters say it with any verb and any noun, and whose the origin
 * is (the partner's or the donor's) is told by the entry's Beneficiaries and Lead fields.
 *
 * Each place is a clause read in three parts: the work (a noun such as idea, programme, syllabus),
 * how it relates to its source (came from, built from, belongs to), and the source, read in a few
 * words after it: a beneficiary State, the partners by role or by their number, or a body of the
 * partner (a ministry, a regulator) not named as the donor's. "The funding came from the ministry"
 * (money, not the work), "built from the findings of the French experts" and "the idea came from
 * UNODC" (the Lead) are not the partner's.
 */
import { foldedLetters as foldLetters } from '../text';
import { numberWritten, stateWordTest, statesCounted } from './beneficiaryActs';
import type { FoundSpan, LexiconLanguage, SkippedSpans } from './lexiconScan';
import { countedPartnerWords, donorSourceWords, partnerOnlyBodyWords, partnerSourceRoleWords } from './partnerVocabulary';

/** The work itself, as the subject of where it came from or whose it is. */
const workEn = '(?:idea|initiative|proposal|programme|program|project|course|need|component|work|training|curriculum|syllabus|cycle|network|seminar|workshop|exercise|modules?|reform|strategy|plan|agenda|content)';
const workFr = '(?:idée|initiative|proposition|programme|projet|cours|besoin|volet|composante|travail|formation|cursus|cycle|réseau|séminaire|atelier|exercice|module|réforme|stratégie|plan|contenu)s?';
const originEn = `${workEn}(?:\\s+itself)?\\s+(?:(?:came|comes|grew|grows|sprang|springs)\\s+out\\s+of|(?:came|comes|originated|originates|arose|arises|stemmed|stems)\\s+(?:from|with)|(?:was|is)\\s+born\\s+(?:of|from|out\\s+of))(?![\\p{L}\\p{N}])`;
const originFr = `${workFr}\\s+(?:(?:est|sont|était|étaient)\\s+(?:née?s?|issue?s?|venue?s?)|naît|naissent|découle|découlent|vient|viennent|venait|provient|proviennent|émane|émanent)\\s+(?:d['’]|de\\s|des\\s|du\\s)`;
/** Shaping what is taught or done, then its source: "the agenda was built from", « en a arrêté le programme d'après ». */
const basisEn =
  "(?:built|set|settled|drawn\\s+up|drew\\s+up|chosen|chose|selected|shaped|defined|planned|designed|drafted|written|derived|decided|fixed|worked\\s+out|put\\s+together)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(?:from|on\\s+the\\s+basis\\s+of|based\\s+on|according\\s+to|in\\s+the\\s+light\\s+of|out\\s+of)(?![\\p{L}\\p{N}])";
const basisFr =
  "(?:arrêté|fixé|défini|choisi|construit|conçu|élaboré|établi|bâti|rédigé|retenu|déterminé|dressé|tiré)e?s?\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,4}?(?:à\\s+partir\\s+(?:d['’]|de\\s|des\\s|du\\s)|d['’]après|sur\\s+la\\s+base\\s+(?:d['’]|de\\s|des\\s|du\\s)|en\\s+fonction\\s+(?:d['’]|de\\s|des\\s|du\\s))";
/** Whose the work is: "belongs to the school", "is Madagascar's", « appartient à l'école ». */
const ownerEn = "(?:belongs|belong|belonged)\\s+to(?![\\p{L}\\p{N}])|(?:is|are|was|remains|remain)\\s+(?:(?:entirely|wholly|fully|firmly)\\s+)?(?<owner>[\\p{L}-]+)['’]s(?![\\p{L}\\p{N}])";
const ownerFr = '(?:appartient|appartiennent|appartenait|appartenaient)\\s+(?:à|au|aux)(?![\\p{L}\\p{N}])';

/** The anchors of one language, one pattern: origin, basis and owner are told apart by their named groups. */
const anchorPatterns = new Map<LexiconLanguage, RegExp>();

function anchorPattern(language: LexiconLanguage): RegExp {
  let pattern = anchorPatterns.get(language);
  if (!pattern) {
    const pick = (en: string, fr: string) => (language === 'en' ? en : language === 'fr' ? fr : `${en}|${fr}`);
    const origin = pick(originEn, originFr);
    const basis = pick(basisEn, basisFr);
    const owner = language === 'fr' ? ownerFr : language === 'en' ? ownerEn : `${ownerEn}|${ownerFr}`;
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:(?<origin>${origin})|(?<basis>${basis})|(?<ownedBy>${owner}))`, 'giu');
    anchorPatterns.set(language, pattern);
  }
  return pattern;
}

/**
 * What the partner brings that the work may be built from: its questions, answers, findings,
 * priorities, roadmap, or "what" it reported. Read in the first few words after "built from".
 */
const inputWords = new Set([
  'questions', 'question', 'answers', 'replies', 'responses', 'findings', 'priorities', 'needs', 'requests', 'request', 'proposals', 'roadmap', 'strategy', 'plan', 'plans',
  'review', 'talks', 'meeting', 'meetings', 'consultations', 'list', 'lists', 'notes', 'gaps', 'audit', 'audits', 'survey', 'assessment', 'assessments', 'diagnosis', 'wishes', 'input', 'submissions', 'what', 'reports',
  'reponses', 'conclusions', 'constats', 'priorites', 'besoins', 'demandes', 'demande', 'propositions', 'feuille', 'strategie', 'bilan', 'revue', 'echanges', 'reunion', 'reunions', 'consultation',
  'liste', 'listes', 'lacunes', 'enquete', 'questionnaire', 'questionnaires', 'diagnostic', 'evaluation', 'souhaits', 'contributions', 'ce', 'rapports',
]);
/** How many words after the anchor the partner's input must begin within. */
const inputReach = 5;
/**
 * How many anchors one entry's reading looks at: an entry says where its work came from in its
 * first paragraphs, and a pasted 10 MB section with an anchor every line must not cost seconds.
 */
const maxAnchors = 256;
/** How many words after the anchor the source is read, at most (and never past the sentence). */
const sourceReach = 20;

/** Words of a Lead's name too common to tell it (the Lead "Ministry of the Interior" does not make every ministry the donor's). */
const commonLeadWords = new Set(['ministry', 'ministries', 'ministere', 'government', 'gouvernement', 'republic', 'republique', 'national', 'nationale', 'agency', 'agence', 'the', 'and', 'with', 'for', 'des', 'les', 'avec']);


const wordRun = /[\p{L}\p{N}'’-]+/gu;

/** Words folded once: the same few words come back after every anchor of a long draft. */
const foldedWords = new Map<string, string>();
function foldedLetters(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    if (foldedWords.size >= 4096) foldedWords.clear();
    folded = foldLetters(word);
    foldedWords.set(word, folded);
  }
  return folded;
}
/** Where a sentence or a clause list ends: the source is read up to it. */
const sentenceEnd = /[.;:!?]|\n[ \t]*\n/;

/** Who the partners and the donor are, from the entry's fields. */
interface Sides {
  readonly namesBeneficiary: (word: string) => boolean;
  readonly namesLead: (word: string) => boolean;
  /** The Lead's own words, as written ("UNODC", "Bank" of "World Bank"). */
  readonly leadWords: ReadonlySet<string>;
  /** How many beneficiary States there are, when a number cannot also count the Lead's. */
  readonly partnerCount: number | undefined;
}

function sidesOf(beneficiaries: readonly string[], leads: readonly string[]): Sides {
  const folded = (name: string) => foldedLetters(name.trim());
  const beneficiarySet = new Set(beneficiaries.map(folded));
  // A State on both sides (Lead "France, with Senegal", Beneficiaries "… Senegal") is the partner here.
  const leadsOnly = leads.filter((lead) => !beneficiarySet.has(folded(lead)));
  const namesBeneficiary = stateWordTest(beneficiaries);
  const namesLeadState = stateWordTest(leadsOnly);
  const leadWords = new Set<string>();
  for (const lead of leadsOnly) {
    for (const [word] of lead.matchAll(wordRun)) {
      const foldedWord = foldedLetters(word);
      if (word.length >= 3 && /^\p{Lu}/u.test(word) && !commonLeadWords.has(foldedWord) && !namesBeneficiary(foldedWord)) leadWords.add(word);
    }
  }
  const beneficiaryStates = statesCounted(beneficiaries);
  const leadStates = statesCounted(leads);
  return {
    namesBeneficiary,
    namesLead: (word) => namesLeadState(word) && !namesBeneficiary(word),
    leadWords,
    partnerCount: beneficiaryStates >= 2 && beneficiaryStates !== leadStates ? beneficiaryStates : undefined,
  };
}

/**
 * Where, in `words` (the source after an anchor), the partner is named, before any word of the
 * donor: the index of that word, or undefined.
 */
function partnerNamedIn(words: readonly string[], sides: Sides): number | undefined {
  for (let index = 0; index < words.length; index++) {
    const written = words[index] ?? '';
    const word = foldedLetters(written).replace(/['’]s$|['’]$/, '');
    if (sides.leadWords.has(written.replace(/['’]s$/, '')) || sides.namesLead(word) || donorSourceWords.has(word)) return undefined;
    if (sides.namesBeneficiary(word) || partnerSourceRoleWords.has(word)) return index;
    // « ses États membres », "the member States".
    const memberOf = (near: string | undefined) => /^(?:states?|etats?)$/.test(foldedLetters(near ?? ''));
    if ((word === 'member' && memberOf(words[index + 1])) || (word === 'membres' && memberOf(words[index - 1]))) return index;
    // Round 23 and 24. "The members", « les membres » alone, of a regional body or network, are the States or
    // teams it gathers: "the work belongs to the members". Not "the members of the French delegation":
    // with a complement, whose members they are is said after, and read on.
    if ((word === 'members' || word === 'membres') && !/^(?:of|de|des|du|d['’].*)$/.test(foldedLetters(words[index + 1] ?? ''))) return index;
    if (partnerOnlyBodyWords.has(word)) return index;
    const number = numberWritten(word);
    if (number !== undefined && number === sides.partnerCount && words.slice(index + 1, index + 4).some((next) => countedPartnerWords.has(foldedLetters(next)))) return index;
  }
  return undefined;
}

/** Up to `count` words of `window`, each with its position in the text (`window` starts at `offset`). */
function wordsFrom(window: string, offset: number, count: number): { word: string; start: number; end: number }[] {
  const words: { word: string; start: number; end: number }[] = [];
  wordRun.lastIndex = 0;
  for (let match = wordRun.exec(window); match && words.length < count; match = wordRun.exec(window)) {
    words.push({ word: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
  }
  return words;
}

/** The one or few words before `end`: the subject of "belongs to" ("the syllabus belongs to"). */
const workBefore = new RegExp(`^(?:${workEn}|${workFr})$`, 'iu');

/**
 * The first place where the prose says the work came from the partner, was built from what the
 * partner brought, or is the partner's; undefined when it says none of these (or says them of the
 * donor). `beneficiaries` and `leads` are the values of the entry's fields.
 */
export function workFromPartner(
  text: string,
  beneficiaries: readonly string[],
  leads: readonly string[],
  language: LexiconLanguage,
  skipped: SkippedSpans,
): FoundSpan | undefined {
  let sides: Sides | undefined;
  const pattern = anchorPattern(language);
  pattern.lastIndex = 0;
  let anchors = 0;
  for (const anchor of text.matchAll(pattern)) {
    if (++anchors > maxAnchors) break;
    const anchorEnd = anchor.index + anchor[0].length;
    if (skipped.some((span) => anchor.index < span.end && span.start < anchorEnd)) continue;
    sides ??= sidesOf(beneficiaries, leads);
    const groups = anchor.groups ?? {};
    let start = anchor.index;
    if (groups.ownedBy !== undefined) {
      // The subject just before: "the syllabus belongs to", not "the laptop belongs to".
      const before = text.slice(Math.max(0, anchor.index - 40), anchor.index);
      const subject = /([\p{L}'’-]+)(?:\s+(?:itself|lui-même|elle-même))?\s+$/u.exec(before);
      if (!subject || !workBefore.test(subject[1] ?? '')) continue;
      start = anchor.index - before.length + subject.index;
      // "is Madagascar's": the owner is the word itself.
      if (groups.owner !== undefined) {
        const owner = foldedLetters(groups.owner);
        if (sides.namesBeneficiary(owner) && !sides.namesLead(owner)) return { start, end: anchorEnd };
        continue;
      }
    }
    // The source, up to the end of the sentence.
    const rest = text.slice(anchorEnd, anchorEnd + 240);
    const stop = sentenceEnd.exec(rest);
    const source = wordsFrom(stop ? rest.slice(0, stop.index) : rest, anchorEnd, sourceReach);
    if (groups.basis !== undefined && !source.slice(0, inputReach).some((part) => inputWords.has(foldedLetters(part.word).replace(/^(?:l|d)['’]/, '')))) continue;
    const at = partnerNamedIn(
      source.map((part) => part.word.replace(/^(?:l|d|qu)['’]/i, '')),
      sides,
    );
    if (at !== undefined) return { start, end: source[at]?.end ?? anchorEnd };
  }
  return undefined;
}
