/**
 * Citation recognition on real phrasings: the sentences are taken from the project's sources
 * (France's response and statements, the Secretariat's report in French) and from the forms the
 * reference facts give. Each row says which document, which paragraphs, and how they were found.
 */
import assert from 'node:assert/strict';
import { findCitations, mayCiteParagraphs } from '../../server/src/core/library/citations';
import { builtinLibrary } from '../support/library';

interface Row {
  readonly text: string;
  /** The draft's year, when the phrasing depends on it. */
  readonly year?: number;
  /** Documents named, by canonical symbol, in order. */
  readonly documents: readonly string[];
  /** Paragraph references: "<numbers> <symbol or -> <explicit|context|->[ annex X]". */
  readonly paragraphs: readonly string[];
}

const table: readonly Row[] = [
  // France's statement on capacity-building (shared/sources/001), delivered during the OEWG 2021-2025.
  {
    text: 'As stated in paragraph 54 of the previous OEWG report, our collective ability to mitigate the effects of malicious ICT activity depends on each state\'s capacity.',
    year: 2022,
    documents: ['A/75/816'],
    paragraphs: ['54 A/75/816 explicit'],
  },
  {
    text: 'we are pleased that the final report of the previous OEWG recommended to States, in its paragraph 65, to use this tool',
    year: 2022,
    documents: ['A/75/816'],
    paragraphs: ['65 A/75/816 context'],
  },
  { text: 'National Implementation Survey of UNGA resolution 70/237', documents: ['A/RES/70/237'], paragraphs: [] },
  // France's statement on regular institutional dialogue (shared/sources/003).
  {
    text: 'Paragraph 73 of the final report of the previous OEWG emphasized that, in addition to continuing discussions',
    year: 2021,
    documents: ['A/75/816'],
    paragraphs: ['73 A/75/816 explicit'],
  },
  { text: 'as it results in particular from General Assembly resolution 76/19, but that it could', documents: ['A/RES/76/19'], paragraphs: [] },
  // France's response to the mapping exercise (shared/sources/000).
  {
    text: 'Pursuant to the request of paragraph 46 of the Annex contained in A/78/265 entitled “Progress report on the discussions of the working group on agenda item 5”',
    documents: ['A/78/265'],
    paragraphs: ['46 A/78/265 explicit'],
  },
  { text: 'the First Committee of the UN General Assembly adopted resolution 78/L.60 REV1 on the Programme of Action', documents: ['A/C.1/78/L.60/Rev.1'], paragraphs: [] },
  // The Secretariat's mapping report, in French (shared/sources/004).
  {
    text: "Au paragraphe 46 du rapport sur l'état d'avancement des discussions du groupe de travail sur le point 5 de l'ordre du jour, figurant en annexe du document intitulé « Progrès de l'informatique et des télécommunications et sécurité internationale » (A/78/265), le Secrétariat de l'ONU a été prié",
    documents: ['A/78/265'],
    paragraphs: ['46 A/78/265 context'],
  },
  { text: "qui sont énoncés à l'annexe C du document A/78/265 et ont été élaborés pour la première fois", documents: ['A/78/265'], paragraphs: [] },
  {
    text: "pour attirer leur attention sur le paragraphe 46 du rapport susmentionné, les invitant à donner leur avis",
    documents: [],
    paragraphs: ['46 - -'],
  },
  { text: 'Au paragraphe 46 de l’annexe du document A/78/265, le Secrétariat a été prié', documents: ['A/78/265'], paragraphs: ['46 A/78/265 explicit'] },
  // The forms the reference facts and the issue give.
  { text: 'See para. 56 of A/75/816.', documents: ['A/75/816'], paragraphs: ['56 A/75/816 explicit'] },
  { text: 'The principles (A/75/816, annex I, para. 56) guide us.', documents: ['A/75/816'], paragraphs: ['56 A/75/816 explicit annex I'] },
  { text: 'paragraph 56 of annex I of A/75/816', documents: ['A/75/816'], paragraphs: ['56 A/75/816 explicit annex I'] },
  { text: 'A/75/816, paras. 54-56', documents: ['A/75/816'], paragraphs: ['54,55,56 A/75/816 explicit'] },
  { text: 'paragraphs 54 and 65 of A/75/816', documents: ['A/75/816'], paragraphs: ['54,65 A/75/816 explicit'] },
  { text: 'resolution 76/19, § 3', documents: ['A/RES/76/19'], paragraphs: ['3 A/RES/76/19 explicit'] },
  { text: 'the second annual progress report, paragraph 46 of its annex', documents: ['A/78/265'], paragraphs: ['46 A/78/265 explicit'] },
  { text: 'A/AC.292/2024/1, par. 1 à 3', documents: ['A/AC.292/2024/1'], paragraphs: ['1,2,3 A/AC.292/2024/1 explicit'] },
  // An alias bound to a period: in a draft of 2027 "the previous OEWG report" is the 2025 one, not A/75/816.
  { text: 'As stated in paragraph 54 of the previous OEWG report', year: 2027, documents: [], paragraphs: ['54 - -'] },
  // Not citations.
  { text: 'In 2023/24 the centre trained 300 people; see page 46.', documents: [], paragraphs: [] },
  { text: 'paragraphs 1-9999 are not expanded', documents: [], paragraphs: ['1 - -'] },
];

describe('citation recognition', () => {
  for (const row of table) {
    it(row.text.length > 90 ? `${row.text.slice(0, 90)}…` : row.text, () => {
      const citations = findCitations(row.text, builtinLibrary(), { draftYear: row.year });
      assert.deepEqual(
        citations.documents.map((mention) => mention.symbol),
        row.documents,
      );
      assert.deepEqual(
        citations.paragraphs.map((paragraph) =>
          [
            paragraph.numbers.map((cited) => cited.number).join(','),
            paragraph.document?.symbol ?? '-',
            paragraph.resolvedBy ?? '-',
            ...(paragraph.annex ? [`annex ${paragraph.annex}`] : []),
          ].join(' '),
        ),
        row.paragraphs,
      );
    });
  }

  it('pre-checks paragraph references cheaply without ever missing one (every row of the table, in capitals too)', () => {
    for (const row of table) {
      for (const text of [row.text, row.text.toUpperCase()]) {
        const cites = findCitations(text, builtinLibrary(), { draftYear: row.year }).paragraphs.length > 0;
        if (cites) assert.ok(mayCiteParagraphs(text), text);
      }
    }
    assert.equal(mayCiteParagraphs('The centre trained 40 analysts in 2023, by region.'), false);
    for (const written of ['paragraph 46', 'paras. 54-56', '§ 3', '¶ 4', 'paragraphe 46', 'par. 12']) assert.ok(mayCiteParagraphs(written), written);
  });

  it('gives the written span of every number, so a hover or a finding points at it', () => {
    const text = 'A/75/816, paras. 54-56 and 65';
    const [citation] = findCitations(text, builtinLibrary()).paragraphs;
    assert.ok(citation);
    assert.deepEqual(
      citation.numbers.map((cited) => text.slice(cited.start, cited.end)),
      ['54-56', '54-56', '54-56', '65'],
    );
  });

  it('reads a long text in one pass (a 1 MB draft of citations)', () => {
    const text = 'See paragraph 46 of the annex of A/78/265 and resolution 76/19. '.repeat(16_000);
    const citations = findCitations(text, builtinLibrary());
    assert.equal(citations.paragraphs.length, 16_000);
    assert.equal(citations.documents.length, 32_000);
  });
});
