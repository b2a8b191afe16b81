/**
 * Safeguards read from who acts on the measure: a judge, a court or a magistrate who reviews,
 * authorises or refuses it, the defence that challenges or receives the evidence, the person
 * targeted who contests the measure; never a judge acting on something else, nor a cyber defence.
 */
import assert from 'node:assert/strict';
import { safeguardActing } from '../../server/src/core/principles/safeguardActs';

function acting(text: string, language: 'en' | 'fr' = 'en'): string | undefined {
  const found = safeguardActing(text, language, []);
  return found && text.slice(found.start, found.end);
}

describe('safeguards read from who acts on the measure', () => {
  it('finds a judge acting on the measure, in the active or as the agent of a passive', () => {
    assert.equal(acting('A judge of the requested State must first approve each request.'), 'judge of the requested State must first approve each request');
    assert.equal(acting('The search warrant for the flat is issued by the district court.'), 'warrant for the flat is issued by the district court');
    assert.equal(acting('Le magistrat du siège peut refuser la perquisition.', 'fr'), 'magistrat du siège peut refuser la perquisition');
    assert.equal(acting('Toute saisie est autorisée par le juge des libertés.', 'fr'), 'saisie est autorisée par le juge');
  });
  it('finds the defence that challenges or receives the evidence, and the person targeted who contests the measure', () => {
    assert.equal(acting('At the mock hearing, defence counsel cross-examines the analyst.'), 'defence counsel cross-examines');
    assert.equal(acting('People under surveillance can later appeal against the order.'), 'People under surveillance can later appeal against');
    assert.equal(acting('Les avocats de la défense attaquent la méthode d’extraction.', 'fr'), 'Les avocats de la défense attaquent');
    assert.equal(acting('La personne concernée pourra contester la mesure.', 'fr'), 'La personne concernée pourra contester');
  });
  it('leaves out a judge acting on something else, a cyber or national defence, a clause break, and the skipped spans', () => {
    assert.equal(acting('Judges review the syllabus every year.'), undefined);
    assert.equal(acting('The national defence receives the alerts.'), undefined);
    assert.equal(acting('Le ministère de la Défense reçoit les alertes.', 'fr'), undefined);
    assert.equal(acting('A judge spoke at the opening. Each request is then sent.'), undefined);
    const text = 'Principles: a judge must approve each request.';
    assert.equal(safeguardActing(text, 'en', [{ start: 0, end: text.length }]), undefined);
  });
  it('reads the text once without a word of its own', () => {
    assert.equal(acting('Investigators learn to image phones. '.repeat(20000)), undefined);
  });
});
