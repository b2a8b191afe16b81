/**
 * The work said to come from the partner, built from what it brought, or to be its own, read with
 * the entry's Beneficiaries and Lead fields; never the donor's origin, money, or people.
 */
import assert from 'node:assert/strict';
import { workFromPartner } from '../../server/src/core/principles/workFromPartner';

function found(text: string, beneficiaries: string[], leads: string[], language: 'en' | 'fr' = 'en'): string | undefined {
  const place = workFromPartner(text, beneficiaries, leads, language, []);
  return place && text.slice(place.start, place.end);
}

describe('the work came from the partner, or is its own', () => {
  it('reads the origin, up to the partner named', () => {
    assert.equal(found('The idea came from the regulators at their peer review.', ['Albania', 'Serbia'], ['Slovenia']), 'idea came from the regulators');
    assert.equal(found("Le programme est né d'une réunion des chefs d'unité des quatre pays.", ['Bénin', 'Togo', 'Niger', 'Ghana'], ['INTERPOL'], 'fr'), "programme est né d'une réunion des chefs d'unité des quatre");
    assert.equal(found('The course came out of a meeting held with Ghana in 2022.', ['Ghana'], ['France']), 'course came out of a meeting held with Ghana');
  });
  it('reads content built from what the partner brought, only when it is the partner that brought it', () => {
    assert.equal(found('The agenda was built from the questions that Fiji had sent.', ['Fiji', 'Samoa'], ['France']), 'built from the questions that Fiji');
    assert.equal(found("Le périmètre a été arrêté d'après les réponses de ses États membres.", ['Afrique'], ['Union africaine'], 'fr'), "arrêté d'après les réponses de ses États membres");
    assert.equal(found('The agenda was built from the questions that the French experts had sent.', ['Fiji'], ['France']), undefined);
    assert.equal(found('The agenda was built from the findings that the Bank had set out.', ['Madagascar'], ['World Bank']), undefined);
    // "from" with no input of the partner right after it: a venue, not a source.
    assert.equal(found('The agenda was set from Dakar by the ministry.', ['Senegal'], ['France']), undefined);
  });
  it('reads whose the work is', () => {
    assert.equal(found("The reform itself is Madagascar's.", ['Madagascar'], ['World Bank']), "reform itself is Madagascar's");
    assert.equal(found('The syllabus belongs to the school.', ['Senegal'], ['France']), 'syllabus belongs to the school');
    assert.equal(found("The programme is France's.", ['Senegal'], ['France']), undefined);
    assert.equal(found('The equipment belongs to the school.', ['Senegal'], ['France']), undefined);
  });
  it('leaves money, people and the donor alone', () => {
    assert.equal(found('The funding came from the ministry.', ['Senegal'], ['France']), undefined);
    assert.equal(found('Participants came from the ministries of the region.', ['Senegal'], ['France']), undefined);
    assert.equal(found('The idea came from UNODC and its regional office.', ['Fiji'], ['UNODC']), undefined);
    assert.equal(found('The idea came from the French ministry.', ['Senegal'], ['France']), undefined);
  });
  it('says nothing on text without its words', () => {
    assert.equal(found('A three-day seminar was held in Dakar for forty officials.', ['Senegal'], ['France']), undefined);
  });
});
