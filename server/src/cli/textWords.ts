/**
 * The words `check` prints around the findings in text: the summary line, and the principles
 * checklist's legend and places. A French draft's findings and checklist labels are French already
 * (the core writes them in the draft's language); these words follow, so that the output on French
 * drafts reads as the preview of a French draft does. The finding lines' own grammar
 * (`path:line:column: severity message [rule-id]`) stays as it is in every language: editors and
 * CI read it.
 */
import { principleChecks, type PrincipleCheck } from '../../../schemas/principleEvidence';
import type { LabelLanguage } from '../../../schemas/vocabulary';
import { statusWords, type ShownStatus } from '../core/principles/documentChecklist';
import { countedEnglish, countedFrench } from '../core/countsAndLists';
import { fr } from '../core/frenchTypography';
import type { Severity } from '../../../schemas/settings';
import type { CheckedFile } from './check';

/**
 * The language of what speaks of the whole run (the summary, the checklist's legend): French when
 * every file checked is a French draft, English otherwise. Each finding and checklist line stays in
 * its own draft's language; a run over drafts in several languages, or over none, keeps the
 * English frame, so that no reader gets a legend in a language none of their drafts is in.
 */
export function frameLanguage(files: readonly Pick<CheckedFile, 'language'>[]): LabelLanguage {
  return files.length > 0 && files.every((file) => file.language === 'fr') ? 'fr' : 'en';
}

/** The summary line's words: "3 errors, 1 warning, 0 info, 0 hints: 2 files checked." */
export interface SummaryWords {
  /** A count of findings of one severity: "3 errors", « 3 erreurs ». */
  readonly findings: (severity: Severity, count: number) => string;
  readonly filesChecked: (count: number) => string;
  /** After the files checked, in parentheses. */
  readonly skipped: (count: number) => string;
  /** After the files checked, with its separator. */
  readonly problems: (count: number) => string;
  readonly noProblems: string;
  readonly incomplete: string;
  readonly incompleteNoFindings: string;
  /** The whole line from its parts. */
  readonly line: (found: string, checked: string) => string;
}


const englishSeverities: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['info', 'info'],
  hint: ['hint', 'hints'],
};
/** The preview's nouns for a French draft's findings (« 2 erreurs, 1 avertissement… »). */
const frenchSeverities: Readonly<Record<Severity, readonly [string, string]>> = {
  error: ['erreur', 'erreurs'],
  warning: ['avertissement', 'avertissements'],
  info: ['remarque', 'remarques'],
  hint: ['indication', 'indications'],
};

export const summaryWords: Readonly<Record<LabelLanguage, SummaryWords>> = {
  en: {
    findings: (severity, n) => countedEnglish(n, ...englishSeverities[severity]),
    filesChecked: (n) => `${countedEnglish(n, 'file', 'files')} checked`,
    skipped: (n) => ` (${countedEnglish(n, 'Markdown file', 'Markdown files')} without front matter skipped)`,
    problems: (n) => `; ${countedEnglish(n, 'problem', 'problems')} reading or checking files`,
    noProblems: 'No problems found',
    incomplete: 'Check incomplete',
    incompleteNoFindings: 'Check incomplete, no findings',
    line: (found, checked) => `${found}: ${checked}.`,
  },
  fr: {
    findings: (severity, n) => countedFrench(n, ...frenchSeverities[severity]),
    filesChecked: (n) => countedFrench(n, 'fichier vérifié', 'fichiers vérifiés'),
    skipped: (n) => ` (${countedFrench(n, 'fichier Markdown sans en-tête YAML ignoré', 'fichiers Markdown sans en-tête YAML ignorés')})`,
    problems: (n) => fr` ; ${countedFrench(n, 'problème', 'problèmes')} de lecture ou de vérification`,
    noProblems: 'Aucun problème relevé',
    incomplete: 'Vérification incomplète',
    incompleteNoFindings: 'Vérification incomplète, aucun problème relevé',
    line: (found, checked) => fr`${found} : ${checked}.`,
  },
};

/** The checklist's words around a draft's labels and status words (which the core gives). */
export interface ChecklistWords {
  /** The legend's opening, before the marks. */
  readonly title: string;
  /** After "likely addressed" in the legend: why an item may be so without a place to show. */
  readonly likelyAddressedHow: string;
  /** Between the legend's opening and its marks. */
  readonly titleSeparator: string;
  /** An item: its principle's label, then its status. */
  readonly item: (label: string, status: string) => string;
  /** Where the entry addresses (or claims, or contradicts) a principle: its line and words. */
  readonly place: (line: number, text: string) => string;
}

export const checklistWords: Readonly<Record<LabelLanguage, ChecklistWords>> = {
  en: {
    title: 'Principles checklist (A/75/816, annex I, paragraph 56)',
    likelyAddressedHow: ' in other wording (second reading)',
    titleSeparator: ': ',
    item: (label, status) => `${label}: ${status}`,
    place: (line, text) => `line ${line}: "${text}"`,
  },
  fr: {
    title: 'Liste de contrôle des principes (A/75/816, annexe I, paragraphe 56)',
    likelyAddressedHow: ' en d’autres termes (seconde lecture)',
    titleSeparator: fr` : `,
    item: (label, status) => fr`${label} : ${status}`,
    place: (line, text) => fr`ligne ${line} : « ${text} »`,
  },
};

/**
 * A status in the legend: the words the items use, "likely addressed" with how, and for
 * "nothing contrary" the words of each check that has them ("no condition found").
 */
export function legendStatusWords(status: ShownStatus, language: LabelLanguage): string {
  if (status === 'nothing-contrary') {
    const words = (principleChecks as readonly PrincipleCheck[]).flatMap((check) => (check.nothingContraryFound ? [check.nothingContraryFound[language]] : []));
    return [...new Set(words)].join(' / ');
  }
  return statusWords[status][language] + (status === 'likely-addressed' ? checklistWords[language].likelyAddressedHow : '');
}
