/**
 * Completion: what a drafter may type next, offered only where the submission format or the
 * reference library knows the answer.
 *
 * - In a programme entry's field list (a heading of level 2 or deeper, then `- **Label:** value`
 *   lines): the field labels not yet written in that entry, in the draft's language.
 * - After a field label: the level, status, themes and principles of the vocabulary; UN short names
 *   of States for Lead, Partners and Beneficiaries. List fields complete the item being typed.
 * - In the front matter: State names for `submitter:`.
 * - Anywhere outside fenced code: UN document symbols that start with what is typed ("A/75/8"),
 *   and, after "para." and its kin, the paragraphs the library holds of the document named with it.
 *
 * Only the position's line and a bounded number of lines around it are read (see `maxEntryLines`
 * and `maxFenceScanLines`), so completing in a 1 MB draft costs what it costs in a short one.
 */
import { countries, type Country } from '../../../schemas/countries';
import { principleGroupNames, principleNamed, principles, principlesSource, type Principle } from '../../../schemas/principles';
import { fieldKeyForLabel, fieldKeys, programmeFields, type FieldDefinition, type FieldKey } from '../../../schemas/programme';
import { findTerm, type LabelLanguage, type VocabularyTerm } from '../../../schemas/vocabulary';
import { normalizeCountryName } from './countries';
import { escapeMarkdown } from './hover/citationHover';
import { findCitations } from './library/citations';
import type { ReferenceLibrary } from './library/library';
import type { LibraryDocument, LibraryUnit } from './library/types';
import type { PlacedSection } from './rules/rule';
import type { Position, Range } from './text';

/** What a completion item offers; the LSP adapter maps each to an item kind. */
export type CompletionKind = 'field' | 'value' | 'country' | 'symbol' | 'paragraph' | 'principle';

/** An edit on the position's line. */
export interface CompletionEdit {
  readonly range: Range;
  readonly newText: string;
}

/** One completion, independent of the LSP. */
export interface CompletionItem {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly insertText: string;
  /** What the insertion replaces: the partial word typed before the position, and its rest after it. */
  readonly replace: Range;
  readonly detail?: string;
  /** Markdown. */
  readonly documentation?: string;
  readonly sortText?: string;
  readonly filterText?: string;
  /** Edits applied with the insertion, elsewhere on the line (a list's separators turned into ";"). */
  readonly additionalEdits?: readonly CompletionEdit[];
}

/** Where completion is asked, and what it may read: lines one at a time, never the whole text. */
export interface CompletionRequest {
  /** The text of a line, without its terminator. */
  readonly line: (index: number) => string;
  readonly lineCount: number;
  readonly position: Position;
  /** The draft's language for labels and values (French drafts: French). */
  readonly language: LabelLanguage;
  readonly library: ReferenceLibrary;
  /** The draft's year: aliases such as "the previous OEWG report" depend on it. */
  readonly draftYear?: number;
  /** The line of the front matter's closing delimiter, when the draft has closed front matter. */
  readonly frontMatterEnd?: number;
  /**
   * A line at or before the position known to lie outside fenced code: the first line of the
   * position's section (sections never start inside a fence). Defaults to the body's first line.
   */
  readonly outsideCodeFrom?: number;
}

/** How far a field list is followed up and down from the position: an entry has a dozen fields. */
const maxEntryLines = 60;
/**
 * How far back fenced code is looked for. A section is cut at a blank line after 8,000 characters,
 * so only a long code block (or a huge paragraph with no blank line) gets this far: nothing is
 * offered there, rather than reading the draft from the top.
 */
const maxFenceScanLines = 2000;
/** Paragraph text shown as a completion's detail: a glance, the documentation has the rest. */
const detailLength = 80;
/** Paragraph text shown as documentation. */
const maxDocumentationLength = 3000;

