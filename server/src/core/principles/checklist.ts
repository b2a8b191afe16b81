/**
 * The principles checklist of one programme entry: for each check of the catalogue
 * (schemas/principleEvidence.ts), whether the entry addresses it (and where), only claims it in
 * its Principles field, does not address it, goes against it, or is not concerned by it. The
 * principle rules report from it, the preview and the status bar show it, the CLI prints it.
 * Computed once per section version, with the section's other results.
 */
import { principleChecks, type Lexicon, type PrincipleCheck, type PrincipleCheckId } from '../../../../schemas/principleEvidence';
import { principleNamed, principles, type Principle } from '../../../../schemas/principles';
import type { Programme } from '../programmes';
import { findTerm, programmeLevels, programmeStatuses } from '../../../../schemas/vocabulary';
import type { LineIndex, Range } from '../text';

export type ChecklistStatus = 'addressed' | 'claimed' | 'not-addressed' | 'not-applicable' | 'contradicted';

/** A stretch of the entry that counts as evidence (or as a claim, or as contrary wording). */
export interface EvidenceSpan {
  /** Section-relative, like every position in a section model. */
  readonly range: Range;
  readonly text: string;
}

export interface ChecklistItem {
  readonly checkId: PrincipleCheckId;
  readonly principleId: string;
  /** The principle's number, 1-10, in the order of A/75/816, annex I, paragraph 56. */
  readonly principleNumber: number;
  readonly status: ChecklistStatus;
  /** Where the entry addresses it (the first few places). */
  readonly evidence: readonly EvidenceSpan[];
  /** The Principles field value that claims it, when one does. */
  readonly claim?: EvidenceSpan;
  /** Wording that goes against it (conditions attached to the support). */
  readonly contrary: readonly EvidenceSpan[];
  /** For a check that applies only to some work: the wording that shows the work is of that kind. */
  readonly appliesBecause?: EvidenceSpan;
}

export interface ProgrammeChecklist {
  readonly title: string;
  readonly titleRange: Range;
  readonly items: readonly ChecklistItem[];
}

/** The catalogue's lookups, made once: the checklist runs for every changed programme entry. */
const principleById = new Map(principles.map((principle: Principle) => [principle.id, principle]));
const checksPerPrinciple = new Map<string, number>();
for (const check of principleChecks as readonly PrincipleCheck[]) {
  checksPerPrinciple.set(check.principleId, (checksPerPrinciple.get(check.principleId) ?? 0) + 1);
}

const htmlComment = /<!--[\s\S]*?(?:-->|$)/g;

/** Evidence is listed up to this many places per check: enough to show, not an index. */
const maxEvidence = 3;

type Language = 'en' | 'fr' | 'both';

const compiled = new Map<string, RegExp>();

