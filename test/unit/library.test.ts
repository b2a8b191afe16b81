/**
 * The reference library: the source format (docs/library-format.md), the built-in documents as
 * shipped, the merge with the table of UN documents, and the hovers built on them.
 */
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hoverAt } from '../../server/src/core/hover/hover';
import { citationInsertion, nextFootnoteLabel } from '../../server/src/core/library/citationInsertion';
import { readLibrarySource } from '../../server/src/core/library/librarySource';
import { LibraryStore } from '../../server/src/library/libraryStore';
import { builtinLibrary } from '../support/library';

const origin = { origin: 'user', fallbackId: 'my-source', name: 'my-source.md' } as const;

describe('library sources', () => {
  it('reads numbered paragraphs, unit headings, annexes and footnotes, with their lines', () => {
    const { document, problems } = readLibrarySource(
      [
        '---',
        'title: A report',
        'symbol: a/80/257',
        'language: fr',
        'held: full',
        'partial: [annex I paragraph 2]',
        '---',
        '# Introduction',
        '1. First paragraph,',
        'on two lines.',
        '',
        '   (a) a sub-item of paragraph 1',
        '```',
        '2. not a paragraph: in code',
        '```',
        '## Objective 3 Build trust',
        'Text of the objective.',
        '# Annex I',
        '2. An annexed paragraph.',
        '[^4]: A footnote.',
      ].join('\n'),
      origin,
    );
    assert.deepEqual(problems, []);
    assert.ok(document);
    assert.equal(document.symbol, 'A/80/257');
    assert.equal(document.held, 'full');
    assert.deepEqual(
      document.units.map((unit) => [unit.key, unit.label, unit.line, unit.held]),
      [
        ['paragraph 1', 'paragraphe 1', 8, 'full'],
        ['objective 3', 'objectif 3', 15, 'full'],
        ['annex I', 'annexe I', 17, 'full'],
        ['annex I paragraph 2', 'annexe I, paragraphe 2', 18, 'partial'],
        ['footnote 4', 'note 4', 19, 'full'],
      ],
    );
    assert.match(document.units[0]?.text ?? '', /on two lines\.\n\n {3}\(a\) a sub-item/);
  });

  it('reports what is wrong in a source and keeps what can be kept; a source without a title is not used', () => {
    const kept = readLibrarySource('---\ntitle: Notes\nheld: maybe\nsymbol: not a symbol\ncolour: blue\n---\n1. Kept.\n', origin);
    assert.equal(kept.document?.title, 'Notes');
    assert.equal(kept.document?.held, 'partial');
    assert.equal(kept.document?.symbol, undefined);
    assert.equal(kept.document?.units.length, 1);
    const messages = kept.problems.map((problem) => problem.message).join('\n');
    assert.match(messages, /held/);
    assert.match(messages, /colour/);
    assert.match(messages, /not a UN document symbol/);

    for (const text of ['no front matter', '---\ntitle: [unclosed\n---\n', '---\nsymbol: A/1/2\n---\n', '---\ntitle: open']) {
      const reading = readLibrarySource(text, origin);
      assert.equal(reading.document, undefined, text);
      assert.ok(reading.problems.length > 0, text);
    }
    assert.equal(readLibrarySource('---\na: &a [1]\nb: [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n---\n', origin).document, undefined);
  });

  it('reads a folder of the user\'s sources, skipping what is not a source, and reports bad files', () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'oewg-sources-'));
    try {
      writeFileSync(path.join(folder, 'good.md'), '---\ntitle: Good\nsymbol: A/80/257\n---\n1. One.\n');
      writeFileSync(path.join(folder, 'bad.txt'), 'no front matter\n');
      writeFileSync(path.join(folder, 'image.png'), 'not read');
      const seen: string[] = [];
      const store = new LibraryStore(undefined, (problems) => seen.push(...problems.map((problem) => problem.source)));
      store.setUserFolders([folder]);
      const library = store.library;
      assert.equal(library.bySymbol('A/80/257')?.title, 'Good');
      assert.equal(library.bySymbol('A/80/257')?.origin, 'user');
      // The table's description stays with the document the user's source replaces.
      assert.equal(library.bySymbol('A/80/257')?.description, 'Final report of the OEWG 2021-2025');
      assert.deepEqual(seen.map((source) => path.basename(source)), ['bad.txt']);
      const version = library.version;
      assert.equal(store.fileChanged(new URL(`file://${path.join(folder, 'good.md')}`).href), true);
      assert.ok(store.library.version > version);
      assert.equal(store.fileChanged('file:///elsewhere/notes.md'), false);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('the built-in library', () => {
  const library = builtinLibrary();

  it('holds the five source documents and A/75/816, with their units', () => {
    const units = (id: string) => library.document(id)?.units.map((unit) => unit.key) ?? [];
    const report = units('secretariat-mapping-report-2024');
    for (let number = 1; number <= 88; number++) assert.ok(report.includes(`paragraph ${number}`), `paragraph ${number}`);
    assert.ok(report.includes('footnote 52'));
    assert.deepEqual(units('france-mapping-exercise-2023'), ['part 1', 'part 2', 'part 3']);
    const strategy = units('france-national-cybersecurity-strategy-2026-2030');
    for (let number = 1; number <= 5; number++) assert.ok(strategy.includes(`pillar ${number}`));
    for (let number = 1; number <= 14; number++) assert.ok(strategy.includes(`objective ${number}`));
    assert.ok(units('france-statement-capacity-building').includes('paragraph 1'));
    assert.equal(library.document('france-statement-capacity-building')?.numbering, 'editorial');
    assert.ok(units('a-75-816').includes('annex I paragraph 56'));
  });

  it('marks what it holds in part, and what is unconfirmed', () => {
    const report = library.bySymbol('A/75/816');
    assert.equal(report?.held, 'partial');
    assert.equal(report && library.unit(report, 'annex I paragraph 54')?.held, 'partial');
    assert.equal(report && library.unit(report, 'annex I paragraph 56')?.held, 'full');
    assert.equal(library.bySymbol('A/AC.292/2024/1')?.confidence, 'unconfirmed');
    assert.equal(library.bySymbol('A/AC.292/2024/1')?.held, 'full');
    assert.equal(library.bySymbol('A/78/265')?.units.length, 0);
    assert.ok(!library.confirmedSymbols.includes('A/AC.292/2024/1'));
  });

  it('keeps each source\'s wording: paragraph 56 of A/75/816 carries the ten principles as agreed', () => {
    const report = library.bySymbol('A/75/816');
    const text = (report && library.unit(report, 'annex I paragraph 56')?.text) ?? '';
    assert.match(text, /Capacity-building should be a sustainable process, comprising specific activities by and for different actors\./);
    assert.match(text, /The confidentiality of sensitive information should be ensured\./);
  });

  it('finds a paragraph cited without its annex when only one has that number', () => {
    const report = library.bySymbol('A/75/816');
    assert.ok(report);
    const lookup = library.findUnit(report, { kind: 'paragraph', number: '56' });
    assert.ok('found' in lookup && lookup.found.key === 'annex I paragraph 56');
    assert.ok('missing' in library.findUnit(report, { kind: 'paragraph', number: '99' }));
  });

  it('indexes the names it mentions: acronyms and names it never writes in lower case', () => {
    assert.ok(library.mentions('ESIWA').length >= 2);
    assert.ok(library.mentions('Cybil').length >= 1);
    assert.equal(library.expansionOf('WB3C'), 'Western Balkans Cyber Capacity Center');
    assert.deepEqual(library.mentions('Secretariat'), [], 'a common word is not a name');
  });
});

describe('hovers (core)', () => {
  const library = builtinLibrary();
  const hover = (text: string, character: number, language: 'en' | 'fr' = 'en') =>
    hoverAt({ line: (index) => text.split('\n')[index] ?? '', lineCount: text.split('\n').length, position: { line: 0, character }, language, library })
      ?.markdown;

  it('answers in French in a French draft, and quotes the source in its own language', () => {
    const shown = hover('Voir le paragraphe 21 du document A/AC.292/2024/1.', 12, 'fr') ?? '';
    assert.match(shown, /paragraphe 21/);
    assert.match(shown, /Centre de développement de capacités cyber dans les Balkans occidentaux/);
    assert.match(shown, /Source/);
    assert.match(hover('Voir A/78/265.', 6, 'fr') ?? '', /La bibliothèque sait ce qu’est ce document/);
  });

  it('spaces its French as the French findings do: a no-break space before a colon', () => {
    assert.match(hover('Voir A/79/999.', 6, 'fr') ?? '', /La bibliothèque de référence n’a pas A\/79\/999\u00a0: rien n’en est connu ici\./);
  });

  it('says a symbol is not held, never inventing what it is', () => {
    assert.match(hover('See A/79/999 for details.', 6) ?? '', /does not hold A\/79\/999/);
  });

  it('shows nothing on ordinary words', () => {
    assert.equal(hover('The centre trains public agents.', 6), undefined);
  });
});

describe('citation insertion', () => {
  it('numbers the footnote after the draft\'s own, and writes French in a French draft', () => {
    assert.equal(nextFootnoteLabel('Text[^1] and [^3] and [^note].'), 4);
    const document = builtinLibrary().document('secretariat-mapping-report-2024');
    assert.ok(document);
    const unit = builtinLibrary().unit(document, 'paragraph 21');
    const insertion = citationInsertion('Texte[^2].\n\n[^2]: Une note.\n', { line: 0, character: 5 }, document, unit, 'fr');
    assert.equal(insertion.reference.text, 'A/AC.292/2024/1, paragraphe 21[^3]');
    assert.match(insertion.footnote.text, /^\[\^3\]: A\/AC\.292\/2024\/1, paragraphe 21: « Dans la région de l'Europe centrale/);
  });
});
