/**
 * The sentence reading: a logistic model over the words and pairs of words of each sentence of an
 * entry, trained on the labelled development corpus (test/eval/sentenceReadingTraining.ts writes
 * schemas/sentenceReadingModel.json). It reads the wording that makes support wait on the partner
 * (principle 3: "without conditions"), which writers say in ever new words ("the second tranche
 * follows the adoption of the law", « le versement suivra la publication du décret »). The
 * evidence lexicon knows the wording it was given; measured on rounds of the corpus it was not
 * trained on, the sentence model finds more of the conditions the corpus labels, and few others.
 *
 * It only adds: when the lexicon found no condition in an entry, a sentence the model judges a
 * condition (its probability reaches the check's threshold) becomes the item's contrary wording,
 * marked as read by the model, so that the finding says so. It never hides what the lexicon found:
 * the model weighs words, and gives a textbook condition (« le versement est subordonné à
 * l'adoption de la loi ») a low probability when it stands alone in a short entry. It is part of the second reading: the
 * setting that turns that off turns this off too. It reads English and French drafts only.
 */
import model from '../../../../schemas/sentenceReadingModel.json';
import type { PrincipleCheckId } from '../../../../schemas/principleEvidence';
import type { Programme } from '../programmes';
import type { LineIndex } from '../text';
import { withCommentsBlanked } from './checklist';
import { entrySentences, type SentenceSpan } from './entrySentences';
import { foldedWords } from './foldedWords';

/** The model as stored: one list of features (words, and pairs written "first second"), and per check its weights. */
export interface SentenceReadingModel {
  readonly about: string;
  readonly features: readonly string[];
  readonly checks: Readonly<Partial<Record<PrincipleCheckId, SentenceReadingCheck>>>;
}

export interface SentenceReadingCheck {
  readonly bias: number;
  /** A sentence counts when the model's probability reaches this. */
  readonly threshold: number;
  /** One weight per feature, in the order of `features`. */
  readonly weights: readonly number[];
  /** Measured when trained, by entry, on rounds of the corpus left out of training: shown in the docs. */
  readonly measured: { readonly precision: number; readonly recall: number };
}

const stored = model as SentenceReadingModel;
const featureIndex = new Map(stored.features.map((feature, index) => [feature, index]));

/** The distinct features of a sentence: its words, and each pair of neighbouring words. */
export function sentenceFeatures(text: string, span: SentenceSpan): string[] {
  const words = foldedWords(text, span.start, span.end);
  const features = new Set(words);
  for (let index = 1; index < words.length; index++) features.add(`${words[index - 1]} ${words[index]}`);
  return [...features];
}

/**
 * The entry's text with what is no evidence blanked, offsets kept: HTML comments (notes to the
 * team) and the Principles field (a claim). Both readings, in training and in the editor, read this text.
 */
export function readableText(text: string, programme: Programme | undefined, lines: LineIndex): string {
  const blanked = withCommentsBlanked(text);
  const claims = programme?.fields.find((field) => field.key === 'principles')?.itemRange;
  if (!claims) return blanked;
  const start = lines.offsetAt(claims.start);
  const end = lines.offsetAt(claims.end);
  return blanked.slice(0, start) + blanked.slice(start, end).replace(/[^\n]/g, ' ') + blanked.slice(end);
}

function probability(check: SentenceReadingCheck, features: readonly string[]): number {
  let score = check.bias;
  for (const feature of features) {
    const index = featureIndex.get(feature);
    if (index !== undefined) score += check.weights[index] ?? 0;
  }
  return 1 / (1 + Math.exp(-score));
}

/** A sentence the model judged, with its probability. */
export interface ReadSentence extends SentenceSpan {
  readonly probability: number;
}

/**
 * The sentence of the entry the model judges most likely to say what the check looks for, when its
 * probability reaches the check's threshold; undefined otherwise, or when the model has no such check.
 */
export function mostLikelySentence(checkId: PrincipleCheckId, text: string, programme: Programme | undefined, lines: LineIndex): ReadSentence | undefined {
  const check = stored.checks[checkId];
  if (!check) return undefined;
  const readable = readableText(text, programme, lines);
  let best: ReadSentence | undefined;
  for (const span of entrySentences(readable)) {
    const chance = probability(check, sentenceFeatures(readable, span));
    if (chance >= check.threshold && (!best || chance > best.probability)) best = { ...span, probability: chance };
  }
  return best;
}
