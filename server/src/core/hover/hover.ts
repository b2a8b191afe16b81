/**
 * What a hover shows, wherever the pointer is in a draft, in this order: a citation (a document
 * or a paragraph it cites), a programme field's label, an agreed principle, a country, or a name
 * the reference library mentions (an initiative or its acronym). Only the lines around the
 * position are read, so a hover costs the same in a 1 MB draft as in a short one.
 */
import { fieldKeyForLabel, programmeFields, type FieldDefinition } from '../../../../schemas/programme';
import { principleNamed, principles, type Principle } from '../../../../schemas/principles';
import type { LabelLanguage, VocabularyTerm } from '../../../../schemas/vocabulary';
import { checkCountryName } from '../countries';
import { countryPlace } from '../countryRegions';
import { citationAt } from '../library/citationAt';
import type { ReferenceLibrary } from '../library/library';
import { maxPassagesOfRareName } from '../library/mentions';
import type { Position, Range } from '../text';
import { documentHover, documentName, escapeMarkdown, paragraphHover } from './citationHover';
import { words } from './hoverWords';
import { principleMarkdown } from './principleText';

export interface HoverRequest {
  /** The text of a line, without its terminator. */
  readonly line: (index: number) => string;
  readonly lineCount: number;
  readonly position: Position;
  /** The draft's language for labels and values (French drafts: French). */
  readonly language: LabelLanguage;
  /** The draft's year: aliases such as "the previous OEWG report" depend on it. */
  readonly draftYear?: number;
  readonly library: ReferenceLibrary;
}

export interface HoverResult {
  readonly markdown: string;
  readonly range: Range;
}

/** As many passages as a rare name may have: its hover lists them all. */
const maxShownMentions = maxPassagesOfRareName;

/** The hover at a position, or undefined when there is nothing to say. */
export function hoverAt(request: HoverRequest): HoverResult | undefined {
  const { position } = request;
  const text = request.line(position.line);
  if (position.character > text.length) return undefined;
  return (
    citationHoverAt(request) ??
    fieldHoverAt(request, text) ??
    principleHoverAt(request, text) ??
    countryHoverAt(request, text) ??
    mentionHoverAt(request, text)
  );
}

function citationHoverAt(request: HoverRequest): HoverResult | undefined {
  const cited = citationAt(request);
  if (!cited) return undefined;
  const markdown =
    cited.kind === 'paragraph'
      ? paragraphHover(cited.citation, cited.number, request.library, request.language)
      : documentHover(cited.mention, request.language);
  return { markdown, range: cited.range };
}

/** `- **Label:** value`, `* **Libellé :** valeur`: group 2 is the label, group 3 the value. */
const fieldLine = /^([ \t]*[-*+][ \t]+)\*\*([^*]{1,60}?)\*\*(.*)$/u;

function fieldHoverAt(request: HoverRequest, text: string): HoverResult | undefined {
  const match = fieldLine.exec(text);
  if (!match) return undefined;
  const labelStart = (match[1] ?? '').length;
  const labelEnd = labelStart + 4 + (match[2] ?? '').length;
  const written = (match[2] ?? '').replace(/[ \u00a0\u202f]*:[ \u00a0\u202f]*$/u, '').trim();
  const key = fieldKeyForLabel(written);
  if (!key) return undefined;
  const field: FieldDefinition = programmeFields[key];
  const { character, line } = request.position;
  if (character >= labelStart && character <= labelEnd) {
    return { markdown: fieldMarkdown(field, request.language), range: { start: { line, character: labelStart }, end: { line, character: labelEnd } } };
  }
  // Inside the value: one item of the list.
  const valueStart = labelEnd;
  const value = match[3] ?? '';
  let itemStart = valueStart;
  for (const part of value.split(/([,;])/)) {
    const itemEnd = itemStart + part.length;
    if (part !== ',' && part !== ';' && character >= itemStart && character <= itemEnd) {
      // The first item may start with the colon of "**Label**: value".
      const item = part.replace(/^[ \u00a0]*:?[ \u00a0]*/u, '').trimEnd();
      const start = itemStart + part.length - part.replace(/^[ \u00a0]*:?[ \u00a0]*/u, '').length;
      const range = { start: { line, character: start }, end: { line, character: start + item.length } };
      if (key === 'principles') {
        const principle = principleNamed(item);
        if (principle) return { markdown: principleMarkdown(principle, request.language), range };
      }
      if (field.holdsCountries) {
        const markdown = countryMarkdown(item, request.language);
        if (markdown) return { markdown, range };
      }
      return undefined;
    }
    itemStart = itemEnd;
  }
  return undefined;
}

function fieldMarkdown(field: FieldDefinition, language: LabelLanguage): string {
  const say = words(language);
  const other: LabelLanguage = language === 'fr' ? 'en' : 'fr';
  const lines = [
    `**${field.labels[language]}** (${say.field}, ${field.required ? say.required : say.optional}${say.listSeparator}${field.labels[other]})`,
    escapeMarkdown(field.description[language]),
  ];
  if (field.vocabulary) {
    lines.push(say.labelled(say.allowedValues, field.vocabulary.map((term: VocabularyTerm) => `\`${termName(term, language)}\``).join(', ')));
  }
  if (field.shape === 'list') lines.push(say.listField);
  return lines.join('\n\n');
}