const space = '[ \\t\\u00a0\\u202f]';
const headingLine = /^ {0,3}(#{1,6})(?:[ \t]|$)/;
const fenceOpening = /^ {0,3}(`{3,}|~{3,})/;
const fenceClosing = /^ {0,3}(`{3,}|~{3,})[ \t]*$/;
const commentOpening = /^ {0,3}<!--/;
const commentLine = /^[ \t]*<!--.*-->[ \t]*$/;
const topLevelBullet = /^[ \t]{0,3}[-*+][ \t]+/;
const indentedLine = /^[ \t]+\S/;
/** `- **Label:** value`, `- **Libellé** : valeur`: group 1 the bullet, group 2 the label. */
const boldLabel = new RegExp(`^([ \\t]*[-*+][ \\t]+)\\*\\*([^*]{1,60}?)\\*\\*`, 'u');
/** `- Level: value`: a plain label counts only when the schema knows it (as the reader does). */
const plainLabel = new RegExp(`^([ \\t]*[-*+][ \\t]+)([^\\s:*_][^:\\n]{0,38}?)${space}*:`, 'u');
const colonAfterBold = new RegExp(`^${space}*:`, 'u');
/**
 * The start of a label, typed after a bullet: "- ", "- **", "- **Lev". A bullet indented by two
 * or more is a sub-item (a value of the field above it), not a field.
 */
const labelTyping = /^( ?[-*+][ \t]+)(\*{0,2}[^*:\n]{0,40})$/u;
/** What may follow a label being typed: the rest of its word and the closing "**" an editor added. */
const labelRest = /^[^*:\s]*(?:\*\*)?[ \t]*$/u;
/** A symbol being typed: an organ and a slash, then symbol characters ("A/", "A/75/8", "A/RES/7"). */
const symbolTyping = /(?<![\p{L}\p{N}_/.\\=?&#%~-])((?:ST|[ASE])\/[A-Za-z0-9./]*)$/u;
const symbolRest = /^[A-Za-z0-9./]*/;
/** A paragraph number being typed: "para. ", "paras. 54-", "§ ", "paragraphe 1". */
const paragraphTyping = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(?:paragraph(?:e?s)?|paragraphe|paras?\\.?|par\\.)${space}{1,3}|§§?${space}{0,3})` +
    `(?:\\d{1,4}${space}*(?:-|–|—|,|and|et|&|à|to)${space}*){0,20}(\\d{0,4})$`,
  'iu',
);
const submitterValue = /^submitter[ \t]*:[ \t]*(["']?)([^"'#]*)$/;

/** The completions at a position; empty when there is nothing the format or the library knows. */
export function completionsAt(request: CompletionRequest): CompletionItem[] {
  const { position } = request;
  if (position.line < 0 || position.line >= request.lineCount) return [];
  const text = request.line(position.line);
  if (position.character > text.length) return [];
  const at: LineAt = { text, line: position.line, character: position.character, before: text.slice(0, position.character) };
  const inFrontMatter = request.frontMatterEnd !== undefined && position.line > 0 && position.line < request.frontMatterEnd;
  if (inFrontMatter) {
    return symbolCompletions(request, at) ?? submitterCompletions(request, at) ?? [];
  }
  if (request.frontMatterEnd !== undefined && position.line <= request.frontMatterEnd) return [];
  if (insideFencedCode(request)) return [];
  return (
    symbolCompletions(request, at) ??
    paragraphCompletions(request, at) ??
    valueCompletions(request, at) ??
    subItemCompletions(request, at) ??
    labelCompletions(request, at) ??
    []
  );
}

/** The first line of the section holding `line`: where the scan for fenced code may start. */
export function sectionStartLine(sections: readonly PlacedSection[], line: number): number | undefined {
  let low = 0;
  let high = sections.length - 1;
  let found: number | undefined;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const start = sections[middle]?.startLine ?? 0;
    if (start <= line) {
      found = start;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

interface LineAt {
  readonly text: string;
  readonly line: number;
  readonly character: number;
  /** The line's text before the position. */
  readonly before: string;
}

const onLine = (line: number, start: number, end: number): Range => ({
  start: { line, character: start },
  end: { line, character: end },
});

// ---------------------------------------------------------------------------------------------
// Fenced code

/** Whether the position is in fenced code (or on a fence line, typing its info string). */
function insideFencedCode(request: CompletionRequest): boolean {
  const line = request.position.line;
  const from = request.outsideCodeFrom ?? (request.frontMatterEnd === undefined ? 0 : request.frontMatterEnd + 1);
  if (line - from > maxFenceScanLines) return true;
  let fence: string | undefined;
  let inComment = false;
  // The same reading as the section splitter: a fence inside an HTML comment opens nothing.
  for (let index = Math.max(0, from); index <= line; index++) {
    const text = request.line(index);
    if (fence !== undefined) {
      const closing = fenceClosing.exec(text);
      if (closing?.[1] && closing[1][0] === fence[0] && closing[1].length >= fence.length) {
        fence = undefined;
        if (index === line) return true;
      }
    } else if (inComment) {
      if (text.includes('-->')) inComment = false;
    } else {
      const opening = fenceOpening.exec(text);
      if (opening?.[1] && (opening[1][0] === '~' || !text.slice(opening[0].length).includes('`'))) {
        if (index === line) return true;
        fence = opening[1];
      } else if (commentOpening.test(text) && !text.includes('-->', text.indexOf('<!--') + 4)) inComment = true;
    }
  }
  return fence !== undefined;
}

