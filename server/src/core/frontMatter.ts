import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import {
  frontMatterKeys,
  frontMatterSchema,
  type FrontMatter,
} from '../../../schemas/frontMatter';
import { documentKinds, labelLanguageOf, type LabelLanguage } from '../../../schemas/vocabulary';
import type { Finding } from './findings';
import { fixWords } from './fixWords';
import { schemaWords } from './rules/schemaWords';
import { closestWithin } from './suggestions';
import { LineIndex, range, type Range } from './text';

/** Front matter larger than this is not metadata; reading it would only cost time. */
export const maxFrontMatterBytes = 64 * 1024;
/** Front matter values are flat; deeper "[" / "{" nesting only exhausts the YAML parser's stack. */
const maxYamlNesting = 64;
/** A real submission has no aliases at all; a few are tolerated, a "billion laughs" is not. */
const maxAliasCount = 50;

/** What the front matter says, read as far as it can be read. */
export interface FrontMatterModel {
  /** The first line of the Markdown body (0 when there is no front matter). */
  readonly bodyStartLine: number;
  /** Lines 0…closing delimiter, when the front matter exists and is closed. */
  readonly range?: Range;
  /** The validated metadata, when every field is valid. */
  readonly metadata?: FrontMatter;
  /** The raw values, even when some are invalid: rules still use the language and date. */
  readonly raw: Readonly<Record<string, unknown>>;
  /** Where each top-level key and its value are written, for precise findings. */
  readonly keyRanges: ReadonlyMap<string, { key: Range; value: Range }>;
  /** The lines the front matter spans (both delimiters included): rules quote values from them. */
  readonly lines: readonly string[];
  /** Problems found while reading; the schema rules report them under their own ids. */
  readonly problems: readonly Finding[];
}

/** The line that opens front matter (after an optional byte-order mark) and the lines that close it. */
export const openingDelimiter = /^\uFEFF?---[ \t]*$/;
export const closingDelimiter = /^(?:---|\.\.\.)[ \t]*$/;

/** The first line after the front matter of `lines`, or 0 when there is none (or it is never closed). */
export function lineAfterFrontMatter(lines: readonly string[]): number {
  if (!openingDelimiter.test(lines[0] ?? '')) return 0;
  for (let line = 1; line < lines.length; line++) if (closingDelimiter.test(lines[line] ?? '')) return line + 1;
  return 0;
}

/**
 * Reads the YAML front matter at the top of a submission and checks it against the zod schema of
 * its kind. Every problem becomes a finding at the key or value it concerns; nothing throws.
 */
export function readFrontMatter(lines: readonly string[]): FrontMatterModel {
  const findings: Finding[] = [];
  const firstLine = lines[0] ?? '';
  const openingRange = range(0, 0, 0, firstLine.length);
  const empty = { raw: {}, keyRanges: new Map() };
  const firstLineOnly = { lines: lines.slice(0, 1) };

  if (!openingDelimiter.test(firstLine)) {
    findings.push({
      ruleId: 'schema/missing-field',
      severity: 'error',
      message:
        'A submission starts with YAML front matter between two "---" lines, giving at least kind, submitter, date and language.',
      range: openingRange,
    });
    return { bodyStartLine: 0, problems: findings, ...firstLineOnly, ...empty };
  }

  let closingLine = -1;
  let size = 0;
  for (let line = 1; line < lines.length; line++) {
    const text = lines[line] ?? '';
    if (closingDelimiter.test(text)) {
      closingLine = line;
      break;
    }
    size += text.length + 1;
    if (size > maxFrontMatterBytes) break;
  }
  if (closingLine < 0) {
    findings.push({
      ruleId: 'schema/invalid-value',
      severity: 'error',
      message:
        size > maxFrontMatterBytes
          ? `The front matter is not closed within ${maxFrontMatterBytes / 1024} KB: add a "---" line after the metadata.`
          : 'The front matter is never closed: add a "---" line after the metadata.',
      range: openingRange,
    });
    return { bodyStartLine: 0, problems: findings, ...firstLineOnly, ...empty };
  }

  const frontMatterRange = range(0, 0, closingLine, (lines[closingLine] ?? '').length);
  const yamlText = lines.slice(1, closingLine).join('\n');
  const yamlIndex = new LineIndex(yamlText);
  // YAML offsets are relative to the line after the opening "---".
  const toRange = (start: number, end: number): Range => {
    const relative = yamlIndex.rangeAt(start, Math.max(start, end));
    return {
      start: { line: relative.start.line + 1, character: relative.start.character },
      end: { line: relative.end.line + 1, character: relative.end.character },
    };
  };
  const base = { bodyStartLine: closingLine + 1, range: frontMatterRange, lines: lines.slice(0, closingLine + 1) };

  const depth = flowNestingDepth(yamlText);
  if (depth > maxYamlNesting) {
    findings.push({
      ruleId: 'schema/invalid-value',
      severity: 'error',
      message: `The front matter nests brackets more than ${maxYamlNesting} levels deep: it is not metadata, and was not read.`,
      range: frontMatterRange,
    });
    return { ...base, problems: findings, ...empty };
  }

  let document: Document;
  let value: unknown;
  try {
    document = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: false });
    if (document.errors.length > 0) {
      for (const error of document.errors.slice(0, 5)) {
        findings.push({
          ruleId: 'schema/invalid-value',
          severity: 'error',
          message: `The front matter is not valid YAML: ${firstSentence(error.message)}`,
          range: toRange(error.pos[0], error.pos[1]),
        });
      }
      return { ...base, problems: findings, ...empty };
    }
    value = document.toJS({ maxAliasCount });
  } catch (error) {
    findings.push({
      ruleId: 'schema/invalid-value',
      severity: 'error',
      message: `The front matter cannot be read: ${firstSentence(String((error as Error).message ?? error))}`,
      range: frontMatterRange,
    });
    return { ...base, problems: findings, ...empty };
  }

  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) {
    findings.push({
      ruleId: 'schema/missing-field',
      severity: 'error',
      message: 'The front matter must be a list of "key: value" lines giving kind, submitter, date and language.',
      range: frontMatterRange,
    });
    return { ...base, problems: findings, ...empty };
  }

  const raw = value as Record<string, unknown>;
  const keyRanges = new Map<string, { key: Range; value: Range }>();
  if (isMap(document.contents)) {
    for (const pair of document.contents.items) {
      if (!isScalar(pair.key) || !pair.key.range) continue;
      const keyRange = toRange(pair.key.range[0], pair.key.range[1]);
      const valueNode = pair.value as { range?: [number, number, number] } | null;
      const valueRange = valueNode?.range ? toRange(valueNode.range[0], valueNode.range[1]) : keyRange;
      keyRanges.set(String(pair.key.value), { key: keyRange, value: valueRange });
    }
  }

  const model = { ...base, raw, keyRanges };
  // From here the draft's language is known: a French draft is told in French (schemaWords.ts),
  // as the analyzer reads it (labelLanguageOf). Above, the YAML could not be read, nor its language.
  const language = labelLanguageOf(typeof raw.language === 'string' ? raw.language : undefined);
  const kindIsValid = (documentKinds as readonly string[]).includes(raw.kind as string);
  if (!kindIsValid) findings.push(kindFinding(raw.kind, keyRanges.get('kind')?.value ?? frontMatterRange, language));
  // With an unknown kind, the other fields are still checked, as for a mapping-exercise response.
  const parsed = frontMatterSchema.safeParse(kindIsValid ? raw : { ...raw, kind: 'mapping-exercise' });
  if (parsed.success) {
    return { ...model, problems: findings, metadata: kindIsValid ? parsed.data : undefined };
  }
  for (const issue of parsed.error.issues) {
    findings.push(...issueFindings(issue, raw, keyRanges, frontMatterRange, language));
  }
  return { ...model, problems: findings };
}

