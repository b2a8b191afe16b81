/**
 * The principles checklist of one programme entry: for each check of the catalogue
 * (schemas/principleEvidence.ts), whether the entry addresses it (and where), only claims it in
 * its Principles field, does not address it, goes against it, or is not concerned by it; after the
 * second reading (secondReading.ts), an item may also be likely addressed in other wording. The
 * principle rules report from it, the preview and the status bar show it, the CLI prints it.
 * Computed once per section version, with the section's other results.
 */
import { partnerNamedInDonorMeans, principleChecks, type PrincipleCheck, type PrincipleCheckId } from '../../../../schemas/principleEvidence';
import { beneficiaryActing, namesOneOf } from './beneficiaryActs';
import { datedBeforeStart } from './datedBeforeStart';
import { isMentoringProgramme, isMentoringWord } from './mentoringProgramme';
import { isStateName } from '../countries';
import { ownStepsOfOthers, supportWaitingOnPartner } from './supportWaitingOnPartner';
import { workFromPartner } from './workFromPartner';
import { safeguardActing } from './safeguardActs';
import { workLeftOut } from './workLeftOut';
import { securityMonitoring } from './securityMonitoring';
import { conditionTaught } from './conditionTaught';
import { askedByDonor, madeWithDonor } from './madeWithDonor';
import { lexiconLanguageOf, lexiconScanner, type FoundSpan, type LexiconRequest } from './lexiconScan';
import { principleNamed, principles, type Principle } from '../../../../schemas/principles';
import type { Programme } from '../programmes';
import { findTerm, programmeLevels, programmeStatuses } from '../../../../schemas/vocabulary';
import { parsePartialDate } from '../../../../schemas/dates';
import type { LineIndex, Range } from '../text';
import type { checklistStatuses } from '../../../../schemas/submissionExport';

/**
 * One of the statuses the export schema lists (`likely-addressed`: the lexicon found nothing, or
 * only a claim, but the second reading of the entry's words judges that it very likely addresses
 * the principle in other wording).
 */
export type ChecklistStatus = (typeof checklistStatuses)[number];

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
  /**
   * True when the contrary wording is a sentence the sentence reading judged (sentenceReading.ts),
   * where the lexicon found none: the finding says that a model, not known wording, found it.
   */
  readonly contraryRead?: boolean;
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

/** `source` with its HTML comments blanked: spaces, line breaks kept, so offsets and lines stay the source's. */
export function withCommentsBlanked(source: string): string {
  return source.includes('<!--') ? source.replace(htmlComment, (comment) => comment.replace(/[^\n]/g, ' ')) : source;
}

/** The partner named in the donor's means ("the national budget", « du pays bénéficiaire »): then it is the partner's. */
const partnerInMeans = new RegExp(`(?<![\\p{L}\\p{N}])${partnerNamedInDonorMeans}`, 'iu');

/** Evidence is listed up to this many places per check: enough to show, not an index. */
const maxEvidence = 3;
const maxContrary = 10;

/** Every lexicon the checklist reads, found in one pass over the entry (see lexiconScan.ts). */
const scanEntry = lexiconScanner(
  (principleChecks as readonly PrincipleCheck[]).flatMap((check): LexiconRequest[] => [
    // Sustainability and demand-driven keep spare places: those dated before the programme's start, or
    // made with the donor itself, are dropped afterwards.
    { key: `${check.id}:evidence`, lexicon: check.evidence, limit: check.id === 'sustainable' || check.id === 'demand-driven' ? maxEvidence * 2 : maxEvidence },
    // Contrary wording is kept generously, since wording that is not contrary is removed afterwards.
    ...(check.contrary ? [{ key: `${check.id}:contrary`, lexicon: check.contrary, limit: 50 }] : []),
    ...(check.notContrary ? [{ key: `${check.id}:not`, lexicon: check.notContrary, limit: 50 }] : []),
    ...(check.donorMeans ? [{ key: `${check.id}:donor`, lexicon: check.donorMeans, limit: 50 }] : []),
    ...(check.approvalOf ? [{ key: `${check.id}:approval`, lexicon: check.approvalOf, limit: 50 }] : []),
    // A few places, since a topic named only to say the programme leaves it out does not count (workLeftOut.ts).
    ...(check.appliesTo ? [{ key: `${check.id}:applies`, lexicon: check.appliesTo, limit: 8 }] : []),
  ]),
);

