/**
 * Continuation wording dated before the programme's start, in a relative clause about something
 * else, is background: "negotiators who have followed the OEWG since 2021" in a programme started
 * in 2024. The programme's own history ("held every year since 2000") is not.
 */
import assert from 'node:assert/strict';
import { datedBeforeStart, yearOf } from '../../server/src/core/principles/datedBeforeStart';

function background(text: string, words: string, startYear: number | undefined): boolean {
  const start = text.indexOf(words);
  assert.ok(start >= 0, words);
  return datedBeforeStart(text, { start, end: start + words.length }, startYear);
}

describe('continuation wording dated before the start', () => {
  it('reads the year inside the place, or just after it with a preposition', () => {
    const text = 'the register they have kept since 2022; at their annual meeting of 2020; every year since 2000';
    assert.equal(yearOf(text, { start: text.indexOf('since 2022'), end: text.indexOf('since 2022') + 10 }), 2022);
    assert.equal(yearOf(text, { start: text.indexOf('annual'), end: text.indexOf('annual') + 6 }), 2020);
    // "since 2000" after "every year" is when the recurrence began, not a date of one occurrence.
    assert.equal(yearOf(text, { start: text.indexOf('every year'), end: text.indexOf('every year') + 10 }), undefined);
  });
  it('drops a date before the start in a relative clause', () => {
    assert.equal(background('Two negotiators who have followed the talks since 2021 spent a day there.', 'since 2021', 2024), true);
    assert.equal(background('It covered the log that the ministry has kept since 2022.', 'since 2022', 2023), true);
    assert.equal(background('Les procureurs, qui avaient relevé lors de leur réunion annuelle de 2022 le problème.', 'annuelle', 2023), true);
  });
  it('keeps the programme’s own history, a date from the start on, and an entry without a start', () => {
    assert.equal(background('Hosted every year since 2000 by the agency, the symposium met in Seoul.', 'every year', 2023), false);
    assert.equal(background('Déployé dans 90 États depuis 2015, le modèle définit cinq dimensions.', 'depuis 2015', 2023), false);
    assert.equal(background('Trainers who have run the course since 2023 teach it.', 'since 2023', 2023), false);
    assert.equal(background('Two negotiators who have followed the talks since 2021.', 'since 2021', undefined), false);
    // A relative pronoun in an earlier clause does not count.
    assert.equal(background('The team that met in May left. Since 2019 the academy has run it.', 'Since 2019', 2023), false);
  });
});
