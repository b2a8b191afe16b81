/**
 * A beneficiary named in the prose as the one who asks, proposes, chooses, writes, chairs,
 * implements, directs or validates: "The Philippines proposed this workshop", "Morocco's agency
 * wrote the scenario", « le Maroc a demandé un appui ». That is ownership, and the evidence lexicon
 * cannot see it: it does not know who the partners are. The programme's Beneficiaries field does.
 * "France proposed…" is the donor acting, and "trainees from Senegal selected by France" is the
 * donor choosing: neither counts.
 */
import { irregularAdjectives } from '../../../../schemas/countries';
import { stateCode } from '../countries';
import { foldedLetters } from '../text';
import type { FoundSpan, LexiconLanguage, SkippedSpans } from './lexiconScan';
import { donorSubjectWords, partnerInstitutionWords, partnerSubjectRoleWords } from './partnerVocabulary';

/**
 * Bringing the cases or the scenario the work is built on: "the ministries supplied the scenario",
 * « chaque service avait apporté deux dossiers ». Only with such an object: "Senegal provided the
 * venue" is hosting, not shaping the work.
 */
const suppliedCasesEn = '(?:supplied|supplies|brought|brings|contributed|contributes)\\s+(?:(?:the|their|its|own|two|three|four|five|several|real|\\d+)\\s+){0,3}(?:scenarios?|cases|case studies|files|incidents)';
const suppliedCasesFr = '(?:(?:a|ont|avait|avaient)\\s+(?:apporté|fourni)|apporte|apportent|fournit|fournissent)\\s+(?:(?:le|la|les|leurs?|ses|son|sa|propres|deux|trois|quatre|plusieurs|\\d+)\\s+){0,3}(?:scénarios?|cas|dossiers|affaires|incidents)';
/**
 * Putting a subject first among its own needs or priorities: "put the security of its platform
 * first among the needs", « a placé la sécurité des téléservices en tête des priorités ». Only the
 * one whose needs they are does that; the subject decides whether it is the partner.
 */
const placedFirstEn = "(?:put|puts|placed|places|ranked|ranks)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,8}?(?:first\\s+(?:among|on|in)|at\\s+the\\s+top\\s+of)\\s+(?:the|its|their)\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:needs|priorities|list)";
const placedFirstFr = "(?:(?:a|ont|avait|avaient)\\s+placé|place|placent)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){1,8}?(?:en\\s+tête|au\\s+premier\\s+rang)\\s+(?:des|de\\s+ses|de\\s+leurs)\\s+(?:besoins|priorités)";
/**
 * Round 19 and 20. "Set" decides ("the ministry set the agenda"); "set up" creates, and counts when the
 * partner does it of itself ("the Ministry of Justice set up a drafting committee"), not when the
 * donor helps it do so ("advisers help the three partner governments set up an agency"): that is
 * the donor's work on the partner's institution, not the partner asking for or shaping the programme.
 */
const helpedToSetUp = '(?<!(?<![\\p{L}\\p{N}])(?:help|helps|helped|helping|assist|assists|assisted|assisting|enable|enables|enabled|enabling)(?:\\s+[\\p{L}\'’-]+){1,5}\\s+(?:set|sets)\\s+up)';
const setNotHelpedUp = `(?:(?:set|sets)(?!\\s+up(?![\\p{L}\\p{N}]))|(?:set|sets)\\s+up(?![\\p{L}\\p{N}])${helpedToSetUp})`;
/**
 * Round 23 and 24. Writing the work into its own plan or strategy, and being its contracting authority:
 * "the two governments included this component in their national development plans", « ont inscrit ce
 * volet dans leurs plans nationaux et en assurent la maîtrise d'ouvrage ». The programme is then the
 * partner's own; the subject decides whether it is the partner ("France included the course in its
 * strategy" is the donor's plan).
 */
