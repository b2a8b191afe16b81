/**
 * A topic named only to say the programme leaves it out: "talks on cybercrime were kept out of the
 * programme". Evidence excluded at trial, or a topic the programme keeps after a contrast, is not.
 */
import assert from 'node:assert/strict';
import { workLeftOut } from '../../server/src/core/principles/workLeftOut';

function leftOut(text: string, word: string): boolean {
  const start = text.indexOf(word);
  assert.ok(start >= 0, word);
  return workLeftOut(text, { start, end: start + word.length });
}

describe('a topic the programme leaves out', () => {
  it('finds the topic kept out of, excluded from or outside the programme, in English and French', () => {
    assert.equal(leftOut('Questions of cybercrime were kept entirely out of the workshop.', 'cybercrime'), true);
    assert.equal(leftOut('Criminal investigations are excluded from the curriculum.', 'investigations'), true);
    assert.equal(leftOut('Surveillance issues lie outside the scope of the dialogue.', 'Surveillance'), true);
    assert.equal(leftOut('La cybercriminalité n’est pas abordée dans ce séminaire.', 'cybercriminalité'), true);
    assert.equal(leftOut('Les enquêtes pénales restent hors du champ du projet.', 'enquêtes'), true);
  });
  it('does not take evidence excluded at trial, a kept topic after a contrast, or a later sentence for a topic left out', () => {
    assert.equal(leftOut('Electronic evidence excluded from the trial is studied.', 'evidence'), false);
    assert.equal(leftOut('Policy talks were left out of the programme, while forensics stays.', 'forensics'), false);
    assert.equal(leftOut('Investigators attend. Politics was left out of the programme.', 'Investigators'), false);
    assert.equal(leftOut('Les enquêteurs apprennent ; la politique est écartée du programme.', 'enquêteurs'), false);
  });
});
