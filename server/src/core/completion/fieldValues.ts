/**
 * Field values: after a field label, the level, status, themes and principles of the vocabulary,
 * and UN short names of States for Lead, Partners and Beneficiaries. A list field completes the
 * item being typed (on its line, or on a sub-bullet under the label) and does not offer again the
 * items already written.
 */
import { countries, type Country } from '../../../../schemas/countries';
import { principleGroupNames, principleNamed, principles, type Principle } from '../../../../schemas/principles';
import { fieldKeys, programmeFields, type FieldDefinition, type FieldKey } from '../../../../schemas/programme';
import { findTerm, type LabelLanguage, type VocabularyTerm } from '../../../../schemas/vocabulary';
import { normalizeCountryName } from '../countries';
import { escapeMarkdown } from '../hover/citationHover';
import { principleMarkdown } from '../hover/principleText';
import { fieldAboveSubItem, fieldOn } from './codeAndEntries';
import { completionWords } from './completionWords';
import { onLine, sortKey, type LineAt } from './lines';
import type { CompletionEdit, CompletionItem, CompletionKind, CompletionRequest } from './types';

/** One value a field may take, as offered. */
export interface ValueChoice {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** The key the choice is recognized by among the values already written. */
  readonly identity: string;
}

/** The choices of a field's value, with how a written value is recognized as one of them. */
export interface FieldChoices {
  readonly choices: readonly ValueChoice[];
  readonly identify: (written: string) => string | undefined;
}

/**
 * The values of the field labelled on the position's line, when the position is after its label;
 * undefined when the line has no label before the position (an empty list for an unknown label).
 */
export function valueCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const field = fieldOn(at.text);
  if (!field || at.character < field.valueStart) return undefined;
  if (!field.key) return [];
  return itemCompletions(request, at, field.key, field.valueStart);
}

/** `    - Senegal` under `- **Partners:**`: each sub-bullet is one more value of the field. */
export function subItemCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const subItem = /^([ \t]{2,}[-*+][ \t]+)/.exec(at.text);
  if (!subItem || at.character < subItem[0].length) return undefined;
  const key = fieldAboveSubItem(request, at.line);
  if (!key || programmeFields[key].shape !== 'list') return undefined;
  return itemCompletions(request, at, key, subItem[0].length);
}

/** Completes the value (or, for a list, the item) at the position, from `valueStart` to the line's end. */
function itemCompletions(request: CompletionRequest, at: LineAt, key: FieldKey, valueStart: number): CompletionItem[] {
  const choices = fieldChoices(key, request.language);
  if (!choices) return [];
  const field: FieldDefinition = programmeFields[key];
  const value = at.text.slice(valueStart);
  const cursor = at.character - valueStart;
  const separators = field.shape === 'list' ? listSeparators(value) : { character: ',', positions: [] };
  const previous = separators.positions.filter((position) => position < cursor);
  const itemStart = previous.length > 0 ? (previous[previous.length - 1] ?? 0) + 1 : 0;
  const itemEnd = separators.positions.find((position) => position >= cursor) ?? value.length;
  let start = itemStart;
  while (start < cursor && /\s/.test(value[start] ?? '')) start++;
  let end = itemEnd;
  while (end > cursor && /\s/.test(value[end - 1] ?? '')) end--;
  // A value glued to its colon or separator ("**Level:**|", "Senegal;|") gets its space.
  const glued = valueStart + start > 0 && start === cursor && !/\s/.test(at.text[valueStart + start - 1] ?? ' ');

  // The other items of the list are not offered again.
  const written = new Set<string>();
  let pieceStart = 0;
  for (const position of [...separators.positions, value.length]) {
    if (pieceStart !== itemStart) {
      const identity = choices.identify(value.slice(pieceStart, position).trim());
      if (identity !== undefined) written.add(identity);
    }
    pieceStart = position + 1;
  }

  // A name holding a comma (a French theme) needs ";" between the items, or it is read as two.
  const toSemicolons: CompletionEdit[] =
    separators.character === ','
      ? separators.positions.map((position) => ({ range: onLine(at.line, valueStart + position, valueStart + position + 1), newText: ';' }))
      : [];
  const say = completionWords(request.language);
  return choices.choices
    .filter((choice) => !written.has(choice.identity))
    .map((choice, index) => {
      const needsSemicolons = field.shape === 'list' && choice.label.includes(',') && toSemicolons.length > 0;
      return {
        label: choice.label,
        kind: choice.kind,
        insertText: (glued ? ' ' : '') + choice.label,
        replace: onLine(at.line, valueStart + start, valueStart + end),
        detail: choice.detail,
        documentation:
          field.shape === 'list' && choice.label.includes(',') ? `${choice.documentation ?? ''}\n\n${say.semicolons}`.trim() : choice.documentation,
        sortText: sortKey(index),
        filterText: choice.label,
        ...(needsSemicolons ? { additionalEdits: toSemicolons } : {}),
      };
    });
}