const wroteIntoOwnPlanEn = "(?:included|includes|include|incorporated|incorporates|integrated|integrates|inscribed|wrote|writes)\\s+(?:this|the|that|these|those|each)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?(?:in|into)\\s+(?:its|their)\\s+(?:own\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:plans?|strateg(?:y|ies)|roadmaps?)";
const wroteIntoOwnPlanFr = "(?:(?:a|ont|avait|avaient)\\s+(?:inscrit|intégré)|inscrit|inscrivent|intègre|intègrent)\\s+(?:ce|cet|cette|ces|le|la|les|l['’])\\s*(?:[\\p{L}'’-]+\\s+){0,3}?(?:dans|à)\\s+(?:son|sa|ses|leur|leurs)\\s+(?:propres?\\s+)?(?:[\\p{L}'’-]+\\s+){0,3}?(?:plans?|stratégies?|feuilles?\\s+de\\s+route)";
const contractingAuthorityEn = '(?:is|are|acts\\s+as|act\\s+as)\\s+(?:the\\s+)?(?:contracting\\s+authority|project\\s+owner)';
const contractingAuthorityFr = "(?:en\\s+)?(?:assur(?:e|ent)|exerc(?:e|ent))\\s+la\\s+maîtrise\\s+d['’]ouvrage";
const actsEn =
  `(?:(?:has|have)\\s+(?:run|led|chaired|coordinated|managed)|proposed|proposes|put forward|drew up|draws up|struck out|held the pen|holds the pen|submitted|submits|presented|presents|built|builds|requested|requests|asked|asks|sought|seeks|chose|chooses|selected|selects|picked|picks|drafted|drafts|wrote|writes|designed|designs|prepared|prepares|identified|identifies|${setNotHelpedUp}|decided|decides|defined|defines|nominated|nominates|initiated|commissioned|invited|chairs|chaired|co-chairs|co-chaired|leads|led|co-leads|co-led|runs|ran|implements|implemented|directs|directed|validates|validated|approves|approved|endorses|endorsed|propose|draw up|submit|ask|choose|select|pick|identify|decide|define|nominate|listed(?!\\s+(?:above|below|here|earlier|in|on|under|at|as|for)(?![\\p{L}\\p{N}]))|settled|settles|${suppliedCasesEn}|${placedFirstEn}|${wroteIntoOwnPlanEn}|${contractingAuthorityEn})`;
const actsFr =
  `(?:(?:a|ont|avait|avaient)\\s+(?:(?:lui|elle|eux|elles)-mêmes?\\s+)?(?:proposé|demandé|sollicité|choisi|retenu|arrêté|sélectionné|rédigé|conçu|préparé|élaboré|identifié|fixé|défini|décidé|désigné|initié|commandé|invité|dressé|listé|recensé|validé|approuvé|dirigé|géré|tenu la plume)(?:e|s|es)?|(?:a|ont|avait|avaient)\\s+mis\\s+en\\s+œuvre|dresse|dressent|propose|proposent|demande|demandent|sollicite|sollicitent|choisit|choisissent|retient|retiennent|arrête|arrêtent|sélectionne|sélectionnent|rédige|rédigent|conçoit|conçoivent|identifie|identifient|fixe|fixent|définit|définissent|décide|décident|désigne|désignent|pilote|pilotent|dirige|dirigent|gère|gèrent|valide|valident|approuve|approuvent|met\\s+en\\s+œuvre|mettent\\s+en\\s+œuvre|(?:en\\s+)?assur(?:e|ent)\\s+la\\s+direction|préside|président|copréside|coprésident|${suppliedCasesFr}|${placedFirstFr}|${wroteIntoOwnPlanFr}|${contractingAuthorityFr})`;

/** The same acts in the passive, done by the partner: "chosen by the Zambian ministry", « retenus par l'administration béninoise ». */
const doneByEn = '(?:put forward|requested|settled|chosen|selected|picked|drafted|written|designed|prepared|identified|set|decided|defined|nominated|initiated|commissioned|chaired|led|run|drawn up|implemented|carried out|managed|executed|directed|steered|validated|approved|endorsed)';
const doneByFr = '(?:(?:proposé|demandé|sollicité|choisi|retenu|sélectionné|rédigé|écrit|conçu|préparé|élaboré|identifié|fixé|défini|décidé|désigné|arrêté|présidé|piloté|commandé|validé|approuvé|dirigé|géré|exécuté)e?s?|mise?s?\\s+en\\s+œuvre)';
/** Work made with the partner: "designed with Benin's security agency", « conçu avec l'agence béninoise ». */
const madeWithEn = '(?:designed|co-designed|drafted|drawn up|prepared|developed|planned|built|written|shaped|organi[sz]ed|co-organi[sz]ed)\\s+(?:together\\s+|jointly\\s+)?with';
const madeWithFr = '(?:conçu|rédigé|écrit|préparé|élaboré|construit|défini|organisé|coorganisé|co-construit)e?s?\\s+(?:conjointement\\s+)?avec';

/**
 * Whether a word names the State `name` (one word, folded) or starts its adjective: "Zambian" for
 * "Zambia", « béninoise » for "Bénin", « ghanéen » for "Ghana" (five letters at most, the fifth a
 * vowel of any kind), but not "indicators" for "India".
 */
function namesState(word: string, name: string): boolean {
  // "francophone", "anglophone", « la Francophonie »: a language's community, not the State's people.
  if (/phon(?:e|es|ie|ies)$/.test(word) || speakingCommunity(word)) return false;
  const base = name.length > 5 ? name.slice(0, 5) : name;
  if (base.length >= 4 && /[aeiouy]$/.test(base)) return word.startsWith(base.slice(0, -1)) && /^[aeiouy]/.test(word.slice(base.length - 1));
  return word.startsWith(base);
}

