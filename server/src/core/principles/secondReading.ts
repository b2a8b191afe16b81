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
 * explained by the lexicon (what was looked for). Each check's threshold keeps a chosen share of
 * the findings the corpus labels as due, measured on entries the model was not trained on: 95 % for
 * human rights, 85 % for the others (`findingsGivenUp` in test/eval/secondReadingTraining.ts says
 * why). It reads English and French drafts only, the corpus's languages: a draft in another
 * language gets every finding.
 *
 * The second reading also reads the entry's sentences for conditions attached to the support, where
 * the lexicon found none (sentenceReading.ts): the one part of it that can make a finding, which
 * then says that a model judged the sentence.
 */
import model from '../../../../schemas/secondReadingModel.json';
import type { PrincipleCheckId } from '../../../../schemas/principleEvidence';
import type { Programme } from '../programmes';
import type { LineIndex } from '../text';
import { spanText, type ChecklistItem, type ProgrammeChecklist } from './checklist';
import { mostLikelySentence, readableText } from './sentenceReading';
import { foldedWords } from './foldedWords';
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

/**
 * The distinct words of an entry as the model reads them: lower case, without accents, HTML comments
 * (notes to the team) and the Principles field (a claim, never evidence) left out. Training and the
 * rules read an entry through this one function.
 */
export function readingWords(text: string, programme: Programme | undefined, lines: LineIndex): string[] {
  return [...new Set(foldedWords(readableText(text, programme, lines)))];
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
 * on this entry: the check is one the model was trained for, and the model judges the entry unlikely
 * to leave the principle out.
 */
function holdsBackFinding(checkId: PrincipleCheckId, entry: EntryRead): boolean {
  const check = stored.checks[checkId];
  if (!check) return false;
  if (lastRead?.text !== entry.text) lastRead = { text: entry.text, words: readingWords(entry.text, entry.programme, entry.lines) };
  return leftOutProbability(check, lastRead.words) < check.threshold;
}

/** The check the sentence reading may find contrary wording for, when the lexicon found none. */
const conditionsCheck: PrincipleCheckId = 'without-conditions';

/**
 * The conditions item after the sentence reading (sentenceReading.ts): when the lexicon found no
 * wording attaching a condition, the sentence the model judges most likely a condition, if any,
 * becomes the item's contrary wording, marked as read. The item unchanged otherwise.
 */
function conditionReadInSentences(item: ChecklistItem, entry: EntryRead): ChecklistItem {
  if (item.checkId !== conditionsCheck || item.status === 'contradicted' || item.status === 'not-applicable') return item;
  const sentence = mostLikelySentence(conditionsCheck, entry.text, entry.programme, entry.lines);
  if (!sentence) return item;
  const contrary = { range: entry.lines.rangeAt(sentence.start, sentence.end), text: spanText(entry.text, sentence.start, sentence.end) };
  return { ...item, status: 'contradicted', contrary: [contrary], contraryRead: true };
}

/**
 * The checklist after the second reading: an item the lexicon found not addressed, or only claimed,
 * is "likely addressed" when the model holds its finding back; and where the lexicon found no
 * condition attached to the support, the sentence reading may find one. The checklist says so, so
 * that the preview, the status bar, the CLI and the export agree with the Problems panel (a
 * principle rule reports only "not addressed" and "claimed" items, and the conditions rule the
 * "contradicted" one). The same checklist when no item changes. Both readings read English and
 * French drafts only.
 */
export function readChecklistAgain(
  checklist: ProgrammeChecklist,
  entry: EntryRead,
  language: string | undefined,
): ProgrammeChecklist {
  if (lexiconLanguageOf(language) === 'both') return checklist;
  let changed = false;
  const items = checklist.items.map((item): ChecklistItem => {
    if (item.checkId === conditionsCheck) {
      const read = conditionReadInSentences(item, entry);
      if (read !== item) changed = true;
      return read;
    }
    if (item.status !== 'not-addressed' && item.status !== 'claimed') return item;
    if (!holdsBackFinding(item.checkId, entry)) return item;
    changed = true;
    return { ...item, status: 'likely-addressed' };
  });
  return changed ? { ...checklist, items } : checklist;
}