/** One pattern for a lexicon in a language, compiled once. Matches start at a word boundary. */
function patternOf(lexicon: Lexicon, language: Language, key: string): RegExp | undefined {
  const cacheKey = `${key}|${language}`;
  let pattern = compiled.get(cacheKey);
  if (!pattern) {
    // "\w" is ASCII even with the "u" flag: French words ("subordonnée") need letters.
    const sources = (language === 'both' ? [...lexicon.en, ...lexicon.fr] : lexicon[language]).map((source) => source.replace(/\\w/g, '[\\p{L}\\p{N}_]'));
    if (sources.length === 0) return undefined;
    pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.join('|')})`, 'giu');
    compiled.set(cacheKey, pattern);
  }
  return pattern;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

function find(text: string, pattern: RegExp | undefined, skipped: readonly Span[], limit = maxEvidence): Span[] {
  if (!pattern) return [];
  const found: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const end = start + match[0].length;
    if (skipped.some((span) => start < span.end && span.start < end)) continue;
    found.push({ start, end });
    if (found.length >= limit) break;
  }
  return found;
}

/**
 * The checklist of a programme entry. `text` is the section's source (the entry: heading, field
 * list and prose up to the next heading); `language` chooses the lexicon (en, fr, or both when the
 * draft's language is neither). The Principles field is read as claims, never as evidence.
 */
export function programmeChecklist(
  text: string,
  lines: LineIndex,
  programme: Programme,
  language: string | undefined,
  documentDate?: string,
): ProgrammeChecklist {
  const lexiconLanguage: Language = language === 'en' || language === 'fr' ? language : 'both';
  const principlesField = programme.fields.find((field) => field.key === 'principles');
  const offsetOf = (range: Range) => lines.offsetAt(range.start);
  const endOffsetOf = (range: Range) => lines.offsetAt(range.end);
  // Claims are not evidence: the Principles line is left out of the search.
  const skipped: Span[] = principlesField ? [{ start: offsetOf(principlesField.itemRange), end: endOffsetOf(principlesField.itemRange) }] : [];
  // HTML comments are notes to the team (or suppression directives with their reasons), not
  // what the submission says: "<!-- … gender … -->" is no evidence of gender sensitivity.
  for (const comment of text.matchAll(htmlComment)) skipped.push({ start: comment.index, end: comment.index + comment[0].length });
  const span = (found: Span): EvidenceSpan => ({ range: lines.rangeAt(found.start, found.end), text: text.slice(found.start, found.end) });
  const endField = programme.fields.find((field) => field.key === 'end' && field.value !== '');
  const longRunning = longRunningStart(programme, documentDate);
  const nationalLevel = programme.fields.find((field) => field.key === 'level' && findTerm(programmeLevels, field.value)?.id === 'national');

  const items = principleChecks.map((check: PrincipleCheck): ChecklistItem => {
    const principle = principleById.get(check.principleId);
    const evidencePattern = patternOf(check.evidence, lexiconLanguage, `${check.id}:evidence`);
    const evidence = find(text, evidencePattern, skipped).map(span);
    // An end date is a duration: the programme is not a one-off; so is an ongoing programme
    // that started two years or more before the document's date.
    if (check.id === 'sustainable' && endField) evidence.unshift({ range: endField.valueRange, text: endField.value });
    else if (check.id === 'sustainable' && longRunning) evidence.unshift({ range: longRunning.valueRange, text: longRunning.value });
    // A national programme is run by the State for itself: it is nationally owned by definition.
    if (check.id === 'demand-driven' && nationalLevel) evidence.unshift({ range: nationalLevel.valueRange, text: nationalLevel.value });
    const claim = claimFor(check, principlesField?.values ?? []);
    const base = { checkId: check.id as PrincipleCheckId, principleId: check.principleId, principleNumber: principle?.number ?? 0, evidence, claim };
    if ('contrary' in check && check.contrary) {
      const notContrary = 'notContrary' in check && check.notContrary ? find(text, patternOf(check.notContrary, lexiconLanguage, `${check.id}:not`), [], 50) : [];
      const contrary = find(text, patternOf(check.contrary, lexiconLanguage, `${check.id}:contrary`), [...skipped, ...notContrary], 10).map(span);
      if (contrary.length > 0) return { ...base, status: 'contradicted', contrary };
    }
    if ('appliesTo' in check && check.appliesTo) {
      const [because] = find(text, patternOf(check.appliesTo, lexiconLanguage, `${check.id}:applies`), skipped, 1);
      if (!because) return { ...base, status: 'not-applicable', contrary: [] };
      return { ...base, status: statusOf(evidence, claim), contrary: [], appliesBecause: span(because) };
    }
    return { ...base, status: statusOf(evidence, claim), contrary: [] };
  });
  return { title: programme.title, titleRange: programme.titleRange, items };
}

/** The Start field of an ongoing programme that began two years or more before the document's date. */
function longRunningStart(programme: Programme, documentDate: string | undefined): Programme['fields'][number] | undefined {
  if (!documentDate) return undefined;
  const status = programme.fields.find((field) => field.key === 'status');
  if (findTerm(programmeStatuses, status?.value ?? '')?.id !== 'ongoing') return undefined;
  const start = programme.fields.find((field) => field.key === 'start');
  const year = /^(\d{4})/.exec(start?.value ?? '')?.[1];
  return year !== undefined && Number(documentDate.slice(0, 4)) - Number(year) >= 2 ? start : undefined;
}

function statusOf(evidence: readonly EvidenceSpan[], claim: EvidenceSpan | undefined): ChecklistStatus {
  if (evidence.length > 0) return 'addressed';
  return claim ? 'claimed' : 'not-addressed';
}

/**
 * The Principles field value that claims a check: its own wording matches the check's evidence
 * ("gender-sensitive", "demand-driven"), or it names the principle and the principle has no other
 * check ("sustainability" → principle 1). Principle 9 has two checks (gender, human rights): a bare
 * "principle 9" claims neither, since it does not say which.
 */
function claimFor(check: PrincipleCheck, values: readonly { readonly text: string; readonly range: Range }[]): EvidenceSpan | undefined {
  // The field may be written in either language, whatever the draft's.
  const pattern = patternOf(check.evidence, 'both', `${check.id}:evidence`);
  const sharedPrinciple = (checksPerPrinciple.get(check.principleId) ?? 0) > 1;
  for (const value of values) {
    if (pattern) pattern.lastIndex = 0;
    const named = principleNamed(value.text);
    const matches = pattern?.test(value.text) === true;
    if (matches || (!sharedPrinciple && named?.id === check.principleId)) return { range: value.range, text: value.text };
  }
  return undefined;
}