/**
 * Where a list value's items are separated, as the programme reader splits them: on ";" when the
 * value has one, else on ","; never inside parentheses or brackets, nor inside a vocabulary name
 * that holds a comma ("politiques, y compris l'élaboration de stratégies nationales").
 */
function listSeparators(value: string): { character: ',' | ';'; positions: number[] } {
  const protectedSpans: { start: number; end: number }[] = [];
  const lower = value.toLowerCase();
  for (const name of commaNames()) {
    for (let found = lower.indexOf(name); found >= 0; found = lower.indexOf(name, found + name.length)) {
      protectedSpans.push({ start: found, end: found + name.length });
    }
  }
  const positions = { ',': [] as number[], ';': [] as number[] };
  let depth = 0;
  for (let index = 0; index < value.length; index++) {
    const character = value[index];
    if (character === '(' || character === '[') depth++;
    else if ((character === ')' || character === ']') && depth > 0) depth--;
    else if ((character === ',' || character === ';') && depth === 0) {
      if (!protectedSpans.some((span) => index >= span.start && index < span.end)) positions[character].push(index);
    }
  }
  return positions[';'].length > 0 ? { character: ';', positions: positions[';'] } : { character: ',', positions: positions[','] };
}

let commaNamesCache: string[] | undefined;

function commaNames(): string[] {
  commaNamesCache ??= fieldKeys
    .flatMap((key) => (programmeFields[key] as FieldDefinition).vocabulary ?? [])
    .flatMap((term) => [term.en, term.fr, ...(term.alsoAccepted ?? [])])
    .filter((name) => name.includes(','))
    .map((name) => name.toLowerCase());
  return commaNamesCache;
}

function fieldChoices(key: FieldKey, language: LabelLanguage): FieldChoices | undefined {
  const field: FieldDefinition = programmeFields[key];
  if (field.vocabulary) {
    const vocabulary = field.vocabulary;
    const other: LabelLanguage = language === 'fr' ? 'en' : 'fr';
    return {
      choices: vocabulary.map((term) => ({
        label: term[language],
        kind: 'value',
        detail: term[other] === term[language] ? undefined : term[other],
        documentation: termDocumentation(term, language),
        identity: term.id,
      })),
      identify: (written) => findTerm(vocabulary, written)?.id,
    };
  }
  if (key === 'principles') {
    return {
      choices: principles.map((principle: Principle) => ({
        label: principle.names[language][0] ?? principle.names.en[0] ?? principle.id,
        kind: 'principle',
        detail: `${principle.number}/10 · ${principleGroupNames[principle.group][language]}`,
        documentation: principleMarkdown(principle, language),
        identity: principle.id,
      })),
      identify: (written) => principleNamed(written)?.id,
    };
  }
  if (field.holdsCountries) return countryChoices(language);
  return undefined;
}

function termDocumentation(term: VocabularyTerm, language: LabelLanguage): string | undefined {
  const also = [term.en, term.fr, ...(term.alsoAccepted ?? [])].filter((spelling, index, all) => spelling !== term[language] && all.indexOf(spelling) === index);
  const say = completionWords(language);
  return also.length === 0 ? undefined : say.labelled(say.alsoAccepted, also.map((spelling) => `\`${spelling}\``).join(', '));
}

const countryChoicesCache = new Map<LabelLanguage, FieldChoices>();

/** The States by their UN short names in `language`, in that language's order; built once per language. */
export function countryChoices(language: LabelLanguage): FieldChoices {
  const cached = countryChoicesCache.get(language);
  if (cached) return cached;
  const say = completionWords(language);
  const collator = new Intl.Collator(language);
  const byName = new Map<string, string>();
  for (const country of countries as readonly Country[]) {
    byName.set(normalizeCountryName(country.en), country.iso3);
    byName.set(normalizeCountryName(country.fr), country.iso3);
  }
  const choices = [...(countries as readonly Country[])]
    .sort((a, b) => collator.compare(a[language], b[language]))
    .map((country) => ({
      label: country[language],
      kind: 'country' as const,
      detail: country.status === 'observer' ? say.observer : say.memberState,
      documentation: `**${escapeMarkdown(country[language])}** — ${say.countryHeading}\n\n${say.englishName}: ${escapeMarkdown(country.en)} · ${say.frenchName}: ${escapeMarkdown(country.fr)}`,
      identity: country.iso3,
    }));
  const built: FieldChoices = { choices, identify: (written) => byName.get(normalizeCountryName(written)) };
  countryChoicesCache.set(language, built);
  return built;
}
