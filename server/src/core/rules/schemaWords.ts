/**
 * The words of the schema rules' findings (`schema/missing-field`, `schema/invalid-value`), for
 * programme entries and for the front matter, in English and French: a French draft is told in
 * French which field is missing or which value is wrong; a draft in any other language is told in
 * English. Field labels are the schema's, in the draft's language (`programmeFields`); what the draft
 * wrote is quoted as written; front-matter keys and values stay as YAML writes them (`kind`,
 * `mapping-exercise`), since that is what the drafter types.
 *
 * The schemas give their own reasons in English (a date's format, a web address); a French finding
 * gives the French the schema keeps beside each (`dateProblems`, `websiteProblem`,
 * `submitterProblem`), or, for zod's own issues, a reason of its kind.
 */
import { dateProblems } from '../../../../schemas/dates';
import { submitterProblem } from '../../../../schemas/frontMatter';
import { websiteProblem } from '../../../../schemas/programme';
import type { LabelLanguage } from '../../../../schemas/vocabulary';
import { listedEnglish, listedFrench } from '../countsAndLists';
import { fr } from '../frenchTypography';

/** Why a front-matter value is refused: the values allowed, or the schema's issue (its message and code). */
export type FrontMatterReason = { readonly options: readonly string[] } | { readonly message: string; readonly code: string };

const english = {
  /** A programme entry without some required fields (`absent`), or with them empty (`empty`). */
  missingFields: (title: string, absent: readonly string[], empty: readonly string[]) => {
    const problems = [
      absent.length > 0 ? `has no ${listedEnglish(absent)}` : '',
      empty.length > 0 ? `leaves ${listedEnglish(empty)} empty` : '',
    ].filter(Boolean);
    return `"${title}" ${problems.join(' and ')}: ${
      absent.length + empty.length === 1 ? 'it is a required field' : 'they are required fields'
    } of a programme entry.`;
  },
  /** The quick fix that writes the absent fields' lines. */
  addFields: (labels: readonly string[]) => `Add ${listedEnglish(labels)}`,
  /** A label that is no field; `fields` are the labels of the draft's language. */
  notAField: (label: string, suggestion: string | undefined, fields: readonly string[]) =>
    suggestion
      ? `"${label}" is not a programme field. Did you mean "${suggestion}"?`
      : `"${label}" is not a programme field: the fields are ${fields.join(', ')}.`,
  givenTwice: (label: string, title: string) => `"${label}" is given twice in "${title}": keep one line per field.`,
  notAFieldLine: (title: string) =>
    `This item of the field list of "${title}" is not a "**Label:** value" line. Move free text below the list.`,
  /** A value outside its field's vocabulary; `expected` in the draft's language. */
  unknownValue: (label: string, written: string, suggestion: string | undefined, expected: readonly string[]) =>
    `${label}: "${written}" is not a known value.${suggestion ? ` Did you mean "${suggestion}"?` : ''} Expected: ${expected.join(', ')}.`,
  /** A value the schema refuses for `reason` (the schema's message, in English). */
  invalidValue: (label: string, written: string, reason: string) => `${label}: "${written}" is not valid. ${reason}.`,
  noKind: (allowed: readonly string[]) => `The front matter has no "kind": write kind: ${allowed.join(' or ')}.`,
  notAKind: (written: string, allowed: readonly string[]) => `"${written}" is not a document kind: expected ${allowed.join(' or ')}.`,
  notAFrontMatterField: (key: string, suggestion: string | undefined, keys: readonly string[]) =>
    suggestion
      ? `"${key}" is not a front-matter field. Did you mean "${suggestion}"?`
      : `"${key}" is not a front-matter field: the fields are ${keys.join(', ')}.`,
  noFrontMatterField: (key: string) => `The front matter has no "${key}"${fieldHint('en', key)}.`,
  invalidFrontMatterValue: (key: string, written: unknown, reason: FrontMatterReason) =>
    `Front-matter field "${key}": ${written === null ? 'empty' : `"${String(written)}"`} is not valid: ${
      'options' in reason ? `expected one of ${reason.options.join(', ')}` : reason.message
    }.`,
};