function termName(term: VocabularyTerm, language: LabelLanguage): string {
  return term[language];
}

let principlePattern: RegExp | undefined;

/** A principle's name in prose ("demand-driven", "appropriation nationale"). */
function principleHoverAt(request: HoverRequest, text: string): HoverResult | undefined {
  principlePattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}-])(?:${principles
      .flatMap((principle: Principle) => [...principle.names.en, ...principle.names.fr])
      .filter((name) => name.length >= 6)
      .sort((a, b) => b.length - a.length)
      .map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\u00a0]+').replace(/'/g, "['’]"))
      .join('|')})(?![\\p{L}\\p{N}-])`,
    'giu',
  );
  const { line, character } = request.position;
  for (const match of text.matchAll(principlePattern)) {
    if (character < match.index || character > match.index + match[0].length) continue;
    const principle = principleNamed(match[0]);
    if (!principle) continue;
    return {
      markdown: principleMarkdown(principle, request.language),
      range: { start: { line, character: match.index }, end: { line, character: match.index + match[0].length } },
    };
  }
  return undefined;
}

function countryMarkdown(written: string, language: LabelLanguage): string | undefined {
  const check = checkCountryName(written, language);
  if (check.kind === 'not-a-country' || !('iso3' in check) || !check.iso3) return undefined;
  const place = countryPlace(check.iso3, language);
  if (!place) return undefined;
  const say = words(language);
  const name = place.country[language];
  const lines = [`**${name}** — ${say.countryHeading}`, `${say.labelled(say.englishName, place.country.en)} · ${say.labelled(say.frenchName, place.country.fr)}`];
  if (place.regions.length > 0) lines.push(say.labelled(`${say.region} (M49)`, place.regions.join(' › ')));
  if (place.country.status === 'observer') lines.push(say.observer);
  if (check.kind !== 'ok') lines.push(`⚠ ${say.quoted(written)} → ${check.suggestion}`);
  return lines.join('\n\n');
}

/**
 * Capitalized words (and the small words inside names) around the position: "Bosnia and
 * Herzegovina", « Côte d’Ivoire » (an elided "d’" is written against the next word).
 */
const nameRun = /[\p{Lu}][\p{L}'’-]*(?:[ \u00a0]+(?:(?:and|of|the|et|de|du|des|la|le)[ \u00a0]+|d['’](?=\p{Lu}))*[\p{Lu}][\p{L}'’-]*)*/gu;

function countryHoverAt(request: HoverRequest, text: string): HoverResult | undefined {
  const { line, character } = request.position;
  for (const run of text.matchAll(nameRun)) {
    if (character < run.index || character > run.index + run[0].length) continue;
    // The longest stretch of the run that holds the position and names a State.
    const tokens = [...run[0].matchAll(/[^ \u00a0]+/gu)].map((token) => ({ start: run.index + token.index, text: token[0] }));
    for (let length = Math.min(tokens.length, 5); length >= 1; length--) {
      for (let first = 0; first + length <= tokens.length; first++) {
        const from = tokens[first];
        const to = tokens[first + length - 1];
        if (!from || !to || character < from.start || character > to.start + to.text.length) continue;
        // A possessive is not part of the name: "Senegal's agency".
        const candidate = text.slice(from.start, to.start + to.text.length).replace(/['’]s$/u, '');
        const markdown = countryMarkdown(candidate, request.language);
        if (markdown) return { markdown, range: { start: { line, character: from.start }, end: { line, character: from.start + candidate.length } } };
      }
    }
  }
  return undefined;
}

/** A name the library mentions: an acronym (WB3C, ESIWA) or a name such as "Cybil". */
function mentionHoverAt(request: HoverRequest, text: string): HoverResult | undefined {
  const { line, character } = request.position;
  // Decimal digits only: a footnote mark written as a superscript ("Cybil¹²") is not part of the name.
  for (const match of text.matchAll(/[\p{L}\p{Nd}]+/gu)) {
    if (character < match.index || character > match.index + match[0].length) continue;
    const term = match[0];
    const mentions = request.library.mentions(term);
    if (mentions.length === 0) return undefined;
    const say = words(request.language);
    const expansion = request.library.expansionOf(term);
    const lines = [`${say.mentionedIn(term, mentions.length)}${expansion ? ` — ${escapeMarkdown(expansion)}` : ''}`];
    for (const mention of mentions.slice(0, maxShownMentions)) {
      const where = mention.unit ? `${documentName(mention.document)}, ${mention.unit.label}` : documentName(mention.document);
      lines.push(`- *${where}*: ${escapeMarkdown(mention.excerpt)}`);
    }
    if (mentions.length > maxShownMentions) lines.push(say.andMore(mentions.length - maxShownMentions));
    return { markdown: lines.join('\n\n'), range: { start: { line, character: match.index }, end: { line, character: match.index + term.length } } };
  }
  return undefined;
}