// ---------------------------------------------------------------------------------------------
// Symbols and paragraphs

function symbolCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typed = symbolTyping.exec(at.before)?.[1];
  if (typed === undefined) return undefined;
  const start = at.character - typed.length;
  const end = at.character + (symbolRest.exec(at.text.slice(at.character))?.[0].length ?? 0);
  const wanted = typed.toUpperCase();
  const say = completionWords(request.language);
  const documents = request.library.documents
    .filter((document): document is LibraryDocument & { symbol: string } => document.symbol?.toUpperCase().startsWith(wanted) === true)
    // Confirmed symbols first: an unconfirmed one is offered, but never ahead of a checked one.
    .sort(
      (a, b) =>
        Number(a.confidence === 'unconfirmed') - Number(b.confidence === 'unconfirmed') ||
        a.symbol.localeCompare(b.symbol, 'en', { numeric: true }),
    );
  return documents.map((document, index) => ({
    label: document.symbol,
    kind: 'symbol',
    insertText: document.symbol,
    replace: onLine(at.line, start, end),
    detail: document.confidence === 'unconfirmed' ? `${document.title} ${say.unconfirmed}` : document.title,
    documentation: symbolDocumentation(document, say),
    sortText: sortKey(index),
    filterText: document.symbol,
  }));
}

function symbolDocumentation(document: LibraryDocument, say: CompletionWords): string {
  const lines = [`**${document.symbol ?? ''}** — ${escapeMarkdown(document.title)}`];
  if (document.description && document.description !== document.title) lines.push(escapeMarkdown(document.description));
  if (document.confidence === 'unconfirmed') lines.push(`⚠ ${say.unconfirmedNote}`);
  const paragraphs = document.units.filter((unit) => unit.kind === 'paragraph').length;
  lines.push(paragraphs > 0 ? say.paragraphsHeld(paragraphs) : say.metadataOnly);
  return lines.join('\n\n');
}

function paragraphCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typing = paragraphTyping.exec(at.before);
  if (!typing) return undefined;
  const typedDigits = typing[1] ?? '';
  const digitsAfter = /^\d*/.exec(at.text.slice(at.character))?.[0] ?? '';
  // The citation reader needs a number to see a reference: a placeholder digit stands for the one
  // being typed, so the document is found exactly as hovers and diagnostics will find it.
  const placeholder = typedDigits === '' && digitsAfter === '' ? '0' : '';
  const line = at.before + placeholder + at.text.slice(at.character);
  const citation = findCitations(line, request.library, { draftYear: request.draftYear }).paragraphs.find(
    (candidate) => candidate.start <= typing.index && candidate.end >= at.character,
  );
  // Only a document the line names with the reference: one read from earlier sentences is a guess.
  const document = citation?.resolvedBy === 'explicit' ? citation.document?.document : undefined;
  if (!citation || !document) return [];
  const units = document.units.filter(
    (unit) => unit.kind === 'paragraph' && (citation.annex === undefined || unit.annex === citation.annex),
  );
  const say = completionWords(request.language);
  const replace = onLine(at.line, at.character - typedDigits.length, at.character + digitsAfter.length);
  return units.map((unit, index) => ({
    label: unit.label,
    kind: 'paragraph',
    insertText: unit.number,
    replace,
    detail: (unit.held === 'partial' ? `${say.heldInPart} — ` : '') + excerpt(unit.text, detailLength),
    documentation: unitDocumentation(document, unit, say),
    sortText: sortKey(index),
    filterText: unit.number,
  }));
}

