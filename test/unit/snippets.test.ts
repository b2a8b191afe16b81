/**
 * The snippets (snippets/markdown.json) against the schemas: their choices are the vocabulary's
 * lists, in both languages, and the skeletons the "New …" commands insert are valid submissions
 * once their placeholders hold their defaults.
 */
import assert from 'node:assert/strict';
import snippets from '../../snippets/markdown.json';
import { fieldKeys, programmeFields } from '../../schemas/programme';
import { languageCodes, submitterTypes, type LabelLanguage, type VocabularyTerm } from '../../schemas/vocabulary';
import { analyzeSubmission } from '../../server/src/core/analyzer';
import { findSymbolCandidates } from '../../server/src/core/symbols';
import { confirmedSymbols } from '../../schemas/unDocuments';

interface Snippet {
  readonly prefix: string;
  readonly body: readonly string[];
  readonly description: string;
}

const allSnippets: [string, Snippet][] = Object.entries(snippets);

function snippetWithPrefix(prefix: string): Snippet {
  const found = allSnippets.find(([, snippet]) => snippet.prefix === prefix)?.[1];
  assert.ok(found, `a snippet with prefix "${prefix}"`);
  return found;
}

/** "Level:" as written in English, "Niveau :" (with a no-break space) in French. */
const labelText = (label: string, language: LabelLanguage) => (language === 'fr' ? `**${label}\u00a0:**` : `**${label}:**`);

/**
 * Expands a snippet body as the editor does when the user accepts every default: a placeholder
 * becomes its default text, a choice its first option, a mirror (`$1`) the value of its tab stop,
 * `$0` nothing. Variables are not used by our snippets and fail the test.
 */
function expandSnippet(body: string): string {
  const values = new Map<number, string>();
  let position = 0;

  const parse = (stopAt: string | undefined): string => {
    let result = '';
    while (position < body.length) {
      const character = body[position] ?? '';
      if (stopAt !== undefined && character === stopAt) return result;
      if (character === '\\' && position + 1 < body.length && '$}\\'.includes(body[position + 1] ?? '')) {
        result += body[position + 1];
        position += 2;
        continue;
      }
      if (character !== '$') {
        result += character;
        position++;
        continue;
      }
      const simple = /^\$(\d+)/.exec(body.slice(position));
      if (simple) {
        position += simple[0].length;
        result += values.get(Number(simple[1])) ?? '';
        continue;
      }
      const open = /^\$\{(\d+)([:|}])/.exec(body.slice(position));
      if (!open) throw new Error(`unsupported snippet syntax at "${body.slice(position, position + 20)}"`);
      const tabStop = Number(open[1]);
      position += open[0].length;
      if (open[2] === '}') {
        result += values.get(tabStop) ?? '';
        continue;
      }
      if (open[2] === ':') {
        const value = parse('}');
        position++; // the closing brace
        if (!values.has(tabStop)) values.set(tabStop, value);
        result += value;
        continue;
      }
      const options = readChoices();
      const value = options[0] ?? '';
      if (!values.has(tabStop)) values.set(tabStop, value);
      result += value;
    }
    if (stopAt !== undefined) throw new Error(`unclosed placeholder in ${body}`);
    return result;
  };

  /** Reads `a,b\,c|}` (after `${n|`): options with `\,`, `\|` and `\\` escaped. */
  const readChoices = (): string[] => {
    const options: string[] = [];
    let current = '';
    while (position < body.length) {
      const character = body[position] ?? '';
      if (character === '\\' && ',|\\'.includes(body[position + 1] ?? '')) {
        current += body[position + 1];
        position += 2;
      } else if (character === ',') {
        options.push(current);
        current = '';
        position++;
      } else if (character === '|' && body[position + 1] === '}') {
        options.push(current);
        position += 2;
        return options;
      } else {
        current += character;
        position++;
      }
    }
    throw new Error(`unclosed choice in ${body}`);
  };

  return parse(undefined);
}

/** Every choice in a snippet, with the text before it on its line (which says what it chooses). */
function choicesOf(snippet: Snippet): { context: string; options: string[] }[] {
  const found: { context: string; options: string[] }[] = [];
  for (const line of snippet.body) {
    for (const match of line.matchAll(/\$\{\d+\|((?:[^|\\]|\\.)*)\|\}/g)) {
      const options = (match[1] ?? '').split(/(?<!\\),/).map((option) => option.replace(/\\(.)/g, '$1'));
      found.push({ context: line.slice(0, match.index), options });
    }
  }
  return found;
}

/** What each choice must offer, recognized by the label or key written before it. */
function expectedChoices(context: string): string[] | undefined {
  if (/^submitter-type:\s*$/.test(context)) return [...submitterTypes];
  if (/^language:\s*$/.test(context)) return [...languageCodes];
  for (const key of fieldKeys) {
    const field = programmeFields[key];
    if (!('vocabulary' in field)) continue;
    const vocabulary: readonly VocabularyTerm[] = field.vocabulary;
    for (const language of ['en', 'fr'] as const) {
      if (context.trim() === `- ${labelText(field.labels[language], language)}`) {
        return vocabulary.map((term) => term[language]);
      }
    }
  }
  return undefined;
}

