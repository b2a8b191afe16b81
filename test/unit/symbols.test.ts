/**
 * The symbol scanner and canonical forms, on phrasings from the source documents (France's
 * response and statements, the Secretariat's French mapping report) and on drafters' variants.
 */
import assert from 'node:assert/strict';
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { confirmedSymbols, knownSymbols, unDocuments } from '../../schemas/unDocuments';
import { canonicalSymbol, completeOrganLess, findProseSymbols, findSymbolCandidates } from '../../server/src/core/symbols';

/** `text` with the candidate marked by ⟦⟧: the test states the exact offsets by position. */
interface Case {
  readonly marked: string;
  /** The full canonical symbol, or null for an organ-less candidate the table cannot complete. */
  readonly canonical: string | null;
}

function unmark(marked: string): { text: string; start: number; end: number } {
  const start = marked.indexOf('⟦');
  const end = marked.indexOf('⟧') - 1;
  return { text: marked.replace('⟦', '').replace('⟧', ''), start, end };
}

const symbolCases: readonly Case[] = [
  // France's response to the mapping exercise (000).
  { marked: 'the First Committee of the UN General Assembly adopted resolution ⟦78/L.60 REV1⟧ on the Programme of Action', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'paragraph 46 of the Annex contained in ⟦A/78/265⟧ entitled “Progress report', canonical: 'A/78/265' },
  // The Secretariat's report (004), in French.
  { marked: 'sécurité internationale » (⟦A/78/265⟧), le Secrétariat de l’ONU a été prié', canonical: 'A/78/265' },
  { marked: '² ⟦A/75/816⟧, annexe I, par. 56.', canonical: 'A/75/816' },
  { marked: 'figurant dans le document ⟦A/78/265⟧, le groupe de travail', canonical: 'A/78/265' },
  { marked: 'pour réduire la fracture numérique (⟦A/75/982⟧). De même', canonical: 'A/75/982' },
  { marked: 'annexe C du document [⟦A/78/265⟧](#) et ont été élaborés', canonical: 'A/78/265' },
  // Drafters' variants.
  { marked: 'la résolution ⟦78/L.60 REV1⟧ sur le programme d’action', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'tabled as ⟦A/C.1/78/L.60 Rev 1⟧ by France', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'le projet ⟦A/C.1/78/L.60 rév. 1⟧ présenté', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'draft ⟦a/c1/78/l60/rev.1⟧.', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'draft ⟦A/C.1/78/L.60/REV1⟧;', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'the draft ⟦C.1/78/L.60/Rev.1⟧', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'the draft ⟦A/C.1/78/L.60\nRev.1⟧, wrapped', canonical: 'A/C.1/78/L.60/Rev.1' },
  { marked: 'the annex of ⟦a/78/265⟧.', canonical: 'A/78/265' },
  { marked: 'resolution ⟦A/Res/76/19⟧ welcomed', canonical: 'A/RES/76/19' },
  { marked: 'see ⟦a/res/70/237⟧,', canonical: 'A/RES/70/237' },
  { marked: 'adopted as ⟦A/AC.292/2025/CRP1⟧', canonical: 'A/AC.292/2025/CRP.1' },
  { marked: 'adopted as ⟦A/AC292/2025/crp 1⟧', canonical: 'A/AC.292/2025/CRP.1' },
  { marked: 'the room paper ⟦2025/CRP.1⟧', canonical: 'A/AC.292/2025/CRP.1' },
  { marked: 'and the draft ⟦78/L.61⟧ was not', canonical: null },
  { marked: 'Security Council resolution ⟦S/RES/2341⟧ (2017)', canonical: 'S/RES/2341' },
  { marked: 'see ⟦A/79/999⟧ for', canonical: 'A/79/999' },
  { marked: '⟦A/78/265/Add.1⟧', canonical: 'A/78/265/Add.1' },
  { marked: 'the report ⟦A/78/265 Corr 1⟧', canonical: 'A/78/265/Corr.1' },
  { marked: 'the record ⟦S/PV.9000⟧', canonical: 'S/PV.9000' },
  { marked: '⟦A/INF/78/4⟧', canonical: 'A/INF/78/4' },
  { marked: '⟦E/RES/2023/1⟧', canonical: 'E/RES/2023/1' },
  { marked: 'l’⟦A/78/265⟧', canonical: 'A/78/265' },
  { marked: 'A/78/265\u00a0: ⟦a/78/265⟧', canonical: 'A/78/265' },
];