function unitDocumentation(document: LibraryDocument, unit: LibraryUnit, say: CompletionWords): string {
  const text = unit.text.length > maxDocumentationLength ? `${unit.text.slice(0, maxDocumentationLength).trimEnd()} …` : unit.text;
  return [
    `**${document.symbol ?? escapeMarkdown(document.title)}, ${unit.label}**`,
    text,
    ...(unit.held === 'partial' ? [`*${say.heldInPartNote}*`] : []),
  ].join('\n\n');
}

/** A unit's text on one line, without its heading marks and number: "The international community…". */
function excerpt(text: string, length: number): string {
  const flat = text
    .replace(/^#{1,6}[ \t]+/, '')
    .replace(/^\d{1,4}[.)/][ \t\u00a0]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return flat.length <= length ? flat : `${flat.slice(0, length).trimEnd()}…`;
}

// ---------------------------------------------------------------------------------------------
// Field labels

function labelCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typing = labelTyping.exec(at.before);
  if (!typing) return undefined;
  const rest = at.text.slice(at.character);
  if (!labelRest.test(rest)) return undefined;
  const present = fieldsOfEntry(request, at.line);
  if (!present) return undefined;
  const partial = typing[2] ?? '';
  const start = (typing[1] ?? '').length;
  const end = at.character + rest.trimEnd().length;
  const say = completionWords(request.language);
  const language = request.language;
  return fieldKeys
    .filter((key) => !present.has(key))
    .map((key, index) => {
      const field: FieldDefinition = programmeFields[key];
      const label = field.labels[language];
      return {
        label,
        kind: 'field' as const,
        insertText: `**${label}${language === 'fr' ? '\u00a0:' : ':'}** `,
        replace: onLine(at.line, start, end),
        detail: field.required ? say.required : say.optional,
        documentation: fieldDocumentation(field, language, say),
        sortText: sortKey(index),
        // What is typed is matched against the label, with the stars if the drafter typed them.
        filterText: partial.startsWith('*') ? `**${label}` : label,
      };
    });
}

/**
 * The fields written in the programme entry around `line`, or undefined when `line` is not in
 * (or right after) the field list of a heading of level 2 or deeper. The list may follow its
 * heading after blank lines and comments; any other paragraph in between means it is not an entry.
 */
function fieldsOfEntry(request: CompletionRequest, line: number): Set<FieldKey> | undefined {
  const present = new Set<FieldKey>();
  const floor = Math.max(request.outsideCodeFrom ?? 0, line - maxEntryLines, 0);
  let headed = false;
  // As the programme reader decides: the list's first item must be a field (or be the one typed).
  let firstItemIsField = true;
  for (let index = line - 1; index >= floor; index--) {
    const text = request.line(index);
    const heading = headingLine.exec(text);
    if (heading) {
      headed = (heading[1] ?? '').length >= 2;
      break;
    }
    if (topLevelBullet.test(text)) {
      const field = fieldOn(text);
      if (field?.key) present.add(field.key);
      firstItemIsField = field !== undefined;
    } else if (text.trim() !== '' && !indentedLine.test(text) && !commentLine.test(text)) return undefined;
  }
  if (!headed || !firstItemIsField) return undefined;
  // Fields written after the position belong to the entry too (a field added in the middle).
  const ceiling = Math.min(request.lineCount, line + 1 + maxEntryLines);
  for (let index = line + 1; index < ceiling; index++) {
    const text = request.line(index);
    if (topLevelBullet.test(text)) {
      const key = fieldOn(text)?.key;
      if (key) present.add(key);
    } else if (text.trim() !== '' && !indentedLine.test(text) && !commentLine.test(text)) break;
  }
  return present;
}