/**
 * One way the prose may write a State: its words (folded), the last compared by its own rule: a
 * name's last word may be its adjective ("Cabo Verdean", « béninoise », by `namesState`).
 */
interface Naming {
  readonly parts: readonly string[];
  readonly lastWord: (word: string, part: string) => boolean;
}

/**
 * Round 23 and 24. "French-speaking", "Portuguese-speaking": a language's community, like "francophone",
 * not the State's people ("the foreign ministries of six French-speaking African States" are not France's).
 */
const speakingCommunity = (word: string): boolean => word.endsWith('-speaking');

/** An adjective listed in full is compared as a word beginning: "Ivorian" finds « ivoiriennes »; not a language's community. */
const byBeginning = (word: string, part: string) => word.startsWith(part) && !speakingCommunity(word);

/** Whether the words from `at` on write `naming`: each word as written, but the last by its rule. */
function writesAt(words: readonly string[], at: number, naming: Naming): boolean {
  const last = naming.parts.length - 1;
  return naming.parts.every((part, offset) => (offset < last ? words[at + offset] === part : naming.lastWord(words[at + offset] ?? '', part)));
}

/**
 * Where one of the States is first named in `words` (folded): the index of the naming's first word
 * and how many words it has; undefined when none is. Names as written but for the last word's
 * adjective, and the adjectives that do not begin like the name.
 */
function stateNamedAt(words: readonly string[], states: readonly (readonly Naming[])[]): { index: number; length: number } | undefined {
  for (let index = 0; index < words.length; index++) {
    for (const namings of states) {
      const naming = namings.find((candidate) => writesAt(words, index, candidate));
      if (naming) return { index, length: naming.parts.length };
    }
  }
  return undefined;
}

/** A word as names are compared: letters, apostrophes and hyphens ("Morocco's", « l'administration », "Guinea-Bissau"). */
const word = "[\\p{L}'’-]+";
const wordRun = new RegExp(word, 'gu');

/** The irregular adjectives of each State, folded and split into words, made on first use. */
const adjectiveNamings = new Map<string, readonly Naming[]>();

function irregularAdjectiveNamings(code: string): readonly Naming[] {
  let namings = adjectiveNamings.get(code);
  if (!namings) {
    namings = (irregularAdjectives[code] ?? []).map((adjective) => ({ parts: foldedLetters(adjective).split(' '), lastWord: byBeginning }));
    adjectiveNamings.set(code, namings);
  }
  return namings;
}

/**
 * The States among `names` (a programme field's values), each as the ways the prose may write it:
 * its name folded, without a parenthesised qualifier ("Venezuela (Bolivarian Republic of)"), and
 * its irregular adjectives.
 */
function statesAmong(names: readonly string[]): Naming[][] {
  const states: Naming[][] = [];
  for (const written of names) {
    const name = written.trim();
    const code = name.length >= 3 ? stateCode(name) : undefined;
    if (code === undefined) continue;
    const folded = foldedLetters(name.replace(/\s*\(.*\)\s*$/, '')).replace(/\s+/g, ' ');
    states.push([{ parts: folded.split(' '), lastWord: namesState }, ...irregularAdjectiveNamings(code)]);
  }
  return states;
}

/**
 * Whether `text` names one of the States among `names`, by name or adjective: the Beneficiaries value
 * "décideurs colombiens et tchèques" names the Leads "Colombie" and "Tchéquie".
 */