/**
 * The evidence wording of both languages, for reading the Principles field's claims: a scan like
 * the entry's, since one pattern of a whole lexicon in both languages took a second and a half to
 * compile on the first claim read, which delayed a new session's first diagnostics.
 */
const scanClaim = lexiconScanner(
  (principleChecks as readonly PrincipleCheck[]).map((check): LexiconRequest => ({ key: check.id, lexicon: check.evidence, limit: 1 })),
);

/**
 * The words of a span as a message quotes them: a phrase found across a line break of a hard-wrapped
 * paragraph is quoted on one line ("aims to", not "aims\n    to").
 */
function isWhiteSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0 || code === 0x202f;
}

export function spanText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\s+/g, ' ');
}

/**
 * The checklist of a programme entry. `text` is the section's source (the entry: heading, field
 * list and prose up to the next heading); `language` chooses the lexicon (en, fr, or both when the
 * draft's language is neither); `submitter` is the front matter's, the donor whose own bodies are
 * not the partner. The Principles field is read as claims, never as evidence.
 */
export function programmeChecklist(
  source: string,
  lines: LineIndex,
  programme: Programme,
  language: string | undefined,
  documentDate?: string,
  submitter?: string,
): ProgrammeChecklist {
  // HTML comments are notes to the team (or suppression directives with their reasons), not what
  // the submission says: "<!-- … gender … -->" is no evidence of gender sensitivity. They are
  // blanked, not skipped, so that the sentence readers see the prose around a comment as a reader
  // of the rendered text does (a comment above a paragraph does not start its first sentence).
  // Offsets and lines stay those of the source.
  const text = withCommentsBlanked(source);
  const lexiconLanguage = lexiconLanguageOf(language);
  const principlesField = programme.fields.find((field) => field.key === 'principles');
  const offsetOf = (range: Range) => lines.offsetAt(range.start);
  const endOffsetOf = (range: Range) => lines.offsetAt(range.end);
  // Claims are not evidence: the Principles line is left out of the search.
  const skipped: FoundSpan[] = principlesField ? [{ start: offsetOf(principlesField.itemRange), end: endOffsetOf(principlesField.itemRange) }] : [];
  const found = scanEntry(text, lexiconLanguage, skipped);
  const placesOf = (key: string): FoundSpan[] => found.get(key) ?? [];
  const span = (place: FoundSpan): EvidenceSpan => {
    // A lexicon phrase may end on the white space after its words ("provided that "): the place
    // shown and quoted ends with the words, not on the next line.
    let end = place.end;
    while (end > place.start && isWhiteSpace(text.charCodeAt(end - 1))) end--;
    return { range: lines.rangeAt(place.start, end), text: spanText(text, place.start, end) };
  };
  // A field's value as the draft has it (the field's `value` is normalized: "a; b" for "a, b").
  const fieldSpan = (field: Programme['fields'][number]): EvidenceSpan => span({ start: offsetOf(field.valueRange), end: endOffsetOf(field.valueRange) });
  const endField = lastingEnd(programme);
  const longRunning = longRunningStart(programme, documentDate);
  const selfLed = beneficiaryAmongLeads(programme, submitter);
  const beneficiaryNames = programme.fields.find((field) => field.key === 'beneficiaries')?.values.map((value) => value.text) ?? [];
  const leadNames = programme.fields.find((field) => field.key === 'lead')?.values.map((value) => value.text) ?? [];
  const nationalLevel = stateRunNationalLevel(programme, beneficiaryNames);
  const mentoringProgramme = isMentoringProgramme(programme.title);
  const startYear = Number(/^(\d{4})/.exec(programme.fields.find((field) => field.key === 'start')?.value ?? '')?.[1]) || undefined;

  const items = principleChecks.map((check: PrincipleCheck): ChecklistItem => {
    // "Since 2021" in a programme that started in 2024 is background, not the work lasting (datedBeforeStart.ts).
    const places = placesOf(`${check.id}:evidence`);
    const evidence = (
      check.id === 'sustainable'
        ? // A mentoring scheme's own mentoring is its work, not how it lasts (mentoringProgramme.ts).
          places.filter((place) => !datedBeforeStart(text, place, startYear) && !(mentoringProgramme && isMentoringWord(text, place)))
        : // "Designed together with Expertise France": made with the donor itself, not the partner (madeWithDonor.ts).
          check.id === 'demand-driven'
          ? // Nor is a request or a needs assessment made by the donor's own bodies or experts (askedByDonor).
            places.filter((place) => !madeWithDonor(text, place, { donor: submitter, leadNames, beneficiaryNames }) && !askedByDonor(text, place, { donor: submitter, leadNames, beneficiaryNames }))
          : places
    )
      .slice(0, maxEvidence)
      .map(span);
    // An end date after the start is a duration: the programme is not a one-off; so is an ongoing
    // programme that started two years or more before the document's date.
    if (check.id === 'sustainable' && endField) evidence.unshift(fieldSpan(endField));
    else if (check.id === 'sustainable' && longRunning) evidence.unshift(fieldSpan(longRunning));
    // A national programme is run by the State for itself: it is nationally owned by definition.
    if (check.id === 'demand-driven' && nationalLevel) evidence.unshift(fieldSpan(nationalLevel));
    // So is one that its beneficiaries lead themselves (Lead: Canada, Mexico… = Beneficiaries), or
    // that one of them leads or co-leads (Lead: France, Senegal; Beneficiaries: Senegal, Benin…).
    else if (check.id === 'demand-driven' && selfLed) evidence.unshift(fieldSpan(selfLed));
    // And one whose prose names a beneficiary asking, proposing or choosing ("The Philippines proposed…").
    if (check.id === 'demand-driven' && evidence.length < maxEvidence) {
      const acting = beneficiaryActing(text, beneficiaryNames, lexiconLanguage, skipped, leadNames);
      if (acting && !evidence.some((place) => lines.offsetAt(place.range.start) === acting.start)) evidence.push(span(acting));
      // Or says the work came from the partner, was built from what it brought, or is its own.
      const fromPartner = evidence.length === 0 ? workFromPartner(text, beneficiaryNames, leadNames, lexiconLanguage, skipped) : undefined;
      if (fromPartner) evidence.push(span(fromPartner));
    }
    const claim = claimFor(check, principlesField?.values ?? []);
    if (check.contrary) {
      // "without conditions" holds the word "conditions" but is the opposite of a condition; so is
      // support that waits on the donor's own budget vote, unless that budget is a beneficiary's.
      const donorMeans = placesOf(`${check.id}:donor`).filter((place) => {
        const words = text.slice(place.start, place.end);
        return !partnerInMeans.test(words) && !namesOneOf(words, beneficiaryNames);
      });
      // The approval of a body of a lead State, and of no beneficiary, is the donor's own step.
      const donorApproval = placesOf(`${check.id}:approval`).filter((place) => {
        const words = text.slice(place.start, place.end);
        return namesOneOf(words, leadNames) && !namesOneOf(words, beneficiaryNames);
      });
      // A gate whose act is the own step of a subject that is not the partner (« un établissement n'est raccordé qu'après avoir signé »).
      const othersSteps = check.id === 'without-conditions' ? ownStepsOfOthers(text, lexiconLanguage, skipped, beneficiaryNames, leadNames) : [];
      const notContrary = [...placesOf(`${check.id}:not`), ...donorMeans, ...donorApproval, ...othersSteps];
      // Support made to wait on a partner's act is read from the sentence's structure as well as from the lexicon.
      const waiting = check.id === 'without-conditions' ? supportWaitingOnPartner(text, lexiconLanguage, skipped, beneficiaryNames, leadNames) : [];
      const contrary = mergedPlaces(placesOf(`${check.id}:contrary`), waiting)
        .filter((place) => !notContrary.some((not) => place.start < not.end && not.start < place.end))
        // A condition inside the subject taught ("scenarios examine whether a State may…, provided that…") is content, not a condition on the support.
        .filter((place) => !conditionTaught(text, place))
        .slice(0, maxContrary)
        .map(span);
      if (contrary.length > 0) return checklistItem(check, 'contradicted', { evidence, claim, contrary });
    }
    if (check.appliesTo) {
      // A topic left out of the programme is no such work; nor is a security control watching machines or stopping attacks.
      // Nor is a word inside an e-mail address or a web address ("surveillance.paiements@…", "cybercrime-unit@…"): a mailbox's name says nothing of the work.
      const because = placesOf(`${check.id}:applies`).find((place) => !workLeftOut(text, place) && !securityMonitoring(text, place) && !insideAddress(text, place));
      if (!because) return checklistItem(check, 'not-applicable', { evidence, claim });
      // A judge, the defence or the person targeted acting on the measure is a safeguard in plain words.
      const acting = check.id === 'human-rights' && evidence.length === 0 ? safeguardActing(text, lexiconLanguage, skipped) : undefined;
      if (acting) evidence.push(span(acting));
      return checklistItem(check, statusOf(evidence, claim), { evidence, claim, appliesBecause: span(because) });
    }
    return checklistItem(check, statusOf(evidence, claim), { evidence, claim });
  });
  return { title: programme.title, titleRange: programme.titleRange, items };
}