describe('snippets', () => {
  it('offer exactly the vocabulary as choices, in the language of the label', () => {
    let checked = 0;
    for (const [name, snippet] of allSnippets) {
      for (const choice of choicesOf(snippet)) {
        const expected = expectedChoices(choice.context);
        assert.ok(expected, `${name}: a choice after "${choice.context}" that no vocabulary defines`);
        assert.deepEqual(choice.options, expected, `${name}: the choices after "${choice.context}"`);
        checked++;
      }
    }
    assert.ok(checked >= 10, `only ${checked} choices checked`);
  });

  it('have a snippet for every programme field, in English and in French', () => {
    for (const key of fieldKeys) {
      for (const language of ['en', 'fr'] as const) {
        const start = `- ${labelText(programmeFields[key].labels[language], language)} `;
        assert.ok(
          allSnippets.some(([, snippet]) => snippet.body.length === 1 && snippet.body[0]?.startsWith(start)),
          `a one-line snippet starting "${start}"`,
        );
      }
    }
  });

  it('give programme entries every required field', () => {
    for (const [prefix, language] of [['oewg-programme', 'en'], ['oewg-programme-fr', 'fr']] as const) {
      const body = snippetWithPrefix(prefix).body.join('\n');
      for (const key of fieldKeys.filter((candidate) => programmeFields[candidate].required)) {
        assert.ok(body.includes(labelText(programmeFields[key].labels[language], language)), `${prefix} has ${key}`);
      }
    }
  });

  it('have unique prefixes', () => {
    const prefixes = allSnippets.map(([, snippet]) => snippet.prefix);
    assert.deepEqual(prefixes, [...new Set(prefixes)]);
  });

  describe('citation snippets (cite-…)', () => {
    const citations = allSnippets.filter(([, snippet]) => snippet.prefix.startsWith('cite-'));

    it('cite confirmed documents by their canonical symbols', () => {
      assert.ok(citations.length >= 10, `only ${citations.length} citation snippets`);
      for (const [name, snippet] of citations) {
        const text = expandSnippet(snippet.body.join('\n'));
        const symbols = findSymbolCandidates(text);
        assert.ok(symbols.length > 0, `${name} cites a symbol`);
        for (const symbol of symbols) {
          assert.equal(symbol.written, symbol.form, `${name} writes ${symbol.written} in canonical form`);
          assert.ok(confirmedSymbols.includes(symbol.form), `${name} cites ${symbol.form}, a confirmed document`);
        }
      }
    });

    it('come in English and French pairs citing the same symbols', () => {
      const byPrefix = new Map(citations.map(([, snippet]) => [snippet.prefix, snippet]));
      const symbolsOf = (snippet: Snippet) => findSymbolCandidates(snippet.body.join('\n')).map((symbol) => symbol.form);
      for (const [prefix, english] of byPrefix) {
        if (prefix.startsWith('cite-fr-')) continue;
        const french = byPrefix.get(prefix.replace(/^cite-/, 'cite-fr-'));
        assert.ok(french, `${prefix} has a French counterpart`);
        assert.deepEqual(symbolsOf(french), symbolsOf(english), `${prefix} and its French counterpart cite the same symbols`);
      }
      for (const prefix of byPrefix.keys()) {
        if (prefix.startsWith('cite-fr-')) assert.ok(byPrefix.has(prefix.replace(/^cite-fr-/, 'cite-')), `${prefix} has an English counterpart`);
      }
    });
  });

  describe('expanded with their defaults, analyze without errors', () => {
    const errorsOf = (text: string) =>
      analyzeSubmission(text, (ruleId, error) => {
        throw new Error(`rule ${ruleId} threw: ${String(error)}`);
      })
        .findings.filter((finding) => finding.severity === 'error')
        .map((finding) => `${finding.range.start.line + 1}: ${finding.ruleId}: ${finding.message}`);
    const expand = (prefix: string) => expandSnippet(snippetWithPrefix(prefix).body.join('\n'));
    const optionalFieldLines = (language: LabelLanguage) =>
      fieldKeys
        .filter((key) => !programmeFields[key].required)
        .map((key) => {
          const start = `- ${labelText(programmeFields[key].labels[language], language)} `;
          const snippet = allSnippets.find(([, candidate]) => candidate.body.length === 1 && candidate.body[0]?.startsWith(start));
          assert.ok(snippet, start);
          return expandSnippet(snippet[1].body[0] ?? '');
        });

    it('the mapping-exercise skeleton ("New mapping-exercise submission")', () => {
      const text = expand('oewg-mapping-exercise');
      assert.match(text, /^---\nkind: mapping-exercise\nsubmitter: France\n/);
      assert.match(text, /^# France contribution/m, 'the title mirrors the submitter');
      assert.deepEqual(errorsOf(text), []);
    });

    it('the statement skeleton ("New statement")', () => {
      const text = expand('oewg-statement');
      assert.match(text, /^---\nkind: statement\n/);
      assert.deepEqual(errorsOf(text), []);
    });

    it('a skeleton with a second programme entry and every optional field, in English', () => {
      const programme = expand('oewg-programme').replace('Programme title', 'Second programme');
      const withFields = programme.replace(/(- \*\*Status:\*\* .*)/, `$1\n${optionalFieldLines('en').join('\n')}`);
      const text = `${expand('oewg-mapping-exercise')}\n${withFields}\n`;
      assert.ok(text.includes('- **Funding:**'));
      assert.deepEqual(errorsOf(text), []);
    });

    it('a French skeleton with a French programme entry and every optional field', () => {
      const skeleton = expand('oewg-mapping-exercise').replace('language: en', 'language: fr');
      const programme = expand('oewg-programme-fr');
      const withFields = programme.replace(/(- \*\*Statut\u00a0:\*\* .*)/, `$1\n${optionalFieldLines('fr').join('\n')}`);
      const text = `${skeleton}\n${withFields}\n`;
      assert.ok(text.includes('- **Financement\u00a0:**'));
      assert.deepEqual(errorsOf(text), []);
    });
  });
});
