/**
 * Reads one reference-library source (docs/library-format.md): YAML front matter checked with
 * zod, then the units (numbered paragraphs, unit headings, footnotes) found line by line. The
 * built-in documents and the user's own sources go through this same reader. A source is data:
 * nothing in it is executed, and a problem in it is reported while the rest is still used.
 */
import { parseDocument } from 'yaml';
import { librarySourceFrontMatterSchema, type LibrarySourceFrontMatter } from '../../../../schemas/library';
import { closingDelimiter, maxFrontMatterBytes, openingDelimiter } from '../frontMatter';
import { canonicalSymbol } from '../symbols';
import { splitLines } from '../text';
import { unitLabel } from './unitLabels';
import { unitKey, type LibraryDocument, type LibraryOrigin, type LibraryProblem, type LibraryUnit, type UnitKind } from './types';

/** Where a source comes from: its id when the front matter gives none, and how to name it in problems. */
export interface LibrarySourceOrigin {
  readonly origin: LibraryOrigin;
  /** The file name without extension, lower-cased: the id by default. */
  readonly fallbackId: string;
  /** The file's URI, for a user source. */
  readonly uri?: string;
  /** How problems name the file (a path or a URI). */
  readonly name: string;
}

/** A source bigger than this is not read: a library document is a report, not a data dump. */
export const maxLibrarySourceBytes = 4 * 1024 * 1024;
const maxAliasCount = 20;