function fieldDocumentation(field: FieldDefinition, language: LabelLanguage, say: CompletionWords): string {
  const other: LabelLanguage = language === 'fr' ? 'en' : 'fr';
  const lines = [
    `**${field.labels[language]}** (${field.required ? say.required : say.optional}; ${field.labels[other]})`,
    escapeMarkdown(field.description),
  ];
  if (field.vocabulary) {
    lines.push(`${say.allowedValues}: ${field.vocabulary.map((term: VocabularyTerm) => `\`${term[language]}\``).join(', ')}`);
  }
  if (field.shape === 'list') lines.push(say.listField);
  return lines.join('\n\n');
}

// ---------------------------------------------------------------------------------------------
// Field values

/** A field label on a line, and where its value starts. */
function fieldOn(text: string): { key: FieldKey | undefined; valueStart: number } | undefined {
  const bold = boldLabel.exec(text);
  if (bold) {
    const written = bold[2] ?? '';
    const withColon = new RegExp(`^(.*?)${space}*:${space}*$`, 'su').exec(written);
    if (withColon) return { key: fieldKeyForLabel(withColon[1] ?? ''), valueStart: bold[0].length };
    const colon = colonAfterBold.exec(text.slice(bold[0].length));
    if (colon) return { key: fieldKeyForLabel(written), valueStart: bold[0].length + colon[0].length };
    return undefined;
  }
  const plain = plainLabel.exec(text);
  const key = plain && fieldKeyForLabel(plain[2] ?? '');
  return key ? { key, valueStart: plain[0].length } : undefined;
}

function valueCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const field = fieldOn(at.text);
  if (!field || at.character < field.valueStart) return undefined;
  if (!field.key) return [];
  return itemCompletions(request, at, field.key, field.valueStart);
}

/** `    - Senegal` under `- **Partners:**`: each sub-bullet is one more value of the field. */
function subItemCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const subItem = /^([ \t]{2,}[-*+][ \t]+)/.exec(at.text);
  if (!subItem || at.character < subItem[0].length) return undefined;
  const floor = Math.max(request.outsideCodeFrom ?? 0, at.line - maxEntryLines, 0);
  for (let index = at.line - 1; index >= floor; index--) {
    const text = request.line(index);
    if (indentedLine.test(text)) continue;
    const key = topLevelBullet.test(text) ? fieldOn(text)?.key : undefined;
    if (!key || programmeFields[key].shape !== 'list') return undefined;
    return itemCompletions(request, at, key, subItem[0].length);
  }
  return undefined;
}

interface ValueChoice {
  readonly label: string;
  readonly kind: CompletionKind;
  readonly detail?: string;
  readonly documentation?: string;
  /** The key the choice is recognized by among the values already written. */
  readonly identity: string;
}

/** The choices of a field's value, with how a written value is recognized as one of them. */
interface FieldChoices {
  readonly choices: readonly ValueChoice[];
  readonly identify: (written: string) => string | undefined;
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
    const say = completionWords(language);
    return {
      choices: principles.map((principle: Principle) => ({
        label: principle.names[language][0] ?? principle.names.en[0] ?? principle.id,
        kind: 'principle',
        detail: `${principle.number}/10 · ${principleGroupNames[principle.group][language]}`,
        documentation: [`**${say.agreedPrinciple} (${principle.number}/10)**`, `> ${principle.text}`, `*${say.principleSource}*`].join('\n\n'),
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
  return also.length === 0 ? undefined : `${completionWords(language).alsoAccepted}: ${also.map((spelling) => `\`${spelling}\``).join(', ')}`;
}

const countryChoicesCache = new Map<LabelLanguage, FieldChoices>();

function countryChoices(language: LabelLanguage): FieldChoices {
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
      detail: country.status === 'observer' ? say.observerState : say.memberState,
      documentation: `**${escapeMarkdown(country[language])}** — ${say.unShortName}\n\n${say.englishName}: ${escapeMarkdown(country.en)} · ${say.frenchName}: ${escapeMarkdown(country.fr)}`,
      identity: country.iso3,
    }));
  const built: FieldChoices = { choices, identify: (written) => byName.get(normalizeCountryName(written)) };
  countryChoicesCache.set(language, built);
  return built;
}

// ---------------------------------------------------------------------------------------------
// Front matter

function submitterCompletions(request: CompletionRequest, at: LineAt): CompletionItem[] | undefined {
  const typed = submitterValue.exec(at.before);
  if (!typed) return undefined;
  const partial = typed[2] ?? '';
  const start = at.character - partial.length;
  const rest = /^[^"'#]*/.exec(at.text.slice(at.character))?.[0] ?? '';
  const end = at.character + rest.trimEnd().length;
  const glued = typed[1] === '' && partial === '' && at.before.endsWith(':');
  return countryChoices(request.language).choices.map((choice, index) => ({
    label: choice.label,
    kind: choice.kind,
    insertText: (glued ? ' ' : '') + choice.label,
    replace: onLine(at.line, start, end),
    detail: choice.detail,
    documentation: choice.documentation,
    sortText: sortKey(index),
    filterText: choice.label,
  }));
}

// ---------------------------------------------------------------------------------------------

/** Keeps the order chosen here: clients sort by `sortText`, else by label. */
function sortKey(index: number): string {
  return String(index).padStart(4, '0');
}

interface CompletionWords {
  readonly required: string;
  readonly optional: string;
  readonly allowedValues: string;
  readonly listField: string;
  readonly alsoAccepted: string;
  readonly semicolons: string;
  readonly unconfirmed: string;
  readonly unconfirmedNote: string;
  readonly metadataOnly: string;
  readonly paragraphsHeld: (count: number) => string;
  readonly heldInPart: string;
  readonly heldInPartNote: string;
  readonly agreedPrinciple: string;
  readonly principleSource: string;
  readonly memberState: string;
  readonly observerState: string;
  readonly unShortName: string;
  readonly englishName: string;
  readonly frenchName: string;
}

const english: CompletionWords = {
  required: 'required',
  optional: 'optional',
  allowedValues: 'Allowed values',
  listField: 'A list: separate the items with "," or ";".',
  alsoAccepted: 'Also accepted',
  semicolons: 'This name holds a comma: separate the items of the list with ";".',
  unconfirmed: '(unconfirmed)',
  unconfirmedNote: 'Unconfirmed: believed, not checked against the official document.',
  metadataOnly: 'The library holds what this document is, not its text.',
  paragraphsHeld: (count) => `The library holds ${count} of its paragraphs: type "para." after the symbol to cite one.`,
  heldInPart: 'held in part',
  heldInPartNote: 'Held in part: only an opening or a fragment of this paragraph is in the library.',
  agreedPrinciple: 'Agreed capacity-building principle',
  principleSource: `Agreed in ${principlesSource.label} (recalled in the annex of A/78/265).`,
  memberState: 'UN Member State',
  observerState: 'Non-member observer State',
  unShortName: 'UN short name',
  englishName: 'English',
  frenchName: 'French',
};

const french: CompletionWords = {
  required: 'obligatoire',
  optional: 'facultatif',
  allowedValues: 'Valeurs admises',
  listField: 'Une liste : séparez les éléments par « , » ou « ; ».',
  alsoAccepted: 'Également admis',
  semicolons: 'Ce nom contient une virgule : séparez les éléments de la liste par « ; ».',
  unconfirmed: '(non confirmé)',
  unconfirmedNote: 'Non confirmé : supposé, non vérifié sur le document officiel.',
  metadataOnly: 'La bibliothèque sait ce qu’est ce document, mais n’en a pas le texte.',
  paragraphsHeld: (count) => `La bibliothèque en a ${count} paragraphes : tapez « par. » après la cote pour en citer un.`,
  heldInPart: 'en partie',
  heldInPartNote: 'En partie seulement : la bibliothèque n’a que le début ou un fragment de ce paragraphe.',
  agreedPrinciple: 'Principe de renforcement des capacités adopté',
  principleSource: 'Adopté dans le document A/75/816, annexe I, paragraphe 56 (rappelé dans l’annexe du document A/78/265).',
  memberState: 'État Membre de l’ONU',
  observerState: 'État non membre observateur',
  unShortName: 'Nom court ONU',
  englishName: 'Anglais',
  frenchName: 'Français',
};

function completionWords(language: LabelLanguage): CompletionWords {
  return language === 'fr' ? french : english;
}
