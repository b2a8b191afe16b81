/**
 * Hovers as a drafter sees them: in a French draft, the field, principle and country hovers speak
 * French (the quoted agreed text stays in English, under a French summary that says it is one);
 * the hover on a name the library mentions comes on initiatives and acronyms, not on ordinary words.
 */
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/core/hover/hover';
import { ReferenceLibrary } from '../../server/src/core/library/library';
import { readLibrarySource } from '../../server/src/core/library/librarySource';
import { builtinLibrary } from '../support/library';

/** The hover over the first `needle` of a one-line text, `offset` characters into it. */
function hover(text: string, needle: string, language: 'en' | 'fr' = 'en', library: ReferenceLibrary = builtinLibrary(), offset = 1): string | undefined {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, `"${needle}" is in the text`);
  return hoverAt({ line: () => text, lineCount: 1, position: { line: 0, character: index + offset }, language, library })?.markdown;
}

describe('hovers in a French draft', () => {
  it('describe a field label in French', () => {
    const shown = hover('- **Chef de file :** France, Sénégal', 'Chef', 'fr') ?? '';
    assert.match(shown, /\*\*Chef de file\*\* \(Champ de programme, obligatoire/);
    assert.match(shown, /Les États ou organisations qui conduisent le programme\./);
    assert.doesNotMatch(shown, /lead the programme/);
    // The status's description names the values in both languages, on purpose.
    assert.match(hover('- **Statut :** en cours', 'Statut', 'fr') ?? '', /prévu, en cours ou terminé \(planned, ongoing, completed\)/);
    assert.match(hover('- **Status:** ongoing', 'Status') ?? '', /planned, ongoing or completed \(prévu, en cours, terminé\)/);
  });

  it('give a principle\'s French summary, labelled unofficial, above the agreed text quoted in English', () => {
    for (const shown of [
      hover('Le programme est axé sur la demande des partenaires.', 'axé', 'fr') ?? '',
      hover('- **Principes :** appropriation nationale', 'appropriation', 'fr') ?? '',
    ]) {
      const summary = shown.indexOf('**Résumé** (non officiel\u00a0: ce n’est pas le texte adopté)\u00a0: Le renforcement des capacités doit reposer sur la confiance mutuelle');
      const agreed = shown.indexOf('**Texte adopté**, cité en anglais\u00a0:');
      const quote = shown.indexOf('> Capacity-building should be based on mutual trust, demand-driven');
      assert.ok(summary > 0 && agreed > summary && quote > agreed, shown);
      // The summary is never quoted as if it were the agreed text.
      assert.doesNotMatch(shown, /> Le renforcement/);
    }
    const english = hover('The programme is demand-driven.', 'demand', 'en') ?? '';
    assert.match(english, /> Capacity-building should be based on mutual trust/);
    assert.doesNotMatch(english, /Résumé|Summary/);
  });

  it('name a State\'s M49 regions in French, with French punctuation', () => {
    const shown = hover('- **Bénéficiaires :** Sénégal, Mexique', 'Sénégal', 'fr') ?? '';
    assert.match(shown, /Anglais\u00a0: Senegal · Français\u00a0: Sénégal/);
    assert.match(shown, /Région \(M49\)\u00a0: Afrique › Afrique subsaharienne › Afrique occidentale/);
    // M49 calls this region "Latin America and the Caribbean": its French name says so too.
    assert.match(hover('- **Bénéficiaires :** Sénégal, Mexique', 'Mexique', 'fr') ?? '', /Amériques › Amérique latine et Caraïbes › Amérique centrale/);
    assert.match(hover('- **Beneficiaries:** Senegal', 'Senegal') ?? '', /Region \(M49\): Africa › Sub-Saharan Africa › Western Africa/);
  });
});

describe('hovers on a State named in prose', () => {
  it('find it written with an elided « d’ » or with a possessive', () => {
    assert.match(hover('La Côte d’Ivoire et le Sénégal coopèrent.', 'Ivoire', 'fr') ?? '', /\*\*Côte d'Ivoire\*\* — Nom court ONU/);
    assert.match(hover("Senegal's agency trains staff.", 'Senegal') ?? '', /\*\*Senegal\*\* — UN short name/);
  });
});

describe('hovers on names the library mentions', () => {
  const mentioned = (shown: string | undefined, term: string) => new RegExp(`\\*\\*${term}\\*\\* in the reference library: \\d+ passage`).test(shown ?? '');

  it('come on initiatives and acronyms: WB3C, ESIWA, ENVR cyber, Cybil, OSCE, Civipol', () => {
    const text = 'France funds the WB3C, ESIWA, the ENVR cyber, the Cybil portal, OSCE courses and Civipol missions.';
    for (const term of ['WB3C', 'ESIWA', 'ENVR', 'Cybil', 'OSCE', 'Civipol']) assert.ok(mentioned(hover(text, term), term), term);
    assert.match(hover(text, 'WB3C') ?? '', /Western Balkans Cyber Capacity Center/);
  });

  it('do not come on ordinary capitalized words, places or months', () => {
    const text = 'The Member States of the African Union met in Africa in November; Finally, the Programme was agreed.';
    for (const term of ['The', 'Member', 'States', 'Union', 'Africa', 'November', 'Finally', 'Programme']) assert.equal(hover(text, term), undefined, term);
    // A Roman numeral is a number, and a heading set in capitals says nothing of its words.
    assert.equal(hover('See annex II and Part IV.', 'II'), undefined);
    assert.equal(hover('THE LARGEST POOL OF CYBER TALENT', 'THE'), undefined);
  });

  it('judge a capitalized word by how the library writes it, in any library', () => {
    const { document } = readLibrarySource(
      [
        '---',
        'title: Notes',
        '---',
        'France supports Zorvex in three States.',
        'Finally, the Council met with the Board of Trustees.',
        'The Quillon Centre of Excellence (QCE) opened in Lomé.',
        '## Fifty Trainees Graduated',
        'Trainees graduated from the Fabrikam Academy, and the Board thanked them.',
      ].join('\n'),
      { origin: 'user', fallbackId: 'notes', name: 'notes.md' },
    );
    assert.ok(document);
    const library = new ReferenceLibrary([document]);
    const text = 'Zorvex, QCE, Finally, Council, Board, Quillon, Fifty, Trainees, Fabrikam';
    // A name written alone in a sentence, and an acronym.
    assert.ok(mentioned(hover(text, 'Zorvex', 'en', library), 'Zorvex'));
    assert.ok(mentioned(hover(text, 'QCE', 'en', library), 'QCE'));
    // Only at a sentence's start, after "the", before a complement, in a heading, or inside a longer name: not names.
    for (const term of ['Finally', 'Council', 'Board', 'Quillon', 'Fifty', 'Trainees', 'Fabrikam']) assert.equal(hover(text, term, 'en', library), undefined, term);
  });

  it('do not come on a word the library mentions in more passages than a hover lists', () => {
    const lines = Array.from({ length: 6 }, (_, index) => `Meeting ${index + 1} took place with Zorvex experts.`);
    const { document } = readLibrarySource(['---', 'title: Minutes', '---', ...lines].join('\n'), { origin: 'user', fallbackId: 'minutes', name: 'minutes.md' });
    assert.ok(document);
    assert.equal(hover('Zorvex', 'Zorvex', 'en', new ReferenceLibrary([document])), undefined);
    const five = readLibrarySource(['---', 'title: Minutes', '---', ...lines.slice(1)].join('\n'), { origin: 'user', fallbackId: 'minutes', name: 'minutes.md' }).document;
    assert.ok(five);
    assert.ok(mentioned(hover('Zorvex', 'Zorvex', 'en', new ReferenceLibrary([five])), 'Zorvex'));
  });
});