function kindFinding(kind: unknown, where: Range, language: LabelLanguage): Finding {
  const say = schemaWords(language);
  if (kind === undefined) {
    return {
      ruleId: 'schema/missing-field',
      severity: 'error',
      message: say.noKind(documentKinds),
      range: where,
    };
  }
  const written = String(kind);
  const suggestion = closestWithin(written, documentKinds);
  return {
    ruleId: 'schema/invalid-value',
    severity: 'error',
    message: say.notAKind(written, documentKinds),
    range: where,
    fixes: suggestion ? [{ title: fixWords(language).changeTo(suggestion), edits: [{ range: where, newText: suggestion }] }] : undefined,
  };
}

function issueFindings(
  issue: z.core.$ZodIssue,
  raw: Record<string, unknown>,
  keyRanges: ReadonlyMap<string, { key: Range; value: Range }>,
  frontMatterRange: Range,
  language: LabelLanguage,
): Finding[] {
  const say = schemaWords(language);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const where = keyRanges.get(key)?.key ?? frontMatterRange;
      const suggestion = closestWithin(key, frontMatterKeys.filter((known) => !(known in raw)));
      return {
        ruleId: 'schema/invalid-value',
        severity: 'error',
        message: say.notAFrontMatterField(key, suggestion, frontMatterKeys),
        range: where,
        fixes: suggestion ? [{ title: fixWords(language).renameTo(suggestion), edits: [{ range: where, newText: suggestion }] }] : undefined,
      };
    });
  }
  const key = String(issue.path[0] ?? '');
  if (key === 'kind') return []; // reported once, by kindFinding
  if (!(key in raw)) {
    return [
      {
        ruleId: 'schema/missing-field',
        severity: 'error',
        message: say.noFrontMatterField(key),
        // On the opening "---": the field belongs somewhere inside, and that is where it starts.
        range: range(0, 0, 0, 3),
      },
    ];
  }
  const where = keyRanges.get(key)?.value ?? frontMatterRange;
  const written = raw[key];
  const options = issue.code === 'invalid_value' ? issue.values.map(String) : [];
  const suggestion = typeof written === 'string' && options.length > 0 ? closestWithin(written, options) : undefined;
  return [
    {
      ruleId: 'schema/invalid-value',
      severity: 'error',
      message: say.invalidFrontMatterValue(key, written, options.length > 0 ? { options } : { message: issue.message, code: issue.code }),
      range: where,
      fixes: suggestion ? [{ title: fixWords(language).changeTo(suggestion), edits: [{ range: where, newText: suggestion }] }] : undefined,
    },
  ];
}

function firstSentence(message: string): string {
  const line = message.split('\n')[0] ?? message;
  return line.replace(/ at line \d+, column \d+:?$/, '').trim();
}

/** The deepest nesting of YAML flow collections ("[", "{"), ignoring quoted text. */
function flowNestingDepth(yamlText: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (let index = 0; index < yamlText.length; index++) {
    const character = yamlText[index];
    if (quote) {
      if (character === quote) quote = undefined;
      else if (character === '\n') quote = undefined;
    } else if (character === '"' || character === "'") quote = character;
    else if (character === '[' || character === '{') deepest = Math.max(deepest, ++depth);
    else if ((character === ']' || character === '}') && depth > 0) depth--;
  }
  return deepest;
}