const numberedParagraph = /^(\d{1,4})\.[ \t\u00a0]+\S/;
const footnoteDefinition = /^\[\^(\d{1,4})\]:[ \t]*/;
const heading = /^(#{1,6})[ \t]+(.*?)[ \t#]*$/;
const fence = /^[ \t]{0,3}(`{3,}|~{3,})/;
const unitWords: Readonly<Record<string, UnitKind>> = {
  part: 'part',
  partie: 'part',
  pillar: 'pillar',
  pilier: 'pillar',
  objective: 'objective',
  objectif: 'objective',
  section: 'section',
  chapter: 'chapter',
  chapitre: 'chapter',
  annex: 'annex',
  annexe: 'annex',
};
const unitHeading = /^([\p{L}]+)[ \t\u00a0]+(\d{1,4}|[IVXLC]{1,7}|[A-Z])(?![\p{L}\p{N}])/u;

/** The reading of one source: the document (when its front matter could be read) and the problems. */
export interface LibrarySourceReading {
  readonly document?: LibraryDocument;
  readonly problems: readonly LibraryProblem[];
}

/** Reads a library source. Never throws; a source without a readable title yields no document. */
export function readLibrarySource(text: string, source: LibrarySourceOrigin): LibrarySourceReading {
  const problems: LibraryProblem[] = [];
  const problem = (message: string, line?: number) => problems.push({ source: source.name, message, line });
  if (text.length > maxLibrarySourceBytes) {
    problem(`Not read: the file is larger than ${maxLibrarySourceBytes / (1024 * 1024)} MB.`);
    return { problems };
  }
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = splitLines(normalized);
  const frontMatter = readSourceFrontMatter(lines, problem);
  if (!frontMatter) return { problems };
  const { metadata, bodyStartLine } = frontMatter;
  let symbol: string | undefined;
  if (metadata.symbol !== undefined) {
    symbol = canonicalSymbol(metadata.symbol, []);
    if (symbol === undefined) problem(`"${metadata.symbol}" is not a UN document symbol (for example A/78/265); the document is kept without one.`, 1);
  }
  const units = readUnits(lines, bodyStartLine, metadata, problem);
  const document: LibraryDocument = {
    id: metadata.id ?? source.fallbackId,
    origin: source.origin,
    uri: source.uri,
    symbol,
    title: metadata.title,
    author: metadata.author,
    date: metadata.date,
    language: metadata.language,
    held: metadata.held,
    provenance: metadata.provenance,
    description: metadata.description,
    confidence: metadata.confidence,
    aliases: metadata.aliases,
    numbering: metadata.numbering,
    units,
    text: normalized,
  };
  return { document, problems };
}

function readSourceFrontMatter(
  lines: readonly string[],
  problem: (message: string, line?: number) => void,
): { metadata: LibrarySourceFrontMatter; bodyStartLine: number } | undefined {
  if (!openingDelimiter.test(lines[0] ?? '')) {
    problem('A library source starts with YAML front matter between two "---" lines, giving at least its title.', 0);
    return undefined;
  }
  let closing = -1;
  let size = 0;
  for (let line = 1; line < lines.length && size <= maxFrontMatterBytes; line++) {
    if (closingDelimiter.test(lines[line] ?? '')) {
      closing = line;
      break;
    }
    size += (lines[line] ?? '').length + 1;
  }
  if (closing < 0) {
    problem('The front matter is never closed: add a "---" line after it.', 0);
    return undefined;
  }
  let raw: unknown;
  try {
    const yaml = parseDocument(lines.slice(1, closing).join('\n'), { uniqueKeys: true, prettyErrors: false });
    const error = yaml.errors[0];
    if (error) {
      problem(`The front matter is not valid YAML: ${error.message}`, 1 + (error.linePos?.[0].line ?? 1) - 1);
      return undefined;
    }
    raw = yaml.toJS({ maxAliasCount });
  } catch (error) {
    problem(`The front matter could not be read: ${error instanceof Error ? error.message : String(error)}`, 1);
    return undefined;
  }
  const parsed = librarySourceFrontMatterSchema.safeParse(raw ?? {});
  if (parsed.success) return { metadata: parsed.data, bodyStartLine: closing + 1 };
  for (const issue of parsed.error.issues) problem(`${issue.path.join('.') || 'front matter'}: ${issue.message}`, 1);
  // Keep what can be kept: a bad optional field must not lose the whole document.
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const keptFields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(record)) {
    const field = librarySourceFrontMatterSchema.shape[key as keyof typeof librarySourceFrontMatterSchema.shape];
    if (field?.safeParse(value).success) keptFields[key] = value;
  }
  const retry = librarySourceFrontMatterSchema.safeParse(keptFields);
  return retry.success ? { metadata: retry.data, bodyStartLine: closing + 1 } : undefined;
}

interface OpenUnit {
  kind: UnitKind;
  number: string;
  annex?: string;
  heading?: string;
  line: number;
  /** For a heading unit: its level; it ends at the next heading of this level or higher. */
  level?: number;
}

function readUnits(
  lines: readonly string[],
  bodyStartLine: number,
  metadata: LibrarySourceFrontMatter,
  problem: (message: string, line?: number) => void,
): LibraryUnit[] {
  const partialKeys = new Set(metadata.partial.map((key) => key.replace(/\s+/g, ' ').trim()));
  const units: LibraryUnit[] = [];
  const seen = new Set<string>();
  let open: OpenUnit[] = [];
  let currentHeading: string | undefined;
  let annex: string | undefined;
  let fenceMarker: string | undefined;

  const close = (unit: OpenUnit, endLine: number) => {
    let last = endLine;
    while (last > unit.line && (lines[last] ?? '').trim() === '') last--;
    const reference = { kind: unit.kind, number: unit.number, annex: unit.annex };
    const key = unitKey(reference);
    if (seen.has(key)) {
      problem(`${key} appears twice; the first one is kept.`, unit.line);
      return;
    }
    seen.add(key);
    units.push({
      key,
      kind: unit.kind,
      number: unit.number,
      annex: unit.annex,
      label: unitLabel(reference, metadata.language),
      heading: unit.heading,
      text: lines
        .slice(unit.line, last + 1)
        .join('\n')
        .trim(),
      line: unit.line,
      endLine: last,
      held: partialKeys.has(key) ? 'partial' : 'full',
    });
  };
  /** Closes the open units that end before `line`: paragraphs and footnotes always, headings by level. */
  const closeBefore = (line: number, headingLevel?: number) => {
    const kept: OpenUnit[] = [];
    for (const unit of open) {
      const endsHere = unit.level === undefined || (headingLevel !== undefined && unit.level >= headingLevel);
      if (endsHere) close(unit, line - 1);
      else kept.push(unit);
    }
    open = kept;
  };

  for (let line = bodyStartLine; line < lines.length; line++) {
    const text = lines[line] ?? '';
    const fenceMatch = fence.exec(text);
    if (fenceMarker !== undefined) {
      if (fenceMatch?.[1]?.startsWith(fenceMarker)) fenceMarker = undefined;
      continue;
    }
    if (fenceMatch) {
      fenceMarker = fenceMatch[1]?.slice(0, 3);
      continue;
    }
    const headingMatch = heading.exec(text);
    if (headingMatch) {
      const level = headingMatch[1]?.length ?? 1;
      const title = headingMatch[2] ?? '';
      closeBefore(line, level);
      currentHeading = title;
      const unitMatch = unitHeading.exec(title);
      const kind = unitMatch ? unitWords[(unitMatch[1] ?? '').toLowerCase()] : undefined;
      // Annexes hold sections of their own: only the next annex heading changes the annex.
      if (kind === 'annex') annex = unitMatch?.[2];
      if (kind && unitMatch?.[2]) open.push({ kind, number: unitMatch[2], heading: title, line, level, annex: kind === 'annex' ? undefined : annex });
      continue;
    }
    const paragraph = numberedParagraph.exec(text);
    const footnote = paragraph ? undefined : footnoteDefinition.exec(text);
    if (paragraph?.[1]) {
      closeBefore(line);
      open.push({ kind: 'paragraph', number: String(Number(paragraph[1])), annex, heading: currentHeading, line });
    } else if (footnote?.[1]) {
      closeBefore(line);
      open.push({ kind: 'footnote', number: String(Number(footnote[1])), line });
    }
  }
  closeBefore(lines.length, 0);
  return units.sort((a, b) => a.line - b.line);
}