const notSymbols: readonly string[] = [
  // France's statements (001, 003) and the Secretariat's report (004).
  'stock of the progress made (resolution 70/237) that would allow',
  'from General Assembly resolution 76/19, but that it could also',
  'défini dans la résolution 65/230 de l’Assemblée générale et dans les résolutions 22/7 et 22/8',
  'Voir https://meetings.unoda.org/meeting/57871/documents ou <https://cybilportal.org/about-cybil/>.',
  'see https://undocs.org/en/a/78/265 or https://undocs.org/A/C.1/78/L.60%20REV1',
  'https://digitallibrary.un.org/search?p=a/78/265&f=',
  'Programmes from 2023/2024, 2021/22 and 2020/06.',
  'as in paragraph 46 of the report (para. 46)',
  'the file a/78/265.pdf and the path docs/A/78/265',
  'A/265 is not a symbol, nor A/RES/76, S/RES/1/2 or A/78/265/12',
  'The draft L.60 (no session) and 78/60',
  'ST/SGB/2019/8 is outside the grammar',
  'A/B testing on 24/7 support',
];

describe('UN document symbols', () => {
  describe('findSymbolCandidates', () => {
    for (const { marked, canonical } of symbolCases) {
      it(marked, () => {
        const { text, start, end } = unmark(marked);
        const candidates = findSymbolCandidates(text).filter((candidate) => candidate.start === start);
        assert.equal(candidates.length, 1, `no candidate at ${start} in ${JSON.stringify(text)}`);
        const [candidate] = candidates;
        assert.ok(candidate);
        assert.equal(candidate.end, end);
        assert.equal(candidate.written, text.slice(start, end));
        assert.equal(candidate.canonical ?? null, canonical);
      });
    }

    for (const text of notSymbols) {
      it(`finds no symbol in ${JSON.stringify(text)}`, () => {
        assert.deepEqual(findSymbolCandidates(text), []);
      });
    }

    it('finds every symbol of a sentence, in order', () => {
      const text = 'A/78/265, annex, para. 46; A/75/816 (annex I) and resolution 78/L.60 REV1.';
      assert.deepEqual(
        findSymbolCandidates(text).map((candidate) => [candidate.start, candidate.end, candidate.canonical]),
        [
          [0, 8, 'A/78/265'],
          [27, 35, 'A/75/816'],
          [61, 73, 'A/C.1/78/L.60/Rev.1'],
        ],
      );
    });

    it('tells organ-less candidates apart and lists their completions', () => {
      const [candidate] = findSymbolCandidates('resolution 78/L.60 REV1');
      assert.equal(candidate?.organLess, true);
      assert.equal(candidate?.form, '78/L.60/Rev.1');
      assert.deepEqual(candidate?.completions, ['A/C.1/78/L.60/Rev.1']);
      // Two documents ending alike: no single completion.
      const [ambiguous] = findSymbolCandidates('78/L.60', ['A/C.1/78/L.60', 'A/C.3/78/L.60']);
      assert.equal(ambiguous?.canonical, undefined);
      assert.deepEqual(ambiguous?.completions, ['A/C.1/78/L.60', 'A/C.3/78/L.60']);
    });

    it('returns on 1 MB adversarial lines (one linear pass)', () => {
      const megabyte = 1 << 20;
      const fill = (unit: string) => unit.repeat(Math.ceil(megabyte / unit.length)).slice(0, megabyte);
      for (const unit of ['1/2/', '/', '9', ' 1/', ' 78/L', ' A/1', ' A/C.1/78/L.60 Rev 1 Rev 1 Rev 1 Rev 1x', ' C.1/2/L.3/']) {
        assert.ok(Array.isArray(findSymbolCandidates(fill(unit))));
      }
      assert.equal(findSymbolCandidates(fill(' a/78/265.')).length, Math.floor(megabyte / 10));
    });

    it('reads a suffix wrapped onto the next line, never one after a blank line', () => {
      const forms = (text: string) => findSymbolCandidates(text).map((candidate) => candidate.form);
      assert.deepEqual(forms('resolution A/C.1/78/L.60\nRev.1 on the'), ['A/C.1/78/L.60/Rev.1']);
      assert.deepEqual(forms('resolution A/C.1/78/L.60\n\nRev.1 on the'), ['A/C.1/78/L.60']);
    });

    it('finds after an edit in one paragraph what a first reading finds, places moved', () => {
      const text = 'See A/78/265, annex, para. 46.\n\nThe report A/AC.292/2024/1 and 78/L.60 REV1.\n\nLast: A/RES/76/19.';
      const first = findSymbolCandidates(text);
      const edited = text.replace('The report', 'The latest report');
      // A new array of the same symbols reads with nothing remembered.
      const fresh = findSymbolCandidates(edited, [...confirmedSymbols]);
      assert.deepEqual(findSymbolCandidates(edited), fresh);
      assert.deepEqual(
        fresh.map((candidate) => edited.slice(candidate.start, candidate.end)),
        first.map((candidate) => text.slice(candidate.start, candidate.end)),
      );
      assert.equal(fresh[3]?.start, (first[3]?.start ?? 0) + 'latest '.length);
    });
  });

  describe('canonicalSymbol', () => {
    const table: readonly [string, string | undefined][] = [
      ['78/L.60 REV1', 'A/C.1/78/L.60/Rev.1'],
      ['A/C.1/78/L.60 Rev 1', 'A/C.1/78/L.60/Rev.1'],
      [' a/78/265 ', 'A/78/265'],
      ['a/res/76/19', 'A/RES/76/19'],
      ['A/RES/76/19', 'A/RES/76/19'],
      ['s/res/2341', 'S/RES/2341'],
      ['78/L.61', undefined],
      ['resolution 76/19', undefined],
      ['76/19', undefined],
      ['2023/24', undefined],
      ['A/78/265 annex', undefined],
      ['', undefined],
    ];
    for (const [written, expected] of table) {
      it(`${JSON.stringify(written)} → ${expected ?? 'not a symbol'}`, () => {
        assert.equal(canonicalSymbol(written), expected);
      });
    }

    it('leaves every symbol of the document table unchanged', () => {
      for (const { symbol } of unDocuments) assert.equal(canonicalSymbol(symbol), symbol);
    });

    it('never completes a symbol to an unconfirmed entry', () => {
      assert.ok(knownSymbols.has('A/AC.292/2024/1'));
      assert.deepEqual(completeOrganLess('2024/1'), []);
    });
  });

  describe('findProseSymbols', () => {
    const parse = (text: string): Root => unified().use(remarkParse).parse(text);
    const written = (text: string) => findProseSymbols(text, parse(text)).map((candidate) => candidate.written);

    it('reads prose, headings and link text', () => {
      const text = '# On a/78/265\n\nSee [A/75/816](https://undocs.org/a/75/816 "A/79/999") and *78/L.60 REV1*.\n';
      assert.deepEqual(written(text), ['a/78/265', 'A/75/816', '78/L.60 REV1']);
    });

    it('skips code, HTML, autolinks, images and link definitions', () => {
      const text = [
        'Code `a/78/265` and <span>A/79/999</span>.',
        '',
        '```',
        '78/L.60 REV1',
        '```',
        '',
        '    a/res/76/19',
        '',
        '<!-- a/c1/78/l60 -->',
        '',
        '<https://undocs.org/?s=a/78/265> ![a/78/265](x.png)',
        '',
        '[ref]: https://undocs.org/a/78/265 "A/79/999"',
      ].join('\n');
      // The span's content is prose between two HTML nodes: it is read.
      assert.deepEqual(written(text), ['A/79/999']);
    });
  });
});