/** Characters that end an address: white space, brackets, quotes and the punctuation around it in prose. */
const addressEnd = /[\s<>()[\]{}"«»,;]/;

/**
 * Whether `place` is part of an e-mail address or a web address: the run of characters around it,
 * up to white space or a bracket, holds an "@", "://" or starts with "www.". Bounded: an address is
 * short, so the look stops after 100 characters on each side.
 */
function insideAddress(text: string, place: FoundSpan): boolean {
  let start = place.start;
  while (start > 0 && place.start - start < 100 && !addressEnd.test(text[start - 1] ?? ' ')) start--;
  let end = place.end;
  while (end < text.length && end - place.end < 100 && !addressEnd.test(text[end] ?? ' ')) end++;
  const run = text.slice(start, end);
  return run.includes('@') || run.includes('://') || /^www\./i.test(run);
}

/** Places of two readings in text order, a place of the second left out where the first already has one overlapping it. */
function mergedPlaces(first: readonly FoundSpan[], second: readonly FoundSpan[]): FoundSpan[] {
  const overlaps = (place: FoundSpan) => first.some((other) => place.start < other.end && other.start < place.end);
  return [...first, ...second.filter((place) => !overlaps(place))].sort((a, b) => a.start - b.start);
}

/** One item of a checklist, for `check`, with the places found for it. */
export function checklistItem(
  check: PrincipleCheck,
  status: ChecklistStatus,
  places: {
    readonly evidence: readonly EvidenceSpan[];
    readonly claim?: EvidenceSpan;
    readonly contrary?: readonly EvidenceSpan[];
    readonly contraryRead?: boolean;
    readonly appliesBecause?: EvidenceSpan;
  },
): ChecklistItem {
  return {
    checkId: check.id as PrincipleCheckId,
    principleId: check.principleId,
    principleNumber: principleById.get(check.principleId)?.number ?? 0,
    status,
    evidence: places.evidence,
    claim: places.claim,
    contrary: places.contrary ?? [],
    ...(places.contraryRead ? { contraryRead: true } : {}),
    appliesBecause: places.appliesBecause,
  };
}

/**
 * The Lead field, when a beneficiary is among the leads: the programme is then led or co-led by a
 * partner, which owns it. Every beneficiary a lead, or named after a lead State ("décideurs
 * colombiens et tchèques" for the Leads Colombie, Tchéquie): the beneficiaries run it for themselves.
 * Round 23 and 24: one of them is enough (Lead: Oman; Beneficiaries: the six Gulf States, Oman among
 * them; Lead: "national CSIRTs of Benin and Togo"; Beneficiaries: Benin, Togo, Niger): in the whole
 * development corpus, every entry where some beneficiaries lead was labelled as showing ownership.
 * For one beneficiary among others, the match is stricter than for all of them: a beneficiary
 * written as a lead is, or a lead that names a beneficiary State and no State that is not one (not
 * "Embassy of France in Namibia", a donor body placed in the partner's country); the donor itself
 * (the submitter) is never the partner, even when it also benefits.
 */
function beneficiaryAmongLeads(programme: Programme, donor: string | undefined): Programme['fields'][number] | undefined {
  const lead = programme.fields.find((field) => field.key === 'lead');
  const beneficiaries = programme.fields.find((field) => field.key === 'beneficiaries');
  if (!lead || !beneficiaries || beneficiaries.values.length === 0) return undefined;
  const name = (value: { readonly text: string }) => value.text.trim().toLocaleLowerCase();
  const leads = new Set(lead.values.map(name));
  const leadNames = lead.values.map((value) => value.text);
  if (beneficiaries.values.every((value) => leads.has(name(value)) || namesOneOf(value.text, leadNames))) return lead;
  const donors = donor ? [donor] : [];
  const partners = beneficiaries.values.map((value) => value.text).filter((text) => !namesOneOf(text, donors));
  // The States named in the Lead field that are not partners: a lead value naming one of them is that State's body.
  const others = [...donors, ...leadNames.filter((text) => !namesOneOf(text, partners))];
  const partnerWrittenAsLead = partners.some((text) => leads.has(text.trim().toLocaleLowerCase()));
  const leadNamingPartner = lead.values.some((value) => namesOneOf(value.text, partners) && !namesOneOf(value.text, others));
  return partnerWrittenAsLead || leadNamingPartner ? lead : undefined;
}

/**
 * The Level field of a national programme that a State runs for itself: no Lead (the submitting
 * State's own work), a Lead that is a State, or one that names a beneficiary ("Ghana's Cyber Security
 * Authority"). "Level: national, Lead: World Bank" is a programme in one country, run by a lender:
 * that says nothing of who owns it.
 */
function stateRunNationalLevel(programme: Programme, beneficiaryNames: readonly string[]): Programme['fields'][number] | undefined {
  const level = programme.fields.find((field) => field.key === 'level' && findTerm(programmeLevels, field.value)?.id === 'national');
  const lead = programme.fields.find((field) => field.key === 'lead');
  if (!level || !lead || lead.values.length === 0) return level;
  return lead.values.some((value) => isStateName(value.text) || namesOneOf(value.text, beneficiaryNames)) ? level : undefined;
}

/**
 * The End field, when it says the work runs past its Start: a one-day workshop with Start 2023-03-12
 * and End 2023-03-12 (or Start and End 2023-03) is a one-off, and its End is no duration. Only an
 * End equal to the Start, at the same precision of a day or a month, is read so: a span of days
 * (12 to 14 March) is a duration the drafter stated, a month and a day in it say different things,
 * and a programme with Start and End 2023 may run the whole year.
 */
function lastingEnd(programme: Programme): Programme['fields'][number] | undefined {
  const end = programme.fields.find((field) => field.key === 'end' && field.value !== '');
  if (!end) return undefined;
  const until = parsePartialDate(end.value);
  const from = parsePartialDate(programme.fields.find((field) => field.key === 'start')?.value ?? '');
  const sameDayOrMonth = until !== undefined && from !== undefined && until.precision !== 'year' && until.precision === from.precision && until.earliest === from.earliest;
  return sameDayOrMonth ? undefined : end;
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
  const value = values.find((candidate) => valueClaims(check, candidate.text));
  return value && { range: value.range, text: value.text };
}

/**
 * Whether one Principles field value claims a check, remembered by its text: the same few values
 * ("demand-driven", « axé sur les résultats ») come back in every programme and on every keystroke,
 * and reading one against a whole evidence lexicon costs far more than a lookup.
 */
const claimsByValue = new Map<string, ReadonlyMap<string, FoundSpan[]>>();
const maxRememberedClaims = 4096;

function valueClaims(check: PrincipleCheck, text: string): boolean {
  let evidence = claimsByValue.get(text);
  if (evidence === undefined) {
    // The field may be written in either language, whatever the draft's.
    evidence = scanClaim(text, 'both', []);
    if (claimsByValue.size >= maxRememberedClaims) claimsByValue.clear();
    claimsByValue.set(text, evidence);
  }
  if ((evidence.get(check.id)?.length ?? 0) > 0) return true;
  const sharedPrinciple = (checksPerPrinciple.get(check.principleId) ?? 0) > 1;
  return !sharedPrinciple && principleNamed(text)?.id === check.principleId;
}