const french: typeof english = {
  missingFields: (title, absent, empty) => {
    const problems = [
      absent.length === 1 ? `il manque le champ ${absent[0]}` : absent.length > 1 ? `il manque les champs ${listedFrench(absent)}` : '',
      empty.length === 1 ? `le champ ${empty[0]} est vide` : empty.length > 1 ? `les champs ${listedFrench(empty)} sont vides` : '',
    ].filter(Boolean);
    return fr`« ${title} » : ${problems.join(', et ')} ; ${
      absent.length + empty.length === 1 ? 'c’est un champ obligatoire' : 'ce sont des champs obligatoires'
    } d’une fiche de programme.`;
  },
  addFields: (labels) => `Ajouter ${listedFrench(labels)}`,
  notAField: (label, suggestion, fields) =>
    suggestion
      ? fr`« ${label} » n’est pas un champ de programme. Vouliez-vous dire « ${suggestion} » ?`
      : fr`« ${label} » n’est pas un champ de programme : les champs sont ${fields.join(', ')}.`,
  givenTwice: (label, title) => fr`« ${label} » figure deux fois dans « ${title} » : gardez une seule ligne par champ.`,
  notAFieldLine: (title) =>
    fr`Cet élément de la liste des champs de « ${title} » n’est pas une ligne « **Libellé :** valeur ». Placez le texte libre sous la liste.`,
  unknownValue: (label, written, suggestion, expected) =>
    fr`${label} : « ${written} » n’est pas une valeur connue.${suggestion ? fr` Vouliez-vous dire « ${suggestion} » ?` : ''} Valeurs admises : ${expected.join(', ')}.`,
  invalidValue: (label, written, reason) => {
    const why = frenchSchemaReason(reason);
    return why ? fr`${label} : « ${written} » n’est pas valide (${why}).` : fr`${label} : « ${written} » n’est pas valide.`;
  },
  // The YAML line to write is a value: the no-break space French puts before a colon would break it.
  noKind: (allowed) => fr`L’en-tête YAML n’a pas de champ « kind » : écrivez ${`kind: ${allowed.join(' ou ')}`}.`,
  notAKind: (written, allowed) => fr`« ${written} » n’est pas un type de document : écrivez ${allowed.join(' ou ')}.`,
  notAFrontMatterField: (key, suggestion, keys) =>
    suggestion
      ? fr`« ${key} » n’est pas un champ de l’en-tête YAML. Vouliez-vous dire « ${suggestion} » ?`
      : fr`« ${key} » n’est pas un champ de l’en-tête YAML : les champs sont ${keys.join(', ')}.`,
  noFrontMatterField: (key) => fr`L’en-tête YAML n’a pas de champ « ${key} »${fieldHint('fr', key)}.`,
  invalidFrontMatterValue: (key, written, reason) => {
    const value = written === null || String(written).trim() === '' ? 'la valeur vide' : fr`« ${String(written)} »`;
    const why =
      'options' in reason
        ? fr`valeurs admises : ${reason.options.join(', ')}`
        : (frenchSchemaReason(reason.message) ?? (key === 'date' ? lowerFirst(dateProblems.fullFormat.fr) : zodReasons[reason.code]));
    return why ? fr`Champ « ${key} » de l’en-tête YAML : ${value} n’est pas valide (${why}).` : fr`Champ « ${key} » de l’en-tête YAML : ${value} n’est pas valide.`;
  },
};

/** What a missing front-matter field holds, after its key. */
const fieldHints: Readonly<Record<LabelLanguage, Readonly<Record<string, string>>>> = {
  en: {
    submitter: ' (the State, group or organization that submits it)',
    date: ' (the date of the submission, YYYY-MM-DD)',
    language: ' (en, fr, es, ar, ru or zh)',
    session: ' (the session at which the statement is delivered)',
    'agenda-item': ' (the agenda item under which it is delivered)',
  },
  fr: {
    submitter: ' (l’État, le groupe ou l’organisation qui soumet la contribution)',
    date: ' (la date de la contribution, AAAA-MM-JJ)',
    language: ' (en, fr, es, ar, ru ou zh)',
    session: ' (la session au cours de laquelle la déclaration est prononcée)',
    'agenda-item': ' (le point de l’ordre du jour au titre duquel la déclaration est prononcée)',
  },
};

function fieldHint(language: LabelLanguage, key: string): string {
  return fieldHints[language][key] ?? '';
}

/** The reasons the schemas give, each with its French. */
const schemaReasons: readonly Readonly<Record<LabelLanguage, string>>[] = [...Object.values(dateProblems), websiteProblem, submitterProblem];

/** The French of a schema's own reason, after an opening parenthesis (so without its capital); undefined for zod's. */
function frenchSchemaReason(message: string): string | undefined {
  const reason = schemaReasons.find((candidate) => candidate.en === message)?.fr;
  return reason && lowerFirst(reason);
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/**
 * Zod's own issues in the front matter, whose English message is zod's: every field holds text
 * (or, for a session, a number), so a value of another kind (a list, a mapping) wants text. A date
 * that YAML reads as a number (`date: 2023`) is told the date's format instead. An empty value
 * (zod's `too_small`) needs no reason: the finding says it is empty.
 */
const zodReasons: Readonly<Record<string, string>> = {
  invalid_type: 'un texte est attendu',
  invalid_union: 'un texte ou un nombre est attendu',
};

/** The schema findings' words in a draft's language (French for a French draft, English otherwise). */
export function schemaWords(language: LabelLanguage): typeof english {
  return language === 'fr' ? french : english;
}
