/**
 * The second reading of an entry, before a principle rule says that nothing in it addresses a
 * principle. The evidence lexicon can prove that an entry addresses a principle, never that it does
 * not: writers say "the police set the course's priorities" as often as "at the request of the
 * police", and a "nothing says…" finding on such an entry is a false alarm, which costs a diplomat's
 * trust more than a miss. So, for the checks whose precision on unseen entries stayed below the
 * target (README, "How precise the checks are"), the checklist asks a second reader first: a
 * logistic model over the entry's words, trained on the labelled development corpus
 * (test/eval/trainSecondReading.ts writes schemas/secondReadingModel.json). When the model judges
 * the entry unlikely to leave the principle out, the item is "likely addressed", and the rule,
 * which reports only items not addressed or only claimed, holds its finding back.
 *
 * The model never makes a finding, only holds one back; a finding that is reported is still
 * explained by the lexicon (what was looked for). Its threshold keeps nine in ten of the findings
 * the corpus labels as due, measured on entries the model was not trained on. It reads English and
 * French drafts only, the corpus's languages: a draft in another language gets every finding.
 */
import model from '../../../../schemas/secondReadingModel.json';
import type { PrincipleCheckId } from '../../../../schemas/principleEvidence';
import type { Programme } from '../programmes';
import type { LineIndex } from '../text';
import { withCommentsBlanked, type ChecklistItem, type ProgrammeChecklist } from './checklist';
import { lexiconLanguageOf } from './lexiconScan';

/** The model as stored: one vocabulary, and per check a bias, a threshold and one weight per word. */
export interface SecondReadingModel {
  readonly about: string;
  readonly words: readonly string[];
  readonly checks: Readonly<Record<string, SecondReadingCheck>>;
}

export interface SecondReadingCheck {
  readonly bias: number;
  /** The rule reports only when the probability that the entry leaves the principle out reaches this. */
  readonly threshold: number;
  readonly weights: readonly number[];
  /** Measured when trained, on entries left out of training (five folds): shown in the docs. */
  readonly measured: {
    readonly findingsKept: number;
    readonly addressedHeldBack: number;
  };
}

const stored = model as SecondReadingModel;
const weightIndex = new Map(stored.words.map((word, index) => [word, index]));

const nonAscii = /[^\u0000-\u007f]/;
const combiningMarks = /\p{M}+/gu;
const letterMarkOrDigit = /[\p{L}\p{M}\p{N}]/u;

/**
 * Whether each UTF-16 unit of the Basic Multilingual Plane belongs to a word (a letter, an accent
 * written as a combining mark, a digit): 1 yes, 2 no, 0 not asked yet. A loop over the characters
 * with this table reads an entry's words in half the time a Unicode regular expression takes.
 * A letter outside that plane (written as two units) separates words; it is rare, and training
 * reads the same way.
 */
const wordUnit = new Uint8Array(0x10000);

function inWord(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  let known = wordUnit[code] as number;
  if (known === 0) {
    known = letterMarkOrDigit.test(String.fromCharCode(code)) ? 1 : 2;
    wordUnit[code] = known;
  }
  return known === 1;
}

/** Words with accents, without them ("sécurité" → "securite"): the same few thousand come back in every entry. */
const foldedWords = new Map<string, string>();
const maxFoldedWords = 20_000;

function withoutAccents(candidate: string): string {
  if (!nonAscii.test(candidate)) return candidate;
  let folded = foldedWords.get(candidate);
  if (folded === undefined) {
    folded = candidate.normalize('NFD').replace(combiningMarks, '');
    if (foldedWords.size >= maxFoldedWords) foldedWords.clear();
    foldedWords.set(candidate, folded);
  }
  return folded;
}

/**
 * The distinct words of an entry as the model reads them: lower case, without accents, HTML comments
 * (notes to the team) and the Principles field (a claim, never evidence) left out. Training and the
 * rules read an entry through this one function.
 */
export function readingWords(text: string, programme: Programme | undefined, lines: LineIndex): string[] {
  const claims = programme?.fields.find((field) => field.key === 'principles')?.itemRange;
  const read = withCommentsBlanked(claims ? text.slice(0, lines.offsetAt(claims.start)) + ' ' + text.slice(lines.offsetAt(claims.end)) : text);
  const words = new Set<string>();
  const lower = read.toLowerCase();
  let start = -1;
  for (let at = 0; at <= lower.length; at++) {
    const within = at < lower.length && inWord(lower.charCodeAt(at));
    if (within && start < 0) start = at;
    else if (!within && start >= 0) {
      // Accents go, and with them a mark that had no letter to sit on.
      const folded = withoutAccents(lower.slice(start, at));
      if (folded !== '') words.add(folded);
      start = -1;
    }
  }
  return [...words];
}

/** The probability, by the model, that an entry with these words leaves the check's principle out. */
function leftOutProbability(check: SecondReadingCheck, words: readonly string[]): number {
  let score = check.bias;
  for (const candidate of words) {
    const index = weightIndex.get(candidate);
    if (index !== undefined) score += check.weights[index] ?? 0;
  }
  return 1 / (1 + Math.exp(-score));
}

/** A programme entry as the second reading is given it: its text (the whole entry), lines and programme. */
type EntryRead = { readonly text: string; readonly lines: LineIndex; readonly programme: Programme | undefined };

/**
 * The entry last read, with its words: the principle rules of one section ask in turn, and reading
 * the words once serves them all.
 */
let lastRead: { readonly text: string; readonly words: readonly string[] } | undefined;

/**
 * Whether a principle rule should hold back its "nothing says…" or "claimed, not described" finding
 * on this entry: the check is one the model was trained for, the draft is in English or French, and
 * the model judges the entry unlikely to leave the principle out.
 */
function holdsBackFinding(
  checkId: PrincipleCheckId,
  entry: EntryRead,
  language: string | undefined,
): boolean {
  const check = stored.checks[checkId];
  if (!check || lexiconLanguageOf(language) === 'both') return false;
  if (lastRead?.text !== entry.text) lastRead = { text: entry.text, words: readingWords(entry.text, entry.programme, entry.lines) };
  return leftOutProbability(check, lastRead.words) < check.threshold;
}

/**
 * The checklist after the second reading: an item the lexicon found not addressed, or only claimed,
 * is "likely addressed" when the model holds its finding back. The checklist says so, so that the
 * preview, the status bar, the CLI and the export agree with the Problems panel (a principle rule
 * reports only "not addressed" and "claimed" items). The same checklist when no item changes.
 */
export function readChecklistAgain(
  checklist: ProgrammeChecklist,
  entry: EntryRead,
  language: string | undefined,
): ProgrammeChecklist {
  let changed = false;
  const items = checklist.items.map((item): ChecklistItem => {
    if (item.status !== 'not-addressed' && item.status !== 'claimed') return item;
    if (!holdsBackFinding(item.checkId, entry, language)) return item;
    changed = true;
    return { ...item, status: 'likely-addressed' };
  });
  return changed ? { ...checklist, items } : checklist;
}