export function namesOneOf(text: string, names: readonly string[]): boolean {
  const states = statesAmong(names);
  const words = [...text.matchAll(wordRun)].map((part) => foldedLetters(part[0]).replace(/['’]s$/, ''));
  return states.length > 0 && stateNamedAt(words, states) !== undefined;
}

/**
 * A test for one word of the prose (folded) that names one of the States among `names` on its own:
 * a one-word name or its adjective ("Suriname", "Surinamese", « béninoise »), or a word of a longer
 * name that no other name shares ("Verde" of "Cabo Verde", "Papua" of "Papua New Guinea").
 */
export function stateWordTest(names: readonly string[]): (word: string) => boolean {
  const namings = statesAmong(names).flat();
  const distinctive = new Set(namings.filter((naming) => naming.parts.length > 1).flatMap((naming) => naming.parts.filter((part) => part.length >= 4 && !sharedNameWords.has(part))));
  const single = namings.filter((naming) => naming.parts.length === 1);
  return (word) => {
    const bareWord = word.replace(/['’]s$/, '');
    return distinctive.has(bareWord) || single.some((naming) => naming.lastWord(bareWord, naming.parts[0] ?? ''));
  };
}

/** Words that many States' names share, which name none of them alone. */
const sharedNameWords = new Set(['republic', 'republique', 'democratic', 'democratique', 'people', "people's", 'populaire', 'united', 'unis', 'unies', 'islands', 'iles', 'federated', 'federale', 'kingdom', 'royaume', 'saint', 'sainte', 'guinea', 'guinee', 'new', 'nouvelle', 'south', 'north', 'central', 'centrafricaine', 'arab', 'arabe', 'state', 'states', 'etats', 'plurinational', 'bolivarian', 'islamic', 'islamique']);

/**
 * An act's word followed by a verb is a noun, the subject of that verb: "the Togolese drafts are
 * due", "Senegal's requests were answered", « la demande sénégalaise est arrivée ».
 */
const notANoun = '(?!\\s+(?:are|is|were|was|went|will|would|have|had|remain|remained|est|sont|était|étaient|sera|seront|reste|restent)(?![\\p{L}\\p{N}]))';
/**
 * A time said between the act in the passive and its agent: "chaired since 2023 by CERT Tonga",
 * "chosen each year by", "written over six months by", « fixés chaque année par », « arrêté chaque
 * printemps par ».
 */
const timeBeforeAgent = "(?:(?:since|in|depuis|en)\\s+\\d{4}|(?:each|every|chaque)\\s+(?:year|spring|summer|autumn|winter|quarter|année|printemps|été|automne|hiver|trimestre)|annually|tous\\s+les\\s+ans|(?:over|during|within|in|en|pendant|sur)\\s+(?:[\\p{L}\\p{N}'’-]+\\s+){0,2}(?:months|weeks|years|mois|semaines|ans|années))\\s+";
/**
 * The agent's body placed within a body of the partner, in an apposition: "the project unit,
 * housed in Ghana's ministry of finance", « l'unité de gestion du projet, rattachée à la présidence
 * de la République malgache ».
 */
const attachedTo = '(?:attached\\s+to|housed\\s+(?:in|within|at)|placed\\s+(?:in|within|under)|reporting\\s+to|rattaché(?:e|s|es)?\\s+(?:à|au|aux)|placé(?:e|s|es)?\\s+(?:auprès\\s+d[eu]|sous)|logé(?:e|s|es)?\\s+(?:à|au|dans)|relevant\\s+d[eu]|hébergé(?:e|s|es)?\\s+(?:par|à|au|dans))';

/** The act, then not "by" (a passive: the beneficiary was chosen, it did not choose); compiled once per language. */
const actPatterns = new Map<LexiconLanguage, RegExp>();
/** The act in the passive, then its agent's words: "selected by the Zambian ministry"; or work made with the partner. */
const doneByPatterns = new Map<LexiconLanguage, RegExp>();

/**
 * Round 25 and 26. A phrase of several words as a hard-wrapped paragraph may write it, with a line
 * break between its words: "put⏎forward by the five governments", "drew⏎up". Spaces only: the act
 * lists hold no space inside a character class.
 */
const acrossLines = (phrases: string): string => phrases.replace(/ /g, '\\s+');

function actPattern(language: LexiconLanguage): RegExp {
  let pattern = actPatterns.get(language);
  if (!pattern) {
    const acts = acrossLines(language === 'en' ? actsEn : language === 'fr' ? actsFr : `(?:${actsEn}|${actsFr})`);
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${acts}(?![\\p{L}\\p{N}])(?!\\s+(?:by|par)(?![\\p{L}\\p{N}]))${notANoun}`, 'giu');
    actPatterns.set(language, pattern);
  }
  return pattern;
}

function doneByPattern(language: LexiconLanguage): RegExp {
  let pattern = doneByPatterns.get(language);
  if (!pattern) {
    const en = `${acrossLines(doneByEn)}\\s+(?:jointly\\s+|together\\s+)?(?:${timeBeforeAgent})?by|${acrossLines(madeWithEn)}`;
    const fr = `${acrossLines(doneByFr)}\\s+(?:conjointement\\s+)?(?:${timeBeforeAgent})?par|${acrossLines(madeWithFr)}`;
    const doneBy = `(?:${language === 'en' ? en : language === 'fr' ? fr : `${en}|${fr}`})`;
    // Up to seven words: "the magistrates' training schools of the six countries".
    const agent = `(?:the\\s+|le\\s+|la\\s+|les\\s+|l['’])?(?:${word}\\s+){0,6}${word}`;
    const apposition = `(?:,\\s*${attachedTo}\\s+((?:${word}\\s+){0,6}${word}))?`;
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])${doneBy}\\s+(${agent})${apposition}`, 'giud');
    doneByPatterns.set(language, pattern);
  }
  return pattern;
}

/**
 * Round 25 and 26. An indirect question that weighs the partner's readiness or chances: "assessed how
 * ready Papua New Guinea, Samoa, Tonga and Vanuatu were to set up national teams", "examined whether
 * Senegal could select its own trainers", « évalue dans quelle mesure le Sénégal peut choisir ». The act
 * is what the donor's assessment asks about, not something the partner did. Not a bare "how" ("explains
 * how Senegal chose its priorities" tells what it did), nor a condition ("if Senegal asks", which is
 * support for those who ask).
 */
const weighedQuestion = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:whether|how\\s+(?:ready|far|well|able|prepared|likely|quickly|soon|much)|(?:assess|evaluat|examin|check|verif|measur|stud|analy[sz]|test|review|gaug|determin)[\\p{L}]*\\s+if|dans\\s+quelle\\s+mesure|(?:évalu|examin|vérifi|mesur|étudi|analys|détermin)[\\p{L}]*\\s+si)(?![\\p{L}\\p{N}])[^.!?;:]*$`,
  'iu',
);
/** How far back, in characters, the opening of such a question is looked for: one clause with a list of States. */
const weighedQuestionReach = 160;

function inWeighedQuestion(text: string, actStart: number): boolean {
  return weighedQuestion.test(text.slice(Math.max(0, actStart - weighedQuestionReach), actStart));
}

/** Words that put a State after an agent as the place it works in: "Expertise France in Senegal", « au Sénégal » (folded). */
const placeWords = new Set(['in', 'at', 'for', 'across', 'throughout', 'to', 'on', 'au', 'aux', 'a', 'en', 'dans', 'pour', 'chez', 'aupres']);

/**
 * Whether words (folded) that name a beneficiary State at `named` name a lead State before it, the
 * beneficiary only as the place where the lead's body works: "Expertise France in Senegal", « les
 * forces françaises stationnées à Djibouti » (not "the French and Senegalese authorities").
 */
function namesLeadHere(folded: readonly string[], named: { index: number; length: number }, leadNamings: readonly (readonly Naming[])[]): boolean {
  const leadNamed = stateNamedAt(folded, leadNamings);
  return leadNamed !== undefined && leadNamed.index < named.index && folded.slice(leadNamed.index + leadNamed.length, named.index).some((word) => placeWords.has(word));
}

/** How far back, in characters, the opening of the act's sentence is looked for. */
const sentenceOpeningReach = 400;

/** The longest subject read at a sentence's opening: "the health ministries of Jordan and Tunisia". */
const openingSubjectWords = 7;

/**
 * Words that open a sentence with a circumstance or a clause, not its subject: "In Senegal, France
 * designed…", "Which teams host, and which tools a round covers, is settled by…".
 */
const openingPrepositions = new Set(['in', 'at', 'for', 'with', 'on', 'from', 'after', 'before', 'since', 'under', 'as', 'dans', 'en', 'au', 'aux', 'a', 'pour', 'avec', 'apres', 'avant', 'depuis', 'sous', 'comme',
  'which', 'what', 'who', 'whose', 'when', 'where', 'while', 'whether', 'if', 'although', 'though', 'because', 'once', 'until', 'how',
  'quel', 'quels', 'quelle', 'quelles', 'qui', 'quand', 'lorsque', 'si', 'puisque', 'comment']);

/**
 * Whether a new paragraph, list item or heading opens at `at`: a line break inside a paragraph is
 * only the writer's wrapping ("…, which had dealt with ransomware in public⏎hospitals, supplied…").
 */
function paragraphOpensAt(text: string, at: number): boolean {
  if (at === 0) return true;
  if (text[at - 1] !== '\n') return false;
  return text[at - 2] === '\n' || /^\s*(?:[-*+#|>]|\d+[.)])/.test(text.slice(at, at + 8));
}

/**
 * The words that open the sentence holding `end`, up to its first comma, when they are a subject
 * of at most seven words: "Tonga's drafting committee" in "Tonga's drafting committee, chaired by
 * the ministry…, held the pen". Empty when the sentence opens with a circumstance ("In Senegal, …").
 */
function sentenceOpening(text: string, end: number, leadNamings: readonly (readonly Naming[])[]): { word: string; start: number }[] {
  // A subject opens its sentence within a few hundred characters: a longer run is not walked back.
  const furthest = Math.max(0, end - sentenceOpeningReach);
  let start = end;
  while (start > furthest && !/[.!?]/.test(text[start - 1] ?? '') && !paragraphOpensAt(text, start)) start--;
  const comma = text.indexOf(',', start);
  if (comma < 0 || comma >= end) return [];
  // Read back from the comma, the walk may cross into the sentence before: only this sentence's words count.
  const words = wordsBefore(text, comma, openingSubjectWords + 1, true).filter((part) => part.start >= start);
  if (words.length === 0 || words.length > openingSubjectWords || text.slice(start, words[0]?.start).trim() !== '') return [];
  if (openingPrepositions.has(foldedLetters(words[0]?.word ?? ''))) return [];
  // "Portugal supports programmes with Angola, …, identify…": an opening that names a Lead is the donor's clause.
  const folded = words.map((part) => foldedLetters(part.word).replace(/['’]s$/, ''));
  return stateNamedAt(folded, leadNamings) === undefined ? words : [];
}

const isWordCharacter = (character: string) => character === "'" || character === '’' || character === '-' || /\p{L}/u.test(character);

/**
 * Up to `count` words just before `end`, in text order, separated by white space only: the subject
 * of the act that follows ("Morocco's national agency"). Walked back character by character: a
 * pattern anchored at the end would be tried from every character before it.
 */
function wordsBefore(text: string, end: number, count: number, endsAtWord = false): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  let position = end;
  while (words.length < count) {
    let wordEnd = position;
    while (wordEnd > 0 && /\s/.test(text[wordEnd - 1] ?? '')) wordEnd--;
    // Words are separated by white space; the first may end at `end` itself when `endsAtWord` (a comma follows it).
    if (wordEnd === position && !(endsAtWord && words.length === 0)) break;
    let wordStart = wordEnd;
    while (wordStart > 0 && isWordCharacter(text[wordStart - 1] ?? '')) wordStart--;
    if (wordStart === wordEnd) break;
    words.unshift({ word: text.slice(wordStart, wordEnd), start: wordStart });
    position = wordStart;
  }
  return words;
}

/**
 * Round 27 and 28. A body's short form in brackets between its name and its act: "The Philippine
 * Judicial Academy (PHILJA) requested the series", "Mozambique's National Institute of Information and
 * Communication Technologies (INTIC) chose the three services". The lexicon already read such a name
 * for the one who asks (round 21 and 22); here the bracket cut the subject off from its act. The
 * name before a short form is read back over its capitalised words and their linking words (a full
 * name is longer than the five words of a plain subject), up to `namedBodyWords`.
 */
const shortFormBefore = /\(\p{L}[\p{L}\p{N}&-]{1,11}\)\s*$/u;
const namedBodyWords = 12;
const nameLinkWords = new Set(['of', 'and', 'for', 'on', 'the', 'de', 'du', 'des', 'et', 'pour', 'la', 'le', 'les', "l'", 'l’', 'd’', "d'"]);

/** The subject just before an act at `end`: up to five words, or a body's full name before its short form in brackets. */
function subjectBefore(text: string, end: number): { word: string; start: number }[] {
  const shortForm = shortFormBefore.exec(text.slice(Math.max(0, end - 16), end));
  if (!shortForm) return wordsBefore(text, end, 5);
  const bracket = end - shortForm[0].length;
  const words = wordsBefore(text, bracket, namedBodyWords);
  let first = words.length;
  while (first > 0 && (/^\p{Lu}/u.test(words[first - 1]?.word ?? '') || nameLinkWords.has(words[first - 1]?.word.toLowerCase() ?? ''))) first--;
  // Linking words open no name: "of the Senegalese Ministry (MJ)" starts at "Senegalese".
  while (first < words.length && nameLinkWords.has(words[first]?.word.toLowerCase() ?? '')) first++;
  const name = words.slice(first);
  return name.length > 5 ? name : words.slice(-5);
}

/**
 * Round 27 and 28. Leading a part of the event is teaching or moderating it, not owning the work:
 * "OSINT specialists from the three police services led the technical segments", « les officiers
 * sénégalais ont dirigé les séances pratiques ». Participants and their officers often do; the
 * programme is still the donor's. Leading the work itself ("the Malaysian police led the exercise")
 * still counts.
 */
const leadingVerb = /^(?:(?:has|have)\s+(?:run|led)|leads|led|co-leads|co-led|runs|ran|dirige|dirigent|(?:a|ont|avait|avaient)\s+dirigée?s?)$/iu;
const partOfEvent =
  /^\s+(?:(?:the|a|an|its|their|two|three|four|five|several|all|each|most|some|les|des|la|le|l['’]|deux|trois|quatre|plusieurs|certaines|certains)\s+)?(?:[\p{L}-]+\s+){0,2}?(?:segments?|sessions?|panels?|discussions?|demonstrations?|breakouts?|walk-?throughs?|séances?|tables\s+rondes|démonstrations?|travaux\s+pratiques|débats)(?![\p{L}\p{N}])/iu;

function leadsPartOfEvent(act: string, text: string, end: number): boolean {
  return leadingVerb.test(act) && partOfEvent.test(text.slice(end, end + 60));
}

/** "each national CSIRT decides", « chaque ministère fixe »: one of several partners, each for itself. */
const eachWords = new Set(['each', 'every', 'chaque', 'chacun', 'chacune']);
/**
 * Words that, just before the act, show the partner did not act: a passive ("each delegation is
 * asked"), or a preposition that makes the act's word a noun ("the time each office takes per
 * request").
 */
const notActingBefore = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'est', 'sont', 'etait', 'etaient', 'ete', 'sera', 'seront', 'fut',
  'per', 'of', 'for', 'to', 'with', 'in', 'on', 'at', 'by', 'from', 'a', 'an', 'the', 'de', 'du', 'des', 'pour', 'par', 'avec', 'dans', 'sur', 'la', 'le', 'les', 'une', 'un']);
/**
 * Round 19 and 20. A legal text as the subject: « la loi de chaque pays fixe les limites », "Ghana's
 * law sets the retention period". The law rules the work; the partner did not shape the programme.
 */
// « législation » folds to "legislation", the English word, so it is listed once.
const legalTextWords = new Set(['law', 'laws', 'legislation', 'constitution', 'code', 'regulation', 'regulations', 'decree', 'statute', 'loi', 'lois', 'droit', 'reglementation', 'reglement', 'decret', 'ordonnance']);
/**
 * Round 19 and 20. The partner named as the one support goes to, then what its body has done:
 * "missions are offered only to partners whose cabinet has approved the decree", « réservé aux
 * États dont le gouvernement a validé la stratégie ». That act is a condition on receiving the
 * support (`principle/conditionality` reads it), not the partner asking for or shaping the work.
 */
function recipientWhoseBodyActed(folded: readonly string[]): boolean {
  const whose = folded.findIndex((part) => part === 'whose' || part === 'dont');
  return whose > 0 && folded.slice(0, whose).some((part) => recipientPrepositions.has(part));
}
const recipientPrepositions = new Set(['to', 'for', 'a', 'aux', 'pour']);
/**
 * Round 19 and 20. A determiner just before the act's word makes it a noun, whoever is named before:
 * "Senegal had sent its request for accession", « le Sénégal eut transmis sa demande d'accession ».
 * The lexicon reads such nouns with what they ask for; here they are no act. Only words that are
 * never pronouns: "a" is also the French auxiliary once folded, and « le », « la », « les », « leur »
 * may stand for an object before the verb (« les thèmes, le Sénégal les a choisis »).
 */
const determinersBefore = new Set(['an', 'the', 'its', 'their', 'une', 'un', 'sa', 'son', 'ses', 'leurs']);
const conjunctions = new Set(['and', 'or', 'but', 'et', 'ou', 'mais']);
/** Two to fifteen in words, English then French, each list from two on. */
const numbersEn = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen'];
const numbersFr = ['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze'];
const numberWords = new Map<string, number>([...numbersEn, ...numbersFr].map((word, index) => [word, (index % numbersEn.length) + 2]));

/** The number a folded word writes, in figures or in words ("five", « quatre »). */
export function numberWritten(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : numberWords.get(word);
}

/**
 * How many different States a field's values name: "European Union, with Germany, France and
 * Spain" names three. A value may list several ("France and Spain", « Sénégal et France »).
 */
export function statesCounted(values: readonly string[]): number {
  const codes = new Set<string>();
  for (const value of values) {
    for (const part of value.split(/,|;|\(|\)|\s+(?:and|with|et|avec)\s+|^\s*(?:with|avec)\s+/i)) {
      const name = part?.trim() ?? '';
      const code = name.length >= 3 ? stateCode(name) : undefined;
      if (code !== undefined) codes.add(code);
    }
  }
  return codes.size;
}

/**
 * Who the partners are, for a subject that does not name them: their number of States, and
 * whether that number also counts the Lead's States ("the three agencies" is then either side).
 */
interface PartnerCount {
  readonly states: number;
  readonly ambiguous: boolean;
}

/**
 * Whether a subject's words (folded) point at the partners without naming a State: a role word
 * ("the beneficiary ministries", « des pays participants »), one of several ("each national
 * CSIRT", « chaque ministère »), or their number ("the heads of the five units", « les ministères
 * de la Justice des quatre pays », for four beneficiary States). Never a subject that says it is
 * the donor's.
 */
function pointsAtPartners(allWords: readonly string[], partners: PartnerCount): boolean {
  // The subject is the last phrase before the act: "France trains staff in each ministry and drafts…" is France's act.
  const joined = allWords.findLastIndex((word) => conjunctions.has(word));
  const words = allWords.slice(joined + 1);
  if (words.some((word) => donorSubjectWords.has(word))) return false;
  if (words.some((word) => partnerSubjectRoleWords.has(word))) return true;
  // The partner's institutions count only with "each" or the partners' number: not "each team" of an
  // exercise, "each fellow" of a course or "the participants" at work in a session.
  if (partners.states < 2 || !words.some((word) => partnerInstitutionWords.has(word))) return false;
  if (words.some((word) => eachWords.has(word))) return true;
  return !partners.ambiguous && words.some((word) => numberWritten(word) === partners.states);
}

/**
 * The first place where the prose names one of `beneficiaries` as acting for itself: the name or
 * its adjective, perhaps a possessive and up to four words ("Morocco's national agency", « l'administration
 * béninoise »), then the act; or the act in the passive, done by the partner ("chosen by the Zambian
 * ministry"). The patterns are fixed; the names are compared in code, so that a draft's many
 * Beneficiaries lists cost no pattern each.
 */
export function beneficiaryActing(
  text: string,
  beneficiaries: readonly string[],
  language: LexiconLanguage,
  skipped: SkippedSpans,
  leads: readonly string[] = [],
): FoundSpan | undefined {
  // States only: "States" or "international legal advisers" in a Beneficiaries field name nobody in particular.
  const states = statesAmong(beneficiaries);
  if (states.length === 0) return undefined;
  const leadStates = statesCounted(leads);
  const partners: PartnerCount = { states: states.length, ambiguous: leadStates === states.length };
  // A subject that names a lead State is the donor's, whatever else it says ("France and the partner ministries chose").
  const leadNamings = statesAmong(leads);
  const partnersAct = (folded: readonly string[]) => pointsAtPartners(folded, partners) && stateNamedAt(folded, leadNamings) === undefined;
  const places: FoundSpan[] = [];
  for (const act of text.matchAll(actPattern(language))) {
    // The words just before the act, in its clause: the subject, at most five words ("X's" counts as X).
    // After a clause in commas ("Tonga's drafting committee, chaired by…, held the pen"), the subject opens the sentence.
    const subject = /,\s*$/.test(text.slice(Math.max(0, act.index - 3), act.index)) ? sentenceOpening(text, act.index, leadNamings) : subjectBefore(text, act.index);
    const folded = subject.map((part) => foldedLetters(part.word).replace(/['’]s$/, ''));
    if (folded.some((part) => legalTextWords.has(part)) || recipientWhoseBodyActed(folded)) continue;
    if (determinersBefore.has(folded[folded.length - 1] ?? '')) continue;
    const named = stateNamedAt(folded, states);
    // Round 19 and 20. As for the passive below: a subject that names a lead State with the beneficiary as
    // the place it works in is the donor's (« les forces françaises stationnées à Djibouti ont proposé »).
    if (named && namesLeadHere(folded, named, leadNamings)) continue;
    const notActing = notActingBefore.has(folded[folded.length - 1] ?? '');
    const at = named ? subject[named.index] : !notActing && partnersAct(folded) ? subject[0] : undefined;
    // Round 27 and 28. The partner's officers leading a session or a segment teach it; they do not own the work.
    if (at && leadsPartOfEvent(act[0], text, act.index + act[0].length)) continue;
    // Round 25 and 26. The act inside a question someone else weighs is not done: "assessed how ready Tonga
    // and Vanuatu were to set up teams", "whether Senegal could choose". (Read only for a partner's act.)
    if (at && !inWeighedQuestion(text, act.index)) places.push({ start: at.start, end: act.index + act[0].length });
  }
  for (const done of text.matchAll(doneByPattern(language))) {
    // The agent's words, up to the one that names the State: « retenus par l'administration béninoise »;
    // or the body it is placed in, when the agent does not name it: « l'unité …, rattachée à la présidence … malgache ».
    const agentStart = done.indices?.[1]?.[0] ?? done.index;
    const agentWords = [...(done[1] ?? '').matchAll(wordRun)];
    const folded = agentWords.map((part) => foldedLetters(part[0]).replace(/^l['’]/, ''));
    // An agent that names a lead State, the beneficiary only as the place where it works, is the
    // donor's: "led by Expertise France in Senegal" (not "by the French and Senegalese authorities").
    const named = stateNamedAt(folded, states);
    if (named ? namesLeadHere(folded, named, leadNamings) : stateNamedAt(folded, leadNamings)) continue;
    const last = named ? agentWords[named.index + named.length - 1] : partnersAct(folded) ? agentWords[agentWords.length - 1] : undefined;
    if (last) {
      places.push({ start: done.index, end: agentStart + last.index + last[0].length });
      continue;
    }
    const bodyStart = done.indices?.[2]?.[0];
    const bodyWords = [...(done[2] ?? '').matchAll(wordRun)];
    const bodyNamed = stateNamedAt(
      bodyWords.map((part) => foldedLetters(part[0]).replace(/^l['’]/, '')),
      states,
    );
    const bodyLast = bodyNamed ? bodyWords[bodyNamed.index + bodyNamed.length - 1] : undefined;
    if (bodyStart !== undefined && bodyLast) places.push({ start: done.index, end: bodyStart + bodyLast.index + bodyLast[0].length });
  }
  return places.filter((place) => !skipped.some((span) => place.start < span.end && span.start < place.end)).sort((a, b) => a.start - b.start)[0];
}
